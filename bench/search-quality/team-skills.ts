/**
 * What each roster team's work asks of its people, in the starter taxonomy's skills: a domain per team
 * (from its own id, else its parent's), the domain's skills, and a few skills particular to a team
 * (docs.rs runs on PostgreSQL, the website team writes HTML and CSS…). Written from the teams' public
 * descriptions, not from any query: people's skills, their self-description (title, headline,
 * passions) and the projects' required skills all come from here.
 */
import type { RosterTeam } from './roster';

export interface SkillNeed {
  /** A skill name of the starter taxonomy. */
  skill: string;
  /** The level a member typically has (a lead one more, at most 5). */
  level: number;
}

export interface Domain {
  /** The role title members of a team of this domain hold. */
  role: string;
  /** Job titles the HR system gives people whose main work is in this domain. */
  titles: readonly string[];
  /** What such people write as their headline. */
  headlines: readonly string[];
  /** What they list as passions. */
  passions: readonly string[];
  skills: readonly SkillNeed[];
}

const need = (skill: string, level: number): SkillNeed => ({ skill, level });

export const DOMAINS = {
  compiler: {
    role: 'Compiler engineer',
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Compiler Engineer'],
    headlines: [
      'Works on the Rust toolchain',
      'Toolchain engineer',
      'Making Rust programs faster to build and run',
    ],
    passions: ['compilers', 'performance', 'open source'],
    skills: [need('Rust', 4), need('C++', 2), need('Software architecture', 3)],
  },
  languageDesign: {
    role: 'Language designer',
    titles: ['Senior Software Engineer', 'Research Engineer', 'Principal Engineer'],
    headlines: ['Programming language design', 'Type systems and semantics', 'Designing Rust'],
    passions: ['type systems', 'formal methods', 'language design'],
    skills: [need('Rust', 5), need('Programming languages', 4), need('Functional programming', 3)],
  },
  libraries: {
    role: 'Library engineer',
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer'],
    headlines: ['Rust libraries', 'Library maintainer', 'Building reliable Rust crates'],
    passions: ['API design', 'open source', 'data structures'],
    skills: [need('Rust', 5), need('API design', 4), need('Unit testing', 3)],
  },
  tooling: {
    role: 'Tooling engineer',
    titles: ['Software Engineer', 'Senior Software Engineer', 'Developer Tools Engineer'],
    headlines: ['Developer tools for Rust', 'Developer experience engineer', 'Making Rust nicer to use'],
    passions: ['developer experience', 'tooling', 'open source'],
    skills: [need('Rust', 4), need('Software testing', 3), need('Git', 3)],
  },
  infrastructure: {
    role: 'Infrastructure engineer',
    titles: ['Infrastructure Engineer', 'Site Reliability Engineer', 'DevOps Engineer'],
    headlines: ['Infrastructure and automation', 'Keeping the lights on', 'Build and release engineering'],
    passions: ['automation', 'reliability', 'cloud'],
    skills: [
      need('DevOps', 4),
      need('CI/CD', 4),
      need('Linux', 4),
      need('Rust', 3),
      need('Shell scripting', 3),
    ],
  },
  documentation: {
    role: 'Technical writer',
    titles: ['Technical Writer', 'Senior Technical Writer', 'Developer Educator'],
    headlines: ['Writing about Rust', 'Docs and teaching', 'Helping people learn Rust'],
    passions: ['writing', 'teaching', 'learning'],
    skills: [need('Technical writing', 4), need('Rust', 3)],
  },
  community: {
    role: 'Community organiser',
    titles: ['Community Manager', 'Program Manager', 'Developer Advocate'],
    headlines: ['Community and people', 'Bringing people together', 'Open source community work'],
    passions: ['open source communities', 'mentoring', 'inclusion'],
    skills: [
      need('Community management', 4),
      need('Facilitation', 3),
      need('Public speaking', 3),
      need('Rust', 2),
    ],
  },
  governance: {
    role: 'Governance member',
    titles: ['Engineering Manager', 'Director of Engineering', 'Principal Engineer'],
    headlines: ['Leadership and governance', 'Open source leadership', 'Helping the project work'],
    passions: ['governance', 'open source', 'leadership'],
    skills: [
      need('Leadership', 4),
      need('Decision making', 4),
      need('Stakeholder management', 3),
      need('Rust', 3),
    ],
  },
  moderation: {
    role: 'Moderator',
    titles: ['Community Manager', 'Trust and Safety Specialist'],
    headlines: ['Keeping spaces welcoming', 'Community health'],
    passions: ['community health', 'inclusion'],
    skills: [
      need('Conflict resolution', 4),
      need('Community management', 4),
      need('Emotional intelligence', 3),
    ],
  },
  embedded: {
    role: 'Embedded engineer',
    titles: ['Embedded Software Engineer', 'Firmware Engineer', 'Senior Embedded Engineer'],
    headlines: ['Embedded Rust', 'Firmware and hardware', 'Rust on microcontrollers'],
    passions: ['hardware', 'microcontrollers', 'electronics'],
    skills: [need('Embedded systems', 5), need('Rust', 4), need('C', 4)],
  },
  security: {
    role: 'Security engineer',
    titles: ['Security Engineer', 'Senior Security Engineer'],
    headlines: ['Security engineering', 'Secure by default'],
    passions: ['security', 'memory safety'],
    skills: [need('Information security', 4), need('Application security', 4), need('Rust', 4)],
  },
  web: {
    role: 'Web developer',
    titles: ['Web Developer', 'Front-end Engineer', 'Full-stack Engineer'],
    headlines: ['Building for the web', 'Web and front-end'],
    passions: ['web', 'design', 'accessibility'],
    skills: [need('Web development', 4), need('HTML', 3), need('CSS', 3), need('JavaScript', 3)],
  },
  gamedev: {
    role: 'Game developer',
    titles: ['Game Developer', 'Graphics Engineer'],
    headlines: ['Games in Rust', 'Game engines and graphics'],
    passions: ['games', 'graphics'],
    skills: [need('Game development', 5), need('Rust', 4), need('C++', 3)],
  },
} satisfies Record<string, Domain>;

export type DomainName = keyof typeof DOMAINS;

/** Teams whose domain is not their parent's (a team without one and without a parent is "community"). */
const TEAM_DOMAINS: Record<string, DomainName> = {
  compiler: 'compiler',
  lang: 'languageDesign',
  types: 'languageDesign',
  opsem: 'languageDesign',
  style: 'languageDesign',
  spec: 'documentation',
  fls: 'documentation',
  reference: 'documentation',
  'lang-docs': 'documentation',
  'lang-ops': 'community',
  'lang-advisors': 'languageDesign',
  'compiler-ops': 'community',
  'rustc-dev-guide': 'documentation',
  'wg-rustc-reading-club': 'documentation',
  'wg-meta': 'community',
  'wg-prioritization': 'compiler',
  libs: 'libraries',
  'libs-api': 'libraries',
  regex: 'libraries',
  'project-error-handling': 'libraries',
  devtools: 'tooling',
  'devtools-peers': 'tooling',
  ides: 'tooling',
  'rust-analyzer': 'tooling',
  'wg-rustfix': 'tooling',
  infra: 'infrastructure',
  'crates-io': 'web',
  'docs-rs': 'infrastructure',
  'internal-sites': 'web',
  website: 'web',
  'rustdoc-frontend': 'web',
  docs: 'documentation',
  'docs-peers': 'documentation',
  'community-localization': 'documentation',
  mdbook: 'tooling',
  'wg-embedded': 'embedded',
  'wg-net-embedded': 'embedded',
  'wg-wasm': 'web',
  'wg-net-web': 'web',
  'wg-net': 'libraries',
  'wg-net-async': 'libraries',
  'wg-cli': 'tooling',
  'wg-gamedev': 'gamedev',
  'wg-secure-code': 'security',
  'security-response': 'security',
  'project-exploit-mitigations': 'security',
  mods: 'moderation',
  core: 'governance',
  'leadership-council': 'governance',
  'interim-leadership-chat': 'governance',
  'foundation-board-project-directors': 'governance',
  'project-foundation': 'governance',
  'wg-governance': 'governance',
  'initial-design-and-impl': 'languageDesign',
  edition: 'community',
  'perspectives-on-llms-editors': 'documentation',
  'project-vision-doc-2025': 'documentation',
  twir: 'documentation',
  triage: 'tooling',
  'wg-async': 'languageDesign',
};

/** Skills a team's work needs beyond its domain's. */
const TEAM_SKILLS: Record<string, readonly SkillNeed[]> = {
  infra: [need('Amazon Web Services', 4), need('Terraform', 3), need('Docker', 3)],
  bootstrap: [need('Python', 4), need('Rust', 4)],
  docker: [need('Docker', 5), need('Containers', 4)],
  release: [need('Project management', 3)],
  'infra-bors': [need('Back-end development', 4), need('GitHub Actions', 3)],
  triagebot: [need('Back-end development', 4), need('Rust', 4)],
  'crates-io': [need('PostgreSQL', 4), need('Back-end development', 4), need('Rust', 4)],
  'docs-rs': [need('PostgreSQL', 3), need('Docker', 3), need('Back-end development', 4), need('Rust', 4)],
  'rustdoc-frontend': [need('UI design', 3)],
  rustdoc: [need('HTML', 3)],
  rustup: [need('Shell scripting', 4)],
  'testing-devex': [need('Test automation', 4), need('Software testing', 4)],
  clippy: [need('Code review', 4)],
  'wg-llvm': [need('C++', 4)],
  'wg-gcc-backend': [need('C', 4), need('C++', 3)],
  'codegen-c-maintainers': [need('C', 5)],
  'wg-linker': [need('C', 3), need('Linux', 3)],
  'wg-compiler-performance': [need('Performance testing', 4)],
  'wg-bindgen': [need('C', 4), need('C++', 3)],
  'wg-embedded-linux': [need('Linux', 4)],
  'wg-wasm': [need('WebAssembly', 5), need('Rust', 4)],
  'wg-net-web': [need('Back-end development', 3), need('Rust', 4)],
  'wg-net-async': [need('Distributed systems', 3)],
  'wg-secure-code': [need('Cryptography', 3)],
  'security-response': [need('Incident management', 4)],
  survey: [need('Statistics', 4), need('Data analysis', 4), need('User research', 3)],
  'social-media': [need('Social media marketing', 4), need('Copywriting', 3)],
  twir: [need('Copywriting', 3), need('Content marketing', 3)],
  content: [need('Content marketing', 4), need('Video production', 3)],
  'community-content': [need('Content marketing', 3)],
  'all-hands': [need('Event planning', 4)],
  'community-events': [need('Event planning', 4)],
  mentorship: [need('Mentoring', 4)],
  mentors: [need('Mentoring', 4)],
  'community-rustbridge': [need('Mentoring', 3), need('Diversity, equity and inclusion', 4)],
  'community-localization': [need('Translation', 4)],
  funding: [need('Partnerships', 3), need('Business development', 3)],
  'funding-advisors': [need('Partnerships', 3)],
  goals: [need('Program management', 4), need('OKRs', 3)],
  program: [need('Program management', 4)],
  'leadership-council': [need('Strategic planning', 4)],
  'foundation-board-project-directors': [need('Corporate governance', 3)],
  'project-foundation': [need('Corporate governance', 3)],
  edition: [need('Project management', 3), need('Rust', 3)],
  'compiler-ops': [need('Project management', 3)],
  'lang-ops': [need('Project management', 3)],
  'wg-gamedev': [need('Unity', 2)],
  'wg-embedded-riscv': [need('C', 3)],
  'project-portable-simd': [need('Performance testing', 3)],
  'wg-cli': [need('Shell scripting', 3), need('Linux', 3)],
  'wg-debugging': [need('Linux', 3)],
  'perspectives-on-llms-editors': [need('Large language models', 3)],
  'project-vision-doc-2025': [need('User research', 3)],
};

/** The domain of a team: its own, else its nearest ancestor's, else "community". */
export function domainOf(team: RosterTeam, teams: ReadonlyMap<string, RosterTeam>): DomainName {
  for (let at: RosterTeam | undefined = team; at; at = at.parent ? teams.get(at.parent) : undefined) {
    const own = TEAM_DOMAINS[at.id];
    if (own) return own;
  }
  return 'community';
}

/** The skills a team's work needs: its domain's, then its own (a skill named twice keeps the higher level). */
export function teamSkills(team: RosterTeam, teams: ReadonlyMap<string, RosterTeam>): SkillNeed[] {
  const levels = new Map<string, number>();
  for (const { skill, level } of [
    ...DOMAINS[domainOf(team, teams)].skills,
    ...(TEAM_SKILLS[team.id] ?? []),
  ]) {
    levels.set(skill, Math.max(level, levels.get(skill) ?? 0));
  }
  return [...levels].map(([skill, level]) => ({ skill, level }));
}

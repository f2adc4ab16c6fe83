import { STARTER_TAXONOMY, type StarterCategory, type StarterSkill } from '@ensemble/api/skills-data';
import type { DemoCompany, DemoDepartment, DemoEndorsement, DemoPerson, DemoPersonSkill } from './model';
import { chance, pick, randomInt, shuffled, type Prng } from './random';

/**
 * Skill sets for a demo company: what people in a division typically know (a core the division shares,
 * a long tail drawn from its categories with steeply falling weights, so many skills are rare), a few
 * skills almost everyone has, levels by seniority, interests and wishes to grow (some without a level),
 * and endorsements from teammates and managers who preferably hold the skill themselves.
 */

/** Skills nearly everyone lists, with the share of people (in the given divisions, or all) who do. */
const COMMON: ReadonlyArray<{ key: string; share: number; divisions?: readonly string[] }> = [
  { key: 'english', share: 0.85 },
  { key: 'git', share: 0.95, divisions: ['Engineering', 'Data'] },
  { key: 'microsoft-excel', share: 0.55, divisions: ['Finance', 'Sales', 'Operations', 'People', 'Marketing', 'Customer Success', 'Executive'] },
  { key: 'cross-functional-collaboration', share: 0.3 },
];

interface DivisionProfile {
  /** Categories whose skills make up the division's long tail, with weights. */
  categories: ReadonlyArray<[StarterCategory, number]>;
  /** Skills the division's people very often have. */
  core: readonly string[];
}

const DIVISIONS: Record<string, DivisionProfile> = {
  Engineering: {
    categories: [['engineering', 10], ['data', 1], ['product', 0.5], ['design', 0.3]],
    core: ['software-engineering', 'code-review', 'typescript', 'javascript', 'python', 'go', 'java', 'docker', 'kubernetes', 'sql', 'postgresql', 'linux', 'ci-cd', 'aws', 'react', 'api-design', 'unit-testing'],
  },
  Data: {
    categories: [['data', 10], ['engineering', 2], ['product', 0.5]],
    core: ['sql', 'python', 'data-analysis', 'statistics', 'pandas', 'data-visualization', 'machine-learning', 'dbt', 'data-modeling', 'jupyter'],
  },
  Product: {
    categories: [['product', 10], ['design', 2], ['data', 1], ['engineering', 0.5]],
    core: ['product-management', 'roadmapping', 'prioritization', 'product-discovery', 'customer-interviews', 'agile', 'jira', 'stakeholder-management', 'product-analytics'],
  },
  Design: {
    categories: [['design', 10], ['product', 1.5], ['marketing', 0.5]],
    core: ['figma', 'ux-design', 'ui-design', 'prototyping', 'user-research', 'interaction-design', 'design-systems', 'usability-testing', 'visual-design'],
  },
  Marketing: {
    categories: [['marketing', 10], ['design', 1], ['data', 0.5], ['sales', 0.5]],
    core: ['digital-marketing', 'content-marketing', 'copywriting', 'seo', 'marketing-analytics', 'google-analytics', 'email-marketing', 'product-marketing', 'social-media-marketing'],
  },
  Sales: {
    categories: [['sales', 10], ['marketing', 1], ['leadership', 0.5]],
    core: ['b2b-sales', 'negotiation', 'prospecting', 'salesforce', 'crm', 'account-management', 'pipeline-management', 'solution-selling', 'lead-generation'],
  },
  'Customer Success': {
    categories: [['sales', 4], ['operations', 4], ['product', 1]],
    core: ['customer-success', 'customer-onboarding', 'customer-support', 'account-management', 'zendesk', 'salesforce', 'crm'],
  },
  Operations: {
    categories: [['operations', 10], ['finance', 1], ['engineering', 0.5]],
    core: ['project-management', 'process-improvement', 'vendor-management', 'it-service-management', 'business-operations', 'risk-management', 'procurement'],
  },
  People: {
    categories: [['hr', 10], ['leadership', 1.5], ['legal', 0.5]],
    core: ['human-resources', 'recruiting', 'interviewing', 'employee-relations', 'performance-management', 'hris', 'talent-acquisition', 'learning-development'],
  },
  Finance: {
    categories: [['finance', 10], ['legal', 0.5], ['operations', 0.5]],
    core: ['accounting', 'financial-reporting', 'budgeting', 'financial-modeling', 'fpa', 'erp-systems', 'financial-forecasting', 'auditing'],
  },
  Legal: {
    categories: [['legal', 10], ['hr', 0.5], ['finance', 0.5]],
    core: ['contract-law', 'contract-drafting', 'corporate-law', 'gdpr', 'data-protection', 'regulatory-compliance', 'legal-research'],
  },
  Executive: {
    categories: [['leadership', 6], ['operations', 2], ['finance', 1]],
    core: ['strategic-planning', 'stakeholder-management', 'executive-communication', 'decision-making', 'okrs'],
  },
};
const FALLBACK_DIVISION: DivisionProfile = {
  categories: [['operations', 4], ['leadership', 1]],
  core: ['project-management', 'stakeholder-management'],
};

/** Skills people who manage others tend to list. */
const MANAGER_SKILLS = ['people-management', 'leadership', 'coaching', 'mentoring', 'feedback', 'delegation', 'team-leadership', 'okrs', 'stakeholder-management', 'strategic-planning'];

/** Title prefixes to a base level (the demo ladders' seniority names). */
const SENIORITY_BASE: ReadonlyArray<[RegExp, number]> = [
  [/^(Junior|Associate) /, 1.6],
  [/^(Principal|Chief|VP|Vice President|Head|Director)\b/, 4.2],
  [/^(Staff|Lead) /, 3.8],
  [/^Senior /, 3.2],
];
const DEFAULT_BASE = 2.5;

const NOTES = [
  'Helped me untangle a hard problem in an afternoon.',
  'Explains things so that they stick.',
  'The person I ask first.',
  'Did this brilliantly on our last project.',
  'Always happy to pair on it.',
];

interface Catalogue {
  byKey: Map<string, StarterSkill>;
  byCategory: Map<StarterCategory, StarterSkill[]>;
  spokenLanguages: StarterSkill[];
}

function catalogue(taxonomy: readonly StarterSkill[]): Catalogue {
  const byKey = new Map(taxonomy.map((skill) => [skill.key, skill]));
  // Group skills (with children) are too broad to list on a profile.
  const parents = new Set(taxonomy.map((skill) => skill.parent).filter((key): key is string => !!key));
  const byCategory = new Map<StarterCategory, StarterSkill[]>();
  for (const skill of taxonomy) {
    if (parents.has(skill.key)) continue;
    const list = byCategory.get(skill.category) ?? [];
    list.push(skill);
    byCategory.set(skill.category, list);
  }
  const spokenLanguages = (byCategory.get('languages') ?? []).filter(
    (skill) => skill.key !== 'english' && skill.parent === 'spoken-languages' && !/translation|interpreting/.test(skill.key),
  );
  return { byKey, byCategory, spokenLanguages };
}

function clampLevel(level: number): number {
  return Math.max(1, Math.min(5, Math.round(level)));
}

function baseLevel(person: DemoPerson, manages: boolean): number {
  for (const [pattern, base] of SENIORITY_BASE) if (pattern.test(person.title)) return base;
  return manages ? 3.4 : DEFAULT_BASE;
}

/** Weighted draw from a long tail where the i-th skill (in a per-company order) has weight 1/(i+1)^1.2. */
class LongTail {
  private readonly cumulative: number[] = [];
  constructor(readonly skills: readonly StarterSkill[]) {
    let total = 0;
    skills.forEach((_, index) => {
      total += 1 / Math.pow(index + 1, 1.2);
      this.cumulative.push(total);
    });
  }
  draw(random: Prng): StarterSkill {
    const target = random() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.skills[low];
  }
}

export interface DemoSkills {
  personSkills: DemoPersonSkill[];
  endorsements: DemoEndorsement[];
}

/**
 * Gives the company's people skills and endorsements. Draws only from `random` (its own stream), so
 * departments and people stay byte-identical whatever this step does.
 */
export function generateSkills(
  random: Prng,
  company: Pick<DemoCompany, 'departments' | 'people'>,
  taxonomy: readonly StarterSkill[] = STARTER_TAXONOMY,
): DemoSkills {
  const { byKey, byCategory, spokenLanguages } = catalogue(taxonomy);
  const divisionOf = divisionsOf(company.departments);
  const reportsOf = new Map<string, DemoPerson[]>();
  for (const person of company.people) {
    if (!person.managerId) continue;
    const list = reportsOf.get(person.managerId) ?? [];
    list.push(person);
    reportsOf.set(person.managerId, list);
  }

  // Each division's long tail, in an order fixed per company: which rare skills are rare varies by seed.
  const tails = new Map<string, LongTail>();
  const tailOf = (division: string): LongTail => {
    let tail = tails.get(division);
    if (!tail) {
      const profile = DIVISIONS[division] ?? FALLBACK_DIVISION;
      const weighted = profile.categories.flatMap(([category, weight]) =>
        (byCategory.get(category) ?? []).map((skill) => ({ skill, order: random() / weight })),
      );
      tail = new LongTail(weighted.sort((a, b) => a.order - b.order).map((entry) => entry.skill));
      tails.set(division, tail);
    }
    return tail;
  };
  const anySkill = new LongTail(shuffled(random, [...byCategory.values()].flat()));

  const personSkills: DemoPersonSkill[] = [];
  const skillsOf = new Map<string, Map<string, number | null>>();
  for (const person of company.people) {
    const division = divisionOf.get(person.departmentId) ?? '';
    const profile = DIVISIONS[division] ?? FALLBACK_DIVISION;
    const manages = reportsOf.has(person.id);
    const base = baseLevel(person, manages);
    const mine = new Map<string, number | null>();
    const add = (key: string, level: number | null, interest: number, wantsToGrow: boolean) => {
      if (mine.has(key) || !byKey.has(key)) return;
      mine.set(key, level);
      personSkills.push({
        personId: person.id,
        skillKey: key,
        level,
        years: level === null || chance(random, 0.3) ? null : Math.round(level * (0.5 + random() * 1.5) * 10) / 10,
        interest,
        wantsToGrow,
      });
    };
    const interest = () => (chance(random, 0.5) ? 0 : randomInt(random, 1, 3));

    for (const common of COMMON) {
      if (common.divisions && !common.divisions.includes(division)) continue;
      if (chance(random, common.share)) {
        const level = common.key === 'english' ? clampLevel(3.5 + random() * 1.6) : clampLevel(base + random() - 0.5);
        add(common.key, level, 0, false);
      }
    }
    if (chance(random, 0.35)) add(pick(random, spokenLanguages).key, randomInt(random, 2, 5), interest(), false);
    const coreCount = randomInt(random, 3, 5);
    for (let i = 0; i < coreCount; i++) {
      add(pick(random, profile.core), clampLevel(base + random() * 1.6 - 0.6), interest(), chance(random, 0.15));
    }
    if (manages) {
      for (let i = randomInt(random, 1, 3); i > 0; i--) {
        add(pick(random, MANAGER_SKILLS), clampLevel(base + random() - 0.5), interest(), chance(random, 0.2));
      }
    }
    const tailCount = randomInt(random, 1, 5);
    for (let i = 0; i < tailCount; i++) {
      add(tailOf(division).draw(random).key, clampLevel(base - 0.8 + random() * 1.6), interest(), chance(random, 0.2));
    }
    // Passions and wishes to grow without a claimed level, often outside the day job.
    for (let i = randomInt(random, 0, 2); i > 0; i--) {
      const grow = chance(random, 0.6);
      add(anySkill.draw(random).key, null, grow ? randomInt(random, 0, 3) : randomInt(random, 2, 3), grow);
    }
    skillsOf.set(person.id, mine);
  }

  const endorsements: DemoEndorsement[] = [];
  const seen = new Set<string>();
  for (const person of company.people) {
    const levelled = [...(skillsOf.get(person.id) ?? new Map()).entries()]
      .filter(([, level]) => level !== null)
      .map(([key]) => key);
    if (levelled.length === 0) continue;
    // Teammates (people with the same manager) and the manager: those who see the person's work.
    const endorsers = (person.managerId ? (reportsOf.get(person.managerId) ?? []) : [])
      .filter((colleague) => colleague.id !== person.id)
      .map((colleague) => colleague.id);
    if (person.managerId) endorsers.push(person.managerId);
    if (endorsers.length === 0) continue;
    for (let i = randomInt(random, 0, 4); i > 0; i--) {
      const endorserId = pick(random, endorsers);
      const theirs = skillsOf.get(endorserId);
      // Prefer a skill the endorser has a level in themselves: they can judge it.
      const shared = levelled.filter((key) => (theirs?.get(key) ?? null) !== null);
      const skillKey = shared.length > 0 && chance(random, 0.8) ? pick(random, shared) : pick(random, levelled);
      const key = `${endorserId}|${person.id}|${skillKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      endorsements.push({
        endorserId,
        personId: person.id,
        skillKey,
        note: chance(random, 0.25) ? pick(random, NOTES) : null,
      });
    }
  }
  return { personSkills, endorsements };
}

/** Each department's top-level division name (sub-departments inherit their parent's). */
function divisionsOf(departments: readonly DemoDepartment[]): Map<string, string> {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const result = new Map<string, string>();
  for (const department of departments) {
    let top = department;
    while (top.parentId) top = byId.get(top.parentId) ?? top;
    result.set(department.id, top.name);
  }
  return result;
}

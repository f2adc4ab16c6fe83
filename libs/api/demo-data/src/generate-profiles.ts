import { STARTER_TAXONOMY } from '@ensemble/api/skills-data';
import type { DemoCompany, DemoPersonSkill, DemoProfile } from './model';
import { chance, pick, randomInt, shuffled, type Prng } from './random';

/**
 * What people add to their own profile: a headline, passions, and whether (and for how many hours a
 * week) they are open to projects. Not everyone fills these in; the shares below are what a company a
 * few months into using Ensemble looks like, so that searching by passion or availability finds
 * people in the demo:
 *
 * - a headline: 55% (built from their title, department and strongest skills);
 * - passions: 50%, one to four each, from the skills they are keenest on (by the skill's name, so a
 *   passion search for it finds them by the words too) and from common workplace passions;
 * - open to projects: 30%, always with the free hours a week they offer (2–16).
 */
export const PROFILE_SHARES = { headline: 0.55, passions: 0.5, openToProjects: 0.3 } as const;

/** The headline column's limit (LIMITS.headline in the people domain). */
export const MAX_HEADLINE_LENGTH = 120;
export const MAX_DEMO_PASSIONS = 4;

/** Passions people at any company list that are not one of their skills. */
export const WORKPLACE_PASSIONS: readonly string[] = [
  'mentoring',
  'accessibility',
  'sustainability',
  'open source',
  'public speaking',
  'diversity and inclusion',
  'teaching',
  'writing',
  'coaching',
  'onboarding new starters',
  'hackathons',
  'climate action',
  'developer experience',
  'data visualisation',
  'design systems',
  'customer research',
  'automation',
  'knowledge sharing',
  'photography',
  'volunteering',
  'wellbeing at work',
  'remote collaboration',
  'storytelling',
  'continuous improvement',
];

/** Free hours a week people open to projects offer (more small offers than large ones). */
const HOURS_OFFERED: readonly number[] = [2, 2, 4, 4, 4, 6, 8, 8, 10, 12, 16];

/** Skills on almost every profile, or languages: not what a headline or a passion is about. */
const TOO_COMMON = new Set(['english', 'git', 'microsoft-excel', 'cross-functional-collaboration']);

const skillByKey = new Map(STARTER_TAXONOMY.map((skill) => [skill.key, skill]));

function telling(link: DemoPersonSkill): boolean {
  const skill = skillByKey.get(link.skillKey);
  return skill !== undefined && skill.category !== 'languages' && !TOO_COMMON.has(link.skillKey);
}

export function generateProfiles(
  random: Prng,
  company: Pick<DemoCompany, 'departments' | 'people' | 'personSkills'>,
): DemoProfile[] {
  const departmentName = new Map(company.departments.map((department) => [department.id, department.name]));
  const skillsOf = new Map<string, DemoPersonSkill[]>();
  for (const link of company.personSkills) {
    if (!telling(link)) continue;
    const list = skillsOf.get(link.personId) ?? [];
    list.push(link);
    skillsOf.set(link.personId, list);
  }
  return company.people.map((person) => {
    const skills = skillsOf.get(person.id) ?? [];
    // Strongest first; the key breaks ties so the order never depends on generation order.
    const strongest = skills
      .filter((link) => link.level !== null)
      .sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || a.skillKey.localeCompare(b.skillKey))
      .map((link) => skillByKey.get(link.skillKey)?.name as string);
    const keenest = skills
      // Keen on and practised: an interest in a far-off skill is a wish, not yet a passion.
      .filter((link) => link.interest >= 2 && link.level !== null)
      .sort((a, b) => b.interest - a.interest || a.skillKey.localeCompare(b.skillKey))
      .map((link) => skillByKey.get(link.skillKey)?.name as string);
    const hasHeadline = chance(random, PROFILE_SHARES.headline);
    const hasPassions = chance(random, PROFILE_SHARES.passions);
    const open = chance(random, PROFILE_SHARES.openToProjects);
    return {
      personId: person.id,
      headline: hasHeadline
        ? headlineFor(random, person.title, departmentName.get(person.departmentId) ?? null, strongest)
        : null,
      passions: hasPassions ? passionsFor(random, keenest) : [],
      hoursPerWeekAvailable: open ? pick(random, HOURS_OFFERED) : null,
      openToProjects: open,
    };
  });
}

function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Senior Backend Engineer in Platform · Go, Kubernetes and PostgreSQL", and variations of it. */
export function headlineFor(
  random: Prng,
  title: string,
  department: string | null,
  strongestSkills: readonly string[],
): string {
  // "Head of Sales in Sales" says it twice.
  const role = department && !title.includes(department) ? `${title} in ${department}` : title;
  const top = strongestSkills.slice(0, randomInt(random, 1, 3));
  const variants =
    top.length === 0
      ? [role]
      : [`${role} · ${top.join(', ')}`, `${role}, mostly ${listed(top)}`, `${listed(top)} · ${role}`];
  const preferred = pick(random, variants);
  // Fewer skills when it would not fit the field; the bare role always does (titles are short).
  for (const candidate of [preferred, `${role} · ${top.slice(0, 1).join('')}`, role, title]) {
    if (candidate.length <= MAX_HEADLINE_LENGTH && !candidate.endsWith(' · ')) return candidate;
  }
  return title.slice(0, MAX_HEADLINE_LENGTH);
}

function passionsFor(random: Prng, keenestSkills: readonly string[]): string[] {
  const count = randomInt(random, 1, MAX_DEMO_PASSIONS);
  const fromSkills = keenestSkills.slice(0, randomInt(random, 0, Math.min(2, count)));
  const chosen = new Map(fromSkills.map((name) => [name.toLowerCase(), name]));
  for (const topic of shuffled(random, WORKPLACE_PASSIONS)) {
    if (chosen.size >= count) break;
    if (!chosen.has(topic.toLowerCase())) chosen.set(topic.toLowerCase(), topic);
  }
  return [...chosen.values()];
}

import type {
  DemoApplication,
  DemoCompany,
  DemoPerson,
  DemoProject,
  DemoProjectMember,
  DemoProjectRole,
  DemoProjectStatus,
} from './model';
import { isoDayFrom } from './demo-day';
import { chance, pick, randomInt, randomUuid, shuffled, weightedPick, type Prng } from './random';

/**
 * Projects for a demo company: about one per twelve people, in every lifecycle state, each with roles
 * (seats, required skills the owner's department actually has, open or by application, sometimes with
 * manager consent), members who hold those skills where possible, co-leads, and applications (pending
 * ones for projects still forming, decided ones for the others). Completed projects become evidence of
 * their members' skills when seeded.
 *
 * Dates are days from the seeding day (`today`), and each status agrees with them: completed projects
 * ended 20–300 days ago; active ones started 10–90 days ago and end 10–160 days from now; proposed,
 * forming and cancelled ones (called off before they began) start 7–90 days from now. Everything that
 * happened (creation, joining, applying, decisions, completion) happened on or before today; pending
 * manager-consent deadlines lie ahead.
 */

const THEMES: readonly string[] = [
  'Onboarding revamp',
  'Customer churn model',
  'Internal developer portal',
  'Quarterly planning toolkit',
  'Accessibility audit',
  'Pricing experiment',
  'Knowledge base cleanup',
  'Carbon footprint dashboard',
  'Mentoring programme',
  'Self-service analytics',
  'Release automation',
  'Partner enablement kit',
  'Hiring process redesign',
  'Design system refresh',
  'Data quality checks',
  'Support ticket triage',
  'Security awareness month',
  'Mobile performance sprint',
  'Vendor consolidation',
  'Customer interview series',
  'Localisation for new markets',
  'Incident review practice',
  'Brand guidelines update',
  'Sales playbook',
  'Compliance evidence library',
  'Hackathon',
];

const GOALS: readonly string[] = [
  'Ship a first version to a pilot group',
  'Measure the baseline and agree on targets',
  'Document what we learn for other teams',
  'Retire the old process',
  'Share results at the all-hands',
  'Train two people to maintain it',
];

const STATUS_WEIGHTS: ReadonlyArray<[DemoProjectStatus, number]> = [
  ['proposed', 15],
  ['forming', 20],
  ['active', 33],
  ['completed', 24],
  ['cancelled', 8],
];

/** Days a manager has to answer a consent request (the roles' consentDays). */
const CONSENT_DAYS = 5;

export interface ProjectDates {
  /** The ISO day the company is seeded: every date is relative to it. */
  today: string;
  /**
   * The stream for dates added after projects were first generated (creation, joining, applying,
   * deciding), so that the main stream, and with it every project's people and roles, stays as it was.
   */
  timeline: Prng;
}

const SENIORITY = /^(Junior|Associate|Senior|Staff|Lead|Principal) /;

/**
 * Up to `size` distinct people from `pool` not in `taken`, drawn at random: a few draws each, never a
 * shuffle of the pool (a department can have tens of thousands of people).
 */
function sample(random: Prng, pool: readonly DemoPerson[], taken: ReadonlySet<string>, size: number): DemoPerson[] {
  const chosen = new Map<string, DemoPerson>();
  for (let attempt = 0; attempt < size * 3 && chosen.size < size; attempt++) {
    const person = pick(random, pool);
    if (!taken.has(person.id)) chosen.set(person.id, person);
  }
  return [...chosen.values()];
}

export function generateProjects(
  random: Prng,
  company: Pick<DemoCompany, 'departments' | 'people' | 'personSkills'>,
  dates: ProjectDates,
): DemoProject[] {
  const { today, timeline } = dates;
  const people = company.people;
  if (people.length < 3) return [];
  const count = Math.max(5, Math.round(people.length / 12));
  const byDepartment = new Map<string, DemoPerson[]>();
  for (const person of people) {
    const list = byDepartment.get(person.departmentId) ?? [];
    list.push(person);
    byDepartment.set(person.departmentId, list);
  }
  const departmentName = new Map(company.departments.map((department) => [department.id, department.name]));
  const levels = new Map<string, Map<string, number>>();
  const skillCounts = new Map<string, Map<string, number>>();
  const personById = new Map(people.map((person) => [person.id, person]));
  for (const link of company.personSkills) {
    if (link.level === null) continue;
    let mine = levels.get(link.personId);
    if (!mine) levels.set(link.personId, (mine = new Map()));
    mine.set(link.skillKey, link.level);
    const department = personById.get(link.personId)?.departmentId ?? '';
    let counts = skillCounts.get(department);
    if (!counts) skillCounts.set(department, (counts = new Map()));
    counts.set(link.skillKey, (counts.get(link.skillKey) ?? 0) + 1);
  }
  // Skills each department has, most common first (sorted for determinism).
  const departmentSkills = new Map<string, string[]>();
  for (const [department, counts] of skillCounts) {
    departmentSkills.set(
      department,
      [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 25).map(([key]) => key),
    );
  }

  const projects: DemoProject[] = [];
  for (let index = 0; index < count; index++) {
    // The first five cover every state; the rest are drawn with realistic weights.
    const status = index < STATUS_WEIGHTS.length ? STATUS_WEIGHTS[index][0] : weightedPick(random, STATUS_WEIGHTS, ([, w]) => w)[0];
    const owner = pick(random, people);
    const colleagues = byDepartment.get(owner.departmentId) ?? [owner];
    const pool = colleagues.length >= 6 ? colleagues : people;
    const skillsHere = departmentSkills.get(owner.departmentId) ?? [];
    // The same two draws as before dates became relative (so the stream stays aligned), read so that
    // the status agrees with the dates: a completed project has ended, an active one has not.
    const drawnStart =
      status === 'completed' ? -randomInt(random, 120, 400) : status === 'active' ? -randomInt(random, 10, 90) : randomInt(random, 7, 90);
    const drawnLength = randomInt(random, 30, 180);
    const end = status === 'completed' ? drawnStart + 100 : status === 'active' ? drawnLength - 20 : drawnStart + drawnLength;
    const start = status === 'completed' ? end - drawnLength : drawnStart;
    const started = start <= 0;
    // Proposed before it started (or recently, for one that has not).
    const createdDay = started ? start - randomInt(timeline, 14, 45) : -randomInt(timeline, 1, 30);
    const hoursPerWeek = pick(random, [2, 4, 4, 6, 8, 8, 10, 16]);
    const visibility = weightedPick(
      random,
      [
        ['company', 75],
        ['department', 20],
        ['invite_only', 5],
      ] as const,
      ([, w]) => w,
    )[0];
    const theme = pick(random, THEMES);
    const projectId = randomUuid(random);
    const roles: DemoProjectRole[] = [];
    const members: DemoProjectMember[] = [];
    const applications: DemoApplication[] = [];
    const taken = new Set<string>([owner.id]);
    for (let r = randomInt(random, 1, 3); r > 0; r--) {
      const titled = pick(random, pool);
      const skills = skillsHere.length
        ? shuffled(random, skillsHere.slice(0, 12))
            .slice(0, randomInt(random, 1, 3))
            .map((key, i) => ({ skillKey: key, minLevel: randomInt(random, 2, 4), mustHave: i === 0 || chance(random, 0.5) }))
        : [];
      const joinPolicy = chance(random, 0.6) ? 'open' : 'application';
      const managerConsent = joinPolicy === 'application' && chance(random, 0.3);
      const role: DemoProjectRole = {
        id: randomUuid(random),
        title: titled.title.replace(SENIORITY, ''),
        description: `Help with the ${theme.toLowerCase()} as ${titled.title.replace(SENIORITY, '').toLowerCase()}.`,
        seats: randomInt(random, 1, 5),
        joinPolicy,
        managerConsent,
        consentDays: managerConsent ? 5 : null,
        skills,
      };
      roles.push(role);
      // People holding the role's first skill come first: they are who would join it.
      const holdsFirst = (person: DemoPerson) => (skills[0] && levels.get(person.id)?.has(skills[0].skillKey) ? 0 : 1);
      const candidates = sample(random, pool, taken, 30).sort((a, b) => holdsFirst(a) - holdsFirst(b));
      const fill =
        status === 'active' || status === 'completed'
          ? randomInt(random, Math.ceil(role.seats * 0.6), role.seats)
          : status === 'forming'
            ? randomInt(random, 0, Math.ceil(role.seats * 0.7))
            : status === 'cancelled'
              ? randomInt(random, 0, Math.floor(role.seats / 2))
              : 0;
      for (const person of candidates.slice(0, fill)) {
        taken.add(person.id);
        const aroundStart = start + randomInt(random, -10, 5);
        const joinedDay = started ? Math.min(0, Math.max(createdDay, aroundStart)) : randomInt(timeline, createdDay, 0);
        members.push({ roleId: role.id, personId: person.id, joinedDay });
      }
      if (joinPolicy === 'application') {
        const applicants = candidates.slice(fill, fill + randomInt(random, 0, 3));
        for (const person of applicants) {
          taken.add(person.id);
          const open = status === 'proposed' || status === 'forming' || status === 'active';
          const declined = !open || chance(random, 0.3);
          const pending = open && !declined;
          const consentStatus = managerConsent && person.managerId ? (pending ? 'pending' : 'approved') : 'not_required';
          // A consent still pending was asked for in the last days: its deadline lies ahead.
          const createdOn =
            consentStatus === 'pending'
              ? Math.max(createdDay, -randomInt(timeline, 0, CONSENT_DAYS - 1))
              : randomInt(timeline, createdDay, Math.min(0, started ? start : 0));
          const decidedDay = pending ? null : randomInt(timeline, createdOn, Math.min(0, Math.max(createdOn, started ? start + 7 : 0)));
          applications.push({
            roleId: role.id,
            personId: person.id,
            status: pending ? 'pending' : status === 'cancelled' ? 'closed' : 'declined',
            message: chance(random, 0.6) ? `I would love to help: I have worked on something like this before.` : null,
            declineReason: pending ? null : status === 'cancelled' ? null : 'The team is complete for now.',
            consentStatus,
            consentManagerId: managerConsent ? person.managerId : null,
            createdDay: createdOn,
            decidedDay,
            consentDueDay: consentStatus === 'pending' ? createdOn + CONSENT_DAYS : null,
            consentDecidedDay: consentStatus === 'approved' ? createdOn : null,
          });
        }
      }
    }
    const leads = chance(random, 0.3) ? sample(random, pool, taken, 1).map((person) => person.id) : [];
    projects.push({
      id: projectId,
      ownerId: owner.id,
      title: `${theme} — ${departmentName.get(owner.departmentId) ?? 'Company'}`,
      summary: `${theme} for ${departmentName.get(owner.departmentId) ?? 'the company'}, ${hoursPerWeek} hours a week.`,
      description: `## Why\n\n${theme} has been on our wish list for a while.\n\n## How\n\nWe meet once a week and work in small steps.`,
      goals: shuffled(random, GOALS).slice(0, randomInt(random, 1, 3)),
      startsOn: isoDayFrom(today, start),
      endsOn: isoDayFrom(today, end),
      startDay: start,
      endDay: end,
      createdDay,
      completedDay: status === 'completed' ? end : null,
      hoursPerWeek,
      location: owner.location,
      remote: chance(random, 0.5),
      visibility,
      departmentId: owner.departmentId,
      status,
      leads,
      roles,
      members,
      applications,
    });
  }
  return projects;
}

/**
 * Project history for the people-search benchmark (issue 14): on top of the bench company (which
 * already holds the demo generator's projects, about one per twelve people, on 26 themes), a company's
 * worth of completed projects and some under way, each with a title, a summary and a Markdown
 * description drawn from word pools of ordinary business work, 1–4 roles each requiring 1–4 skills
 * people actually hold, an owner, 0–2 co-leads and 3–30 members holding seats (drawn mostly from the
 * holders of their role's first skill, the rest from the owner's department), mostly shown to the
 * company, some to the owner's department, a few by invitation only. Completed projects leave their
 * evidence (project_evidence, evidence_count) as completing one through the API does; projects under
 * way have a few pending invitations. A handful of bulk statements; every draw from a seeded stream.
 */
import type { Client } from 'pg';
import { chance, pick, randomInt, randomStream, randomUuid, shuffled, weightedPick, type Prng } from '@ensemble/api/demo-data';

export interface ProjectHistoryOptions {
  completed: number;
  active: number;
  seed: number;
}

export interface ProjectHistory {
  completed: number;
  active: number;
  roles: number;
  roleSkills: number;
  leads: number;
  members: number;
  invitations: number;
  evidence: number;
  ms: number;
  /** The projects seeded, in the order they were drawn. */
  projectIds: string[];
}

// ——— Word pools: the business areas, what was built, what was done to it, and why. ———

const AREAS: readonly string[] = [
  'billing', 'payroll', 'warehouse', 'checkout', 'onboarding', 'telemetry', 'supplier', 'invoicing', 'fraud',
  'loyalty', 'logistics', 'procurement', 'recruiting', 'pricing', 'inventory', 'shipping', 'returns',
  'subscription', 'catalogue', 'identity', 'compliance', 'treasury', 'expense', 'travel', 'facilities',
  'support', 'partner', 'contract', 'campaign', 'reporting', 'payments', 'tax', 'sustainability', 'energy',
  'fleet', 'claims', 'underwriting', 'risk', 'vendor', 'intranet', 'training', 'benefits', 'maintenance',
  'manufacturing', 'quality', 'helpdesk', 'forecasting', 'scheduling', 'ordering', 'refunds',
];
const THINGS: readonly string[] = [
  'platform', 'portal', 'pipeline', 'dashboard', 'service', 'workflow', 'playbook', 'API', 'app', 'toolkit',
  'knowledge base', 'integration', 'ledger', 'scheduler', 'engine', 'handbook', 'process', 'reports',
  'data model', 'chatbot', 'console', 'microsite', 'checklist', 'warehouse', 'datastore',
];
const KINDS: readonly string[] = [
  'migration', 'overhaul', 'pilot', 'rollout', 'redesign', 'revamp', 'consolidation', 'automation',
  'modernisation', 'launch', 'refresh', 'cleanup', 'rebuild', 'discovery', 'harmonisation', 'upgrade',
  'expansion', 'review', 'replatforming', 'sunset',
];
const VERBS: readonly string[] = [
  'Move', 'Rebuild', 'Replace', 'Consolidate', 'Automate', 'Simplify', 'Standardise', 'Redesign', 'Retire',
  'Instrument', 'Streamline', 'Document', 'Localise', 'Secure', 'Open up',
];
/** What a project is for: the phrases a colleague remembers it by. */
const OUTCOMES: readonly string[] = [
  'invoice reconciliation', 'month-end close', 'same-day delivery', 'customer churn', 'route optimisation',
  'demand planning', 'contract renewals', 'fraud detection', 'supplier onboarding', 'ticket deflection',
  'stock accuracy', 'carbon reporting', 'payment failures', 'audit readiness', 'order tracking',
  'shift planning', 'expense approvals', 'price changes', 'returns processing', 'claims handling',
  'lead scoring', 'renewal forecasts', 'cash forecasting', 'vendor risk scoring', 'release frequency',
  'incident response times', 'warehouse throughput', 'first call resolution', 'data retention rules',
  'access reviews', 'partner payouts', 'energy consumption', 'spare parts planning', 'quality inspections',
  'candidate experience', 'employee self-service', 'travel bookings', 'tax filings', 'subscription upgrades',
  'loyalty redemptions',
];
const AUDIENCES: readonly string[] = [
  'the finance team', 'store managers', 'field engineers', 'our customers', 'the support desk', 'new hires',
  'account managers', 'the warehouse crews', 'regional sales', 'the legal team', 'every department',
  'our partners', 'the operations centre', 'line managers', 'the data team',
];
const TOOLS: readonly string[] = [
  'a shared spreadsheet', 'three legacy systems', 'a nightly batch job', 'manual exports', 'email threads',
  'an old on-premise server', 'two competing dashboards', 'a vendor tool nobody owned', 'paper forms',
];
const MEASURES: readonly string[] = [
  'lead time', 'error rate', 'cost per order', 'handling time', 'backlog', 'rework', 'time to first answer',
  'manual effort', 'late payments', 'escalations',
];
const ROLE_TITLES: readonly string[] = [
  'Backend engineer', 'Frontend engineer', 'Data analyst', 'Data engineer', 'Product designer',
  'Project coordinator', 'Business analyst', 'QA engineer', 'Content writer', 'Trainer', 'Process owner',
  'Finance partner', 'Solution architect', 'Researcher', 'Change manager', 'Scrum master', 'Tester',
  'Subject matter expert', 'Integration specialist', 'Reporting analyst',
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Texts {
  title: string;
  summary: string;
  description: string;
  goals: string[];
}

function projectTexts(random: Prng, completed: boolean): Texts {
  const area = pick(random, AREAS);
  const thing = pick(random, THINGS);
  const kind = pick(random, KINDS);
  const outcome = pick(random, OUTCOMES);
  const second = pick(random, OUTCOMES.filter((o) => o !== outcome));
  const audience = pick(random, AUDIENCES);
  const measure = pick(random, MEASURES);
  const tool = pick(random, TOOLS);
  const percent = randomInt(random, 10, 60);
  const title = weightedPick(
    random,
    [
      [`${capital(area)} ${thing} ${kind}`, 60],
      [`${capital(kind)} of the ${area} ${thing}`, 20],
      [`${capital(area)} ${thing} ${kind} (phase ${randomInt(random, 2, 4)})`, 20],
    ] as const,
    ([, w]) => w,
  )[0];
  const verb = pick(random, VERBS);
  const summary =
    `${verb} the ${area} ${thing} to improve ${outcome} for ${audience}.` +
    (chance(random, 0.6) ? ` ${completed ? 'It cut' : 'The aim is to cut'} ${measure} by ${percent}% and helped with ${second}.` : '');
  const why =
    `${capital(outcome)} depended on ${tool}, and ${audience} spent hours every week on it. ` +
    `The ${area} ${thing} had grown without an owner, and ${measure} kept rising.`;
  const how = [
    `We mapped the current ${area} process with ${audience} and agreed on what good ${outcome} looks like.`,
    `A small team ${completed ? 'built' : 'is building'} the new ${thing} in two-week steps, starting with ${second}.`,
    `Each step ${completed ? 'was' : 'is'} tried with a pilot group before the ${kind} reaches everyone.`,
    chance(random, 0.5) ? `Data from ${tool} ${completed ? 'was' : 'is being'} cleaned and moved across, with checks on every batch.` : '',
    chance(random, 0.4) ? `We ${completed ? 'trained' : 'are training'} two people in each region to maintain it.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const result = completed
    ? `## Result\n\n${capital(measure)} fell by ${percent}% within a quarter, ${outcome} is tracked weekly, and ${tool} was retired. ` +
      `What we learnt is written up in the ${area} handbook.`
    : `## Next\n\nThe ${kind} reaches ${audience} next quarter; ${second} follows.`;
  const description = `## Why\n\n${why}\n\n## How\n\n${how}\n\n${result}`;
  const goals = shuffled(random, [
    `Improve ${outcome}`,
    `Cut ${measure} by ${percent}%`,
    `Retire ${tool}`,
    `Train ${audience}`,
  ]).slice(0, randomInt(random, 1, 3));
  return { title, summary, description, goals };
}

/** How many members a project has: most teams are small, a few are large. */
function teamSize(random: Prng): number {
  const band = weightedPick(
    random,
    [
      [3, 6, 50],
      [7, 12, 30],
      [13, 20, 14],
      [21, 30, 6],
    ] as const,
    ([, , w]) => w,
  );
  return randomInt(random, band[0], band[1]);
}

/** The day the demo company's dates are relative to (generate-projects.ts): the same seed, the same dates. */
const REFERENCE_DAY = Date.UTC(2026, 2, 2);
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(REFERENCE_DAY + offsetDays * DAY).toISOString().slice(0, 10);

/** Candidate holders read per skill (drawn in a seeded order): enough for any team. */
const HOLDERS_PER_SKILL = 300;

export async function seedProjectHistory(client: Client, options: ProjectHistoryOptions): Promise<ProjectHistory> {
  const started = Date.now();
  const random = randomStream(options.seed, 'bench-project-history');
  const people = (
    await client.query<{ id: string; department_id: string | null }>(
      `SELECT id, department_id FROM person WHERE status = 'active' ORDER BY id`,
    )
  ).rows;
  const byDepartment = new Map<string, string[]>();
  for (const person of people) {
    const list = byDepartment.get(person.department_id ?? '') ?? [];
    list.push(person.id);
    byDepartment.set(person.department_id ?? '', list);
  }
  const departmentOf = new Map(people.map((person) => [person.id, person.department_id]));
  // Skills people actually hold with a level (20 holders or more), by name (skill ids are drawn by the
  // database, so ordering by them would differ between runs); each with some of its holders.
  const skills = (
    await client.query<{ id: string; holders: number; sample: string[] }>(
      `WITH held AS (
         SELECT skill_id, count(*)::int AS holders FROM person_skill WHERE level IS NOT NULL GROUP BY skill_id HAVING count(*) >= 20
       )
       SELECT s.id, h.holders,
              (SELECT array_agg(person_id) FROM (
                 SELECT ps.person_id FROM person_skill ps
                  WHERE ps.skill_id = s.id AND ps.level IS NOT NULL
                  ORDER BY md5(ps.person_id::text || $1) LIMIT ${HOLDERS_PER_SKILL}) x) AS sample
         FROM held h JOIN skill s ON s.id = h.skill_id AND s.status = 'active'
        ORDER BY s.normalized_name, s.id`,
      [String(options.seed)],
    )
  ).rows;
  if (skills.length < 4) throw new Error(`project history: only ${skills.length} skills are held by 20 people or more`);
  // Drawn by the square root of their holders: common skills come up more often than rare ones, but not
  // as often as their holders would have it (a project needs more than English).
  const cumulative: number[] = [];
  let sum = 0;
  for (const skill of skills) cumulative.push((sum += Math.sqrt(skill.holders)));
  const drawSkill = () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) <= target) low = mid + 1;
      else high = mid;
    }
    return skills[low] as (typeof skills)[number];
  };
  /** `count` distinct skills (fewer when the draws repeat). */
  const drawSkills = (count: number) => {
    const chosen = new Set<(typeof skills)[number]>();
    for (let attempt = 0; attempt < count * 4 && chosen.size < count; attempt++) chosen.add(drawSkill());
    return [...chosen];
  };

  const projects: Array<{ id: string; owner: string; status: string; texts: Texts; startsOn: string; endsOn: string; hours: number; visibility: string; department: string | null; remote: boolean }> = [];
  const roles: Array<{ id: string; project: string; title: string; seats: number; taken: number }> = [];
  const roleSkills: Array<{ role: string; skill: string; minLevel: number; mustHave: boolean }> = [];
  const leads: Array<[string, string]> = [];
  const members: Array<{ project: string; role: string; person: string; joinedDays: number; startsOn: string }> = [];
  const invitations: Array<{ project: string; role: string; person: string; by: string }> = [];

  const total = options.completed + options.active;
  for (let n = 0; n < total; n++) {
    const completed = n < options.completed;
    const id = randomUuid(random);
    const owner = pick(random, people).id;
    const department = departmentOf.get(owner) ?? null;
    const colleagues = byDepartment.get(department ?? '') ?? [];
    const pool = colleagues.length >= 40 ? colleagues : people.map((person) => person.id);
    // Completed over the last three years; under way since up to four months, ending in up to six.
    const start = completed ? -randomInt(random, 60, 1100) : -randomInt(random, 10, 120);
    const length = completed ? randomInt(random, 30, Math.min(240, -start)) : randomInt(random, -start + 14, -start + 180);
    const visibility = weightedPick(
      random,
      [
        ['company', 80],
        ['department', 15],
        ['invite_only', 5],
      ] as const,
      ([, w]) => w,
    )[0];
    projects.push({
      id,
      owner,
      status: completed ? 'completed' : 'active',
      texts: projectTexts(random, completed),
      startsOn: isoDay(start),
      endsOn: isoDay(start + length),
      hours: pick(random, [2, 4, 4, 6, 8, 8, 10, 16, 20]),
      visibility,
      department,
      remote: chance(random, 0.5),
    });
    const taken = new Set<string>([owner]);
    for (let l = weightedPick(random, [[0, 50], [1, 35], [2, 15]] as const, ([, w]) => w)[0]; l > 0; l--) {
      const lead = pick(random, pool);
      if (taken.has(lead)) continue;
      taken.add(lead);
      leads.push([id, lead]);
    }
    // Roles, then the team dealt over them: each role's seats are at least its members.
    const size = teamSize(random);
    const roleCount = Math.min(size, randomInt(random, 1, 4));
    const projectRoles: Array<{ id: string; holders: readonly string[]; members: number }> = [];
    const titles = shuffled(random, ROLE_TITLES);
    for (let r = 0; r < roleCount; r++) {
      const roleId = randomUuid(random);
      const required = drawSkills(randomInt(random, 1, 4));
      required.forEach((skill, index) =>
        roleSkills.push({ role: roleId, skill: skill.id, minLevel: randomInt(random, 2, 4), mustHave: index === 0 || chance(random, 0.5) }),
      );
      projectRoles.push({ id: roleId, holders: required[0]?.sample ?? [], members: 0 });
      roles.push({ id: roleId, project: id, title: titles[r % titles.length] as string, seats: 0, taken: 0 });
    }
    for (let m = 0; m < size; m++) {
      const slot = m < projectRoles.length ? m : Math.floor(random() * projectRoles.length);
      const role = projectRoles[slot] as (typeof projectRoles)[number];
      // Seven in ten from the holders of the role's first skill, the others from the owner's department.
      let person: string | null = null;
      for (let attempt = 0; attempt < 6 && person === null; attempt++) {
        const candidate = role.holders.length && chance(random, 0.7) ? pick(random, role.holders) : pick(random, pool);
        if (!taken.has(candidate)) person = candidate;
      }
      if (person === null) continue;
      taken.add(person);
      role.members += 1;
      members.push({ project: id, role: role.id, person, joinedDays: randomInt(random, -10, 10), startsOn: isoDay(start) });
    }
    for (const [r, role] of projectRoles.entries()) {
      const row = roles[roles.length - projectRoles.length + r] as (typeof roles)[number];
      row.taken = role.members;
      row.seats = Math.min(50, Math.max(1, role.members + (completed ? 0 : randomInt(random, 0, 2))));
    }
    if (!completed && chance(random, 0.3)) {
      for (let i = randomInt(random, 1, 3); i > 0; i--) {
        const person = pick(random, pool);
        if (taken.has(person)) continue;
        taken.add(person);
        invitations.push({ project: id, role: (projectRoles[0] as { id: string }).id, person, by: owner });
      }
    }
  }

  await client.query(
    `INSERT INTO project (id, owner_id, title, summary, description, goals, starts_on, ends_on, hours_per_week,
                          remote, visibility, department_id, status, created_at, updated_at, completed_at)
     SELECT id, owner_id, title, summary, description, ARRAY(SELECT jsonb_array_elements_text(goals)),
            starts_on, ends_on, hours, remote, visibility, department_id, status,
            (starts_on - 14)::timestamptz, coalesce(CASE WHEN status = 'completed' THEN ends_on END, starts_on)::timestamptz,
            CASE WHEN status = 'completed' THEN ends_on::timestamptz END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::date[], $8::date[],
                   $9::smallint[], $10::boolean[], $11::text[], $12::uuid[], $13::text[])
         AS t(id, owner_id, title, summary, description, goals, starts_on, ends_on, hours, remote, visibility, department_id, status)`,
    [
      projects.map((p) => p.id),
      projects.map((p) => p.owner),
      projects.map((p) => p.texts.title),
      projects.map((p) => p.texts.summary),
      projects.map((p) => p.texts.description),
      projects.map((p) => JSON.stringify(p.texts.goals)),
      projects.map((p) => p.startsOn),
      projects.map((p) => p.endsOn),
      projects.map((p) => p.hours),
      projects.map((p) => p.remote),
      projects.map((p) => p.visibility),
      projects.map((p) => p.department),
      projects.map((p) => p.status),
    ],
  );
  await client.query(`INSERT INTO project_lead (project_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
    leads.map(([project]) => project),
    leads.map(([, person]) => person),
  ]);
  await client.query(
    `INSERT INTO project_role (id, project_id, title, description, seats, seats_taken, join_policy)
     SELECT id, project_id, title, 'Help the team as ' || lower(title) || '.', seats, taken, 'open'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::smallint[], $5::smallint[]) AS t(id, project_id, title, seats, taken)`,
    [roles.map((r) => r.id), roles.map((r) => r.project), roles.map((r) => r.title), roles.map((r) => r.seats), roles.map((r) => r.taken)],
  );
  await client.query(
    `INSERT INTO project_role_skill (role_id, skill_id, min_level, must_have)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::boolean[])`,
    [roleSkills.map((s) => s.role), roleSkills.map((s) => s.skill), roleSkills.map((s) => s.minLevel), roleSkills.map((s) => s.mustHave)],
  );
  await client.query(
    `INSERT INTO project_member (project_id, role_id, person_id, joined_at)
     SELECT project_id, role_id, person_id, (starts_on + days)::timestamptz
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::int[]) AS t(project_id, role_id, person_id, starts_on, days)`,
    [members.map((m) => m.project), members.map((m) => m.role), members.map((m) => m.person), members.map((m) => m.startsOn), members.map((m) => m.joinedDays)],
  );
  await client.query(
    `INSERT INTO project_invitation (project_id, role_id, person_id, invited_by, status)
     SELECT project_id, role_id, person_id, invited_by, 'pending'
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[]) AS t(project_id, role_id, person_id, invited_by)`,
    [invitations.map((i) => i.project), invitations.map((i) => i.role), invitations.map((i) => i.person), invitations.map((i) => i.by)],
  );
  // Completed projects' evidence, as completing one through the API writes it (seed-company.ts).
  const evidence = await client.query(
    `WITH evidence AS (
       INSERT INTO project_evidence (project_id, person_id, skill_id, created_at)
       SELECT k.project_id, k.person_id, k.skill_id, p.completed_at
         FROM project p
         JOIN project_part_skill k ON k.project_id = p.id
         JOIN person_skill ps ON ps.person_id = k.person_id AND ps.skill_id = k.skill_id AND ps.level IS NOT NULL
        WHERE p.status = 'completed' AND p.id = ANY($1::uuid[])
       ON CONFLICT DO NOTHING
       RETURNING person_id, skill_id
     ), counted AS (
       SELECT person_id, skill_id, count(*)::int AS n FROM evidence GROUP BY person_id, skill_id
     )
     UPDATE person_skill ps SET evidence_count = ps.evidence_count + c.n
       FROM counted c WHERE ps.person_id = c.person_id AND ps.skill_id = c.skill_id
     RETURNING c.n`,
    [projects.filter((p) => p.status === 'completed').map((p) => p.id)],
  );
  return {
    completed: options.completed,
    active: options.active,
    roles: roles.length,
    roleSkills: roleSkills.length,
    leads: leads.length,
    members: members.length,
    invitations: invitations.length,
    evidence: evidence.rows.reduce((sum, row: { n: number }) => sum + row.n, 0),
    ms: Date.now() - started,
    projectIds: projects.map((p) => p.id),
  };
}

import type { ClientBase } from 'pg';
import { STARTER_KEY_PREFIX } from '@ensemble/api/skills-data';
import { timestampFrom } from './demo-day';
import type {
  DemoCompany,
  DemoDepartment,
  DemoEndorsement,
  DemoPerson,
  DemoPersonSkill,
  DemoProfile,
  DemoProject,
} from './model';

export interface SeedProgress {
  table: 'department' | 'person' | 'person_skill' | 'endorsement' | 'project';
  inserted: number;
  total: number;
}

export interface SeedOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Delete all existing people, departments, sessions and audit events first (same transaction). */
  reset?: boolean;
  /** Rows per INSERT statement. */
  batchSize?: number;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The database already has people or departments in it');
    this.name = 'DatabaseNotEmptyError';
  }
}

const DEFAULT_BATCH_SIZE = 5000;
/**
 * Rows per skill-link statement. Larger than for people (narrow rows), and it bounds how often the
 * per-statement holder_count triggers run: once per statement, one UPDATE per distinct skill.
 */
const LINK_BATCH_SIZE = 100_000;

const INSERT_PERSON_SKILLS = `
  INSERT INTO person_skill (person_id, skill_id, level, years, interest, wants_to_grow)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::numeric[], $5::smallint[], $6::boolean[])`;

const INSERT_ENDORSEMENTS = `
  INSERT INTO endorsement (endorser_id, person_id, skill_id, note)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])`;

const INSERT_DEPARTMENTS = `
  INSERT INTO department (id, name, parent_id)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[])`;

// Roles travel as array literals ('{employee,hr}') because unnest would flatten a text[][] parameter;
// passions (free text, with spaces and commas) as JSON arrays for the same reason.
const INSERT_PEOPLE = `
  INSERT INTO person (id, external_id, email, given_name, family_name, title, department_id, manager_id,
                      location, bio, roles, headline, passions, hours_per_week_available, open_to_projects)
  SELECT id, external_id, email, given_name, family_name, title, department_id, manager_id,
         location, bio, roles::text[], headline, ARRAY(SELECT jsonb_array_elements_text(passions)),
         hours_per_week_available, open_to_projects
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[],
              $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::smallint[], $15::boolean[])
    AS t(id, external_id, email, given_name, family_name, title, department_id, manager_id, location, bio, roles,
         headline, passions, hours_per_week_available, open_to_projects)`;

/** True when there are no people (and no departments) yet: nothing a seed could collide with. */
export async function isDatabaseEmpty(client: ClientBase): Promise<boolean> {
  const result = await client.query<{ empty: boolean }>(
    'SELECT NOT EXISTS (SELECT 1 FROM person) AND NOT EXISTS (SELECT 1 FROM department) AS empty',
  );
  return result.rows[0].empty;
}

/**
 * Removes every person and department and what hangs off them (sessions, audit events, and via
 * CASCADE any later table that references people).
 */
export async function clearCompanyData(client: ClientBase): Promise<void> {
  await client.query('TRUNCATE person, department, session, audit_event CASCADE');
}

/**
 * Inserts the company in one transaction with batched multi-row inserts. Throws DatabaseNotEmptyError
 * (and changes nothing) when people or departments exist, unless `reset` is set.
 */
export async function seedCompany(
  client: ClientBase,
  company: DemoCompany,
  options: SeedOptions = {},
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report = options.onProgress ?? (() => undefined);
  await client.query('BEGIN');
  try {
    if (options.reset) {
      await clearCompanyData(client);
    } else {
      // Blocks a concurrent seeder between our emptiness check and our inserts.
      await client.query('LOCK TABLE person, department IN SHARE ROW EXCLUSIVE MODE');
      if (!(await isDatabaseEmpty(client))) throw new DatabaseNotEmptyError();
    }
    await insertDepartments(client, company.departments);
    report({ table: 'department', inserted: company.departments.length, total: company.departments.length });
    await insertPeople(client, managersFirst(company.people), profilesById(company.profiles), batchSize, report);
    await insertSkills(client, company.personSkills, company.endorsements, report);
    await insertProjects(client, company.projects, company.today, report);
    // Fresh statistics, so the first queries after a bulk load get sensible plans.
    await client.query(
      'ANALYZE department, person, person_skill, endorsement, project, project_role, project_role_skill, project_member, project_application',
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function insertDepartments(client: ClientBase, departments: readonly DemoDepartment[]): Promise<void> {
  // One statement: foreign keys are checked at its end, so parent order within it does not matter.
  await client.query(INSERT_DEPARTMENTS, [
    departments.map((department) => department.id),
    departments.map((department) => department.name),
    departments.map((department) => department.parentId),
  ]);
}

function profilesById(profiles: readonly DemoProfile[] | undefined): ReadonlyMap<string, DemoProfile> {
  return new Map((profiles ?? []).map((profile) => [profile.personId, profile]));
}

async function insertPeople(
  client: ClientBase,
  people: readonly DemoPerson[],
  profiles: ReadonlyMap<string, DemoProfile>,
  batchSize: number,
  report: (progress: SeedProgress) => void,
): Promise<void> {
  for (let start = 0; start < people.length; start += batchSize) {
    const batch = people.slice(start, start + batchSize);
    await client.query({
      name: 'demo-data-insert-people',
      text: INSERT_PEOPLE,
      values: personColumns(batch, profiles),
    });
    report({ table: 'person', inserted: start + batch.length, total: people.length });
  }
}

function personColumns(people: readonly DemoPerson[], profiles: ReadonlyMap<string, DemoProfile>): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 15 }, () => new Array<unknown>(people.length));
  people.forEach((person, row) => {
    const profile = profiles.get(person.id);
    columns[0][row] = person.id;
    columns[1][row] = person.externalId;
    columns[2][row] = person.email;
    columns[3][row] = person.givenName;
    columns[4][row] = person.familyName;
    columns[5][row] = person.title;
    columns[6][row] = person.departmentId;
    columns[7][row] = person.managerId;
    columns[8][row] = person.location;
    columns[9][row] = person.bio;
    columns[10][row] = `{${person.roles.join(',')}}`;
    columns[11][row] = profile?.headline ?? null;
    columns[12][row] = JSON.stringify(profile?.passions ?? []);
    columns[13][row] = profile?.hoursPerWeekAvailable ?? null;
    columns[14][row] = profile?.openToProjects ?? false;
  });
  return columns;
}

/**
 * People ordered by depth in the management tree, so that every manager is inserted in the same or an
 * earlier batch than their reports and manager_id can be set in the insert itself.
 */
export function managersFirst(people: readonly DemoPerson[]): DemoPerson[] {
  const managerOf = new Map(people.map((person) => [person.id, person.managerId]));
  const depthOf = new Map<string, number>();
  const depth = (id: string): number => {
    const path: string[] = [];
    let current: string | null = id;
    let base = -1;
    while (current !== null) {
      const known = depthOf.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (path.length > people.length) throw new Error(`The management chain above ${id} has a cycle`);
      path.push(current);
      current = managerOf.get(current) ?? null;
    }
    for (let i = path.length - 1; i >= 0; i--) depthOf.set(path[i], ++base);
    return depthOf.get(id) as number;
  };
  const depths = people.map((person) => depth(person.id));
  return people
    .map((person, index) => ({ person, depth: depths[index], index }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map(({ person }) => person);
}

/**
 * Skill links and endorsements, by starter-taxonomy key. Only skills installed in this database are
 * seeded (the API and the seed tool install the starter taxonomy first); links to any other key, and
 * endorsements of them, are left out rather than failing a demo start.
 */
async function insertSkills(
  client: ClientBase,
  personSkills: readonly DemoPersonSkill[],
  endorsements: readonly DemoEndorsement[],
  report: (progress: SeedProgress) => void,
): Promise<void> {
  if (personSkills.length === 0) return;
  const { rows } = await client.query<{ id: string; key: string }>(
    `SELECT id, substr(external_uri, length($1) + 1) AS key FROM skill
      WHERE external_uri LIKE $1 || '%' AND status <> 'merged'`,
    [STARTER_KEY_PREFIX],
  );
  const idOf = new Map(rows.map((row) => [row.key, row.id]));
  const links = personSkills.filter((link) => idOf.has(link.skillKey));
  for (let start = 0; start < links.length; start += LINK_BATCH_SIZE) {
    const batch = links.slice(start, start + LINK_BATCH_SIZE);
    await client.query(INSERT_PERSON_SKILLS, [
      batch.map((link) => link.personId),
      batch.map((link) => idOf.get(link.skillKey)),
      batch.map((link) => link.level),
      batch.map((link) => link.years),
      batch.map((link) => link.interest),
      batch.map((link) => link.wantsToGrow),
    ]);
    report({ table: 'person_skill', inserted: start + batch.length, total: links.length });
  }
  const kept = endorsements.filter((endorsement) => idOf.has(endorsement.skillKey));
  for (let start = 0; start < kept.length; start += LINK_BATCH_SIZE) {
    const batch = kept.slice(start, start + LINK_BATCH_SIZE);
    await client.query(INSERT_ENDORSEMENTS, [
      batch.map((endorsement) => endorsement.endorserId),
      batch.map((endorsement) => endorsement.personId),
      batch.map((endorsement) => idOf.get(endorsement.skillKey)),
      batch.map((endorsement) => endorsement.note),
    ]);
    report({ table: 'endorsement', inserted: start + batch.length, total: kept.length });
  }
}

/** Projects per batch of statements (each project brings a few roles, skills, members, applications). */
const PROJECT_BATCH_SIZE = 5000;

/**
 * Projects with their co-leads, roles (seats_taken equal to their members), required skills (by
 * starter-taxonomy key; skills not installed are left out), members and applications, then the
 * evidence completed projects leave: a project_evidence row and one more evidence_count for each skill
 * of a person's part (project_part_skill: a member's role skills, every required skill for the owner
 * and co-leads) they hold with a level, as completing a project through the API does.
 */
async function insertProjects(
  client: ClientBase,
  projects: readonly DemoProject[],
  today: string,
  report: (progress: SeedProgress) => void,
): Promise<void> {
  const at = (day: number | null) => (day === null ? null : timestampFrom(today, day));
  if (projects.length === 0) return;
  const { rows } = await client.query<{ id: string; key: string }>(
    `SELECT id, substr(external_uri, length($1) + 1) AS key FROM skill
      WHERE external_uri LIKE $1 || '%' AND status = 'active'`,
    [STARTER_KEY_PREFIX],
  );
  const idOf = new Map(rows.map((row) => [row.key, row.id]));
  for (let start = 0; start < projects.length; start += PROJECT_BATCH_SIZE) {
    const batch = projects.slice(start, start + PROJECT_BATCH_SIZE);
    await client.query(
      `INSERT INTO project (id, owner_id, title, summary, description, goals, starts_on, ends_on, hours_per_week,
                            location, remote, visibility, department_id, status, created_at, updated_at, completed_at)
       SELECT id, owner_id, title, summary, description, ARRAY(SELECT jsonb_array_elements_text(goals)),
              starts_on, ends_on, hours_per_week, location, remote, visibility, department_id, status,
              created_at, coalesce(completed_at, created_at), completed_at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::date[], $8::date[],
                     $9::smallint[], $10::text[], $11::boolean[], $12::text[], $13::uuid[], $14::text[],
                     $15::timestamptz[], $16::timestamptz[])
           AS t(id, owner_id, title, summary, description, goals, starts_on, ends_on, hours_per_week, location, remote,
                visibility, department_id, status, created_at, completed_at)`,
      [
        batch.map((p) => p.id),
        batch.map((p) => p.ownerId),
        batch.map((p) => p.title),
        batch.map((p) => p.summary),
        batch.map((p) => p.description),
        batch.map((p) => JSON.stringify(p.goals)),
        batch.map((p) => p.startsOn),
        batch.map((p) => p.endsOn),
        batch.map((p) => p.hoursPerWeek),
        batch.map((p) => p.location),
        batch.map((p) => p.remote),
        batch.map((p) => p.visibility),
        batch.map((p) => p.departmentId),
        batch.map((p) => p.status),
        batch.map((p) => at(p.createdDay)),
        batch.map((p) => at(p.completedDay)),
      ],
    );
    const leads = batch.flatMap((p) => p.leads.map((personId) => [p.id, personId]));
    await client.query(`INSERT INTO project_lead (project_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      leads.map(([projectId]) => projectId),
      leads.map(([, personId]) => personId),
    ]);
    const roles = batch.flatMap((p) =>
      p.roles.map((role) => ({ project: p, role, taken: p.members.filter((m) => m.roleId === role.id).length })),
    );
    await client.query(
      `INSERT INTO project_role (id, project_id, title, description, seats, seats_taken, join_policy, manager_consent, consent_days)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::smallint[], $6::smallint[], $7::text[],
                            $8::boolean[], $9::smallint[])`,
      [
        roles.map((r) => r.role.id),
        roles.map((r) => r.project.id),
        roles.map((r) => r.role.title),
        roles.map((r) => r.role.description),
        roles.map((r) => r.role.seats),
        roles.map((r) => r.taken),
        roles.map((r) => r.role.joinPolicy),
        roles.map((r) => r.role.managerConsent),
        roles.map((r) => r.role.consentDays),
      ],
    );
    const skills = roles.flatMap((r) =>
      r.role.skills.filter((skill) => idOf.has(skill.skillKey)).map((skill) => ({ roleId: r.role.id, ...skill })),
    );
    await client.query(
      `INSERT INTO project_role_skill (role_id, skill_id, min_level, must_have)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::boolean[])`,
      [
        skills.map((skill) => skill.roleId),
        skills.map((skill) => idOf.get(skill.skillKey)),
        skills.map((skill) => skill.minLevel),
        skills.map((skill) => skill.mustHave),
      ],
    );
    const members = batch.flatMap((p) => p.members.map((member) => ({ project: p, member })));
    await client.query(
      `INSERT INTO project_member (project_id, role_id, person_id, joined_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
      [
        members.map((m) => m.project.id),
        members.map((m) => m.member.roleId),
        members.map((m) => m.member.personId),
        members.map((m) => at(m.member.joinedDay)),
      ],
    );
    const applications = batch.flatMap((p) => p.applications.map((application) => ({ project: p, application })));
    await client.query(
      `INSERT INTO project_application (project_id, role_id, person_id, message, status, consent_status, consent_manager_id,
                                        consent_due_at, consent_decided_at, decided_at, decline_reason, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                            $8::timestamptz[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::timestamptz[])`,
      [
        applications.map((a) => a.project.id),
        applications.map((a) => a.application.roleId),
        applications.map((a) => a.application.personId),
        applications.map((a) => a.application.message),
        applications.map((a) => a.application.status),
        applications.map((a) => a.application.consentStatus),
        applications.map((a) => a.application.consentManagerId),
        applications.map((a) => at(a.application.consentDueDay)),
        applications.map((a) => at(a.application.consentDecidedDay)),
        applications.map((a) => at(a.application.decidedDay)),
        applications.map((a) => a.application.declineReason),
        applications.map((a) => at(a.application.createdDay)),
      ],
    );
    report({ table: 'project', inserted: start + batch.length, total: projects.length });
  }
  await client.query(
    `WITH evidence AS (
       INSERT INTO project_evidence (project_id, person_id, skill_id, created_at)
       SELECT k.project_id, k.person_id, k.skill_id, p.completed_at
         FROM project p
         JOIN project_part_skill k ON k.project_id = p.id
         JOIN person_skill ps ON ps.person_id = k.person_id AND ps.skill_id = k.skill_id AND ps.level IS NOT NULL
        WHERE p.status = 'completed'
       ON CONFLICT DO NOTHING
       RETURNING person_id, skill_id
     ), counted AS (
       SELECT person_id, skill_id, count(*)::int AS n FROM evidence GROUP BY person_id, skill_id
     )
     UPDATE person_skill ps SET evidence_count = ps.evidence_count + c.n
       FROM counted c WHERE ps.person_id = c.person_id AND ps.skill_id = c.skill_id`,
  );
}

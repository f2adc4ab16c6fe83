import type { ClientBase } from 'pg';
import { STARTER_KEY_PREFIX } from '@ensemble/api/skills-data';
import type { DemoCompany, DemoDepartment, DemoEndorsement, DemoPerson, DemoPersonSkill } from './model';

export interface SeedProgress {
  table: 'department' | 'person' | 'person_skill' | 'endorsement';
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

// Roles travel as array literals ('{employee,hr}') because unnest would flatten a text[][] parameter.
const INSERT_PEOPLE = `
  INSERT INTO person (id, external_id, email, given_name, family_name, title, department_id, manager_id,
                      location, bio, roles)
  SELECT id, external_id, email, given_name, family_name, title, department_id, manager_id,
         location, bio, roles::text[]
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[],
              $9::text[], $10::text[], $11::text[])
    AS t(id, external_id, email, given_name, family_name, title, department_id, manager_id, location, bio, roles)`;

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
    await insertPeople(client, managersFirst(company.people), batchSize, report);
    await insertSkills(client, company.personSkills, company.endorsements, report);
    // Fresh statistics, so the first queries after a bulk load get sensible plans.
    await client.query('ANALYZE department, person, person_skill, endorsement');
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

async function insertPeople(
  client: ClientBase,
  people: readonly DemoPerson[],
  batchSize: number,
  report: (progress: SeedProgress) => void,
): Promise<void> {
  for (let start = 0; start < people.length; start += batchSize) {
    const batch = people.slice(start, start + batchSize);
    await client.query({
      name: 'demo-data-insert-people',
      text: INSERT_PEOPLE,
      values: personColumns(batch),
    });
    report({ table: 'person', inserted: start + batch.length, total: people.length });
  }
}

function personColumns(people: readonly DemoPerson[]): unknown[][] {
  const columns: unknown[][] = Array.from({ length: 11 }, () => new Array<unknown>(people.length));
  people.forEach((person, row) => {
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

import type { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import {
  clearCompanyData,
  DatabaseNotEmptyError,
  generateCompany,
  isDatabaseEmpty,
  seedCompany,
  seedDemoCompanyIfEmpty,
  type SeedProgress,
} from '../index';

async function count(client: Client, sql: string): Promise<number> {
  const result = await client.query<{ count: string }>(sql);
  return Number(result.rows[0].count);
}

describe('seedCompany (PostgreSQL)', () => {
  const company = generateCompany({ people: 2000, seed: 42 });
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = database.client;
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('sees an empty database as empty', async () => {
    expect(await isDatabaseEmpty(client)).toBe(true);
  });

  it('inserts every department and person, reporting progress in batches', async () => {
    const progress: SeedProgress[] = [];
    await seedCompany(client, company, { batchSize: 500, onProgress: (update) => progress.push(update) });

    expect(await count(client, 'SELECT count(*) FROM department')).toBe(company.departments.length);
    expect(await count(client, 'SELECT count(*) FROM person')).toBe(2000);
    expect(await isDatabaseEmpty(client)).toBe(false);
    expect(progress.filter((update) => update.table === 'person').map((update) => update.inserted)).toEqual([
      500, 1000, 1500, 2000,
    ]);
  });

  it('keeps the hierarchy and references intact', async () => {
    expect(await count(client, 'SELECT count(*) FROM person WHERE manager_id IS NULL')).toBe(1);
    expect(
      await count(
        client,
        `SELECT count(*) FROM person p LEFT JOIN person m ON m.id = p.manager_id
         WHERE p.manager_id IS NOT NULL AND m.id IS NULL`,
      ),
    ).toBe(0);
    expect(
      await count(
        client,
        'SELECT count(*) FROM person p LEFT JOIN department d ON d.id = p.department_id WHERE d.id IS NULL',
      ),
    ).toBe(0);
    const reachable = await count(
      client,
      `WITH RECURSIVE chart AS (
         SELECT id, 0 AS depth FROM person WHERE manager_id IS NULL
         UNION ALL
         SELECT p.id, chart.depth + 1 FROM person p JOIN chart ON p.manager_id = chart.id WHERE chart.depth < 50
       ) SELECT count(*) FROM chart`,
    );
    expect(reachable).toBe(2000);
  });

  it('stores the generated values as they are', async () => {
    const [first] = company.people;
    const { rows } = await client.query(
      'SELECT external_id, email, given_name, title, manager_id, location, bio, roles FROM person WHERE id = $1',
      [first.id],
    );
    expect(rows[0]).toEqual({
      external_id: first.externalId,
      email: first.email,
      given_name: first.givenName,
      title: first.title,
      manager_id: first.managerId,
      location: first.location,
      bio: first.bio,
      roles: first.roles,
    });
    // Profile fields people fill in themselves, passions with spaces and all.
    const filled = company.profiles.find(
      (profile) => profile.headline && profile.passions.length > 1 && profile.openToProjects,
    );
    const stored = await client.query(
      'SELECT headline, passions, hours_per_week_available, open_to_projects FROM person WHERE id = $1',
      [filled?.personId],
    );
    expect(stored.rows[0]).toEqual({
      headline: filled?.headline,
      passions: filled?.passions,
      hours_per_week_available: filled?.hoursPerWeekAvailable,
      open_to_projects: true,
    });
    expect(await count(client, `SELECT count(*) FROM person WHERE 'admin' = ANY(roles)`)).toBe(2);
    expect(await count(client, `SELECT count(*) FROM person WHERE 'hr' = ANY(roles)`)).toBe(
      company.people.filter((person) => person.roles.includes('hr')).length,
    );
  });

  it('refuses to seed a database that already has people, changing nothing', async () => {
    const another = generateCompany({ people: 10, seed: 7 });
    await expect(seedCompany(client, another)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await count(client, 'SELECT count(*) FROM person')).toBe(2000);
  });

  it('rolls back everything when an insert fails part-way', async () => {
    await clearCompanyData(client);
    const broken = generateCompany({ people: 50, seed: 8 });
    broken.people[40] = { ...broken.people[40], email: broken.people[39].email };
    await expect(seedCompany(client, broken, { batchSize: 10 })).rejects.toThrow(/person_email_key/);
    expect(await isDatabaseEmpty(client)).toBe(true);
  });

  it('replaces existing data when asked to reset', async () => {
    await seedCompany(client, company);
    await client.query(
      `INSERT INTO session (sid, person_id, data, expires_at) VALUES ('s1', $1, '{}', now() + interval '1 hour')`,
      [company.people[0].id],
    );
    const smaller = generateCompany({ people: 300, seed: 9 });
    await seedCompany(client, smaller, { reset: true });
    expect(await count(client, 'SELECT count(*) FROM person')).toBe(300);
    expect(await count(client, 'SELECT count(*) FROM department')).toBe(smaller.departments.length);
    expect(await count(client, 'SELECT count(*) FROM session')).toBe(0);
  });
});

describe('seedDemoCompanyIfEmpty (PostgreSQL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('seeds an empty database once, then leaves it alone', async () => {
    const first = await seedDemoCompanyIfEmpty(database.url, { people: 120, seed: 42 });
    expect(first).toEqual({
      people: 120,
      departments: expect.any(Number),
      seed: 42,
      durationMs: expect.any(Number),
    });

    expect(await seedDemoCompanyIfEmpty(database.url, { people: 50, seed: 1 })).toBeNull();
    expect(await count(database.client, 'SELECT count(*) FROM person')).toBe(120);
  });
});

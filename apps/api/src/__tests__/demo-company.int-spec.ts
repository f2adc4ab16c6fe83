// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { createTestApp, createTestDatabase, type TestApp } from '@ensemble/api/core/testing';
import { seedDemoCompanyIfEmpty } from '@ensemble/api/demo-data';
import { signInAs } from '@ensemble/api/identity/testing';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import { DOMAIN_MODULES } from '../app.module';

/**
 * The demo company as `npm start` seeds it (today's dates): what HR looks for is there. Searching by
 * passion and by availability finds people, and no project's status contradicts its dates.
 */
describe('the seeded demo company', () => {
  let test: TestApp;
  let hrCookie: string;

  beforeAll(async () => {
    const db = await createTestDatabase();
    await applyStarterTaxonomy(db.client);
    await seedDemoCompanyIfEmpty(db.url, { people: 500, seed: 42 });
    test = await createTestApp({ imports: DOMAIN_MODULES, db });
    const { rows } = await db.client.query<{ id: string }>(
      `SELECT id FROM person WHERE 'hr' = ANY(roles) AND NOT 'admin' = ANY(roles) ORDER BY email LIMIT 1`,
    );
    hrCookie = await signInAs(test.app, rows[0].id);
  });
  afterAll(() => test?.close());

  const search = async (input: Record<string, unknown>) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', hrCookie)
      .send({
        query: `query($input: PeopleSearchInput!) { searchPeople(input: $input, first: 50) {
          totalCount edges { node { person { id } } } } }`,
        variables: { input },
      });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.searchPeople as {
      totalCount: number;
      edges: Array<{ node: { person: { id: string } } }>;
    };
  };
  const idsOf = (result: Awaited<ReturnType<typeof search>>) =>
    result.edges.map((edge) => edge.node.person.id);
  const count = async (sql: string) => Number((await test.db.client.query<{ n: string }>(sql)).rows[0].n);

  it('has headlines, passions and availability on a realistic share of profiles', async () => {
    const { rows } = await test.db.client.query<{
      headlines: string;
      passions: string;
      open: string;
      total: string;
    }>(
      `SELECT count(*) FILTER (WHERE headline IS NOT NULL) AS headlines,
              count(*) FILTER (WHERE cardinality(passions) > 0) AS passions,
              count(*) FILTER (WHERE open_to_projects AND hours_per_week_available > 0) AS open,
              count(*) AS total
         FROM person`,
    );
    const share = (value: string) => Number(value) / Number(rows[0].total);
    expect(share(rows[0].headlines)).toBeGreaterThan(0.4);
    expect(share(rows[0].passions)).toBeGreaterThan(0.4);
    expect(share(rows[0].open)).toBeGreaterThan(0.2);
  });

  it('finds people by a passion', async () => {
    const result = await search({ passions: ['mentoring'] });
    expect(result.totalCount).toBeGreaterThan(5);
    const { rows } = await test.db.client.query<{ id: string }>(
      `SELECT id FROM person WHERE 'mentoring' = ANY(passions)`,
    );
    const mentors = new Set(rows.map((row) => row.id));
    // Everyone who lists it is found (interest in a matching skill may find more).
    expect(mentors.size).toBeGreaterThan(5);
    expect(result.totalCount).toBeGreaterThanOrEqual(mentors.size);
    expect(idsOf(result).some((id) => mentors.has(id))).toBe(true);
  });

  it('finds people open to projects with free hours', async () => {
    const result = await search({ openToProjects: true, minHoursPerWeek: 4 });
    expect(result.totalCount).toBeGreaterThan(10);
    const { rows } = await test.db.client.query<{ id: string }>(
      `SELECT id FROM person WHERE open_to_projects AND hours_per_week_available >= 4`,
    );
    const open = new Set(rows.map((row) => row.id));
    for (const id of idsOf(result)) expect(open.has(id)).toBe(true);
  });

  it('has no project whose status contradicts its dates', async () => {
    const today = `(now() AT TIME ZONE 'UTC')::date`;
    expect(await count(`SELECT count(*) AS n FROM project WHERE status = 'active'`)).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM project WHERE status = 'active' AND (ends_on < ${today} OR starts_on > ${today})`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM project WHERE status IN ('forming', 'proposed') AND starts_on < ${today}`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM project WHERE status = 'completed' AND ends_on >= ${today}`),
    ).toBe(0);
    // Nothing happened in the future; pending consent deadlines lie ahead.
    expect(
      await count(`SELECT count(*) AS n FROM project WHERE created_at > now() OR completed_at > now()`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM project_member WHERE joined_at > now()`)).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM project_application WHERE created_at > now() OR decided_at > now()`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM project_application WHERE consent_status = 'pending' AND consent_due_at <= now()`,
      ),
    ).toBe(0);
  });
});

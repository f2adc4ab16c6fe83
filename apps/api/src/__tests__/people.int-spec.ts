// Lives with the app, not in libs/api/people: it signs in through the identity module, which itself
// depends on people (just-in-time provisioning), so a test import from people would close a cycle.
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { signInAs } from '@ensemble/api/identity/testing';
import { PeopleModule } from '@ensemble/api/people';

interface Seeded {
  ceo: string;
  vp: string;
  manager: string;
  engineer: string;
  engineering: string;
  sales: string;
}

/** A small company with a known shape: CEO → VP → manager → engineer, plus 40 salespeople. */
async function seedCompany(test: TestApp): Promise<Seeded> {
  const db = test.db.client;
  const department = async (name: string) =>
    (await db.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [name])).rows[0].id as string;
  const person = async (given: string, family: string, departmentId: string, managerId: string | null, status = 'active') =>
    (
      await db.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, manager_id, status)
         VALUES ($1, $1, $2, $3, 'Title', $4, $5, $6) RETURNING id`,
        [`${given}.${family}@example.com`.toLowerCase(), given, family, departmentId, managerId, status],
      )
    ).rows[0].id as string;
  const engineering = await department('Engineering');
  const sales = await department('Sales');
  const ceo = await person('Ada', 'Zeller', engineering, null);
  const vp = await person('Bo', 'Young', engineering, ceo);
  const manager = await person('Cy', 'Xu', engineering, vp);
  const engineer = await person('Di', 'Walker', engineering, manager);
  await person('Eve', 'Walker', engineering, manager);
  await person('Gone', 'Away', engineering, manager, 'inactive');
  for (let i = 0; i < 40; i++) await person(`Sam${String(i).padStart(2, '0')}`, `Seller`, sales, vp);
  await person('Per%cent', 'Literal', sales, vp);
  return { ceo, vp, manager, engineer, engineering, sales };
}

describe('people directory and profiles', () => {
  let test: TestApp;
  let company: Seeded;
  let cookie: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    company = await seedCompany(test);
    cookie = await signInAs(test.app, company.engineer);
  });
  afterAll(() => test.close());

  const gql = (query: string, variables?: Record<string, unknown>, asCookie: string | null = cookie) => {
    const call = request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (asCookie) call.set('cookie', asCookie);
    return call.send({ query, variables });
  };

  it('answers viewer with the signed-in person', async () => {
    const response = await gql('{ viewer { id displayName email roles department { name } } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.viewer).toEqual({
      id: company.engineer,
      displayName: 'Di Walker',
      email: 'di.walker@example.com',
      roles: ['EMPLOYEE'],
      department: { name: 'Engineering' },
    });
  });

  it('refuses every query without a session', async () => {
    const response = await gql('{ people { totalCount } }', undefined, null);
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows a person with the manager chain up to the top and active direct reports in name order', async () => {
    const response = await gql(
      `query($id: ID!) { person(id: $id) { displayName manager { displayName } managerChain { displayName }
         directReports { displayName } directReportCount } }`,
      { id: company.manager },
    );
    expect(response.body.data.person).toEqual({
      displayName: 'Cy Xu',
      manager: { displayName: 'Bo Young' },
      managerChain: [{ displayName: 'Bo Young' }, { displayName: 'Ada Zeller' }],
      directReports: [{ displayName: 'Di Walker' }, { displayName: 'Eve Walker' }],
      directReportCount: 2,
    });
  });

  it('says NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed id', async () => {
    const missing = await gql('{ person(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(missing.body.errors[0].message).toMatch(/does not exist/);
    const malformed = await gql('{ person(id: "1; DROP TABLE person") { id } }');
    expect(malformed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors[0].message).toMatch(/person id/);
  });

  it('pages through everyone active, in name order, never repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    for (;;) {
      const response = await gql(
        `query($after: String) { people(first: 20, after: $after) { totalCount edges { node { id familyName givenName } }
           pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      const page = response.body.data.people;
      total = page.totalCount;
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(46); // 47 people, one inactive
    expect(seen).toHaveLength(46);
    expect(new Set(seen).size).toBe(46);
    expect(pages).toBe(3);
  });

  it('filters by part of a name, case-insensitively, treating % as a plain character', async () => {
    const byName = await gql('{ people(filter: { name: "WALK" }) { totalCount edges { node { displayName } } } }');
    expect(byName.body.data.people.edges.map((e: { node: { displayName: string } }) => e.node.displayName)).toEqual([
      'Di Walker',
      'Eve Walker',
    ]);
    const literal = await gql('{ people(filter: { name: "%" }) { totalCount } }');
    expect(literal.body.data.people.totalCount).toBe(1);
  });

  it('filters by department and agrees with the department member count', async () => {
    const response = await gql(
      `query($d: ID!) { people(filter: { departmentId: $d }, first: 5) { totalCount } departments { id name memberCount } }`,
      { d: company.sales },
    );
    expect(response.body.data.people.totalCount).toBe(41);
    expect(response.body.data.departments).toEqual([
      { id: company.engineering, name: 'Engineering', memberCount: 5 },
      { id: company.sales, name: 'Sales', memberCount: 41 },
    ]);
  });

  it('refuses a forged cursor and out-of-range page sizes with BAD_USER_INPUT', async () => {
    const forged = await gql('{ people(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(forged.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const zero = await gql('{ people(first: 0) { totalCount } }');
    expect(zero.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(zero.body.errors[0].message).toMatch(/at least 1/);
  });

  it('loads a directory page in a constant number of SQL statements, whatever its size', async () => {
    const query = `query($n: Int!) { people(first: $n) { totalCount edges { node { id displayName title
        department { name memberCount } manager { displayName } managerChain { id } directReportCount } } } }`;
    const small = await gql(query, { n: 2 });
    const full = await gql(query, { n: 20 });
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data.people.edges).toHaveLength(20);
    const statements = Number(full.headers['x-sql-statements']);
    expect(statements).toBe(Number(small.headers['x-sql-statements']));
    // session + page + departments + member counts + managers + manager chains (one recursive statement
    // with the managers' rows) + report counts
    expect(statements).toBeLessThanOrEqual(7);
  });
});

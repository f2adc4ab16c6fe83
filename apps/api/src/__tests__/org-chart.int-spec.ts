// Department pages and the org chart over HTTP.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertDepartment, insertPerson } from './profile-test-helpers';

describe('org chart and departments', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let cookie: string;
  const ids: Record<string, string> = {};
  let company: string;
  let engineering: string;
  let platform: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    gql = graphql(test);
    company = await insertDepartment(test, 'Company');
    engineering = await insertDepartment(test, 'Engineering', company);
    platform = await insertDepartment(test, 'Platform', engineering);
    await insertDepartment(test, 'Apps', engineering);
    // CEO → 3 VPs → 3 managers each → 5 engineers each (1 + 3 + 9 + 45 = 58 people).
    ids['ceo'] = await insertPerson(test, { given: 'Ceo', family: 'Top', departmentId: company });
    for (let v = 0; v < 3; v++) {
      const vp = await insertPerson(test, {
        given: `Vp${v}`,
        family: 'Vice',
        managerId: ids['ceo'],
        departmentId: engineering,
      });
      ids[`vp${v}`] = vp;
      for (let m = 0; m < 3; m++) {
        const manager = await insertPerson(test, {
          given: `M${v}${m}`,
          family: 'Manager',
          managerId: vp,
          departmentId: v === 0 ? platform : engineering,
        });
        ids[`m${v}${m}`] = manager;
        for (let e = 0; e < 5; e++) {
          await insertPerson(test, {
            given: `E${v}${m}${e}`,
            family: 'Engineer',
            managerId: manager,
            departmentId: v === 0 ? platform : engineering,
          });
        }
      }
    }
    await insertPerson(test, { given: 'Gone', family: 'Away', managerId: ids['ceo'], status: 'inactive' });
    ({ ceo: cookie } = await cookiesFor(test, { ceo: ids['ceo'] as string }));
  });
  afterAll(() => test.close());

  const CHART = `query($root: ID, $depth: Int) { orgChart(rootId: $root, depth: $depth) { truncated
    nodes { depth reportCount managerId person { id displayName } } } }`;

  it('starts at the top of the company and goes two levels down by default, breadth first', async () => {
    const response = await gql(cookie, CHART);
    expect(response.body.errors).toBeUndefined();
    const { nodes, truncated } = response.body.data['orgChart'];
    expect(truncated).toBe(false);
    expect(nodes).toHaveLength(1 + 3 + 9);
    expect(nodes[0]).toMatchObject({
      depth: 0,
      reportCount: 3,
      managerId: null,
      person: { displayName: 'Ceo Top' },
    });
    expect(nodes.map((n: { depth: number }) => n.depth)).toEqual([0, 1, 1, 1, ...Array(9).fill(2)]);
    // Managers at the edge still say how many reports they have, so the client can offer to expand them.
    expect(nodes.slice(4).every((n: { reportCount: number }) => n.reportCount === 5)).toBe(true);
    // Every node's manager precedes it.
    const seen = new Set<string>();
    for (const node of nodes) {
      if (node.managerId) expect(seen.has(node.managerId)).toBe(true);
      seen.add(node.person.id);
    }
    // session + tree (one recursive statement, people included)
    expect(Number(response.headers['x-sql-statements'])).toBeLessThanOrEqual(2);
  });

  it('expands a node lazily from a root, to the requested depth', async () => {
    const one = await gql(cookie, CHART, { root: ids['vp1'], depth: 1 });
    expect(
      one.body.data['orgChart'].nodes.map((n: { person: { displayName: string } }) => n.person.displayName),
    ).toEqual(['Vp1 Vice', 'M10 Manager', 'M11 Manager', 'M12 Manager']);
    const leaf = await gql(cookie, CHART, { root: ids['m00'], depth: 4 });
    expect(leaf.body.data['orgChart'].nodes).toHaveLength(6);
    const zero = await gql(cookie, CHART, { depth: 0 });
    expect(zero.body.data['orgChart'].nodes).toHaveLength(1);
  });

  it('refuses a depth over 4 and an unknown root', async () => {
    const deep = await gql(cookie, CHART, { depth: 5 });
    expect(deep.body.errors[0].extensions['code']).toBe('BAD_USER_INPUT');
    expect(deep.body.errors[0].message).toMatch(/at most 4/);
    const unknown = await gql(cookie, CHART, { root: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors[0].extensions['code']).toBe('NOT_FOUND');
  });

  it('truncates at 500 people and says so, keeping whole upper levels', async () => {
    const manager = await insertPerson(test, { given: 'Big', family: 'Boss', managerId: ids['ceo'] });
    await test.db.client.query(
      `INSERT INTO person (external_id, email, given_name, family_name, manager_id)
       SELECT 'bulk' || i || '@example.com', 'bulk' || i || '@example.com', 'Bulk', lpad(i::text, 4, '0'), $1
         FROM generate_series(1, 600) i`,
      [manager],
    );
    const response = await gql(cookie, CHART, { root: manager, depth: 1 });
    const { nodes, truncated } = response.body.data['orgChart'];
    expect(truncated).toBe(true);
    expect(nodes).toHaveLength(500);
    expect(nodes[0]).toMatchObject({ depth: 0, reportCount: 600 });
  });

  it('shows a department with its head, parent, children and members in name order, paged', async () => {
    const query = `query($id: ID!, $after: String) { department(id: $id) { name memberCount head { displayName }
      parent { name } children { name } members(first: 10, after: $after) { totalCount
        edges { node { displayName } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await gql(cookie, query, { id: platform });
    expect(first.body.errors).toBeUndefined();
    const department = first.body.data['department'];
    expect(department).toMatchObject({
      name: 'Platform',
      memberCount: 18,
      head: { displayName: 'M00 Manager' },
      parent: { name: 'Engineering' },
      children: [],
    });
    expect(department.members.totalCount).toBe(18);
    expect(
      department.members.edges.map((e: { node: { displayName: string } }) => e.node.displayName),
    ).toEqual([
      'E000 Engineer',
      'E001 Engineer',
      'E002 Engineer',
      'E003 Engineer',
      'E004 Engineer',
      'E010 Engineer',
      'E011 Engineer',
      'E012 Engineer',
      'E013 Engineer',
      'E014 Engineer',
    ]);
    const second = await gql(cookie, query, { id: platform, after: department.members.pageInfo.endCursor });
    expect(second.body.data['department'].members.edges).toHaveLength(8);
    expect(second.body.data['department'].members.pageInfo.hasNextPage).toBe(false);

    const eng = await gql(
      cookie,
      `query($id: ID!) { department(id: $id) { head { displayName } children { name } parent { name } } }`,
      {
        id: engineering,
      },
    );
    // Vp0..Vp2 all report outside Engineering; each has 3 reports, so the first in name order leads.
    expect(eng.body.data['department']).toEqual({
      head: { displayName: 'Vp0 Vice' },
      children: [{ name: 'Apps' }, { name: 'Platform' }],
      parent: { name: 'Company' },
    });
  });

  it('says NOT_FOUND for an unknown department and BAD_USER_INPUT for a malformed id', async () => {
    const missing = await gql(cookie, `{ department(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.body.errors[0].extensions['code']).toBe('NOT_FOUND');
    const malformed = await gql(cookie, `{ department(id: "nope") { id } }`);
    expect(malformed.body.errors[0].extensions['code']).toBe('BAD_USER_INPUT');
  });
});

// The skill page's "who has it" over HTTP: level distribution and the holders connection. Lives with
// the app, not in libs/api/skills: it signs in through the identity module.
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';
import { cookiesFor, graphql, insertDepartment, insertPerson } from './profile-test-helpers';

interface HolderEdge {
  cursor: string;
  node: { level: number; endorsementCount: number; person: { id: string; displayName: string } };
}

describe('skill holders', () => {
  let test: TestApp;
  let gql: ReturnType<typeof graphql>;
  let cookie: string;
  const ids: Record<string, string> = {};
  let kubernetes: string;
  let unheld: string;
  let merged: string;
  let small: string;
  let large: string;

  const sql = (text: string, params: unknown[] = []) => test.db.client.query(text, params);
  const skill = async (name: string, status = 'active', mergedInto: string | null = null) =>
    (
      await sql(
        `INSERT INTO skill (name, normalized_name, category, source, status, merged_into_id)
         VALUES ($1, lower($1), 'engineering', 'custom', $2, $3) RETURNING id`,
        [name, status, mergedInto],
      )
    ).rows[0].id as string;
  const holds = (personId: string, skillId: string, level: number | null, interest = 0) =>
    sql(`INSERT INTO person_skill (person_id, skill_id, level, interest) VALUES ($1, $2, $3, $4)`, [
      personId,
      skillId,
      level,
      interest,
    ]);
  const endorse = (endorserId: string, personId: string, skillId: string) =>
    sql(`INSERT INTO endorsement (endorser_id, person_id, skill_id) VALUES ($1, $2, $3)`, [
      endorserId,
      personId,
      skillId,
    ]);

  const HOLDERS = `query($id: ID!, $first: Int, $after: String, $minLevel: Int) {
    skill(id: $id) { holders(first: $first, after: $after, minLevel: $minLevel) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { level endorsementCount person { id displayName } } } } } }`;
  const holders = async (variables: Record<string, unknown>) => {
    const response = await gql(cookie, HOLDERS, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data.skill.holders as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: HolderEdge[];
    };
  };
  /** Every holder, following endCursor page after page. */
  const allPages = async (id: string, first: number, minLevel = 1) => {
    const seen: HolderEdge[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await holders({ id, first, after, minLevel });
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return { seen, pages: pages + 1 };
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  };

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    gql = graphql(test);
    const engineering = await insertDepartment(test, 'Engineering');
    const person = (given: string, family: string, status: 'active' | 'inactive' = 'active') =>
      insertPerson(test, { given, family, departmentId: engineering, status });
    ids['viewer'] = await person('Vera', 'Viewer');
    ids['alpha'] = await person('Zed', 'Alpha');
    ids['beta'] = await person('Bea', 'Beta');
    ids['gamma'] = await person('Gus', 'Gamma');
    ids['dan'] = await person('Dan', 'Delta');
    ids['eve'] = await person('Eve', 'Delta');
    ids['fay'] = await person('Fay', 'Foxtrot');
    ids['fan'] = await person('Ivy', 'Interest');
    ids['gone'] = await person('Hal', 'Gone', 'inactive');

    kubernetes = await skill('Kubernetes');
    unheld = await skill('Fortran');
    merged = await skill('K8s classic', 'merged', kubernetes);
    await holds(ids['alpha'], kubernetes, 5);
    await holds(ids['beta'], kubernetes, 5);
    await holds(ids['gamma'], kubernetes, 5);
    await holds(ids['dan'], kubernetes, 3);
    await holds(ids['eve'], kubernetes, 3);
    await holds(ids['fay'], kubernetes, 1);
    await holds(ids['fan'], kubernetes, null, 3);
    await holds(ids['gone'], kubernetes, 4);
    // Alpha and Gamma: 2 each; Dan and Eve: 1 each; Beta: only a deactivated colleague's, which does not count.
    await endorse(ids['viewer'], ids['alpha'], kubernetes);
    await endorse(ids['fay'], ids['alpha'], kubernetes);
    await endorse(ids['viewer'], ids['gamma'], kubernetes);
    await endorse(ids['fay'], ids['gamma'], kubernetes);
    await endorse(ids['viewer'], ids['dan'], kubernetes);
    await endorse(ids['fay'], ids['eve'], kubernetes);
    await endorse(ids['gone'], ids['beta'], kubernetes);

    // Two more skills, held by 20 and by 50 people, with ties in level, endorsements and family name.
    small = await skill('Small skill');
    large = await skill('Large skill');
    const crowd: string[] = [];
    for (let i = 0; i < 50; i++)
      crowd.push(await person(`Given${String(i).padStart(2, '0')}`, `Family${i % 4}`));
    for (const [index, id] of crowd.entries()) {
      await holds(id, large, 1 + (index % 5));
      if (index < 20) await holds(id, small, 1 + (index % 5));
      if (index % 3 === 0) await endorse(crowd[(index + 1) % crowd.length], id, large);
      if (index % 6 === 0) await endorse(crowd[(index + 2) % crowd.length], id, large);
    }
    ({ viewer: cookie } = await cookiesFor(test, { viewer: ids['viewer'] as string }));
  });
  afterAll(() => test.close());

  it('counts active holders per level, interest-only people apart', async () => {
    const { body } = await gql(
      cookie,
      `query($id: ID!) { skill(id: $id) { holderCount interestOnlyCount levelDistribution { level name count } } }`,
      { id: kubernetes },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.skill.levelDistribution).toEqual([
      { level: 1, name: 'Learning', count: 1 },
      { level: 2, name: 'Working', count: 0 },
      { level: 3, name: 'Proficient', count: 2 },
      { level: 4, name: 'Advanced', count: 0 },
      { level: 5, name: 'Expert', count: 3 },
    ]);
    expect(body.data.skill.interestOnlyCount).toBe(1);
    // holderCount (kept by triggers) also counts the deactivated holder; the distribution does not.
    expect(body.data.skill.holderCount).toBe(7);
  });

  it('lists holders by level, then endorsements, then name', async () => {
    const page = await holders({ id: kubernetes });
    expect(page.totalCount).toBe(6);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(
      page.edges.map((edge) => [edge.node.person.displayName, edge.node.level, edge.node.endorsementCount]),
    ).toEqual([
      ['Zed Alpha', 5, 2],
      ['Gus Gamma', 5, 2],
      ['Bea Beta', 5, 0],
      ['Dan Delta', 3, 1],
      ['Eve Delta', 3, 1],
      ['Fay Foxtrot', 1, 0],
    ]);
  });

  it('filters by minimum level, the total following the filter', async () => {
    const proficient = await holders({ id: kubernetes, minLevel: 3 });
    expect(proficient.totalCount).toBe(5);
    expect(proficient.edges.map((edge) => edge.node.level)).toEqual([5, 5, 5, 3, 3]);
    const experts = await holders({ id: kubernetes, minLevel: 5 });
    expect(experts.totalCount).toBe(3);
    expect(experts.edges.map((edge) => edge.node.person.id)).toEqual([
      ids['alpha'],
      ids['gamma'],
      ids['beta'],
    ]);
  });

  it('pages through holders without repeats or gaps', async () => {
    const first = await holders({ id: kubernetes, first: 2 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await holders({ id: kubernetes, first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.totalCount).toBe(6);
    expect(second.edges.map((edge) => edge.node.person.id)).toEqual([ids['beta'], ids['dan']]);

    // 50 holders with many ties, in pages of 7 (and of 1): the same people in the same order as one page.
    const whole = (await holders({ id: large, first: 100 })).edges.map((edge) => edge.node.person.id);
    expect(whole).toHaveLength(50);
    expect(new Set(whole).size).toBe(50);
    for (const size of [7, 1]) {
      const { seen, pages } = await allPages(large, size);
      expect(pages).toBe(Math.ceil(50 / size));
      expect(seen.map((edge) => edge.node.person.id)).toEqual(whole);
    }
    const filtered = await allPages(large, 4, 4);
    expect(filtered.seen.map((edge) => edge.node.level).every((level) => level >= 4)).toBe(true);
    expect(filtered.seen).toHaveLength(20);
  });

  it('sorts the larger list consistently: level, then endorsements, descending', async () => {
    const { edges } = await holders({ id: large, first: 100 });
    const keys = edges.map((edge) => [edge.node.level, edge.node.endorsementCount]);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(keys).toEqual(sorted);
  });

  it('has no holders for a skill nobody has, nor for a merged one', async () => {
    for (const id of [unheld, merged]) {
      const { body } = await gql(
        cookie,
        `query($id: ID!) { skill(id: $id) { interestOnlyCount levelDistribution { count }
          holders { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } } }`,
        { id },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.skill.levelDistribution.map((entry: { count: number }) => entry.count)).toEqual([
        0, 0, 0, 0, 0,
      ]);
      expect(body.data.skill.interestOnlyCount).toBe(0);
      expect(body.data.skill.holders).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    }
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const forged = Buffer.from(JSON.stringify(['5', 1, 'A', 'B', 'not-an-id']), 'utf8').toString('base64url');
    const cases: Array<[Record<string, unknown>, string | undefined]> = [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, undefined],
      [{ minLevel: 0 }, 'minLevel'],
      [{ minLevel: 6 }, 'minLevel'],
      [{ after: 'garbage' }, 'after'],
      [{ after: forged }, 'after'],
    ];
    for (const [args, field] of cases) {
      const response = await gql(cookie, HOLDERS, { id: kubernetes, ...args });
      const [error] = response.body.errors ?? [];
      expect({ args, code: error?.extensions?.code }).toEqual({ args, code: 'BAD_USER_INPUT' });
      if (field) expect(error.extensions.details.fields[0].field).toBe(field);
      else expect(error.message).toMatch(/first must be at most 100/);
    }
    const minLevel = await gql(cookie, HOLDERS, { id: kubernetes, minLevel: 9 });
    expect(minLevel.body.errors[0].message).toMatch(/minLevel must be a whole number from 1 to 5/);
  });

  it('refuses anyone who is not signed in', async () => {
    const response = await gql(null, HOLDERS, { id: kubernetes });
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeNull();
    const distribution = await gql(
      null,
      `query($id: ID!) { skill(id: $id) { levelDistribution { count } } }`,
      {
        id: kubernetes,
      },
    );
    expect(distribution.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the skill page in the same number of SQL statements for 20 holders as for 50', async () => {
    const PAGE = `query($id: ID!) { skill(id: $id) { id name aliases parent { name } children { name }
      interestOnlyCount levelDistribution { level name count }
      holders(first: 50) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { level endorsementCount person { id displayName title avatarUrl department { id name } } } } } } }`;
    const twenty = await gql(cookie, PAGE, { id: small });
    const fifty = await gql(cookie, PAGE, { id: large });
    expect(twenty.body.errors).toBeUndefined();
    expect(fifty.body.errors).toBeUndefined();
    expect(twenty.body.data.skill.holders.edges).toHaveLength(20);
    expect(fifty.body.data.skill.holders.edges).toHaveLength(50);
    expect(fifty.body.data.skill.holders.edges[0].node.person.department.name).toBe('Engineering');
    const statements = Number(fifty.headers['x-sql-statements']);
    expect(statements).toBe(Number(twenty.headers['x-sql-statements']));
    // Session, skill, aliases, children, distribution (with interestOnlyCount), holders, their people,
    // their departments; no parent, so no statement for it.
    expect(statements).toBeLessThanOrEqual(8);
    process.stdout.write(`skill page: ${statements} SQL statements for 20 or 50 holders\n`);
  });
});

// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { Client } from 'pg';
import { currentRequestContext, runWithRequestContext } from '@ensemble/api/core';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { PeopleIndexService } from '@ensemble/api/people-index';
import { signInAs } from '@ensemble/api/identity/testing';
import { DOMAIN_MODULES } from '../app.module';

/**
 * People search runs on an index in each API replica (docs/adr/0007). These tests run two replicas on
 * one database and check that a search on either sees every change committed before it started,
 * whoever wrote it: the other replica's API, a bulk load in plain SQL, a transaction that committed
 * late, a deactivation, a renamed department, a truncated table.
 */
describe('searchPeople on two replicas', () => {
  let first: TestApp;
  let second: TestApp;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let kubernetes: string;
  let department: string;

  const gql = async (replica: TestApp, who: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await request(replica.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookies[`${who}@${replica === first ? 1 : 2}`] as string)
      .send({ query, variables });
    return { body: response.body, statements: Number(response.headers['x-sql-statements']) };
  };
  const SEARCH = `query($input: PeopleSearchInput!) { searchPeople(input: $input) {
    totalCount edges { node { person { displayName } } } facets { departments { name count } } } }`;
  const found = async (replica: TestApp, input: Record<string, unknown>) => {
    const { body } = await gql(replica, 'viewer', SEARCH, { input });
    expect(body.errors).toBeUndefined();
    return {
      names: (body.data.searchPeople.edges as Array<{ node: { person: { displayName: string } } }>).map((e) => e.node.person.displayName),
      departments: body.data.searchPeople.facets.departments as Array<{ name: string; count: number }>,
    };
  };
  const insertPerson = async (key: string, given: string, family: string) => {
    ids[key] = (
      await first.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, department_id) VALUES ($1, $1, $2, $3, $4) RETURNING id`,
        [`${key}@example.com`, given, family, department],
      )
    ).rows[0].id;
  };

  beforeAll(async () => {
    first = await createTestApp({ imports: DOMAIN_MODULES });
    second = await createTestApp({ imports: DOMAIN_MODULES, db: first.db });
    department = (await first.db.client.query(`INSERT INTO department (name) VALUES ('Platform') RETURNING id`)).rows[0].id;
    kubernetes = (
      await first.db.client.query(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ('Kubernetes', 'kubernetes', 'engineering', 'custom') RETURNING id`,
      )
    ).rows[0].id;
    await insertPerson('viewer', 'Vera', 'Viewer');
    await insertPerson('ada', 'Ada', 'Lovelace');
    for (const replica of [first, second]) {
      for (const key of ['viewer', 'ada']) cookies[`${key}@${replica === first ? 1 : 2}`] = await signInAs(replica.app, ids[key] as string);
    }
  });
  afterAll(async () => {
    await second.app.close();
    await first.close();
  });

  it("sees a skill added through the other replica's API at once", async () => {
    expect((await found(second, { skills: [{ skillId: kubernetes }] })).names).toEqual([]);
    const added = await gql(first, 'ada', `mutation($input: SetMySkillInput!) { setMySkill(input: $input) { level } }`, {
      input: { skillId: kubernetes, level: 4 },
    });
    expect(added.body.errors).toBeUndefined();
    expect((await found(second, { skills: [{ skillId: kubernetes }] })).names).toEqual(['Ada Lovelace']);
    expect((await found(first, { skills: [{ skillId: kubernetes }] })).names).toEqual(['Ada Lovelace']);
  });

  it('sees a profile edit and people loaded in plain SQL, and forgets a deactivated person', async () => {
    const edited = await gql(first, 'ada', `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { headline } }`, {
      input: { headline: 'Analytical engines' },
    });
    expect(edited.body.errors).toBeUndefined();
    expect((await found(second, { query: 'analytical' })).names).toEqual(['Ada Lovelace']);

    await insertPerson('grace', 'Grace', 'Hopper');
    await first.db.client.query(`INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, 5)`, [ids['grace'], kubernetes]);
    expect((await found(second, { skills: [{ skillId: kubernetes }] })).names).toEqual(['Grace Hopper', 'Ada Lovelace']);

    await first.db.client.query(`UPDATE person SET status = 'inactive' WHERE id = $1`, [ids['grace']]);
    expect((await found(second, { skills: [{ skillId: kubernetes }] })).names).toEqual(['Ada Lovelace']);
    expect((await found(second, { query: 'grace' })).names).toEqual([]);
  });

  it('does not skip a transaction that began before others but committed after them', async () => {
    const late = new Client({ connectionString: first.db.url });
    await late.connect();
    try {
      await late.query('BEGIN');
      await late.query(`UPDATE person SET headline = 'Compilers' WHERE id = $1`, [ids['ada']]);
      // Meanwhile another change commits and both replicas read the log past it.
      await first.db.client.query(`UPDATE person SET headline = 'Viewing' WHERE id = $1`, [ids['viewer']]);
      expect((await found(second, { query: 'viewing' })).names).toEqual(['Vera Viewer']);
      expect((await found(second, { query: 'compilers' })).names).toEqual([]);
      await late.query('COMMIT');
      expect((await found(second, { query: 'compilers' })).names).toEqual(['Ada Lovelace']);
      expect((await found(first, { query: 'compilers' })).names).toEqual(['Ada Lovelace']);

      // A rolled-back write leaves a gap that is never filled: nothing of it shows, later writes do.
      await late.query('BEGIN');
      await late.query(`UPDATE person SET headline = 'Rolled back' WHERE id = $1`, [ids['ada']]);
      await first.db.client.query(`UPDATE person SET headline = 'Looking' WHERE id = $1`, [ids['viewer']]);
      expect((await found(second, { query: 'looking' })).names).toEqual(['Vera Viewer']);
      await late.query('ROLLBACK');
      expect((await found(second, { query: 'rolled' })).names).toEqual([]);
      expect((await found(second, { query: 'compilers' })).names).toEqual(['Ada Lovelace']);
    } finally {
      await late.end();
    }
  });

  it('names a renamed department in facets, and reloads after a truncate', async () => {
    await first.db.client.query(`UPDATE department SET name = 'Platform Engineering' WHERE id = $1`, [department]);
    expect((await found(second, { query: 'ada' })).departments).toEqual([{ name: 'Platform Engineering', count: 1 }]);

    await first.db.client.query(`TRUNCATE person_skill CASCADE`);
    expect((await found(second, { skills: [{ skillId: kubernetes }] })).names).toEqual([]);
    expect((await found(second, { query: 'ada' })).names).toEqual(['Ada Lovelace']);
  });

  it('applies a bulk change (thousands of people) by a background reload, answering meanwhile', async () => {
    await first.db.client.query(
      `WITH added AS (
         INSERT INTO person (external_id, email, given_name, family_name)
         SELECT 'bulk' || n, 'bulk' || n || '@example.com', 'Bulk', 'Person' || n FROM generate_series(1, 2100) n
         RETURNING id)
       INSERT INTO person_skill (person_id, skill_id, level) SELECT id, $1, 2 FROM added`,
      [kubernetes],
    );
    // (Ada lost her skills to the truncate above.) The search that finds the change answers at once,
    // from the index as it was or already reloaded.
    const started = Date.now();
    await found(second, { skills: [{ skillId: kubernetes }] });
    expect(Date.now() - started).toBeLessThan(5_000);
    let total = 0;
    for (let attempt = 0; attempt < 100 && total !== 2100; attempt++) {
      const { body } = await gql(second, 'viewer', SEARCH, { input: { skills: [{ skillId: kubernetes }] } });
      total = body.data.searchPeople.totalCount;
      if (total !== 2100) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(total).toBe(2100);
  });

  it("reuses a catch-up read that began within the request (the warm-up's), never one from before it", async () => {
    const peopleIndex = second.app.get(PeopleIndexService);
    const statementsOf = (work: () => Promise<unknown>) =>
      runWithRequestContext(undefined, async () => {
        await work();
        return currentRequestContext()?.sqlStatements;
      });
    // The warm-up's read finished before the resolver asked: no second read.
    expect(
      await statementsOf(async () => {
        peopleIndex.warm();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await peopleIndex.currentForRequest();
      }),
    ).toBe(1);
    // A read from before the request began may have missed what the client committed just before it.
    await peopleIndex.current();
    expect(await statementsOf(() => peopleIndex.currentForRequest())).toBe(1);
  });

  it('starts no catch-up read for a request that cannot be signed in', async () => {
    const anonymous = await request(second.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SEARCH, variables: { input: { query: 'ada' } } });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(Number(anonymous.headers['x-sql-statements'])).toBe(0);
  });

  it("shows each result's person as the database has them now, privacy applied, in two SQL statements", async () => {
    // Ada's manager is the viewer: her team-only headline shows, her private bio does not.
    await first.db.client.query(
      `UPDATE person SET given_name = 'Augusta Ada', title = 'Countess', headline = 'Notes', bio = 'On the engine',
              manager_id = $2, field_visibility = '{"bio": "only_me", "headline": "manager_chain_and_team"}' WHERE id = $1`,
      [ids['ada'], ids['viewer']],
    );
    const PAGE = `query($input: PeopleSearchInput!) { searchPeople(input: $input) {
      totalCount edges { node { person { id displayName title email headline bio department { name } } } } } }`;
    const managed = await gql(second, 'viewer', PAGE, { input: { query: 'countess' } });
    expect(managed.body.errors).toBeUndefined();
    expect(managed.body.data.searchPeople.edges).toEqual([
      { node: { person: { id: ids['ada'], displayName: 'Augusta Ada Lovelace', title: 'Countess', email: 'ada@example.com', headline: 'Notes', bio: null, department: { name: 'Platform Engineering' } } } },
    ]);
    // Session and catch-up read only: the page's people, departments and relationships come from the index.
    expect(managed.statements).toBeLessThanOrEqual(2);

    await first.db.client.query(`UPDATE person SET manager_id = NULL WHERE id = $1`, [ids['ada']]);
    const unrelated = await gql(second, 'viewer', PAGE, { input: { query: 'countess' } });
    expect(unrelated.body.data.searchPeople.edges[0].node.person).toMatchObject({ headline: null, bio: null });
    expect(unrelated.statements).toBeLessThanOrEqual(2);
  });
});

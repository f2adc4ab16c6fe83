// Lives with the app: it signs in through the identity module (see people.int-spec.ts).
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { SavedSearchesService } from '@ensemble/api/discovery';
import { DOMAIN_MODULES } from '../app.module';

describe('saved searches and their alerts', () => {
  let test: TestApp;
  let owner: string;
  let other: string;
  let cookie: string;
  let otherCookie: string;
  let kubernetes: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}, asCookie = cookie) => {
    const response = await request(test.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', asCookie)
      .send({ query, variables });
    return response.body;
  };
  const person = async (given: string, extra: { location?: string; visibility?: Record<string, string> } = {}) =>
    (
      await test.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, location, field_visibility)
         VALUES ($1, $1, $2, 'Tester', $3, $4) RETURNING id`,
        [`${given.toLowerCase()}@example.com`, given, extra.location ?? null, JSON.stringify(extra.visibility ?? {})],
      )
    ).rows[0].id as string;
  const give = (personId: string, level = 3) =>
    test.db.client.query(`INSERT INTO person_skill (person_id, skill_id, level) VALUES ($1, $2, $3)`, [personId, kubernetes, level]);
  const count = async (table: string) => (await test.db.client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
  const check = () => test.app.get(SavedSearchesService).checkDue(0);

  const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) {
    id name alerts tooBroad matchCount criteria { query skills { skillId minLevel } location } } }`;
  const NOTIFICATIONS = `{ notifications(first: 10) { unreadCount totalCount edges { node { id kind message link readAt } } } }`;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    kubernetes = (
      await test.db.client.query(
        `INSERT INTO skill (name, normalized_name, category, source) VALUES ('Kubernetes', 'kubernetes', 'engineering', 'custom') RETURNING id`,
      )
    ).rows[0].id;
    owner = await person('Olive');
    other = await person('Otto');
    await give(await person('Kim', { location: 'Berlin' }), 4);
    cookie = await signInAs(test.app, owner);
    otherCookie = await signInAs(test.app, other);
  });
  afterAll(() => test.close());

  it('saves a search, remembering whom it matched, and lists it', async () => {
    const body = await gql(SAVE, { input: { name: 'Kubernetes people', search: { query: 'kubernetes' } } });
    expect(body.data.saveSearch).toMatchObject({ name: 'Kubernetes people', alerts: true, tooBroad: false, matchCount: 1 });
    const list = await gql(`{ mySavedSearches { name criteria { query } } }`);
    expect(list.data.mySavedSearches).toEqual([{ name: 'Kubernetes people', criteria: { query: 'kubernetes' } }]);
    expect((await gql(`{ mySavedSearches { id } }`, {}, otherCookie)).data.mySavedSearches).toEqual([]);
  });

  it('notifies the owner once of a person who newly matches, and not again', async () => {
    expect(await check()).toBe(1);
    expect((await gql(NOTIFICATIONS)).data.notifications.totalCount).toBe(0);

    await give(await person('Lena'));
    await check();
    const { notifications } = (await gql(NOTIFICATIONS)).data;
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.edges[0].node).toMatchObject({
      kind: 'saved_search.new_matches',
      message: '1 new person matches your saved search “Kubernetes people”.',
      readAt: null,
    });
    expect(notifications.edges[0].node.link).toMatch(/^\/search\?saved=[0-9a-f-]{36}$/);

    await check();
    expect((await gql(NOTIFICATIONS)).data.notifications.totalCount).toBe(1);
    // Nobody else sees them; marking read is per owner.
    expect((await gql(NOTIFICATIONS, {}, otherCookie)).data.notifications.totalCount).toBe(0);
    expect((await gql(`mutation { markNotificationsRead }`, {}, otherCookie)).data.markNotificationsRead).toBe(0);
    expect((await gql(`mutation { markNotificationsRead }`)).data.markNotificationsRead).toBe(1);
    expect((await gql(NOTIFICATIONS)).data.notifications.unreadCount).toBe(0);
  });

  it('never alerts on a field hidden from the owner', async () => {
    await gql(SAVE, { input: { name: 'In Munich', search: { location: 'Munich' } } });
    await person('Hidden', { location: 'Munich', visibility: { location: 'only_me' } });
    const before = await count('notification');
    await check();
    expect(await count('notification')).toBe(before);
    await person('Shown', { location: 'Munich' });
    await check();
    expect(await count('notification')).toBe(before + 1);
  });

  it('turns alerts off and on, deletes, and refuses other people’s saved searches', async () => {
    const [saved] = (await gql(`{ mySavedSearches { id } }`)).data.mySavedSearches;
    const off = await gql(`mutation($id: ID!) { setSavedSearchAlerts(id: $id, alerts: false) { alerts } }`, { id: saved.id });
    expect(off.data.setSavedSearchAlerts.alerts).toBe(false);
    const foreign = await gql(`mutation($id: ID!) { deleteSavedSearch(id: $id) }`, { id: saved.id }, otherCookie);
    expect(foreign.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await gql(`mutation($id: ID!) { deleteSavedSearch(id: $id) }`, { id: saved.id })).data.deleteSavedSearch).toBe(true);
    expect((await gql(`{ mySavedSearches { id } }`)).data.mySavedSearches).toHaveLength(1);
  });

  it('answers bad input with clear codes and writes nothing', async () => {
    const before = await count('saved_search');
    const code = async (input: Record<string, unknown>) => (await gql(SAVE, { input })).errors?.[0]?.extensions?.code;
    expect(await code({ name: '', search: { query: 'kubernetes' } })).toBe('BAD_USER_INPUT');
    expect(await code({ name: 'x'.repeat(81), search: { query: 'kubernetes' } })).toBe('BAD_USER_INPUT');
    expect(await code({ name: 'Nothing', search: {} })).toBe('SEARCH_EMPTY');
    expect(await code({ name: 'Unknown', search: { skills: [{ skillId: '00000000-0000-4000-8000-000000000000' }] } })).toBe('SKILL_NOT_FOUND');
    expect(await count('saved_search')).toBe(before);

    await test.db.client.query(
      `INSERT INTO saved_search (person_id, name, criteria) SELECT $1, 'filler ' || g, '{"query":"x"}' FROM generate_series(1, 49) g`,
      [owner],
    );
    expect(await code({ name: 'One too many', search: { query: 'kubernetes' } })).toBe('SAVED_SEARCH_LIMIT');
    expect(await count('saved_search')).toBe(before + 49);
  });
});

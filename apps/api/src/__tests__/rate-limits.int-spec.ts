// Per-client rate limits (RATE_LIMIT_*_PER_MINUTE): the request over a budget answers 429 with
// Retry-After and stores nothing, budgets are per client, and two app instances on one database share them.
import request from 'supertest';
import { RateLimits } from '@ensemble/api/core';
import { createTestApp, createTestDatabase, type TestApp, type TestDatabase } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { TestIdentityProvider } from '@ensemble/api/identity/testing';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const VIEWER = '{ viewer { id } }';

jest.setTimeout(60_000);

/** The answer of a refused request: 429, a Retry-After within the one-minute window. */
function expectRetryAfter(response: { status: number; headers: Record<string, string> }): void {
  expect(response.status).toBe(429);
  const seconds = Number(response.headers['retry-after']);
  expect(Number.isInteger(seconds)).toBe(true);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
}

async function count(db: TestDatabase, table: string): Promise<number> {
  return (await db.client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
}

describe('rate limits', () => {
  let idp: TestIdentityProvider;
  beforeAll(async () => {
    idp = await TestIdentityProvider.create();
  });

  describe('one instance', () => {
    let test: TestApp;
    let cookies: { ada: string; bob: string };
    beforeAll(async () => {
      test = await createTestApp({
        imports: [PeopleModule, IdentityModule],
        env: {
          ...idp.env(),
          // X-Forwarded-For names the client, so that tests can be several clients.
          TRUST_PROXY: 'true',
          RATE_LIMIT_SIGN_IN_PER_MINUTE: '3',
          RATE_LIMIT_ACS_PER_MINUTE: '2',
          RATE_LIMIT_GRAPHQL_PER_MINUTE: '3',
          RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE: '2',
        },
      });
      const ada = await insertPerson(test, { given: 'Ada', family: 'Limit' });
      const bob = await insertPerson(test, { given: 'Bob', family: 'Limit' });
      cookies = await cookiesFor(test, { ada, bob });
    });
    afterAll(() => test.close());

    const server = () => test.app.getHttpServer();
    const startSignIn = (client: string) => request(server()).get('/auth/saml/login').set('X-Forwarded-For', client);
    const postGarbageToAcs = (client: string, accept?: string) => {
      const call = request(server()).post('/auth/saml/acs').set('X-Forwarded-For', client).type('form');
      if (accept) call.set('Accept', accept);
      return call.send({ SAMLResponse: Buffer.from('not a SAML response').toString('base64') });
    };

    it('refuses the sign-in start over the budget with 429 and Retry-After, storing no SAML request id', async () => {
      for (let i = 0; i < 3; i++) expect((await startSignIn('198.51.100.1')).status).toBe(302);
      expect(await count(test.db, `saml_replay`)).toBe(3);

      const refused = await startSignIn('198.51.100.1');
      expectRetryAfter(refused);
      expect(refused.body.error).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/try again in \d+ seconds?/) });
      expect(await count(test.db, `saml_replay`)).toBe(3);

      // Another address has a budget of its own.
      expect((await startSignIn('198.51.100.2')).status).toBe(302);
    });

    it('refuses ACS posts over the budget before they are read: no audit row, a page for browsers', async () => {
      for (let i = 0; i < 2; i++) expect((await postGarbageToAcs('198.51.100.3')).status).toBe(400);
      expect(await count(test.db, `audit_event`)).toBe(2);

      const refused = await postGarbageToAcs('198.51.100.3');
      expectRetryAfter(refused);
      expect(refused.body.error.code).toBe('TOO_MANY_REQUESTS');
      const browser = await postGarbageToAcs('198.51.100.3', 'text/html,application/xhtml+xml,*/*;q=0.8');
      expectRetryAfter(browser);
      expect(browser.headers['content-type']).toMatch(/^text\/html/);
      expect(browser.text).toContain('<h1>Too many attempts</h1>');
      expect(browser.text).toContain('TOO_MANY_REQUESTS');
      expect(await count(test.db, `audit_event`)).toBe(2);
    });

    it('keeps GraphQL budgets per signed-in person, so colleagues behind one address are not throttled together', async () => {
      const ask = graphql(test);
      for (let i = 0; i < 3; i++) expect((await ask(cookies.ada, VIEWER)).body.data.viewer.id).toBeDefined();

      const refused = await ask(cookies.ada, VIEWER);
      expectRetryAfter(refused);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors).toEqual([
        { message: expect.stringMatching(/^Too many requests/), extensions: { code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } } },
      ]);
      // Counting cost the request no SQL of its own: only the session lookup the access guard needed.
      expect(refused.headers['x-sql-statements']).toBe('1');

      // Same address (supertest's), another person: a budget of their own.
      expect((await ask(cookies.bob, VIEWER)).body.data.viewer.id).toBeDefined();
    });

    it('counts GraphQL requests without a session by address, before parsing them', async () => {
      const anonymous = (client: string, query: string) =>
        request(server()).post('/graphql').set('X-Forwarded-For', client).set('content-type', 'application/json').send({ query });
      for (let i = 0; i < 3; i++) expect((await anonymous('198.51.100.4', VIEWER)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const refused = await anonymous('198.51.100.4', '{ not even GraphQL');
      expectRetryAfter(refused);
      expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.headers['x-sql-statements']).toBe('0');
      // A cookie that names no session counts against the address too.
      const forged = await anonymous('198.51.100.4', VIEWER).set('cookie', 'ensemble_session=' + 'A'.repeat(43));
      expectRetryAfter(forged);
      expect((await anonymous('198.51.100.5', VIEWER)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses avatar uploads over the budget without reading or storing them', async () => {
      const upload = () =>
        request(server()).post('/api/avatar').set('cookie', cookies.bob).attach('file', PNG_1X1, { filename: 'me.png', contentType: 'image/png' });
      expect((await upload()).status).toBe(201);
      expect((await upload()).status).toBe(201);
      await test.db.client.query(`DELETE FROM avatar`);

      const refused = await upload();
      expectRetryAfter(refused);
      expect(refused.body).toEqual({ error: { code: 'TOO_MANY_REQUESTS', message: expect.any(String) } });
      expect(await count(test.db, `avatar`)).toBe(0);
      // Ada's uploads are her own budget.
      expect((await request(server()).post('/api/avatar').set('cookie', cookies.ada).attach('file', PNG_1X1, 'me.png')).status).toBe(201);
    });
  });

  describe('two instances on one database', () => {
    let db: TestDatabase;
    let first: TestApp;
    let second: TestApp;
    let cookie: string;
    beforeAll(async () => {
      db = await createTestDatabase();
      const env = { ...idp.env(), RATE_LIMIT_SIGN_IN_PER_MINUTE: '3', RATE_LIMIT_GRAPHQL_PER_MINUTE: '4' };
      first = await createTestApp({ imports: [PeopleModule, IdentityModule], env, db });
      second = await createTestApp({ imports: [PeopleModule, IdentityModule], env, db });
      const person = await insertPerson(first, { given: 'Cy', family: 'Shared' });
      ({ person: cookie } = await cookiesFor(first, { person }));
    });
    afterAll(async () => {
      await second.app.close();
      await first.close();
    });

    it('share one sign-in budget per address', async () => {
      const start = (test: TestApp) => request(test.app.getHttpServer()).get('/auth/saml/login');
      expect((await start(first)).status).toBe(302);
      expect((await start(second)).status).toBe(302);
      expect((await start(first)).status).toBe(302);
      expectRetryAfter(await start(second));
      expectRetryAfter(await start(first));
      expect(await count(db, `saml_replay`)).toBe(3);
    });

    it('count in PostgreSQL without adding to any request\'s SQL statements (X-SQL-Statements)', async () => {
      const unlimited = await createTestApp({
        imports: [PeopleModule, IdentityModule],
        env: { ...idp.env(), RATE_LIMIT_GRAPHQL_PER_MINUTE: '0' },
        db,
      });
      try {
        const other = await insertPerson(first, { given: 'Di', family: 'Counted' });
        const { other: otherCookie } = await cookiesFor(first, { other });
        const counted = await graphql(first)(otherCookie, VIEWER);
        const uncounted = await graphql(unlimited)(otherCookie, VIEWER);
        expect(counted.status).toBe(200);
        expect(counted.headers['x-sql-statements']).toBe(uncounted.headers['x-sql-statements']);
        // The budget of 4 is counted in PostgreSQL on every request (a batch of 1): the count is there.
        const { rows } = await db.client.query(`SELECT points FROM rate_limit WHERE key = $1`, [`graphql:person:${other}`]);
        expect(rows).toEqual([{ points: 1 }]);
      } finally {
        await unlimited.app.close();
      }
    });

    it('share one GraphQL budget per person', async () => {
      const statuses: number[] = [];
      for (const test of [first, second, first, second, first, second]) {
        statuses.push((await graphql(test)(cookie, VIEWER)).status);
        await test.app.get(RateLimits).settled();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    });
  });
});

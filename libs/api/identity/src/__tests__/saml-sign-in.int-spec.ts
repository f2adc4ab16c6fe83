import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Controller, Get, Module } from '@nestjs/common';
import request, { type Response } from 'supertest';
import { Authenticated, CurrentUser, Roles, type Principal } from '@ensemble/api/core';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule, SESSION_COOKIE } from '../index';
import {
  SAML_STATUS,
  TestIdentityProvider,
  signInAs,
  type LoginResponseStatus,
  type TestResponseOverrides,
  type TestUser,
} from '../testing';

/** Protected routes to prove what a session is worth. */
@Controller('test-protected')
class ProbeController {
  @Get()
  @Authenticated()
  whoAmI(@CurrentUser() principal: Principal): Principal {
    return principal;
  }

  @Get('hr')
  @Roles('hr')
  hrOnly(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const MINUTE = 60_000;

const alice: TestUser = {
  nameId: 'employee-0001',
  email: 'alice.archer@example.com',
  givenName: 'Alice',
  familyName: 'Archer',
  title: 'Staff Engineer',
  department: 'Platform',
  groups: ['everyone', 'ensemble-hr'],
};

// Booting apps on fresh databases can take seconds on a slow machine; jest's default is 5 s (the
// root config's per-project testTimeout is not applied by Jest).
jest.setTimeout(30_000);

describe('SAML sign-in (service provider, sessions)', () => {
  let idp: TestIdentityProvider;
  let stranger: TestIdentityProvider;
  let t: TestApp;
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    [idp, stranger] = await Promise.all([
      TestIdentityProvider.create(),
      TestIdentityProvider.create({ entityId: 'https://stranger.example/idp' }),
    ]);
    // This suite signs in far more often than one address may in a minute; the budgets have their own
    // tests (apps/api/src/__tests__/rate-limits.int-spec.ts).
    t = await createTestApp({
      imports: [IdentityModule, ProbeModule],
      env: { ...idp.env(), RATE_LIMIT_SIGN_IN_PER_MINUTE: '0', RATE_LIMIT_ACS_PER_MINUTE: '0' },
    });
    server = t.app.getHttpServer();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** GET /auth/saml/login → the AuthnRequest our SP redirected to, as the IdP reads it. */
  async function startSignIn(returnTo?: string) {
    const response = await request(server)
      .get('/auth/saml/login')
      .query(returnTo === undefined ? {} : { returnTo })
      .expect(302);
    return idp.readAuthnRequest(response.headers['location'] as string);
  }

  function postToAcs(
    samlResponse: string,
    options: { relayState?: string; cookie?: string; accept?: string } = {},
  ) {
    const call = request(server).post('/auth/saml/acs').type('form');
    if (options.cookie) call.set('Cookie', options.cookie);
    if (options.accept) call.set('Accept', options.accept);
    return call.send({
      SAMLResponse: samlResponse,
      ...(options.relayState !== undefined ? { RelayState: options.relayState } : {}),
    });
  }

  function sessionCookieOf(response: Response): string | undefined {
    const header = response.headers['set-cookie'] as unknown as string[] | undefined;
    const cookie = header?.find(
      (line) => line.startsWith(`${SESSION_COOKIE}=`) && !line.startsWith(`${SESSION_COOKIE}=;`),
    );
    return cookie?.split(';')[0];
  }

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const result = await t.db.client.query(`SELECT count(*)::int AS n FROM (${sql}) counted`, params);
    return result.rows[0].n;
  }

  const sessions = () => count(`SELECT 1 FROM session`);
  const hashOf = (cookie: string) =>
    createHash('sha256')
      .update(cookie.split('=')[1] ?? '')
      .digest('hex');

  async function signIn(user: TestUser = alice, options: { relayState?: string; cookie?: string } = {}) {
    const authnRequest = await startSignIn();
    const response = await postToAcs(idp.createResponse(authnRequest.id, user), options);
    expect(response.status).toBe(303);
    const cookie = sessionCookieOf(response);
    expect(cookie).toBeDefined();
    return { response, cookie: cookie as string };
  }

  /** Posts a response built with these deviations and asserts the refusal leaves no trace but the audit. */
  async function expectRefusal(
    build: (requestId: string) => string,
    expected: { status: number; code: string; reason: string },
  ): Promise<void> {
    const authnRequest = await startSignIn();
    const before = await sessions();
    const auditsBefore = await count(`SELECT 1 FROM audit_event WHERE action = 'auth.sign_in_refused'`);
    const response = await postToAcs(build(authnRequest.id));
    expect({ status: response.status, code: response.body?.error?.code }).toEqual({
      status: expected.status,
      code: expected.code,
    });
    expect(typeof response.body.error.message).toBe('string');
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await sessions()).toBe(before);
    const audit = await t.db.client.query(
      `SELECT data FROM audit_event WHERE action = 'auth.sign_in_refused' ORDER BY id DESC LIMIT 1`,
    );
    expect(await count(`SELECT 1 FROM audit_event WHERE action = 'auth.sign_in_refused'`)).toBe(
      auditsBefore + 1,
    );
    expect(audit.rows[0].data).toMatchObject({ code: expected.code, reason: expected.reason });
  }

  const refuseWith = (overrides: TestResponseOverrides) => (requestId: string) =>
    idp.createResponse(requestId, alice, overrides);

  describe('a correct round trip', () => {
    it('signs in, provisions the person from the attributes and opens protected routes', async () => {
      const authnRequest = await startSignIn('/people?skill=rust');
      expect(authnRequest.issuer).toBe(t.config.saml.spEntityId);
      expect(authnRequest.acsUrl).toBe('http://127.0.0.1:3999/auth/saml/acs');
      expect(authnRequest.relayState).toBe('/people?skill=rust');
      expect(
        await count(`SELECT 1 FROM saml_replay WHERE kind = 'request' AND key = $1`, [authnRequest.id]),
      ).toBe(1);

      const response = await postToAcs(idp.createResponse(authnRequest.id, alice), {
        relayState: authnRequest.relayState,
      });
      expect(response.status).toBe(303);
      expect(response.headers['location']).toBe('/people?skill=rust');

      const setCookie = (response.headers['set-cookie'] as unknown as string[]).find((line) =>
        line.startsWith(`${SESSION_COOKIE}=`),
      ) as string;
      expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
      expect(setCookie).toMatch(/; HttpOnly/i);
      expect(setCookie).toMatch(/; SameSite=Lax/i);
      expect(setCookie).toMatch(/; Path=\//);
      expect(setCookie).not.toMatch(/; Secure/i); // http PUBLIC_URL in tests; Secure follows config.session.secureCookie
      const cookie = setCookie.split(';')[0] as string;

      const person = await t.db.client.query(
        `SELECT p.id, p.external_id, p.email, p.given_name, p.family_name, p.title, p.roles, d.name AS department
           FROM person p LEFT JOIN department d ON d.id = p.department_id WHERE p.external_id = $1`,
        [alice.nameId],
      );
      expect(person.rows[0]).toMatchObject({
        email: 'alice.archer@example.com',
        given_name: 'Alice',
        family_name: 'Archer',
        title: 'Staff Engineer',
        department: 'Platform',
        roles: ['employee', 'hr'],
      });
      const personId = person.rows[0].id as string;

      // Only the token's SHA-256 is stored.
      const stored = await t.db.client.query(
        `SELECT sid, person_id, data FROM session WHERE person_id = $1`,
        [personId],
      );
      expect(stored.rows).toHaveLength(1);
      expect(stored.rows[0].sid).toBe(hashOf(cookie));
      expect(stored.rows[0].data).toMatchObject({ method: 'saml', rolesAtSignIn: ['employee', 'hr'] });

      // The request id was consumed, the assertion id is remembered for replay protection.
      expect(
        await count(`SELECT 1 FROM saml_replay WHERE kind = 'request' AND key = $1`, [authnRequest.id]),
      ).toBe(0);
      expect(
        await count(
          `SELECT 1 FROM saml_replay WHERE kind = 'assertion' AND expires_at > now() + interval '6 minutes'`,
        ),
      ).toBe(1);
      expect(
        await count(`SELECT 1 FROM audit_event WHERE action = 'auth.signed_in' AND actor_id = $1`, [
          personId,
        ]),
      ).toBe(1);

      await request(server)
        .get('/test-protected')
        .set('Cookie', cookie)
        .expect(200, { personId, roles: ['employee', 'hr'] });
      await request(server).get('/test-protected/hr').set('Cookie', cookie).expect(200);
      await request(server).get('/auth/session').set('Cookie', cookie).expect(200, { signedIn: true });
    });

    it('updates the person on a later sign-in and rotates the session id, deleting the old session', async () => {
      const first = await signIn();
      const authnRequest = await startSignIn();
      const changed: TestUser = {
        ...alice,
        familyName: 'Archer-Lee',
        title: 'Principal Engineer',
        department: 'Research',
        groups: ['everyone'],
      };
      const second = await postToAcs(idp.createResponse(authnRequest.id, changed), { cookie: first.cookie });
      expect(second.status).toBe(303);
      const cookie = sessionCookieOf(second) as string;
      expect(cookie).toBeDefined();
      expect(cookie).not.toBe(first.cookie);

      expect(await count(`SELECT 1 FROM session WHERE sid = $1`, [hashOf(first.cookie)])).toBe(0);
      await request(server).get('/test-protected').set('Cookie', first.cookie).expect(401);

      const person = await t.db.client.query(
        `SELECT p.family_name, p.title, p.roles, d.name AS department FROM person p JOIN department d ON d.id = p.department_id WHERE external_id = $1`,
        [alice.nameId],
      );
      expect(person.rows[0]).toEqual({
        family_name: 'Archer-Lee',
        title: 'Principal Engineer',
        roles: ['employee'],
        department: 'Research',
      });
      expect(await count(`SELECT 1 FROM person WHERE external_id = $1`, [alice.nameId])).toBe(1);

      const me = await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
      expect(me.body.roles).toEqual(['employee']);
      await request(server).get('/test-protected/hr').set('Cookie', cookie).expect(403);
    });

    it('maps the admin group and, without an email attribute, falls back to an email-shaped NameID', async () => {
      const bob: TestUser = {
        nameId: 'bob.baker@example.com',
        givenName: 'Bob',
        familyName: 'Baker',
        groups: ['ensemble-admins'],
      };
      const { cookie } = await signIn(bob);
      const me = await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
      expect(me.body.roles).toEqual(['employee', 'admin']);
      const person = await t.db.client.query(
        `SELECT email, title, department_id FROM person WHERE external_id = $1`,
        [bob.nameId],
      );
      expect(person.rows[0]).toEqual({ email: 'bob.baker@example.com', title: null, department_id: null });
    });

    it('signs out: the session row is deleted, the cookie cleared, and the old cookie refused', async () => {
      const { cookie } = await signIn();
      const response = await request(server).post('/auth/logout').set('Cookie', cookie).expect(303);
      expect(response.headers['location']).toBe('/sign-in?signedOut=1');
      const cleared = (response.headers['set-cookie'] as unknown as string[]).find((line) =>
        line.startsWith(`${SESSION_COOKIE}=;`),
      );
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
      expect(await count(`SELECT 1 FROM session WHERE sid = $1`, [hashOf(cookie)])).toBe(0);

      const refused = await request(server).get('/test-protected').set('Cookie', cookie).expect(401);
      expect(refused.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
      await request(server).get('/auth/session').set('Cookie', cookie).expect(200, { signedIn: false });
      expect(
        await count(`SELECT 1 FROM audit_event WHERE action = 'auth.signed_out'`),
      ).toBeGreaterThanOrEqual(1);
    });

    it('does not offer sign-out over GET', async () => {
      const { cookie } = await signIn();
      await request(server).get('/auth/logout').set('Cookie', cookie).expect(404);
      await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
    });

    it('redirects to / when RelayState is not a safe relative path', async () => {
      const fromLogin = await startSignIn('//evil.example/phish');
      expect(fromLogin.relayState).toBeUndefined();
      for (const relayState of [
        '//evil.example',
        '/\\evil.example',
        'https://evil.example/',
        '/\t/evil.example',
        'javascript:alert(1)',
      ]) {
        const authnRequest = await startSignIn();
        const response = await postToAcs(idp.createResponse(authnRequest.id, alice), { relayState });
        expect({ relayState, status: response.status, location: response.headers['location'] }).toEqual({
          relayState,
          status: 303,
          location: '/',
        });
      }
    });

    it('binds no browser over plain http (the development fallback, docs/adr/0017)', async () => {
      const login = await request(server).get('/auth/saml/login').expect(302);
      expect(login.headers['set-cookie']).toBeUndefined();
      const authnRequest = await idp.readAuthnRequest(login.headers['location'] as string);
      expect(
        await count(`SELECT 1 FROM saml_replay WHERE key = $1 AND browser_binding IS NULL`, [
          authnRequest.id,
        ]),
      ).toBe(1);
      expect((await postToAcs(idp.createResponse(authnRequest.id, alice))).status).toBe(303);
    });

    it('serves SP metadata naming our entity id and ACS', async () => {
      const response = await request(server).get('/auth/saml/metadata').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/samlmetadata\+xml/);
      expect(response.text).toContain(`entityID="${t.config.saml.spEntityId}"`);
      expect(response.text).toContain('Location="http://127.0.0.1:3999/auth/saml/acs"');
      expect(response.text).toContain('WantAssertionsSigned="true"');
    });
  });

  describe('sessions', () => {
    it('answers /auth/session and refuses protected routes without running SQL when there is no cookie', async () => {
      const anonymous = await request(server).get('/auth/session').expect(200, { signedIn: false });
      expect(anonymous.headers['x-sql-statements']).toBe('0');
      const garbage = await request(server)
        .get('/test-protected')
        .set('Cookie', `${SESSION_COOKIE}=not-a-token`)
        .expect(401);
      expect(garbage.headers['x-sql-statements']).toBe('0');
    });

    it('resolves the principal in one SQL statement', async () => {
      const { cookie } = await signIn();
      const response = await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
      expect(response.headers['x-sql-statements']).toBe('1');
    });

    it('slides the expiry once less than half of the lifetime remains, in the same statement', async () => {
      const { cookie } = await signIn();
      const ttlMs = t.config.session.ttlMs;
      await t.db.client.query(
        `UPDATE session SET expires_at = now() + $2 * interval '1 millisecond' WHERE sid = $1`,
        [hashOf(cookie), ttlMs / 4],
      );
      const response = await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
      expect(response.headers['x-sql-statements']).toBe('1');
      const renewed = (response.headers['set-cookie'] as unknown as string[]).find((line) =>
        line.startsWith(`${SESSION_COOKIE}=`),
      ) as string;
      expect(renewed.split(';')[0]).toBe(cookie);
      const maxAge = Number(/Max-Age=(\d+)/.exec(renewed)?.[1]);
      expect(maxAge).toBeGreaterThan(ttlMs / 1000 - 60);
      const row = await t.db.client.query(
        `SELECT extract(epoch FROM expires_at - now()) * 1000 AS left_ms FROM session WHERE sid = $1`,
        [hashOf(cookie)],
      );
      expect(Number(row.rows[0].left_ms)).toBeGreaterThan(ttlMs - MINUTE);

      // With more than half left, nothing is written and no cookie is re-sent.
      const quiet = await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
      expect(quiet.headers['set-cookie']).toBeUndefined();
    });

    it('ignores and purges an expired session', async () => {
      const { cookie } = await signIn();
      await t.db.client.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE sid = $1`, [
        hashOf(cookie),
      ]);
      await request(server).get('/test-protected').set('Cookie', cookie).expect(401);
      expect(await count(`SELECT 1 FROM session WHERE sid = $1`, [hashOf(cookie)])).toBe(0);
    });

    it('stops working at once when the person is deactivated, and reflects role changes', async () => {
      const carol: TestUser = {
        nameId: 'employee-0003',
        email: 'carol@example.com',
        givenName: 'Carol',
        familyName: 'Cole',
      };
      const { cookie } = await signIn(carol);
      await t.db.client.query(`UPDATE person SET roles = '{employee,admin}' WHERE external_id = $1`, [
        carol.nameId,
      ]);
      expect(
        (await request(server).get('/test-protected').set('Cookie', cookie).expect(200)).body.roles,
      ).toEqual(['employee', 'admin']);
      await t.db.client.query(`UPDATE person SET status = 'inactive' WHERE external_id = $1`, [carol.nameId]);
      await request(server).get('/test-protected').set('Cookie', cookie).expect(401);
    });

    it('authenticates GraphQL, and resolves the session lazily: a query refused by limits runs no SQL', async () => {
      const { cookie } = await signIn();
      const graphql = (query: string) =>
        request(server).post('/graphql').set('Cookie', cookie).send({ query });
      const viewer = await graphql('{ viewer { email givenName } }').expect(200);
      expect(viewer.body.data).toEqual({ viewer: { email: alice.email, givenName: 'Alice' } });
      const tooDeep = await graphql(`{ viewer { ${'manager { '.repeat(10)}id${' }'.repeat(10)} } }`);
      expect(tooDeep.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect(tooDeep.headers['x-sql-statements']).toBe('0');
    });

    it('signInAs gives other domains a working cookie', async () => {
      const person = await t.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, roles) VALUES ('seeded-1', 'dan@example.com', 'Dan', 'Doe', '{employee,hr}') RETURNING id`,
      );
      const cookie = await signInAs(t.app, person.rows[0].id);
      await request(server)
        .get('/test-protected')
        .set('Cookie', cookie)
        .expect(200, { personId: person.rows[0].id, roles: ['employee', 'hr'] });
    });
  });

  describe('refusals: no session, no cookie, an audit row', () => {
    it('refuses a tampered NameID (signed XML edited)', async () => {
      await expectRefusal(
        (requestId) => {
          const xml = Buffer.from(idp.createResponse(requestId, alice), 'base64').toString('utf8');
          const tampered = xml.replace(`>${alice.nameId}<`, '>employee-9999<');
          expect(tampered).not.toBe(xml);
          return Buffer.from(tampered).toString('base64');
        },
        { status: 401, code: 'SAML_RESPONSE_INVALID', reason: 'signature' },
      );
      expect(await count(`SELECT 1 FROM person WHERE external_id = 'employee-9999'`)).toBe(0);
    });

    it('refuses a response signed by another key', async () => {
      await expectRefusal(refuseWith({ signWith: stranger }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'signature',
      });
    });

    it('refuses an unsigned assertion inside a signed response', async () => {
      await expectRefusal(refuseWith({ signAssertion: false }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'signature',
      });
    });

    it('refuses a signed assertion inside an unsigned response', async () => {
      await expectRefusal(refuseWith({ signResponse: false }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'signature',
      });
    });

    it('refuses the wrong audience', async () => {
      await expectRefusal(refuseWith({ audience: 'https://another-app.example/saml' }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'audience',
      });
    });

    it('refuses the wrong Recipient', async () => {
      await expectRefusal(refuseWith({ recipient: 'https://another-app.example/acs' }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'recipient',
      });
    });

    it('refuses the wrong Destination, and a missing one', async () => {
      await expectRefusal(refuseWith({ destination: 'https://another-app.example/acs' }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'destination',
      });
      await expectRefusal(refuseWith({ destination: null }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'destination',
      });
    });

    it('refuses the wrong Issuer, even when signed with the trusted key', async () => {
      await expectRefusal(refuseWith({ issuer: stranger.entityId }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'response_issuer',
      });
      await expectRefusal(refuseWith({ assertionIssuer: stranger.entityId, responseIssuer: null }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'assertion_issuer',
      });
    });

    it('refuses an expired response (NotOnOrAfter past, beyond the clock skew)', async () => {
      const beyondSkew = -(5 * MINUTE + t.config.saml.clockSkewMs + MINUTE);
      await expectRefusal(refuseWith({ notOnOrAfterShiftMs: beyondSkew }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'expired',
      });
    });

    it('refuses a response not yet valid (NotBefore in the future, beyond the clock skew)', async () => {
      await expectRefusal(refuseWith({ notBeforeShiftMs: t.config.saml.clockSkewMs + MINUTE }), {
        status: 401,
        code: 'SAML_RESPONSE_INVALID',
        reason: 'not_yet_valid',
      });
    });

    it('accepts times within the clock skew', async () => {
      const authnRequest = await startSignIn();
      const response = await postToAcs(
        idp.createResponse(authnRequest.id, alice, { notBeforeShiftMs: t.config.saml.clockSkewMs / 2 }),
      );
      expect(response.status).toBe(303);
    });

    it('refuses a replayed response', async () => {
      const authnRequest = await startSignIn();
      const samlResponse = idp.createResponse(authnRequest.id, alice);
      expect((await postToAcs(samlResponse)).status).toBe(303);
      await expectRefusal(() => samlResponse, { status: 401, code: 'SAML_REPLAYED', reason: 'replayed' });
    });

    it('accepts a response exactly once when it is posted twice at the same moment', async () => {
      const authnRequest = await startSignIn();
      const samlResponse = idp.createResponse(authnRequest.id, alice);
      const before = await sessions();
      const results = await Promise.all([
        postToAcs(samlResponse),
        postToAcs(samlResponse),
        postToAcs(samlResponse),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual([303, 401, 401]);
      expect(await sessions()).toBe(before + 1);
    });

    it('refuses unsolicited responses: InResponseTo missing or unknown', async () => {
      await expectRefusal(refuseWith({ inResponseTo: null }), {
        status: 401,
        code: 'SAML_UNSOLICITED',
        reason: 'unsolicited',
      });
      await expectRefusal(refuseWith({ inResponseTo: '_0123456789abcdef0123456789abcdef01234567' }), {
        status: 401,
        code: 'SAML_UNSOLICITED',
        reason: 'unsolicited',
      });
    });

    it('refuses a document with a DOCTYPE, even though its signatures are intact', async () => {
      await expectRefusal(
        (requestId) => {
          const xml = Buffer.from(idp.createResponse(requestId, alice), 'base64').toString('utf8');
          return Buffer.from(
            `<?xml version="1.0"?>\n<!DOCTYPE samlp:Response [<!ENTITY who "x">]>\n${xml}`,
          ).toString('base64');
        },
        { status: 400, code: 'SAML_RESPONSE_MALFORMED', reason: 'doctype' },
      );
    });

    it('refuses missing and undecodable input as malformed', async () => {
      const before = await sessions();
      const missing = await request(server)
        .post('/auth/saml/acs')
        .type('form')
        .send({ RelayState: '/' })
        .expect(400);
      expect(missing.body.error.code).toBe('SAML_RESPONSE_MALFORMED');
      const notXml = await postToAcs(Buffer.from('hello').toString('base64')).expect(400);
      expect(notXml.body.error.code).toBe('SAML_RESPONSE_MALFORMED');
      const notBase64 = await postToAcs('<samlp:Response/>').expect(400);
      expect(notBase64.body.error.code).toBe('SAML_RESPONSE_MALFORMED');
      expect(await sessions()).toBe(before);
    });

    it('refuses when the IdP sends neither an email attribute nor an email NameID', async () => {
      await expectRefusal(
        (requestId) => idp.createResponse(requestId, { ...alice, nameId: 'employee-0004', email: undefined }),
        {
          status: 401,
          code: 'SAML_ATTRIBUTES_MISSING',
          reason: 'attributes',
        },
      );
    });

    it('refuses a deactivated person', async () => {
      const erin: TestUser = {
        nameId: 'employee-0005',
        email: 'erin@example.com',
        givenName: 'Erin',
        familyName: 'Eve',
      };
      await signIn(erin);
      await t.db.client.query(`UPDATE person SET status = 'inactive' WHERE external_id = $1`, [erin.nameId]);
      await expectRefusal((requestId) => idp.createResponse(requestId, erin), {
        status: 403,
        code: 'ACCOUNT_INACTIVE',
        reason: 'account_inactive',
      });
    });

    it('refuses a new identity whose email another person already uses', async () => {
      await t.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name) VALUES ('hr-import-7', 'frank@example.com', 'Frank', 'Fox')`,
      );
      const frank: TestUser = {
        nameId: 'employee-0007',
        email: 'Frank@example.com',
        givenName: 'Frank',
        familyName: 'Fox',
      };
      await expectRefusal((requestId) => idp.createResponse(requestId, frank), {
        status: 409,
        code: 'ACCOUNT_CONFLICT',
        reason: 'account_conflict',
      });
      expect(await count(`SELECT 1 FROM person WHERE lower(email) = 'frank@example.com'`)).toBe(1);
    });

    it('shows browsers a readable page instead of JSON', async () => {
      const authnRequest = await startSignIn();
      const response = await postToAcs(
        idp.createResponse(authnRequest.id, alice, { audience: 'https://elsewhere.example' }),
        {
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        },
      );
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<h1>You were not signed in</h1>');
      expect(response.text).toContain('SAML_RESPONSE_INVALID');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(response.headers['set-cookie']).toBeUndefined();
    });
  });
  describe('the IdP status: only Success signs in, even when a valid signed assertion comes along', () => {
    /** A person nobody else uses, so that "no person was created" means something. */
    let next = 0;
    function newcomer(): TestUser {
      next += 1;
      return {
        nameId: `status-newcomer-${next}`,
        email: `status-newcomer-${next}@example.com`,
        givenName: 'Nora',
        familyName: 'Newcomer',
      };
    }

    async function lastRefusal(): Promise<Record<string, unknown>> {
      const audit = await t.db.client.query(
        `SELECT data FROM audit_event WHERE action = 'auth.sign_in_refused' ORDER BY id DESC LIMIT 1`,
      );
      return audit.rows[0].data;
    }

    /** The response is genuinely signed by the trusted IdP, Response and Assertion alike. */
    async function expectStatusRefused(
      status: LoginResponseStatus | null,
      build: (xml: string) => string = (xml) => xml,
    ): Promise<Record<string, unknown>> {
      const user = newcomer();
      await expectRefusal(
        (requestId) => {
          const xml = Buffer.from(idp.createResponse(requestId, user, { status }), 'base64').toString('utf8');
          return Buffer.from(build(xml)).toString('base64');
        },
        { status: 401, code: 'SAML_IDP_REFUSED', reason: 'idp_status' },
      );
      expect(await count(`SELECT 1 FROM person WHERE external_id = $1`, [user.nameId])).toBe(0);
      return lastRefusal();
    }

    it('refuses Responder', async () => {
      const audit = await expectStatusRefused({ code: SAML_STATUS.responder });
      expect(audit['idpStatus']).toEqual({ codes: [SAML_STATUS.responder] });
      expect(audit['detail']).toBe('Responder');
    });

    it('refuses Requester with a second-level RequestDenied, recording its StatusMessage', async () => {
      const audit = await expectStatusRefused({
        code: SAML_STATUS.requester,
        subCode: SAML_STATUS.requestDenied,
        message: 'Ensemble is not assigned to this user',
      });
      expect(audit['idpStatus']).toEqual({
        codes: [SAML_STATUS.requester, SAML_STATUS.requestDenied],
        message: 'Ensemble is not assigned to this user',
      });
      expect(audit['detail']).toBe('Requester/RequestDenied: Ensemble is not assigned to this user');
    });

    it('refuses Responder/AuthnFailed, truncating a long StatusMessage', async () => {
      const audit = await expectStatusRefused({
        code: SAML_STATUS.responder,
        subCode: SAML_STATUS.authnFailed,
        message: 'x'.repeat(5000),
      });
      expect(audit['idpStatus']).toEqual({
        codes: [SAML_STATUS.responder, SAML_STATUS.authnFailed],
        message: 'x'.repeat(256),
      });
    });

    it('refuses Responder/NoPassive', async () => {
      const audit = await expectStatusRefused({
        code: SAML_STATUS.responder,
        subCode: SAML_STATUS.noPassive,
      });
      expect(audit['idpStatus']).toEqual({ codes: [SAML_STATUS.responder, SAML_STATUS.noPassive] });
    });

    it('refuses VersionMismatch', async () => {
      const audit = await expectStatusRefused({ code: SAML_STATUS.versionMismatch });
      expect(audit['idpStatus']).toEqual({ codes: [SAML_STATUS.versionMismatch] });
    });

    it('refuses a response without a Status (saml-core requires one)', async () => {
      const audit = await expectStatusRefused(null);
      expect(audit).toMatchObject({ idpStatus: null, detail: 'no Status' });
    });

    it('reads the signed Status, not a Success planted inside the signature (outside its digest)', async () => {
      const audit = await expectStatusRefused({ code: SAML_STATUS.responder }, (xml) => {
        // The first </ds:Signature> closes the Response's signature, which precedes the real Status.
        const planted = xml.replace(
          '</ds:Signature>',
          `<ds:Object><samlp:Status><samlp:StatusCode Value="${SAML_STATUS.success}"/></samlp:Status></ds:Object></ds:Signature>`,
        );
        expect(planted.indexOf(SAML_STATUS.success)).toBeLessThan(planted.indexOf(SAML_STATUS.responder));
        return planted;
      });
      expect(audit['idpStatus']).toEqual({ codes: [SAML_STATUS.responder] });
    });

    it('still signs in with Success and a second-level code', async () => {
      const authnRequest = await startSignIn();
      const response = await postToAcs(
        idp.createResponse(authnRequest.id, newcomer(), {
          status: { code: SAML_STATUS.success, subCode: 'urn:example:partial-logout' },
        }),
      );
      expect(response.status).toBe(303);
    });

    it('records the claimed status of an unsigned error response without trusting it', async () => {
      await expectRefusal(
        (requestId) =>
          idp.createResponse(requestId, newcomer(), {
            status: { code: SAML_STATUS.responder, subCode: SAML_STATUS.authnFailed },
            signResponse: false,
          }),
        { status: 401, code: 'SAML_RESPONSE_INVALID', reason: 'signature' },
      );
      expect(await lastRefusal()).toMatchObject({ claimedStatus: 'Responder/AuthnFailed' });
    });
  });
  describe('document size: refused before any signature work', () => {
    /** A genuinely signed response for an outstanding request, padded after signing (so its signature is void). */
    function padded(requestId: string, extra: string): string {
      const xml = Buffer.from(idp.createResponse(requestId, alice), 'base64').toString('utf8');
      return Buffer.from(xml.replace('</samlp:Status>', `</samlp:Status>${extra}`)).toString('base64');
    }

    it('refuses 16,000 extra elements in under 100 ms (they took 6 to 12 s to verify)', async () => {
      const timings: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const authnRequest = await startSignIn();
        const samlResponse = padded(authnRequest.id, '<x/>'.repeat(16_000));
        const started = performance.now();
        const response = await postToAcs(samlResponse);
        timings.push(performance.now() - started);
        expect({ status: response.status, code: response.body.error.code }).toEqual({
          status: 413,
          code: 'SAML_RESPONSE_TOO_LARGE',
        });
      }
      // The fastest of three, so that a busy machine's scheduling does not decide.
      expect(Math.min(...timings)).toBeLessThan(100);
    });

    it('audits each limit with its own reason: elements, attributes, nesting', async () => {
      for (const [extra, detail] of [
        ['<x/>'.repeat(2_000), 'more than 2000 elements'],
        [
          `<x ${Array.from({ length: 4_000 }, (_, i) => `a${i}=""`).join(' ')}/>`,
          'more than 4000 attributes',
        ],
        [`${'<x>'.repeat(40)}${'</x>'.repeat(40)}`, 'nested deeper than 32 elements'],
      ] as const) {
        await expectRefusal((requestId) => padded(requestId, extra), {
          status: 413,
          code: 'SAML_RESPONSE_TOO_LARGE',
          reason: 'too_large',
        });
        const audit = await t.db.client.query(
          `SELECT data FROM audit_event WHERE action = 'auth.sign_in_refused' ORDER BY id DESC LIMIT 1`,
        );
        expect(audit.rows[0].data.detail).toBe(detail);
      }
    });

    it('refuses a form over the ACS body limit with 413 (a page or JSON), whatever its content type', async () => {
      const authnRequest = await startSignIn();
      // 175,000 padding elements: the body-parser limit (512 KB) answers before the element count.
      const huge = padded(authnRequest.id, '<x/>'.repeat(175_000));
      expect(huge.length).toBeGreaterThan(512 * 1024);
      const before = await count(`SELECT 1 FROM audit_event WHERE action = 'auth.sign_in_refused'`);
      const json = await postToAcs(huge);
      expect({ status: json.status, code: json.body.error.code }).toEqual({
        status: 413,
        code: 'SAML_RESPONSE_TOO_LARGE',
      });
      const page = await postToAcs(huge, { accept: 'text/html' });
      expect(page.status).toBe(413);
      expect(page.text).toContain('SAML_RESPONSE_TOO_LARGE');
      const asJson = await request(server)
        .post('/auth/saml/acs')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ SAMLResponse: huge }));
      expect(asJson.status).toBe(413);
      const audit = await t.db.client.query(
        `SELECT data FROM audit_event WHERE action = 'auth.sign_in_refused' ORDER BY id DESC LIMIT 3`,
      );
      expect(audit.rows.map((row) => row.data)).toEqual(
        Array(3).fill({
          code: 'SAML_RESPONSE_TOO_LARGE',
          reason: 'too_large',
          detail: 'the form is over 524288 bytes',
        }),
      );
      expect(await count(`SELECT 1 FROM audit_event WHERE action = 'auth.sign_in_refused'`)).toBe(before + 3);
    });

    it('takes no compressed form (no decompressor for anonymous requests)', async () => {
      const response = await request(server)
        .post('/auth/saml/acs')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .set('Content-Encoding', 'gzip')
        .send(gzipSync(`SAMLResponse=${'A'.repeat(100_000)}`));
      expect({ status: response.status, code: response.body.error?.code }).toEqual({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    });

    it('still signs in a person in 500 groups', async () => {
      const groups = Array.from(
        { length: 500 },
        (_, i) => `CN=app-group-${i},OU=Groups,DC=corp,DC=example,DC=com`,
      );
      const authnRequest = await startSignIn();
      const response = await postToAcs(
        idp.createResponse(authnRequest.id, {
          ...alice,
          nameId: 'employee-0500',
          email: 'many@example.com',
          groups,
        }),
      );
      expect(response.status).toBe(303);
    });
  });
});

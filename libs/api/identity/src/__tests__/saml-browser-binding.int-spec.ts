import request, { type Response } from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule, SESSION_COOKIE } from '../index';
import { SIGN_IN_BINDING_COOKIE } from '../saml/sign-in-binding';
import { TestIdentityProvider, type TestUser } from '../testing';

const PUBLIC_URL = 'https://ensemble.test';

const bea: TestUser = {
  nameId: 'employee-0100',
  email: 'bea.binder@example.com',
  givenName: 'Bea',
  familyName: 'Binder',
};

jest.setTimeout(30_000);

/**
 * Login CSRF: under https every sign-in is bound to the browser that started it, so a valid response
 * to a sign-in started elsewhere (the attacker's own, into the attacker's account) cannot sign in
 * whoever's browser it is posted from.
 */
describe('SAML sign-in bound to the starting browser (https)', () => {
  let idp: TestIdentityProvider;
  let t: TestApp;
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    idp = await TestIdentityProvider.create({ publicUrl: PUBLIC_URL });
    t = await createTestApp({ imports: [IdentityModule], env: { ...idp.env(), PUBLIC_URL } });
    server = t.app.getHttpServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  function setCookies(response: Response): string[] {
    return (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  }

  /** A browser starting a sign-in: the AuthnRequest id and the binding cookie it now holds. */
  async function startSignIn(
    cookie?: string,
  ): Promise<{ requestId: string; cookie: string; setCookie: string }> {
    const call = request(server).get('/auth/saml/login');
    if (cookie) call.set('Cookie', cookie);
    const response = await call.expect(302);
    const setCookie =
      setCookies(response).find((line) => line.startsWith(`${SIGN_IN_BINDING_COOKIE}=`)) ?? '';
    const authnRequest = await idp.readAuthnRequest(response.headers['location'] as string);
    return { requestId: authnRequest.id, cookie: setCookie.split(';')[0] ?? '', setCookie };
  }

  function postToAcs(samlResponse: string, cookie?: string) {
    const call = request(server).post('/auth/saml/acs').type('form');
    if (cookie) call.set('Cookie', cookie);
    return call.send({ SAMLResponse: samlResponse });
  }

  async function lastRefusal(): Promise<Record<string, unknown>> {
    const audit = await t.db.client.query(
      `SELECT data FROM audit_event WHERE action = 'auth.sign_in_refused' ORDER BY id DESC LIMIT 1`,
    );
    return audit.rows[0]?.data;
  }

  async function expectRefused(response: Response, detail: string): Promise<void> {
    expect({ status: response.status, code: response.body.error?.code }).toEqual({
      status: 401,
      code: 'SAML_BROWSER_MISMATCH',
    });
    expect(setCookies(response).some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    expect(await lastRefusal()).toMatchObject({
      code: 'SAML_BROWSER_MISMATCH',
      reason: 'browser_binding',
      detail,
    });
  }

  const sessions = async () => (await t.db.client.query(`SELECT count(*)::int AS n FROM session`)).rows[0].n;

  it('gives the starting browser a short-lived SameSite=None; Secure; HttpOnly cookie, stored only as a hash', async () => {
    const { requestId, cookie, setCookie } = await startSignIn();
    expect(setCookie).toMatch(
      new RegExp(`^${SIGN_IN_BINDING_COOKIE}=[A-Za-z0-9_-]{43}; Max-Age=600; Path=/; `),
    );
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=None/);
    const stored = await t.db.client.query(`SELECT browser_binding FROM saml_replay WHERE key = $1`, [
      requestId,
    ]);
    expect(stored.rows[0].browser_binding).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].browser_binding).not.toContain(cookie.split('=')[1]);
  });

  it('refuses a response posted from a browser without the cookie, and no session is created', async () => {
    const before = await sessions();
    const { requestId } = await startSignIn();
    await expectRefused(
      await postToAcs(idp.createResponse(requestId, bea)),
      'the browser sent no sign-in binding cookie',
    );
    expect(await sessions()).toBe(before);
  });

  it("refuses a response posted from a browser holding another sign-in's cookie", async () => {
    const attacker = await startSignIn();
    const victim = await startSignIn();
    expect(victim.cookie).not.toBe(attacker.cookie);
    await expectRefused(
      await postToAcs(idp.createResponse(attacker.requestId, bea), victim.cookie),
      'the browser holds the binding of another sign-in',
    );
  });

  it('signs in the browser that started the sign-in, which could also retry after a refusal', async () => {
    const { requestId, cookie } = await startSignIn();
    const samlResponse = idp.createResponse(requestId, bea);
    await expectRefused(await postToAcs(samlResponse), 'the browser sent no sign-in binding cookie');
    const response = await postToAcs(samlResponse, cookie);
    expect(response.status).toBe(303);
    expect(setCookies(response).some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(true);
  });

  it('lets sign-ins started in two tabs of one browser both finish', async () => {
    const first = await startSignIn();
    const second = await startSignIn(first.cookie);
    expect(second.cookie).toBe(first.cookie);
    expect((await postToAcs(idp.createResponse(second.requestId, bea), first.cookie)).status).toBe(303);
    expect((await postToAcs(idp.createResponse(first.requestId, bea), first.cookie)).status).toBe(303);
  });

  it('refuses a request that was started without a binding', async () => {
    const { requestId, cookie } = await startSignIn();
    await t.db.client.query(`UPDATE saml_replay SET browser_binding = NULL WHERE key = $1`, [requestId]);
    await expectRefused(
      await postToAcs(idp.createResponse(requestId, bea), cookie),
      'the sign-in was started without a browser binding',
    );
  });
});

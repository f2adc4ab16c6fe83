import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { JSDOM } from 'jsdom';
import request from 'supertest';
import { Authenticated, CurrentUser, type Principal } from '@ensemble/api/core';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule, SESSION_COOKIE } from '../index';
import { TestIdentityProvider } from '../testing';

@Controller('test-protected')
class ProbeController {
  @Get()
  @Authenticated()
  whoAmI(@CurrentUser() principal: Principal): Principal {
    return principal;
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

type AxeResults = { violations: Array<{ id: string; help: string; nodes: unknown[] }> };

/**
 * axe-core's rules (lang, title, landmarks, labels, headings, names…) on a server-rendered page.
 * jsdom has no layout or canvas, so colour contrast cannot be measured here and that one rule is off;
 * the colours are chosen for AA (see shared/html.ts) and the Playwright journeys scan in Chromium.
 */
async function axeViolations(html: string): Promise<AxeResults['violations']> {
  const dom = new JSDOM(html, {
    runScripts: 'outside-only',
    pretendToBeVisual: true,
    url: 'http://127.0.0.1:3999/demo-idp/sso',
  });
  try {
    dom.window.eval(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = (
      dom.window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(dom.window.document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } },
    });
    return results.violations;
  } finally {
    dom.window.close();
  }
}

function formsOf(
  html: string,
): Array<{
  action: string;
  method: string;
  fields: Record<string, string>;
  button?: string;
  list?: string | null;
  description?: string;
}> {
  const { document } = new JSDOM(html).window;
  return Array.from(document.querySelectorAll('form')).map((form) => ({
    action: form.getAttribute('action') ?? '',
    method: (form.getAttribute('method') ?? 'get').toLowerCase(),
    fields: Object.fromEntries(
      Array.from(form.querySelectorAll('input[type=hidden]')).map((input) => [
        input.getAttribute('name') ?? '',
        input.getAttribute('value') ?? '',
      ]),
    ),
    button: form.querySelector('button')?.textContent?.trim(),
    list: form.closest('ul')?.getAttribute('aria-labelledby'),
    // What a screen reader announces with the button (aria-describedby), whitespace collapsed.
    description: document
      .getElementById(form.querySelector('button')?.getAttribute('aria-describedby') ?? '')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** The sign-in buttons of the People list (not the featured ones above it). */
function peoplePicks(html: string): ReturnType<typeof formsOf> {
  return formsOf(html).filter(
    (form) => form.action === '/demo-idp/sso/pick' && form.list === 'people-heading',
  );
}

// Booting apps on fresh databases can take seconds on a slow machine; jest's default is 5 s (the
// root config's per-project testTimeout is not applied by Jest).
jest.setTimeout(30_000);

describe('demo identity provider', () => {
  let dataDir: string;
  let t: TestApp;
  let server: Parameters<typeof request>[0];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ensemble-demo-idp-'));
    t = await createTestApp({ imports: [IdentityModule, ProbeModule], env: { DATA_DIR: dataDir } });
    server = t.app.getHttpServer();
    const department = await t.db.client.query(
      `INSERT INTO department (name) VALUES ('Computing') RETURNING id`,
    );
    const people: Array<[string, string, string, string, string[]]> = [
      ['demo-ada', 'ada.lovelace@example.com', 'Ada', 'Lovelace', ['employee', 'hr']],
      ['demo-grace', 'grace.hopper@example.com', 'Grace', 'Hopper', ['employee', 'admin']],
    ];
    for (let index = 1; index <= 25; index += 1) {
      people.push([
        `demo-${index}`,
        `person${index}@example.com`,
        'Person',
        `Number${String(index).padStart(2, '0')}`,
        ['employee'],
      ]);
    }
    for (const [externalId, email, given, family, roles] of people) {
      const row = await t.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name, title, department_id, roles)
         VALUES ($1, $2, $3, $4, 'Rear Admiral', $5, $6) RETURNING id`,
        [externalId, email, given, family, department.rows[0].id, roles],
      );
      ids[externalId] = row.rows[0].id;
    }
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** /auth/saml/login → the demo IdP's SSO URL (path and query, to call on the same server). */
  async function startSignIn(returnTo = '/projects'): Promise<string> {
    const response = await request(server).get('/auth/saml/login').query({ returnTo }).expect(302);
    const location = new URL(response.headers['location'] as string);
    expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:3999/demo-idp/sso');
    return `${location.pathname}${location.search}`;
  }

  it('keeps one key pair in the data directory, readable only by its owner, and publishes its certificate', async () => {
    const path = join(dataDir, 'demo-idp', 'signing.pem');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const pem = readFileSync(path, 'utf8');
    const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/
      .exec(pem)?.[1]
      ?.replace(/\s+/g, '');
    const metadata = await request(server).get('/demo-idp/metadata').expect(200);
    expect(metadata.headers['content-type']).toMatch(/^application\/samlmetadata\+xml/);
    expect(metadata.text).toContain('entityID="http://127.0.0.1:3999/demo-idp/metadata"');
    expect(metadata.text).toContain('Location="http://127.0.0.1:3999/demo-idp/sso"');
    expect(metadata.text).toContain(`<ds:X509Certificate>${body}</ds:X509Certificate>`);

    // A restart on the same data directory reuses the pair.
    const again = await createTestApp({ imports: [IdentityModule], env: { DATA_DIR: dataDir } });
    try {
      const second = await request(again.app.getHttpServer()).get('/demo-idp/metadata').expect(200);
      expect(second.text).toBe(metadata.text);
    } finally {
      await again.close();
    }
    expect(readFileSync(path, 'utf8')).toBe(pem);
  });

  it('renders an accessible picker for our AuthnRequest, with its own nonce-based CSP', async () => {
    const response = await request(server)
      .get(await startSignIn())
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-store');
    const csp = response.headers['content-security-policy'] as string;
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).toContain("default-src 'none'");
    expect(response.text).toContain(`<style nonce="${nonce}">`);
    expect(response.text).toContain('<html lang="en">');
    expect(response.text).toContain('<h1>Demo identity provider — pick a demo employee</h1>');

    const picks = peoplePicks(response.text);
    expect(picks).toHaveLength(20);
    expect(picks.slice(0, 3).map((form) => form.button)).toEqual([
      'Sign in as Grace Hopper',
      'Sign in as Ada Lovelace',
      'Sign in as Person Number01',
    ]);
    expect(await axeViolations(response.text)).toEqual([]);
  });

  it("shows each person's roles, title and department, and an HR partner and an admin at the top", async () => {
    const response = await request(server)
      .get(await startSignIn('/people'))
      .expect(200);
    const featured = formsOf(response.text).filter((form) => form.list === 'featured-heading');
    expect(featured.map((form) => [form.button, form.fields['personId']])).toEqual([
      ['Sign in as an HR partner', ids['demo-ada']],
      ['Sign in as an admin', ids['demo-grace']],
    ]);
    // The featured picks answer the same request and keep where to go afterwards.
    for (const form of featured) expect(form.fields).toMatchObject({ RelayState: '/people' });
    expect(featured[0].description).toBe(
      'Ada Lovelace Rear Admiral · Computing Roles: Employee, HR partner ada.lovelace@example.com',
    );
    expect(featured[1].description).toContain('Roles: Employee, Admin');
    const people = peoplePicks(response.text);
    expect(people.find((form) => form.button === 'Sign in as Person Number01')?.description).toBe(
      'Person Number01 Rear Admiral · Computing Roles: Employee person1@example.com',
    );
    expect(await axeViolations(response.text)).toEqual([]);
  });

  it('finds people by role: "admin" and "hr" list the admins and HR partners first', async () => {
    const ssoPath = await startSignIn();
    const admins = await request(server).get(`${ssoPath}&q=admin`).expect(200);
    expect(peoplePicks(admins.text).map((form) => form.button)).toEqual(['Sign in as Grace Hopper']);
    expect(admins.text).toContain('1 person matches “admin”');
    const hr = await request(server).get(`${ssoPath}&q=HR`).expect(200);
    expect(peoplePicks(hr.text).map((form) => form.button)).toEqual(['Sign in as Ada Lovelace']);
    const partners = await request(server).get(`${ssoPath}&q=hr%20partner`).expect(200);
    expect(peoplePicks(partners.text).map((form) => form.button)).toEqual(['Sign in as Ada Lovelace']);
    // A role is matched as a whole word: the start of one ("emp" for everyone's employee) is not.
    const partial = await request(server).get(`${ssoPath}&q=emp`).expect(200);
    expect(peoplePicks(partial.text)).toEqual([]);
  });

  it('searches by name, email or title', async () => {
    const ssoPath = await startSignIn();
    const byName = await request(server).get(`${ssoPath}&q=hopper`).expect(200);
    expect(peoplePicks(byName.text).map((form) => form.button)).toEqual(['Sign in as Grace Hopper']);
    const byEmail = await request(server).get(`${ssoPath}&q=ada.lovelace@`).expect(200);
    expect(byEmail.text).toContain('Sign in as Ada Lovelace');
    const nobody = await request(server)
      .get(`${ssoPath}&q=${encodeURIComponent('<script>zzz')}`)
      .expect(200);
    expect(nobody.text).toContain('Nobody matches “&lt;script&gt;zzz”');
    expect(nobody.text).not.toContain('<script>zzz');
    expect(await axeViolations(nobody.text)).toEqual([]);
    // The search form carries the request along, so a pick after searching still answers it.
    const search = formsOf(byName.text).find((form) => form.method === 'get');
    expect(search?.fields['SAMLRequest']).toBe(new URLSearchParams(ssoPath.split('?')[1]).get('SAMLRequest'));
  });

  it('signs in end to end: a pick produces a signed response that our SP accepts', async () => {
    const picker = await request(server)
      .get(`${await startSignIn('/projects?mine=1')}&q=grace`)
      .expect(200);
    const pick = formsOf(picker.text).find((form) => form.button === 'Sign in as Grace Hopper');
    expect(pick?.fields).toMatchObject({ personId: ids['demo-grace'], RelayState: '/projects?mine=1' });

    const posted = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .set('Origin', 'http://127.0.0.1:3999')
      .send(pick?.fields ?? {})
      .expect(200);
    const csp = posted.headers['content-security-policy'] as string;
    expect(csp).toMatch(/form-action 'self' http:\/\/127\.0\.0\.1:3999/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(posted.text).toContain(
      `<script nonce="${nonce}">document.getElementById('saml-post').submit();</script>`,
    );
    const [autoPost] = formsOf(posted.text);
    expect(autoPost).toMatchObject({
      action: 'http://127.0.0.1:3999/auth/saml/acs',
      method: 'post',
      button: 'Continue',
    });
    expect(await axeViolations(posted.text)).toEqual([]);

    const xml = Buffer.from(autoPost?.fields['SAMLResponse'] ?? '', 'base64').toString('utf8');
    expect(xml.match(/<ds:Signature /g)).toHaveLength(2); // Response and Assertion
    expect(xml).toContain(
      '<saml:Attribute Name="groups" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue xsi:type="xs:string">ensemble-admins</saml:AttributeValue>',
    );

    const signedIn = await request(server)
      .post('/auth/saml/acs')
      .type('form')
      .send(autoPost?.fields ?? {})
      .expect(303);
    expect(signedIn.headers['location']).toBe('/projects?mine=1');
    const cookie =
      (signedIn.headers['set-cookie'] as unknown as string[])
        .find((line) => line.startsWith(`${SESSION_COOKIE}=`))
        ?.split(';')[0] ?? '';
    await request(server)
      .get('/test-protected')
      .set('Cookie', cookie)
      .expect(200, { personId: ids['demo-grace'], roles: ['employee', 'admin'] });

    const person = await t.db.client.query(
      `SELECT p.title, d.name AS department FROM person p JOIN department d ON d.id = p.department_id WHERE p.id = $1`,
      [ids['demo-grace']],
    );
    expect(person.rows[0]).toEqual({ title: 'Rear Admiral', department: 'Computing' });

    // The request was answered: neither the picker nor another pick accept it again.
    const used = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send(pick?.fields ?? {})
      .expect(400);
    expect(used.text).toContain('This sign-in has expired');
  });

  it('ends a sign-in started at a loopback alias of PUBLIC_URL on that alias, signed in there', async () => {
    // PUBLIC_URL is http://127.0.0.1:3999; the visitor opened http://localhost:3999 instead.
    const alias = 'http://localhost:3999';
    const login = await request(server)
      .get('/auth/saml/login')
      .set('Host', 'localhost:3999')
      .query({ returnTo: '/people' })
      .expect(302);
    const sso = new URL(login.headers['location'] as string);
    const picker = await request(server).get(`${sso.pathname}${sso.search}&q=grace`).expect(200);
    const pick = formsOf(picker.text).find((form) => form.button === 'Sign in as Grace Hopper');
    expect(pick?.fields).toMatchObject({ acsUrl: `${alias}/auth/saml/acs`, RelayState: '/people' });

    const posted = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .set('Origin', 'http://127.0.0.1:3999')
      .send(pick?.fields ?? {})
      .expect(200);
    expect(posted.headers['content-security-policy']).toContain(`form-action 'self' ${alias}`);
    const [autoPost] = formsOf(posted.text);
    expect(autoPost?.action).toBe(`${alias}/auth/saml/acs`);

    // Posted to PUBLIC_URL's ACS instead, the response is refused: it names the alias's.
    const elsewhere = await request(server)
      .post('/auth/saml/acs')
      .set('Accept', 'application/json')
      .type('form')
      .send(autoPost?.fields ?? {});
    expect(elsewhere.status).toBeGreaterThanOrEqual(400);
  });

  it('answers a loopback alias at its own ACS, where the session cookie then belongs', async () => {
    const login = await request(server)
      .get('/auth/saml/login')
      .set('Host', 'localhost:3999')
      .query({ returnTo: '/people' })
      .expect(302);
    const sso = new URL(login.headers['location'] as string);
    // The IdP stays where it is (its entity id and SSO URL are PUBLIC_URL's).
    expect(`${sso.origin}${sso.pathname}`).toBe('http://127.0.0.1:3999/demo-idp/sso');
    const picker = await request(server).get(`${sso.pathname}${sso.search}&q=grace`).expect(200);
    const pick = formsOf(picker.text).find((form) => form.button === 'Sign in as Grace Hopper');
    const posted = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send(pick?.fields ?? {})
      .expect(200);
    const [autoPost] = formsOf(posted.text);
    const signedIn = await request(server)
      .post('/auth/saml/acs')
      .set('Host', 'localhost:3999')
      .type('form')
      .send(autoPost?.fields ?? {})
      .expect(303);
    // A relative redirect: the browser stays on the alias it posted to, with the cookie set there.
    expect(signedIn.headers['location']).toBe('/people');
    const cookie =
      (signedIn.headers['set-cookie'] as unknown as string[])
        .find((line) => line.startsWith(`${SESSION_COOKIE}=`))
        ?.split(';')[0] ?? '';
    await request(server).get('/test-protected').set('Cookie', cookie).expect(200);
    // Signing out from the alias is not a cross-site request.
    await request(server)
      .post('/auth/logout')
      .set('Host', 'localhost:3999')
      .set('Origin', 'http://localhost:3999')
      .set('Cookie', cookie)
      .expect(303);
  });

  it('never answers at an ACS that is not ours, whatever the Host or the pick form say', async () => {
    // An unknown Host gets PUBLIC_URL's ACS, as before.
    const login = await request(server).get('/auth/saml/login').set('Host', 'evil.example').expect(302);
    const sso = new URL(login.headers['location'] as string);
    const picker = await request(server).get(`${sso.pathname}${sso.search}&q=grace`).expect(200);
    const pick = formsOf(picker.text).find((form) => form.button === 'Sign in as Grace Hopper');
    expect(pick?.fields['acsUrl']).toBe('http://127.0.0.1:3999/auth/saml/acs');
    // A pick form edited to answer elsewhere is refused, and the request stays answerable.
    const tampered = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send({ ...pick?.fields, acsUrl: 'http://evil.example/auth/saml/acs' })
      .expect(400);
    expect(tampered.text).toContain('not for this server');
    expect(tampered.text).not.toContain('evil.example');
    await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send(pick?.fields ?? {})
      .expect(200);
    // A page on another site still cannot sign anyone out.
    await request(server).post('/auth/logout').set('Origin', 'http://evil.example').expect(403);
  });

  it('refuses picks that do not answer a pending request, or come from another site', async () => {
    const forged = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send({ requestId: '_0123456789abcdef0123456789abcdef01234567', personId: ids['demo-ada'] })
      .expect(400);
    expect(forged.text).toContain('This sign-in has expired');
    expect(forged.headers['set-cookie']).toBeUndefined();

    const picker = await request(server)
      .get(await startSignIn())
      .expect(200);
    const pick = formsOf(picker.text).find((form) => form.action === '/demo-idp/sso/pick');
    const crossSite = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .set('Origin', 'https://evil.example')
      .send(pick?.fields ?? {})
      .expect(403);
    expect(crossSite.text).not.toContain('SAMLResponse');

    const nobody = await request(server)
      .post('/demo-idp/sso/pick')
      .type('form')
      .send({ ...pick?.fields, personId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect(nobody.text).toContain('Person not found');
  });

  it('explains what to do when opened without a valid request', async () => {
    const bare = await request(server).get('/demo-idp/sso').expect(400);
    expect(bare.text).toContain('Start from Ensemble');
    expect(bare.text).toContain('href="/auth/saml/login"');
    expect(await axeViolations(bare.text)).toEqual([]);
    await request(server).get('/demo-idp/sso?SAMLRequest=not-a-request').expect(400);
  });

  it('is not served when a real identity provider is configured', async () => {
    const idp = await TestIdentityProvider.create();
    const withIdp = await createTestApp({
      imports: [IdentityModule],
      env: { ...idp.env(), DATA_DIR: dataDir },
    });
    try {
      const other = withIdp.app.getHttpServer();
      await request(other).get('/demo-idp/metadata').expect(404);
      await request(other).get('/demo-idp/sso').expect(404);
      const login = await request(other).get('/auth/saml/login').expect(302);
      expect(login.headers['location']).toMatch(/^https:\/\/idp\.test\.example\/saml\/sso\?SAMLRequest=/);
    } finally {
      await withIdp.close();
    }
  });
});

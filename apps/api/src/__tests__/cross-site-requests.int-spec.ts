// Cross-site request refusal: every state-changing route outside GraphQL and the SAML ACS refuses a
// request a browser sent from another site, whatever the route (core's HTTP pipeline, not each
// controller); GraphQL relies on Apollo Server's csrfPrevention, checked here too.
import { Controller, Delete, Get, Module, Patch, Post, Put } from '@nestjs/common';
import request from 'supertest';
import { Authenticated } from '@ensemble/api/core';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, insertPerson } from './profile-test-helpers';

/** Any route added later gets the same protection without doing anything. */
@Controller('api/probe')
@Authenticated()
class ProbeController {
  @Get() read() {
    return { ok: true };
  }
  @Post() create() {
    return { ok: true };
  }
  @Put() replace() {
    return { ok: true };
  }
  @Patch() change() {
    return { ok: true };
  }
  @Delete() remove() {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const OWN = 'http://127.0.0.1:3999'; // PUBLIC_URL of testConfig()
const EVIL = 'https://evil.example';
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('cross-site requests', () => {
  let test: TestApp;
  let cookie: string;
  let me: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule, ProbeModule] });
    me = await insertPerson(test, { given: 'Cross', family: 'Site' });
    ({ me: cookie } = await cookiesFor(test, { me }));
  });
  afterAll(() => test.close());

  const server = () => test.app.getHttpServer();
  const refused = { error: { code: 'CROSS_SITE_REQUEST_REFUSED', message: expect.any(String) } };
  const avatars = async () =>
    (await test.db.client.query(`SELECT count(*)::int AS n FROM avatar`)).rows[0].n as number;

  it('refuses sign-out posted from another site, and the session lives on', async () => {
    const { me: own } = await cookiesFor(test, { me });
    const forged = await request(server()).post('/auth/logout').set('Cookie', own).set('Origin', EVIL);
    expect(forged.status).toBe(403);
    expect(forged.body).toEqual(refused);
    expect(forged.headers['set-cookie']).toBeUndefined();
    await request(server()).get('/api/probe').set('Cookie', own).expect(200);

    await request(server()).post('/auth/logout').set('Cookie', own).set('Origin', OWN).expect(303);
    await request(server()).get('/api/probe').set('Cookie', own).expect(401);
  });

  it('refuses avatar uploads and deletions from another site, storing and deleting nothing', async () => {
    const upload = (origin: string) =>
      request(server())
        .post('/api/avatar')
        .set('Cookie', cookie)
        .set('Origin', origin)
        .attach('file', PNG_1X1, { filename: 'me.png', contentType: 'image/png' });
    expect((await upload(EVIL)).status).toBe(403);
    expect(await avatars()).toBe(0);
    expect((await upload(OWN)).status).toBe(201);
    const deleted = await request(server()).delete('/api/avatar').set('Cookie', cookie).set('Origin', EVIL);
    expect({ status: deleted.status, body: deleted.body }).toEqual({ status: 403, body: refused });
    expect(await avatars()).toBe(1);
  });

  it('covers the HR import, added after it, without the route doing anything', async () => {
    const hr = await insertPerson(test, { given: 'Hilda', family: 'Hr', roles: ['employee', 'hr'] });
    const { hr: hrCookie } = await cookiesFor(test, { hr });
    const csv = 'employee_id,email,given_name,family_name\nforged-1,forged@example.com,Forged,Person\n';
    const people = async () =>
      (await test.db.client.query(`SELECT count(*)::int AS n FROM person`)).rows[0].n as number;
    const before = await people();
    const forged = await request(server())
      .post('/api/hr-import?apply=true')
      .set('Cookie', hrCookie)
      .set('Origin', EVIL)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect({ status: forged.status, body: forged.body }).toEqual({ status: 403, body: refused });
    expect(await people()).toBe(before);
    const own = await request(server())
      .post('/api/hr-import')
      .set('Cookie', hrCookie)
      .set('Origin', OWN)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(own.status).toBe(200);
  });

  it('decides by Origin, else Sec-Fetch-Site, else Referer, for every state-changing method of any route', async () => {
    const cases: Array<[Record<string, string>, 'refused' | 'allowed']> = [
      [{ Origin: EVIL }, 'refused'],
      [{ Origin: 'null' }, 'refused'],
      [{ Origin: 'http://127.0.0.1:4000' }, 'refused'], // another port is another origin
      [{ Origin: OWN }, 'allowed'],
      [{ Origin: OWN, 'Sec-Fetch-Site': 'cross-site' }, 'allowed'], // Origin speaks first
      [{ 'Sec-Fetch-Site': 'cross-site' }, 'refused'],
      [{ 'Sec-Fetch-Site': 'same-site' }, 'refused'],
      [{ 'Sec-Fetch-Site': 'same-origin' }, 'allowed'],
      [{ 'Sec-Fetch-Site': 'none' }, 'allowed'],
      [{ Referer: `${EVIL}/page` }, 'refused'],
      [{ Referer: 'not a url' }, 'refused'],
      [{ Referer: `${OWN}/me` }, 'allowed'],
      [{}, 'allowed'], // no browser signal at all: curl, scripts (no ambient cookies to abuse)
    ];
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      for (const [headers, outcome] of cases) {
        const response = await request(server())[method]('/api/probe').set('Cookie', cookie).set(headers);
        const seen = response.status === 403 && response.body.error?.code === 'CROSS_SITE_REQUEST_REFUSED';
        expect({
          method,
          headers,
          outcome: seen ? 'refused' : 'allowed',
          ok: response.status < 300 || seen,
        }).toEqual({ method, headers, outcome, ok: true });
      }
    }
    // Reading is never refused: GET, HEAD and OPTIONS cannot change anything.
    await request(server()).get('/api/probe').set('Cookie', cookie).set('Origin', EVIL).expect(200);
  });

  it('lets the IdP post to the SAML ACS from its own site (the response itself is checked there)', async () => {
    const response = await request(server())
      .post('/auth/saml/acs')
      .set('Origin', 'https://idp.example')
      .type('form')
      .send({ SAMLResponse: Buffer.from('hello').toString('base64') });
    expect({ status: response.status, code: response.body.error.code }).toEqual({
      status: 400,
      code: 'SAML_RESPONSE_MALFORMED',
    });
  });

  it('GraphQL: Apollo refuses mutations sent the ways a foreign page can send them without a preflight', async () => {
    const mutation = JSON.stringify({
      query: 'mutation { updateMyProfile(input: { headline: "Forged" }) { headline } }',
    });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await request(server())
        .post('/graphql')
        .set('Cookie', cookie)
        .set('Origin', EVIL)
        .set('Content-Type', contentType)
        .send(mutation);
      expect({ contentType, status: response.status }).toEqual({ contentType, status: 400 });
      expect(response.text).toMatch(/Cross-Site Request Forgery/);
    }
    const { rows } = await test.db.client.query(`SELECT headline FROM person WHERE id = $1`, [me]);
    expect(rows[0]?.headline ?? null).toBeNull();
  });
});

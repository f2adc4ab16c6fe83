// Avatar upload and serving over HTTP: accepted by magic bytes only, size and dimension limits,
// inert serving headers, ETag revalidation, nothing stored on refusal.
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';
import { cookiesFor, graphql, insertPerson } from './profile-test-helpers';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** A PNG header claiming the given size (the pixels are never decoded, the header is enough). */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.from(PNG_1X1.subarray(0, 33));
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

describe('avatar upload', () => {
  let test: TestApp;
  let me: string;
  let cookie: string;
  let other: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
    me = await insertPerson(test, { given: 'Ava', family: 'Tar' });
    const otherId = await insertPerson(test, { given: 'Oz', family: 'Other' });
    ({ me: cookie, other } = await cookiesFor(test, { me, other: otherId }));
  });
  afterAll(() => test.close());

  const server = () => test.app.getHttpServer();
  const upload = (
    file: Buffer,
    filename = 'me.png',
    contentType = 'image/png',
    asCookie: string | null = cookie,
  ) => {
    const call = request(server()).post('/api/avatar');
    if (asCookie) call.set('cookie', asCookie);
    return call.attach('file', file, { filename, contentType });
  };
  const stored = async () =>
    (await test.db.client.query(`SELECT count(*)::int AS n FROM avatar`)).rows[0].n as number;

  it('refuses a non-image even when named .png and sent as image/png, storing nothing', async () => {
    for (const hostile of [
      '<html><body><script>alert(document.cookie)</script></body></html>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    ]) {
      const response = await upload(Buffer.from(hostile), 'me.png', 'image/png');
      expect(response.status).toBe(415);
      expect(response.body.error.code).toBe('AVATAR_UNSUPPORTED_TYPE');
    }
    expect(await stored()).toBe(0);
  });

  it('refuses more than 2 MB with 413 and stores nothing', async () => {
    const big = Buffer.concat([PNG_1X1, Buffer.alloc(2 * 1024 * 1024)]);
    const response = await upload(big);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('AVATAR_TOO_LARGE');
    expect(await stored()).toBe(0);
  });

  it('refuses an image over 4096 pixels on a side, read from its header', async () => {
    const response = await upload(pngHeader(5000, 10));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('AVATAR_TOO_LARGE');
    expect(response.body.error.message).toMatch(/5000×10/);
    expect(await stored()).toBe(0);
  });

  it('says BAD_USER_INPUT when no file is sent, and needs a session', async () => {
    const none = await request(server()).post('/api/avatar').set('cookie', cookie).field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('BAD_USER_INPUT');
    const wrongField = await request(server())
      .post('/api/avatar')
      .set('cookie', cookie)
      .attach('picture', PNG_1X1, 'a.png');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.code).toBe('BAD_USER_INPUT');
    const anonymous = await upload(PNG_1X1, 'me.png', 'image/png', null);
    expect(anonymous.status).toBe(401);
    expect(await stored()).toBe(0);
  });

  it('accepts a PNG whatever the client calls it, and serves it inert with an ETag', async () => {
    const response = await upload(PNG_1X1, 'photo.txt', 'text/plain');
    expect(response.status).toBe(201);
    expect(response.body.contentType).toBe('image/png');
    expect(response.body.avatarUrl).toMatch(new RegExp(`^/api/avatar/${me}\\?v=[0-9a-f]{12}$`));

    const served = await request(server()).get(response.body.avatarUrl).set('cookie', other).buffer(true);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(served.headers['cache-control']).toBe('private, max-age=300');
    expect(served.headers['content-disposition']).toBe('inline');
    expect(Buffer.compare(served.body as Buffer, PNG_1X1)).toBe(0);

    const etag = served.headers['etag'];
    const revalidated = await request(server())
      .get(`/api/avatar/${me}`)
      .set('cookie', other)
      .set('if-none-match', String(etag));
    expect(revalidated.status).toBe(304);

    // Visible to every signed-in person, through GraphQL too; not to anonymous visitors.
    const gql = graphql(test);
    const viaGraphql = await gql(
      other,
      `query($id: ID!) { person(id: $id) { avatarUrl profileCompleteness { percent } } }`,
      { id: me },
    );
    expect(viaGraphql.body.data['person'].avatarUrl).toBe(response.body.avatarUrl);
    const anonymous = await request(server()).get(`/api/avatar/${me}`);
    expect(anonymous.status).toBe(401);
    const audit = await test.db.client.query(`SELECT action FROM audit_event WHERE action LIKE 'avatar.%'`);
    expect(audit.rows).toEqual([{ action: 'avatar.updated' }]);
  });

  it('replaces the picture with a GIF (new version in the URL) and deletes it', async () => {
    const before = (await test.db.client.query(`SELECT avatar_url FROM person WHERE id = $1`, [me])).rows[0]
      .avatar_url;
    const replaced = await upload(GIF_1X1, 'x.png', 'image/png');
    expect(replaced.status).toBe(201);
    expect(replaced.body.contentType).toBe('image/gif');
    expect(replaced.body.avatarUrl).not.toBe(before);
    const served = await request(server()).get(`/api/avatar/${me}`).set('cookie', cookie);
    expect(served.headers['content-type']).toBe('image/gif');

    const deleted = await request(server()).delete('/api/avatar').set('cookie', cookie);
    expect(deleted.status).toBe(204);
    expect(await stored()).toBe(0);
    const gone = await request(server()).get(`/api/avatar/${me}`).set('cookie', cookie);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('NOT_FOUND');
    const person = await test.db.client.query(`SELECT avatar_url FROM person WHERE id = $1`, [me]);
    expect(person.rows[0].avatar_url).toBeNull();
  });
});

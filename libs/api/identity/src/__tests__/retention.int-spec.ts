import { Client } from 'pg';
import { RetentionService, RETENTION_BATCH } from '@ensemble/api/core';
import { createTestApp, createTestDatabase, type TestApp, type TestDatabase } from '@ensemble/api/core/testing';
import { IdentityModule } from '../index';
import { TestIdentityProvider } from '../testing';

jest.setTimeout(60_000);

const NOW_MS = `(extract(epoch FROM now()) * 1000)::bigint`;

/** One row of each kind on each side of its retention. */
async function arrange(db: TestDatabase): Promise<void> {
  const { rows } = await db.client.query(
    `INSERT INTO person (external_id, email, given_name, family_name) VALUES ('kept-1', 'kept@example.com', 'Kept', 'Person') RETURNING id`,
  );
  const person = rows[0].id;
  await db.client.query(
    `INSERT INTO session (sid, person_id, data, expires_at) VALUES
       ('expired', $1, '{}', now() - interval '1 second'), ('live', $1, '{}', now() + interval '1 hour')`,
    [person],
  );
  await db.client.query(
    `INSERT INTO saml_replay (kind, key, expires_at) VALUES
       ('request', 'expired-request', now() - interval '1 second'), ('request', 'live-request', now() + interval '10 minutes'),
       ('assertion', 'expired-assertion', now() - interval '1 second'), ('assertion', 'live-assertion', now() + interval '5 minutes')`,
  );
  await db.client.query(
    `INSERT INTO audit_event (action, occurred_at) VALUES
       ('old', now() - interval '31 days'), ('recent', now() - interval '29 days'), ('today', now())`,
  );
  await db.client.query(
    `INSERT INTO rate_limit (key, points, expire) VALUES ('expired', 5, ${NOW_MS} - 1000), ('live', 5, ${NOW_MS} + 60000)`,
  );
}

async function remaining(db: TestDatabase) {
  const column = async (sql: string) => (await db.client.query(sql)).rows.map((row) => Object.values(row)[0]);
  return {
    session: await column(`SELECT sid FROM session ORDER BY sid`),
    saml_replay: await column(`SELECT key FROM saml_replay ORDER BY key`),
    audit_event: await column(`SELECT action FROM audit_event ORDER BY action`),
    rate_limit: await column(`SELECT key FROM rate_limit ORDER BY key`),
  };
}

describe('retention purge', () => {
  let idp: TestIdentityProvider;
  let test: TestApp;
  beforeAll(async () => {
    idp = await TestIdentityProvider.create();
    test = await createTestApp({ imports: [IdentityModule], env: { ...idp.env(), AUDIT_RETENTION_DAYS: '30' } });
  });
  afterAll(() => test.close());

  it('deletes expired sessions, SAML ids and rate-limit counters and audit events past retention, keeping the rest', async () => {
    await arrange(test.db);
    const report = await test.app.get(RetentionService).purge();
    expect(report).toEqual({ rate_limit: 1, session: 1, saml_replay: 2, audit_event: 1 });
    expect(await remaining(test.db)).toEqual({
      session: ['live'],
      saml_replay: ['live-assertion', 'live-request'],
      audit_event: ['recent', 'today'],
      rate_limit: ['live'],
    });
  });

  it('deletes in batches until nothing expired is left', async () => {
    const rows = RETENTION_BATCH * 2 + 7;
    await test.db.client.query(
      `INSERT INTO rate_limit (key, points, expire) SELECT 'k' || n, 1, ${NOW_MS} - 1000 FROM generate_series(1, $1) n`,
      [rows],
    );
    const report = await test.app.get(RetentionService).purge();
    expect(report?.['rate_limit']).toBe(rows);
    expect((await test.db.client.query(`SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'k%'`)).rows[0].n).toBe(0);
  });

  it('runs once across instances: while another holds the purge lock, a purge does nothing', async () => {
    await test.db.client.query(`INSERT INTO session (sid, data, expires_at) VALUES ('expired-too', '{}', now() - interval '1 second')`);
    const other = new Client({ connectionString: test.db.url });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('ensemble.retention'))`);
      expect(await test.app.get(RetentionService).purge()).toBeNull();
      expect((await remaining(test.db)).session).toContain('expired-too');
      await other.query(`SELECT pg_advisory_unlock(hashtext('ensemble.retention'))`);
      expect(await test.app.get(RetentionService).purge()).toMatchObject({ session: 1 });
    } finally {
      await other.end();
    }
  });

  it('keeps audit events for ever when AUDIT_RETENTION_DAYS is 0', async () => {
    const keeper = await createTestApp({ imports: [IdentityModule], env: { ...idp.env(), AUDIT_RETENTION_DAYS: '0' } });
    try {
      await keeper.db.client.query(`INSERT INTO audit_event (action, occurred_at) VALUES ('ancient', now() - interval '20 years')`);
      const report = await keeper.app.get(RetentionService).purge();
      expect(report).not.toHaveProperty('audit_event');
      expect((await remaining(keeper.db)).audit_event).toEqual(['ancient']);
    } finally {
      await keeper.close();
    }
  });

  it('runs in the background every RETENTION_PURGE_MINUTES', async () => {
    const db = await createTestDatabase();
    // 0.002 minutes: every 120 ms.
    const background = await createTestApp({ imports: [IdentityModule], env: { ...idp.env(), RETENTION_PURGE_MINUTES: '0.002' }, db });
    try {
      await db.client.query(`INSERT INTO saml_replay (kind, key, expires_at) VALUES ('request', 'stale', now() - interval '1 second')`);
      const deadline = Date.now() + 20_000;
      while ((await remaining(db)).saml_replay.length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect((await remaining(db)).saml_replay).toEqual([]);
    } finally {
      await background.close();
    }
  });
});

import { Client } from 'pg';
import { createTestDatabase } from '../../testing';

describe('test database harness', () => {
  it('gives each test file its own migrated database', async () => {
    const db = await createTestDatabase();
    try {
      const tables = await db.client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['audit_event', 'department', 'person', 'saml_replay', 'session']),
      );
    } finally {
      await db.drop();
    }
    const admin = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await admin.connect();
    const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    await admin.end();
    expect(left.rowCount).toBe(0);
  });
});

// Lives beside the server it starts (jest loads a global set-up without its path aliases).
// Starts one throwaway embedded PostgreSQL for the whole jest run when TEST_DATABASE_URL is not given.
// Each integration test file then creates (and drops) its own database on it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  const dataDir = join(mkdtempSync(join(tmpdir(), "ensemble-jest-")), 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false });
  process.env['TEST_DATABASE_URL'] = server.adminUrl;
  (globalThis as Record<string, unknown>)['__ENSEMBLE_TEST_PG__'] = server;
}

import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'ensemble';

/**
 * The database the app uses: DATABASE_URL when set, else a real PostgreSQL run embedded with its data
 * under DATA_DIR/postgres (started here and stopped by `stop`). With `stopOnSignals: false` an
 * embedded server is stopped only by `stop` (the caller handles SIGINT/SIGTERM/SIGHUP), not also by
 * the library at the same moment.
 */
export async function openDatabaseServer(
  config: AppConfig,
  log: (line: string) => void,
  { stopOnSignals = true }: { stopOnSignals?: boolean } = {},
): Promise<DatabaseServer> {
  if (config.database.url) {
    return { url: config.database.url, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.database.embeddedPort,
    persistent: true,
    stopOnSignals,
    log: (line) => {
      if (/FATAL|ERROR|PANIC/.test(line)) log(line);
    },
  });
  await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

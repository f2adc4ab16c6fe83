/**
 * A throwaway database for a benchmark: on the server at `serverUrl` (TEST_DATABASE_URL or
 * DATABASE_URL) when given, else in an embedded PostgreSQL started for the run. `drop()` removes it
 * (and stops the embedded server, deleting its files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@ensemble/api/core';

export interface ScratchDatabase {
  url: string;
  where: string;
  drop(): Promise<void>;
}

/** The server the benchmarks create their scratch database on, if the environment names one. */
export function benchServerUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['TEST_DATABASE_URL'] || env['DATABASE_URL'] || undefined;
}

export async function openScratchDatabase(serverUrl: string | undefined): Promise<ScratchDatabase> {
  const name = `ensemble_bench_${randomBytes(4).toString('hex')}`;
  if (serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      where: `database ${name} on ${url.host}`,
      async drop() {
        const cleanup = new Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => cleanup.end());
      },
    };
  }
  const dataDir = join(mkdtempSync(join(tmpdir(), 'ensemble-bench-')), 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false });
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
  return {
    url: server.urlFor(name),
    where: `an embedded PostgreSQL in ${dataDir}`,
    async drop() {
      await server.stop();
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

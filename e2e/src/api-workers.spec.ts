import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { E2E_PG_ADMIN_URL } from './constants';
import { isAlive, startServer, waitForReady } from './server-process';

/**
 * API_WORKERS=2 (docs/adr/0011): the start command prepares the database once, then two API
 * processes share the port; one that dies is replaced, and stopping the server stops them all.
 */
const PORT = 3113;
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = 'ensemble_api_workers';

/** The server's API processes (its node:cluster workers). */
const workersOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
};

test('API_WORKERS=2 serves from two processes, replaces one that dies and stops them all', async () => {
  const admin = new Client({ connectionString: E2E_PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  const started = startServer({
    PORT: String(PORT),
    PUBLIC_URL: BASE,
    DATABASE_URL: E2E_PG_ADMIN_URL.replace(/\/postgres$/, `/${DATABASE}`),
    DATA_DIR: `tmp/e2e-api-workers`,
    SEED_DEMO_PEOPLE: '20',
    API_WORKERS: '2',
    LOG_LEVEL: 'warn',
  });
  const primary = started.server.pid as number;
  try {
    await waitForReady(BASE, started);
    // The first process may answer before the second listens; the banner waits for both.
    await expect.poll(started.output, { timeout: 60_000 }).toContain('2 API processes share the port');
    const workers = workersOf(primary);
    expect(workers).toHaveLength(2);

    // Requests on many connections at once all succeed (the workers take connections in turn).
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${BASE}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ query: '{ viewer { id } }' }),
        }).then(async (response) => ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> })),
      ),
    );
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(Array(20).fill('UNAUTHENTICATED'));

    // A worker that dies is replaced, and the port keeps answering.
    process.kill(workers[0] as number, 'SIGKILL');
    await expect.poll(() => workersOf(primary).filter((pid) => pid !== workers[0]).length, { timeout: 30_000 }).toBe(2);
    await waitForReady(BASE, started);
  } finally {
    const before = workersOf(primary);
    started.server.kill('SIGTERM');
    await new Promise((done) => started.server.once('exit', done));
    expect(before.filter(isAlive)).toEqual([]);
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.end();
  }
});

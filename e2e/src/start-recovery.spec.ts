import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isAlive, startServer, waitForReady, type ServerProcess } from './server-process';

/**
 * `npm start` after a run that was killed outright (kill -9, a closed terminal): the orphaned
 * PostgreSQL still holds the data directory. The next start must stop it and come up on the same data.
 */
const PORT = 3112;
const PG_PORT = 54341;
const BASE = `http://127.0.0.1:${PORT}`;

function start(dataDir: string): ServerProcess {
  return startServer({
    PORT: String(PORT),
    PUBLIC_URL: BASE,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(PG_PORT),
    SEED_DEMO_PEOPLE: '50',
    LOG_LEVEL: 'info',
  });
}

/** Whether the embedded PostgreSQL of `dataDir` is still running. */
function postmasterLeftRunning(dataDir: string): boolean {
  try {
    return isAlive(Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    return false; // no pid file: it stopped and removed it
  }
}

/**
 * Sends `signal` to the server: it exits 0 having stopped the app before its embedded database (the
 * database never ends the app's connections under it) and leaves no PostgreSQL running.
 */
async function expectOrderlyStop({ server, output }: ServerProcess, signal: NodeJS.Signals, dataDir: string): Promise<void> {
  server.kill(signal);
  const code = await new Promise((done) => server.once('exit', done));
  expect(code).toBe(0);
  expect(output()).toContain(`Received ${signal}: shutting down`);
  expect(output()).not.toMatch(/terminating connection due to administrator command|pool raised an error/);
  expect(postmasterLeftRunning(dataDir)).toBe(false);
}

test('a start after a killed run recovers the embedded database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-recovery-'));
  let current: ChildProcess | undefined;
  try {
    const first = start(dataDir);
    current = first.server;
    await waitForReady(BASE, first);
    expect(first.output()).toContain('Seeded a demo company of 50 people');
    first.server.kill('SIGKILL');
    await new Promise((done) => first.server.once('exit', done));
    const orphan = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(orphan)).toBe(true);

    const second = start(dataDir);
    current = second.server;
    await waitForReady(BASE, second);
    expect(isAlive(orphan)).toBe(false);
    // Same data: the demo company seeded by the first run is still there and is not seeded twice.
    expect(second.output()).not.toMatch(/Seeded a demo company/);
    expect(second.output()).toContain('Ensemble is running');

    // SIGINT to the server stops the app and the embedded database with it, in that order: the
    // database never ends the app's connections under it (embedded-postgres's own signal handler
    // used to stop it at the same moment).
    await expectOrderlyStop(second, 'SIGINT', dataDir);
    current = undefined;
  } finally {
    if (current && current.exitCode === null) {
      current.kill('SIGTERM');
      await new Promise((done) => current?.once('exit', done));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a closed terminal (SIGHUP) stops the app, then its embedded database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-hangup-'));
  const started = start(dataDir);
  try {
    await waitForReady(BASE, started);
    await expectOrderlyStop(started, 'SIGHUP', dataDir);
  } finally {
    if (started.server.exitCode === null) {
      started.server.kill('SIGTERM');
      await new Promise((done) => started.server.once('exit', done));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});

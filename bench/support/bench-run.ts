/**
 * The frame the API benchmarks run in: whole-number options; a migrated scratch database with a
 * client (for seeding) and a pool (for the SQL side); the API app on it with a kept-alive agent; the
 * SQL statements each request took; and everything removed at the end whatever happens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool, type PoolConfig } from 'pg';
import { runMigrations } from '@ensemble/api/core';
import type { Viewer } from '@ensemble/api/people';
import { startBenchApi, type BenchApi } from './bench-api';
import { benchServerUrl, openScratchDatabase } from './scratch-database';
import { out } from './stats';

/** Throws unless every option is a whole number (options named as on the command line). */
export function checkWholeNumbers(options: Record<string, number>): void {
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number (got ${value})`);
  }
}

export interface ScratchRun {
  url: string;
  /** The API app's data directory. */
  dataDir: string;
  client: Client;
  pool: Pool;
}

/** Runs `body` on a migrated scratch database (TEST_DATABASE_URL, DATABASE_URL or embedded), then drops it. */
export async function inScratchDatabase<T>(
  poolConfig: Pick<PoolConfig, 'max' | 'options'>,
  body: (run: ScratchRun) => Promise<T>,
): Promise<T> {
  const database = await openScratchDatabase(benchServerUrl());
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-bench-data-'));
  try {
    out(`Scratch ${database.where}`);
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url, application_name: 'ensemble-bench' });
    await client.connect();
    const pool = new Pool({
      connectionString: database.url,
      application_name: 'ensemble-bench-sql',
      ...poolConfig,
    });
    try {
      return await body({ url: database.url, dataDir, client, pool });
    } finally {
      await pool.end();
      await client.end();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    out(`Dropped the scratch ${database.where}`);
  }
}

/** Runs `body` against the API app started on the scratch database, with one kept-alive connection. */
export async function withBenchApi<T>(
  run: ScratchRun,
  viewer: Viewer,
  body: (api: BenchApi, agent: Agent) => Promise<T>,
): Promise<T> {
  const api = await startBenchApi(run.url, run.dataDir, viewer);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    return await body(api, agent);
  } finally {
    agent.destroy();
    await api.app.close();
  }
}

/** How many SQL statements the requests took (their X-SQL-Statements headers). */
export class StatementTally {
  private readonly counts = new Map<number, number>();
  /** The most any request took (Infinity when one did not say). */
  max = 0;

  add(statements: number): void {
    this.counts.set(statements, (this.counts.get(statements) ?? 0) + 1);
    this.max = Math.max(this.max, Number.isNaN(statements) ? Infinity : statements);
  }

  /** "5 statements × 12, 6 statements × 988". */
  toString(): string {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([count, times]) => `${count} statements × ${times}`)
      .join(', ');
  }
}

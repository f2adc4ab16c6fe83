/**
 * Test harness for integration tests: every test file gets its own fresh database with all
 * migrations applied on the test server (TEST_DATABASE_URL, or the embedded server that jest's global
 * set-up starts), and an application composed of exactly the modules it tests, driven over HTTP.
 */
import { randomBytes } from 'node:crypto';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from './config/config';
import { JsonLogger } from './logging/json-logger';
import { CoreModule } from './core.module';
import { runMigrations } from './database/data-source';
import { createApiApplication } from './http/create-app';

export interface TestDatabase {
  url: string;
  name: string;
  /** A connected `pg` client for arranging and asserting data directly. */
  client: Client;
  drop(): Promise<void>;
}

function testServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest (its global set-up provides one).');
  return url;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `ensemble_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  await runMigrations(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    name,
    client,
    async drop() {
      await client.end().catch(() => undefined);
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '3999',
    PUBLIC_URL: 'http://127.0.0.1:3999',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    DATA_DIR: '/tmp/ensemble-test-data',
    LOG_LEVEL: 'error',
    // Tests run the saved-search check themselves, when they want it.
    SAVED_SEARCH_CHECK_MINUTES: '0',
    PROJECT_DEADLINE_CHECK_MINUTES: '0',
    RETENTION_PURGE_MINUTES: '0',
    ...overrides,
  });
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: TestDatabase;
  close(): Promise<void>;
}

/** Boots the given domain modules on the core platform against a fresh database. */
export async function createTestApp(options: {
  imports: Array<Type<unknown> | DynamicModule>;
  env?: Record<string, string>;
  db?: TestDatabase;
}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const config = testConfig({ DATABASE_URL: db.url, ...options.env });
  const logger = new JsonLogger(config.logLevel);

  @Module({ imports: [CoreModule.forRoot(config, logger, db.url), ...options.imports] })
  class TestRootModule {}

  const app = await createApiApplication(TestRootModule, config, logger);
  await app.init();
  return {
    app,
    config,
    db,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

// The per-field text vectors people search used before the in-process index, as migration
// 1764400000000-discovery created them: bench/people-search recreates them for its PostgreSQL-only baseline.
export { createPersonTextVectors } from './database/migrations/1764400000000-discovery';

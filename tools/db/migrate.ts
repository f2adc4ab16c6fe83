// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { ConfigError, exitWhenFlushed, loadConfig, openDatabaseServer, runMigrations } from '@ensemble/api/core';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabaseServer(config, (line) => process.stderr.write(`${line}\n`));
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database schema is up to date.\n');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  void exitWhenFlushed(1);
});

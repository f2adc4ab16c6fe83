import 'reflect-metadata';
import {
  ConfigError,
  JsonLogger,
  createApiApplication,
  loadConfig,
  openDatabaseServer,
  runMigrations,
  type AppConfig,
  type DatabaseServer,
} from '@ensemble/api/core';
import { seedDemoCompanyIfEmpty } from '@ensemble/api/demo-data';
import { AppModule } from './app.module';

/**
 * Starts Ensemble: validated config → database (DATABASE_URL or embedded) → migrations → demo data on
 * an empty database (outside production) → API and web app on one port.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\nSee the README for every variable and its meaning.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const startedAt = Date.now();

  let database: DatabaseServer | undefined;
  let closing = false;
  const shutdown = async (signal: string, app?: { close(): Promise<void> }) => {
    if (closing) return;
    closing = true;
    logger.event('info', `Received ${signal}: shutting down`);
    await app?.close().catch((error: unknown) => logger.event('error', 'Error while closing the app', { error: String(error) }));
    await database?.stop().catch((error: unknown) => logger.event('error', 'Error while stopping the database', { error: String(error) }));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  database = await openDatabaseServer(config, (line) => logger.event('warn', line, { context: 'postgres' }));
  if (database.embedded) logger.event('info', 'Embedded PostgreSQL is running', { dataDir: config.dataDir });

  const applied = await runMigrations(database.url);
  logger.event('info', applied.length ? `Applied ${applied.length} migration(s)` : 'Database schema is up to date', { applied });

  if (config.seedDemoPeople > 0) {
    const seeded = await seedDemoCompanyIfEmpty(database.url, { people: config.seedDemoPeople, seed: 42 });
    if (seeded) logger.event('info', `Seeded a demo company of ${seeded.people} people`, seeded);
  }

  const app = await createApiApplication(AppModule.register(config, logger, database.url), config, logger);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void shutdown('SIGINT', app));
  process.once('SIGTERM', () => void shutdown('SIGTERM', app));
  await app.listen(config.port, config.host);

  const lines = [
    '',
    `  Ensemble is running at ${config.publicUrl}  (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    config.demoIdp
      ? '  Sign in: open the URL, choose "Sign in with SSO" and pick any demo employee at the demo identity provider.'
      : `  Sign in through your identity provider; SP metadata: ${config.publicUrl}/auth/saml/metadata`,
    database.embedded ? `  Database: embedded PostgreSQL, data in ${config.dataDir}/postgres` : '  Database: DATABASE_URL',
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Ensemble could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

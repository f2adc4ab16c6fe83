import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import {
  ConfigError,
  JsonLogger,
  createApiApplication,
  loadConfig,
  openDatabaseServer,
  runMigrations,
  type AppConfig,
} from '@ensemble/api/core';
import { Client } from 'pg';
import { seedDemoCompanyIfEmpty } from '@ensemble/api/demo-data';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import { AppModule } from './app.module';

/** How the primary hands its workers the database it prepared (embedded servers pick their port at start). */
const WORKER_DATABASE_URL = 'ENSEMBLE_WORKER_DATABASE_URL';

/** Ctrl-C, a process manager, a closed terminal. */
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Things to stop on shutdown, newest first (the app before the database it uses). */
const stoppers: Array<() => Promise<void>> = [];
let stopping = false;

async function stopAll(logger: JsonLogger | undefined, exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const stop of stoppers.reverse()) {
      await stop().catch((error: unknown) => logger?.event('error', 'Error during shutdown', { error: String(error) }));
    }
  }
  process.exit(exitCode);
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'ensemble-start' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\nThe README lists every variable and its meaning.\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Starts Ensemble: validated config → database (DATABASE_URL or embedded) → migrations → demo data on
 * an empty database (outside production) → API and web app on one port.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.logLevel);
  const startedAt = Date.now();
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      logger.event('info', `Received ${signal}: shutting down`);
      void stopAll(logger, 0);
    });
  }

  try {
    // This process stops the embedded database itself, after the app and the API processes (stopAll).
    const database = await openDatabaseServer(config, (line) => logger.event('warn', line, { context: 'postgres' }), {
      stopOnSignals: false,
    });
    stoppers.push(() => database.stop());
    if (database.embedded) logger.event('info', 'Embedded PostgreSQL is running', { dataDir: config.dataDir });

    const applied = await runMigrations(database.url);
    logger.event('info', applied.length ? `Applied ${applied.length} migration(s)` : 'Database schema is up to date', { applied });

    // The starter skill taxonomy ships with the product; re-applying it is a no-op when up to date.
    const taxonomy = await withClient(database.url, (client) => applyStarterTaxonomy(client));
    if (taxonomy.skills.inserted + taxonomy.skills.updated > 0) {
      logger.event('info', 'Installed the starter skill taxonomy', { ...taxonomy.skills });
    }

    if (config.seedDemoPeople > 0) {
      const seeded = await seedDemoCompanyIfEmpty(database.url, { people: config.seedDemoPeople, seed: 42 });
      if (seeded) logger.event('info', `Seeded a demo company of ${seeded.people} people`, { ...seeded });
    }

    if (config.apiWorkers > 1) {
      await startWorkers(config.apiWorkers, database.url, logger);
    } else {
      const app = await createApiApplication(AppModule.register(config, logger, database.url), config, logger);
      stoppers.push(() => app.close());
      await app.listen(config.port, config.host);
    }

    process.stdout.write(
      [
        '',
        `  Ensemble is running at ${config.publicUrl}  (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
        config.demoIdp
          ? '  Sign in: open the URL, choose "Sign in with SSO" and pick any demo employee at the demo identity provider.'
          : `  Sign in through your identity provider. Service provider metadata: ${config.publicUrl}/auth/saml/metadata`,
        database.embedded ? `  Database: embedded PostgreSQL, data in ${config.dataDir}/postgres` : '  Database: DATABASE_URL',
        ...(config.apiWorkers > 1 ? [`  ${config.apiWorkers} API processes share the port (API_WORKERS).`] : []),
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n') + '\n',
    );
  } catch (error) {
    process.stderr.write(`Ensemble could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await stopAll(logger, 1);
  }
}

/**
 * API_WORKERS > 1: this (primary) process keeps the database it prepared and forks that many API
 * processes, which share the port (node:cluster hands them connections in turn). Resolves once all
 * listen; a worker that dies later is replaced. Stopping stops the workers before the database.
 */
async function startWorkers(count: number, databaseUrl: string, logger: JsonLogger): Promise<void> {
  const workers = new Set<Worker>();
  const fork = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork({ [WORKER_DATABASE_URL]: databaseUrl });
      workers.add(worker);
      let ready = false;
      worker.on('message', (message: { type?: string }) => {
        if (message?.type !== 'ready') return;
        ready = true;
        resolve();
      });
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        if (!ready) return reject(new Error(`an API process ended while starting (code ${code}, signal ${signal})`));
        // Exit code 0: it was told to stop (Ctrl-C reaches every process of the group).
        if (stopping || code === 0) return;
        logger.event('error', 'An API process ended; starting another', { pid: worker.process.pid, code, signal });
        fork().catch((error: unknown) => {
          // A replacement still starting when the server is told to stop ends too: that is no failure.
          if (stopping) return;
          logger.event('error', 'Could not replace an API process', { error: String(error) });
          void stopAll(logger, 1);
        });
      });
    });
  stoppers.push(async () => {
    await Promise.all(
      [...workers].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const timeout = setTimeout(() => worker.process.kill('SIGKILL'), 10_000);
            worker.once('exit', () => {
              clearTimeout(timeout);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  });
  await Promise.all(Array.from({ length: count }, fork));
}

/** One API process of several (API_WORKERS > 1): the database is ready; serve until told to stop. */
async function worker(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.logLevel);
  const databaseUrl = process.env[WORKER_DATABASE_URL];
  if (!databaseUrl) throw new Error(`${WORKER_DATABASE_URL} is not set: API processes are started by the primary`);
  for (const signal of SHUTDOWN_SIGNALS) process.once(signal, () => void stopAll(logger, 0));
  try {
    const app = await createApiApplication(AppModule.register(config, logger, databaseUrl), config, logger);
    stoppers.push(() => app.close());
    await app.listen(config.port, config.host);
    process.send?.({ type: 'ready' });
  } catch (error) {
    process.stderr.write(`An API process could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await stopAll(logger, 1);
  }
}

void (cluster.isWorker ? worker() : main());

/**
 * `seed`: fills a database with a generated demo company.
 *
 *   [DATABASE_URL=postgres://…] seed --people 100000 --seed 42 [--reset]
 *
 * Exit codes: 0 seeded, 1 refused or failed, 2 bad command line.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ConfigError, exitWhenFlushed, loadConfig, openDatabaseServer, runMigrations } from '@ensemble/api/core';
import {
  DatabaseNotEmptyError,
  generateCompany,
  isDatabaseEmpty,
  seedCompany,
  type SeedProgress,
} from '@ensemble/api/demo-data';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import { parseSeedArgs, USAGE, UsageError, type SeedArgs } from './args';

export interface SeedDatabase {
  url: string;
  /** Releases whatever was started to provide the database. */
  close(): Promise<void>;
}

export interface CliIo {
  out(line: string): void;
  error(line: string): void;
  env: NodeJS.ProcessEnv;
}

const NOT_EMPTY_MESSAGE =
  'The database already has people or departments in it. Run again with --reset to replace them ' +
  '(this deletes all people, departments, sessions and audit events).';

/** The database to seed. The one place to change to fall back to an embedded database. */
export async function openSeedDatabase(env: NodeJS.ProcessEnv): Promise<SeedDatabase> {
  // DATABASE_URL when set, else the same embedded PostgreSQL that `npm start` uses, migrated first.
  const config = loadConfig({ ...env, NODE_ENV: env['NODE_ENV'] ?? 'development' });
  const server = await openDatabaseServer(config, (line) => process.stderr.write(`${line}\n`));
  try {
    await runMigrations(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, close: () => server.stop() };
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`seed: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    await seed(args, io);
    return 0;
  } catch (error) {
    io.error(`seed: ${explain(error)}`);
    return 1;
  }
}

async function seed(args: SeedArgs, io: CliIo): Promise<void> {
  const started = performance.now();
  const database = await openSeedDatabase(io.env);
  try {
    const client = new Client({ connectionString: database.url, application_name: 'ensemble-seed' });
    await client.connect();
    try {
      // Checked again inside the seeding transaction; this only saves generating a company for nothing.
      if (!args.reset && !(await isDatabaseEmpty(client))) throw new DatabaseNotEmptyError();

      io.out(`Generating ${args.people} people (seed ${args.seed}, dates around ${args.today ?? 'today'})…`);
      const company = generateCompany({ people: args.people, seed: args.seed, today: args.today });
      io.out(
        `Generated ${company.people.length} people in ${company.departments.length} departments in ${seconds(started)} s; inserting…`,
      );

      // People's skills refer to starter skills by key: make sure they exist (idempotent, as at API start).
      await applyStarterTaxonomy(client);
      await seedCompany(client, company, { reset: args.reset, onProgress: progressPrinter(io) });

      const [demoPerson] = company.people;
      io.out(`A typical employee to demo as: ${demoPerson.email} (${demoPerson.title})`);
      io.out(
        `Seeded ${company.people.length} people in ${company.departments.length} departments with ${company.personSkills.length} skill links, ${company.endorsements.length} endorsements and ${company.projects.length} projects in ${seconds(started)} s`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await database.close();
  }
}

/** Reports person inserts at every tenth of the way, whatever the batch size. */
function progressPrinter(io: CliIo): (progress: SeedProgress) => void {
  let lastTenth = 0;
  return ({ table, inserted, total }) => {
    if (table === 'person_skill' || table === 'endorsement' || table === 'project') {
      const noun = table === 'person_skill' ? 'skill links' : table === 'endorsement' ? 'endorsements' : 'projects';
      if (inserted === total) io.out(`  ${total} ${noun}`);
      return;
    }
    if (table !== 'person') return;
    const tenth = Math.floor((inserted / total) * 10);
    if (tenth > lastTenth || inserted === total) {
      lastTenth = tenth;
      io.out(`  ${inserted}/${total} people`);
    }
  };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function explain(error: unknown): string {
  if (error instanceof DatabaseNotEmptyError) return NOT_EMPTY_MESSAGE;
  if (error instanceof ConfigError) return error.message;
  const { code, message } = error as { code?: string; message?: string };
  // PostgreSQL's undefined_table: the schema has not been created yet.
  if (code === '42P01') return `${message}: run the database migrations first`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND')
    return `could not connect to the database (${message})`;
  return message ?? String(error);
}

function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  };
}

if (require.main === module) {
  // Not process.exitCode, and not a bare process.exit: see exitWhenFlushed.
  void main(process.argv.slice(2)).then(exitWhenFlushed);
}

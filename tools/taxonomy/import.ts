/**
 * `taxonomy:import`: imports a skills classification into the database.
 *
 *   [DATABASE_URL=postgres://…] taxonomy:import esco <directory of the ESCO CSV package>
 *   [DATABASE_URL=postgres://…] taxonomy:import onet <Technology Skills.txt>
 *   [DATABASE_URL=postgres://…] taxonomy:import starter
 *
 * Without DATABASE_URL it uses the embedded PostgreSQL that `npm start` uses, migrated first.
 * Exit codes: 0 imported, 1 failed, 2 bad command line.
 */
import 'reflect-metadata';
import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ConfigError, exitWhenFlushed, loadConfig, openDatabaseServer, runMigrations } from '@ensemble/api/core';
import {
  CsvError,
  applyStarterTaxonomy,
  importEsco,
  importOnet,
  type EscoImportReport,
  type OnetImportReport,
  type TaxonomyReport,
} from '@ensemble/api/skills';
import { progressBar, type ProgressStream } from './progress';

export const USAGE = `Usage: taxonomy:import <esco DIR | onet FILE | starter>

Imports a skills classification into the database at DATABASE_URL (or the embedded one "npm start"
uses). Safe to run again: only what changed is written.

  esco DIR    the ESCO CSV package (skills_en.csv, skillGroups_en.csv, broaderRelationsSkillPillar.csv),
              downloaded from https://esco.ec.europa.eu/en/use-esco/download
  onet FILE   O*NET "Technology Skills.txt" (tab-separated), from https://www.onetcenter.org/database.html
  starter     Ensemble's own starter taxonomy (the API also installs it at start)
  --help      show this help`;

export interface CliIo {
  out(line: string): void;
  error(line: string): void;
  /** Where the progress bar goes (stderr). */
  progress: ProgressStream;
  env: NodeJS.ProcessEnv;
}

export type ImportCommand =
  { kind: 'esco'; path: string } | { kind: 'onet'; path: string } | { kind: 'starter' } | { kind: 'help' };

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseImportArgs(argv: readonly string[]): ImportCommand {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return { kind: 'help' };
  const [kind, path, ...rest] = parsed.positionals;
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (kind === 'starter') {
    if (path) throw new UsageError('"starter" takes no path');
    return { kind };
  }
  if (kind === 'esco' || kind === 'onet') {
    if (!path) throw new UsageError(`"${kind}" needs a ${kind === 'esco' ? 'directory' : 'file'}`);
    return { kind, path };
  }
  throw new UsageError(
    kind
      ? `unknown source "${kind}": use esco, onet or starter`
      : 'say what to import: esco, onet or starter',
  );
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let command: ImportCommand;
  try {
    command = parseImportArgs(argv);
    if (command.kind === 'esco' && !(existsSync(command.path) && statSync(command.path).isDirectory())) {
      throw new UsageError(`${command.path} is not a directory`);
    }
    if (command.kind === 'onet' && !(existsSync(command.path) && statSync(command.path).isFile())) {
      throw new UsageError(`${command.path} is not a file`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.error(`taxonomy:import: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    await runImport(command, io);
    return 0;
  } catch (error) {
    io.error(`taxonomy:import: ${explain(error)}`);
    return 1;
  }
}

async function runImport(command: Exclude<ImportCommand, { kind: 'help' }>, io: CliIo): Promise<void> {
  const started = performance.now();
  const database = await openImportDatabase(io.env);
  try {
    const client = new Client({
      connectionString: database.url,
      application_name: 'ensemble-taxonomy-import',
    });
    await client.connect();
    const bar = progressBar(io.progress);
    try {
      if (command.kind === 'esco') {
        const report = await importEsco(client, command.path, { onProgress: bar.update });
        bar.finish();
        printEsco(io, report);
      } else if (command.kind === 'onet') {
        const report = await importOnet(client, command.path, { onProgress: bar.update });
        bar.finish();
        printOnet(io, report);
      } else {
        printCounts(io, await applyStarterTaxonomy(client));
      }
    } finally {
      bar.finish();
      await client.end();
    }
    io.out(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}

/** DATABASE_URL when set, else the embedded PostgreSQL of `npm start`; migrated either way. */
async function openImportDatabase(env: NodeJS.ProcessEnv): Promise<{ url: string; close(): Promise<void> }> {
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

function printEsco(io: CliIo, report: EscoImportReport): void {
  const { esco } = report;
  io.out(
    `ESCO: ${n(esco.skills)} skills and ${n(esco.groups)} skill groups read; ${n(esco.groupsFolded)} groups share a ` +
      `name with a broader group or a skill and were folded into it; ${n(esco.commonWordLabelsDropped)} one-word ` +
      `alternative labels that are ordinary English words naming something else were left out.`,
  );
  printCounts(io, report);
  io.out('This service uses the ESCO classification of the European Commission.');
}

function printOnet(io: CliIo, report: OnetImportReport): void {
  const { onet } = report;
  io.out(
    `O*NET: ${n(onet.rows)} rows read: ${n(onet.products)} products in ${n(onet.commodities)} technology classes ` +
      `(${n(onet.productsFoldedIntoClasses)} products named like their class were folded into it).`,
  );
  printCounts(io, report);
  io.out('Includes information from O*NET (USDOL/ETA), used under the CC BY 4.0 license.');
}

function printCounts(io: CliIo, report: TaxonomyReport): void {
  const { skills, aliases } = report;
  io.out(
    `Skills: ${n(skills.inserted)} inserted, ${n(skills.updated)} updated, ${n(skills.unchanged)} unchanged` +
      optional(skills.matchedByName, 'matched an existing skill by name') +
      optional(skills.adopted, 'custom skills adopted') +
      optional(skills.merged, 'merged away by an admin (left alone)') +
      optional(skills.invalid, 'invalid (no key or name)') +
      optional(skills.cyclesBroken, 'parent links dropped to avoid a cycle') +
      '.',
  );
  if (aliases.read === 0) return;
  io.out(
    `Aliases: ${n(aliases.inserted)} inserted, ${n(aliases.unchanged)} unchanged` +
      optional(aliases.reassigned, 'taken over from imported skills') +
      `, ${n(aliases.skipped)} skipped (already another skill's alias or name)` +
      optional(aliases.redundant, "redundant (the skill's own name, or repeated)") +
      optional(aliases.invalid, 'invalid') +
      '.',
  );
}

function optional(count: number, what: string): string {
  return count ? `, ${n(count)} ${what}` : '';
}

function n(value: number): string {
  return value.toLocaleString('en');
}

function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof CsvError) return error.message;
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND')
    return `could not connect to the database (${message})`;
  return message ?? String(error);
}

function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
    progress: process.stderr,
    env: process.env,
  };
}

if (require.main === module) {
  // Not process.exitCode, and not a bare process.exit: see exitWhenFlushed.
  void main(process.argv.slice(2)).then(exitWhenFlushed);
}

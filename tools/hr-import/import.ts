/**
 * `hr:import`: creates and updates people and departments from an HR system's CSV export.
 *
 *   [DATABASE_URL=postgres://…] hr-import <file.csv> [--apply]
 *
 * A dry run by default: it reports what would change and every row it refuses, with line numbers.
 * With --apply it writes all valid rows in one transaction. Exit codes: 0 done, no refused rows;
 * 3 done, some rows refused (listed); 1 failed (nothing written); 2 bad command line.
 */
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { ConfigError, exitWhenFlushed, loadConfig, openDatabaseServer, runMigrations } from '@ensemble/api/core';
import {
  HrImportFileError,
  runHrImport,
  type HrImportReport,
  type SqlTransactions,
} from '@ensemble/api/people';

export const USAGE = `Usage: hr-import <file.csv> [--apply]

  <file.csv>  columns employee_id, email, given_name, family_name, title, department,
              manager_email, location (header names in any case; email and names required)
  --apply     write the valid rows (default: a dry run that only reports)

The database is DATABASE_URL, or the embedded one that \`npm start\` uses.`;

export interface CliIo {
  out(line: string): void;
  error(line: string): void;
  env: NodeJS.ProcessEnv;
}

function parseArgs(argv: readonly string[]): { file: string; apply: boolean } | { help: true } | string {
  let file: string | undefined;
  let apply = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--apply') apply = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file) return 'give exactly one CSV file';
    else file = arg;
  }
  return file ? { file, apply } : 'give the CSV file to import';
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.error(`hr-import: ${args}\n\n${USAGE}`);
    return 2;
  }
  if ('help' in args) {
    io.out(USAGE);
    return 0;
  }
  let csv: string;
  try {
    csv = await readFile(args.file, 'utf8');
  } catch (error) {
    io.error(`hr-import: cannot read ${args.file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const config = loadConfig({ ...io.env, NODE_ENV: io.env['NODE_ENV'] ?? 'development' });
    const server = await openDatabaseServer(config, (line) => io.error(line));
    try {
      await runMigrations(server.url);
      const client = new Client({ connectionString: server.url, application_name: 'ensemble-hr-import' });
      await client.connect();
      try {
        const report = await runHrImport(transactionsOf(client), csv, { apply: args.apply, actorId: null });
        printReport(report, io);
        return report.errors.length ? 3 : 0;
      } finally {
        await client.end();
      }
    } finally {
      await server.stop();
    }
  } catch (error) {
    io.error(
      `hr-import: ${error instanceof HrImportFileError || error instanceof ConfigError ? error.message : ((error as Error).message ?? String(error))}`,
    );
    return 1;
  }
}

function transactionsOf(client: Client): SqlTransactions {
  return {
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work({
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}

function printReport(report: HrImportReport, io: CliIo): void {
  for (const change of report.changes) {
    io.out(
      `  line ${change.line}: ${change.action} ${change.email}${change.changedFields.length ? ` (${change.changedFields.join(', ')})` : ''}`,
    );
  }
  for (const warning of report.warnings)
    io.out(`  line ${warning.line}: warning: ${warning.field ?? 'row'} ${warning.message}`);
  for (const error of report.errors)
    io.error(`  line ${error.line}: refused: ${error.field ?? 'row'} ${error.message}`);
  const summary =
    `${report.rowsRead} rows: ${report.created} to create, ${report.updated} to update, ${report.unchanged} unchanged, ` +
    `${report.departmentsCreated} new departments, ${report.errors.length} refused`;
  io.out(
    report.applied
      ? `Applied. ${summary.replace(/to (create|update)/g, '$1d')}`
      : `Dry run (nothing written; add --apply to write). ${summary}`,
  );
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

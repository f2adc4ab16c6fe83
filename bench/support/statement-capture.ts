/**
 * The SQL a request ran, captured from the app's TypeORM logger (which sees the exact text and
 * parameters), and replayed through `pg`: the database's share of a request, measured beside it.
 */
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { currentRequestContext } from '@ensemble/api/core';

export interface CapturedStatement {
  text: string;
  values: unknown[];
}

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/**
 * Records the statements run on behalf of a request (inside its request context: background work such
 * as the people index's periodic catch-up is not the request's) while `capture` runs.
 */
export class StatementCapture {
  private sink: CapturedStatement[] | null = null;
  private readonly logger: TypeOrmLogger;
  private readonly original: TypeOrmLogger['logQuery'];

  /** `watch` sees every statement the DataSource runs, captured or not (background reloads included). */
  constructor(dataSource: DataSource, watch?: (query: string) => void) {
    const logger = dataSource.logger;
    const original = logger.logQuery;
    this.logger = logger;
    this.original = original;
    logger.logQuery = (query, parameters, runner) => {
      watch?.(String(query));
      if (this.sink && currentRequestContext() && !TRANSACTION_CONTROL.test(query)) {
        // A PreparedStatement is kept as itself: the replay through pg prepares it by name too, as the API does.
        this.sink.push({ text: query, values: Array.isArray(parameters) ? [...parameters] : [] });
      }
      return original.call(logger, query, parameters, runner);
    };
  }

  async capture<T>(during: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
    const statements: CapturedStatement[] = [];
    this.sink = statements;
    try {
      return { result: await during(), statements };
    } finally {
      this.sink = null;
    }
  }

  restore(): void {
    this.logger.logQuery = this.original;
  }
}

/** Runs a request's statements one after another, as the request did; milliseconds in all. */
export async function replayStatements(
  pool: Pool,
  statements: readonly CapturedStatement[],
): Promise<number> {
  const started = performance.now();
  for (const statement of statements) await pool.query(statement.text, statement.values);
  return performance.now() - started;
}

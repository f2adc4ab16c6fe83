import { DataSource, type EntityManager, type QueryResult } from 'typeorm';
import { PreparedStatement } from './prepared-statement';

/** Where a statement runs: a transaction's EntityManager, or the DataSource (a pooled connection). */
export type SqlTarget = EntityManager | DataSource;

/** Plain text, or a named statement PostgreSQL prepares once per connection. */
export type SqlStatement = string | PreparedStatement;

/** The SQLSTATE of unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * A statement runner as a function, for code that runs on a bare pg client too (command-line tools,
 * seeders adapt their client to it); in the API, `sql.on(target)` makes one.
 */
export type SqlQuery = <T = Record<string, unknown>>(statement: string, params?: unknown[]) => Promise<T[]>;

/** A statement answered a number of rows the code relies on never happening: a bug, not user input. */
export class UnexpectedRowCountError extends Error {
  constructor(expected: string, actual: number, statement: SqlStatement) {
    super(`expected ${expected} row, got ${actual}: ${String(statement).trim().slice(0, 120)}`);
    this.name = 'UnexpectedRowCountError';
  }
}

/**
 * Runs one statement through TypeORM's query runner (so it is logged and counted against the request
 * like any other) and answers pg's own shape: the rows, and how many rows it touched. TypeORM's
 * `query()` answers `rows` for SELECT and INSERT but `[rows, count]` for UPDATE and DELETE; asking the
 * runner for its structured result gives one shape for every kind of statement.
 */
async function run(
  target: SqlTarget,
  statement: SqlStatement,
  params: readonly unknown[],
): Promise<QueryResult> {
  const manager = target instanceof DataSource ? target.manager : target;
  const ownRunner = !manager.queryRunner;
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    // pg reads a query object's `name` and `text` and TypeORM hands it over untouched; only its type
    // says string, so the one cast lives here.
    const text = statement as unknown as string;
    return await runner.query(text, [...params], true);
  } finally {
    if (ownRunner) await runner.release();
  }
}

/**
 * The one way to run SQL by hand (ADR 0031). Every function takes where to run (a transaction's
 * manager or the DataSource), the statement and its parameters, and answers the rows whatever the
 * statement: SELECT, INSERT, UPDATE or DELETE … RETURNING alike.
 */
export const sql = {
  /** Every row the statement answers (none for a statement without RETURNING). */
  async rows<T = Record<string, unknown>>(
    target: SqlTarget,
    statement: SqlStatement,
    params: readonly unknown[] = [],
  ): Promise<T[]> {
    return ((await run(target, statement, params)).records ?? []) as T[];
  },

  /** The single row the statement answers; any other count is a bug and throws. */
  async one<T = Record<string, unknown>>(
    target: SqlTarget,
    statement: SqlStatement,
    params: readonly unknown[] = [],
  ): Promise<T> {
    const rows = await sql.rows<T>(target, statement, params);
    if (rows.length !== 1) throw new UnexpectedRowCountError('exactly one', rows.length, statement);
    return rows[0];
  },

  /** The row the statement answers, or null when none; more than one is a bug and throws. */
  async maybeOne<T = Record<string, unknown>>(
    target: SqlTarget,
    statement: SqlStatement,
    params: readonly unknown[] = [],
  ): Promise<T | null> {
    const rows = await sql.rows<T>(target, statement, params);
    if (rows.length > 1) throw new UnexpectedRowCountError('at most one', rows.length, statement);
    return rows[0] ?? null;
  },

  /** The statement runner for `target`, for code written against SqlQuery. */
  on(target: SqlTarget): SqlQuery {
    return (statement, params) => sql.rows(target, statement, params);
  },

  /** How many rows the statement inserted, updated or deleted (pg's rowCount). */
  async affected(
    target: SqlTarget,
    statement: SqlStatement,
    params: readonly unknown[] = [],
  ): Promise<number> {
    return (await run(target, statement, params)).affected ?? 0;
  },
};

/**
 * The SQLSTATE of a failed statement. TypeORM's QueryFailedError copies pg's fields and keeps pg's
 * error as `driverError`; a pg error has `code` itself.
 */
export function sqlStateOf(error: unknown): string | undefined {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Did the statement break a unique constraint (this one, when named)? */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlStateOf(error) !== UNIQUE_VIOLATION) return false;
  if (constraint === undefined) return true;
  const failure = error as { constraint?: unknown; driverError?: { constraint?: unknown } };
  return (failure.driverError?.constraint ?? failure.constraint) === constraint;
}

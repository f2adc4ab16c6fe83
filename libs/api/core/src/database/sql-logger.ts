import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { currentRequestContext } from '../context/request-context';
import type { JsonLogger } from '../logging/json-logger';

/**
 * Counts every SQL statement against the current request (exposed as the X-SQL-Statements header
 * outside production, and used by tests and benchmarks to catch N+1 queries), and logs slow or failed
 * statements as structured events.
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: JsonLogger,
    private readonly logAll = false,
  ) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    const context = currentRequestContext();
    if (context && !isTransactionControl(query)) context.sqlStatements += 1;
    if (this.logAll) this.logger.event('debug', 'sql', { query: String(query), parameters });
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.logger.event('warn', 'SQL statement failed', { query: String(query), error: error instanceof Error ? error.message : error });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.event('warn', 'Slow SQL statement', { ms: time, query: String(query) });
  }

  logSchemaBuild(): void {
    // Schema builds never run: the schema comes from migrations only.
  }
  logMigration(message: string): void {
    this.logger.event('info', message, { context: 'migrations' });
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger.event(level === 'warn' ? 'warn' : 'debug', String(message), { context: 'typeorm' });
  }
}

function isTransactionControl(query: string): boolean {
  // String(): a PreparedStatement arrives as itself (pg reads its name), its text through toString().
  return /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)/i.test(String(query).trim());
}

import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DomainError } from '../errors/domain-error';
import { JsonLogger } from '../logging/json-logger';
import { sqlStateOf } from './sql';

/**
 * SQLSTATEs after which PostgreSQL has already rolled the whole transaction back, and the same work
 * started afresh may well succeed: deadlock_detected (this transaction was the victim chosen to break
 * a lock cycle) and serialization_failure.
 */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

/** The database kept refusing the change because others were changing the same rows at the same time. */
export class ConcurrentChangeError extends DomainError {
  constructor() {
    super('CONCURRENT_CHANGE', 'Others were changing the same thing at the same moment: please try again.', 409);
  }
}

/** The SQLSTATE of a failure worth running the transaction again for, or null. */
export function retryableSqlState(error: unknown): string | null {
  const code = sqlStateOf(error);
  return code !== undefined && RETRYABLE_SQLSTATES.has(code) ? code : null;
}

/**
 * Write transactions that survive being the victim of a deadlock or a serialization failure: the work
 * runs again from the start (PostgreSQL has rolled all of it back), up to DATABASE_TRANSACTION_ATTEMPTS
 * times, then answers CONCURRENT_CHANGE rather than an internal error. Lock order is what prevents
 * deadlocks (see the services' comments); this only covers the rare cycles a lock order cannot rule
 * out, and each retry is logged so that a new cycle gets noticed.
 *
 * `work` must act only through `manager` (and read what it needs inside): it may run more than once.
 */
@Injectable()
export class Transactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: JsonLogger,
  ) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const attempts = this.config.database.transactionAttempts;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const sqlState = retryableSqlState(error);
        if (!sqlState) throw error;
        this.logger.event('warn', 'Transaction rolled back by the database', { sqlState, attempt, attempts });
        if (attempt >= attempts) throw new ConcurrentChangeError();
        // Jitter, so that transactions rolled back together do not all start again at the same instant.
        await sleep(attempt * (5 + Math.random() * 20));
      }
    }
  }
}

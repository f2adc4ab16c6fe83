import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JsonLogger } from '../logging/json-logger';

/** Rows past their retention in one table, deleted in batches by the retention purge. */
export interface RetentionRule {
  /** Reported by name, e.g. `session`. */
  name: string;
  table: string;
  /** The columns of the table's primary key, e.g. `sid` or `kind, key`. */
  key: string;
  /** SQL condition selecting the rows to delete; it may use `$1`… from `parameters`. */
  condition: string;
  parameters?: unknown[];
}

/** Rows deleted per statement: each batch is its own short transaction, so no purge holds locks long. */
export const RETENTION_BATCH = 1000;
/** At most this many batches per table and run (a million rows); the next run takes the rest. */
const MAX_BATCHES = 1000;

/** Rows deleted per rule; null when another API process or instance was purging at that moment. */
export type RetentionReport = Record<string, number> | null;

/**
 * The retention purge (RETENTION_PURGE_MINUTES): deletes what has outlived its retention, table by
 * table as domain modules register it (expired sessions and SAML ids, old audit events, expired
 * rate-limit counters). One run at a time across every API process and instance: a run that cannot
 * take the advisory lock leaves the work to the one that holds it. Deletions are idempotent and batched.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly rules: RetentionRule[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {
    this.register({
      name: 'rate_limit',
      table: 'rate_limit',
      key: 'key',
      // rate-limiter-flexible writes window ends in epoch milliseconds.
      condition: `expire <= (extract(epoch FROM now()) * 1000)::bigint`,
    });
  }

  register(rule: RetentionRule): void {
    if (this.rules.some((existing) => existing.name === rule.name)) throw new Error(`retention rule ${rule.name} is already registered`);
    this.rules.push(rule);
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.retention.purgeMinutes;
    if (minutes <= 0) return;
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) => this.logger.event('warn', 'Retention purge failed', { error: String(error) }));
    }, minutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<RetentionReport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // Session-level, on this connection: released by the unlock below, or by PostgreSQL if we die.
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext('ensemble.retention')) AS locked`)) as Array<{ locked: boolean }>;
      if (!locked) return null;
      try {
        const report: Record<string, number> = {};
        for (const rule of this.rules) report[rule.name] = await this.purgeRule(runner, rule);
        if (Object.values(report).some((deleted) => deleted > 0)) this.logger.event('info', 'Retention purge', { deleted: report });
        return report;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('ensemble.retention'))`);
      }
    } finally {
      await runner.release();
    }
  }

  private async purgeRule(runner: QueryRunner, rule: RetentionRule): Promise<number> {
    let deleted = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      // SKIP LOCKED: a row a request is using right now is left for the next run.
      const [{ n }] = (await runner.query(
        `WITH deleted AS (
           DELETE FROM ${rule.table} WHERE (${rule.key}) IN (
             SELECT ${rule.key} FROM ${rule.table} WHERE ${rule.condition} LIMIT ${RETENTION_BATCH} FOR UPDATE SKIP LOCKED
           ) RETURNING 1
         ) SELECT count(*)::int AS n FROM deleted`,
        rule.parameters ?? [],
      )) as Array<{ n: number }>;
      deleted += n;
      if (n < RETENTION_BATCH) break;
    }
    return deleted;
  }
}

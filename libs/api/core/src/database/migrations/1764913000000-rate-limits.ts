import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request counters shared by every API process and instance (docs/adr/0018): one row per client and
 * budget, in the layout rate-limiter-flexible's PostgreSQL store reads and writes (it is told the table
 * exists and never creates it). `expire` is the end of the counter's window in epoch milliseconds; the
 * retention purge deletes expired rows in batches, by this index.
 */
export class RateLimits1764913000000 implements MigrationInterface {
  name = 'RateLimits1764913000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await db.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit`);
  }
}

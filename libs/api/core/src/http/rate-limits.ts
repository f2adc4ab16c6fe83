import { isIPv6 } from 'node:net';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { Request } from 'express';
import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../config/config';
import { DomainError } from '../errors/domain-error';
import type { JsonLogger } from '../logging/json-logger';
import type { PrincipalResolver } from '../auth/principal';
import { RateLimitBudget } from './rate-limit-budget';

export type RateLimitName = keyof RateLimitSettings;

/** Every budget counts requests per minute. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** The table of migration RateLimits1764913000000, in rate-limiter-flexible's layout. */
const TABLE = 'rate_limit';

/**
 * GraphQL requests are counted in this process and added to the shared count a fiftieth of the budget
 * at a time (12 at the default 600 a minute): most clients never cause a statement at all, and a busy
 * one causes one upsert per batch, off the request's path. A budget under 100 a minute is counted in
 * PostgreSQL on every request.
 */
const GRAPHQL_BATCH_DIVISOR = 50;

export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'TOO_MANY_REQUESTS',
      `Too many requests: try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      429,
      { retryAfterSeconds },
    );
  }
}

/**
 * The address a budget is keyed by when nobody is signed in: Express's `req.ip`, which honours
 * TRUST_PROXY. An IPv4 address in IPv6 form counts as itself; an IPv6 address counts as its /64, the
 * block one customer line or host usually gets, so that cycling through it gains nothing.
 */
export function clientAddress(request: Request): string {
  const address = (request.ip ?? request.socket?.remoteAddress ?? 'unknown').replace(/%.*$/, '');
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) return address.slice(7);
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * Per-client request budgets shared by every API process and instance, counted in PostgreSQL by
 * rate-limiter-flexible (docs/adr/0018). Its statements use a small pool of their own, so they are no
 * request's SQL (X-SQL-Statements counts TypeORM's) and never wait behind, or hold up, a request's
 * connections; if PostgreSQL fails, each process goes on counting in memory (the library's insurance).
 */
export class RateLimits implements OnApplicationShutdown {
  private readonly budgets = new Map<RateLimitName, RateLimitBudget>();
  private readonly pool: Pool | null;
  private readonly sweeper: NodeJS.Timeout | null;
  /** Who is signed in, for budgets kept per person (set once the identity module is there). */
  principals: PrincipalResolver | undefined;

  constructor(settings: RateLimitSettings, databaseUrl: string, logger: JsonLogger) {
    const enabled = (Object.keys(settings) as RateLimitName[]).filter((name) => settings[name] > 0);
    this.pool = enabled.length
      ? new Pool({
          connectionString: databaseUrl,
          max: 2,
          application_name: 'ensemble-rate-limits',
          statement_timeout: 5_000,
          // A counter needs no durability: a crash of PostgreSQL may forget the last counts, which is
          // harmless, and not waiting for the WAL flush takes a disk write (milliseconds) off each count.
          options: '-c synchronous_commit=off',
        })
      : null;
    // An idle connection that breaks must not crash the process (pg emits it on the pool).
    this.pool?.on('error', (error) => logger.event('warn', 'Rate-limit connection failed', { error: error.message }));
    let storeErrors = 0;
    const onStoreError = (error: unknown) => {
      // Once per hundred, so that a database outage does not flood the log.
      if (storeErrors++ % 100 === 0) logger.event('warn', 'Rate-limit store failed; counting in memory meanwhile', { error: String(error) });
    };
    for (const name of enabled) {
      const points = settings[name];
      const duration = RATE_LIMIT_WINDOW_MS / 1000;
      const store = new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        // The retention purge deletes expired rows in batches, once across instances.
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points,
        duration,
        // Once a client has spent its budget, this process refuses it without a statement until the
        // window ends.
        inMemoryBlockOnConsumed: points,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      });
      const batch = name === 'graphql' ? Math.max(1, Math.floor(points / GRAPHQL_BATCH_DIVISOR)) : 1;
      this.budgets.set(name, new RateLimitBudget(store, { points, windowMs: RATE_LIMIT_WINDOW_MS, batch, onStoreError }));
    }
    this.sweeper = enabled.length ? setInterval(() => this.sweep(), RATE_LIMIT_WINDOW_MS) : null;
    this.sweeper?.unref();
  }

  enabled(name: RateLimitName): boolean {
    return this.budgets.has(name);
  }

  /** Counts one request of this client against the budget; throws TooManyRequestsError when it is spent. */
  async enforce(name: RateLimitName, client: string): Promise<void> {
    const budget = this.budgets.get(name);
    if (!budget) return;
    const decision = await budget.consume(client);
    if (!decision.allowed) throw new TooManyRequestsError(Math.max(1, Math.ceil(decision.retryAfterMs / 1000)));
  }

  /** Resolves once every count sent to PostgreSQL is in it. */
  async settled(): Promise<void> {
    await Promise.all([...this.budgets.values()].map((budget) => budget.settled()));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.settled();
    await this.pool?.end();
  }

  private sweep(): void {
    for (const budget of this.budgets.values()) budget.sweep();
  }
}

export function personClient(personId: string): string {
  return `person:${personId}`;
}

export function addressClient(request: Request): string {
  return `address:${clientAddress(request)}`;
}

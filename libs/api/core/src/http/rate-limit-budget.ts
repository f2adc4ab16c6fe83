import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { runOutsideRequestContext } from '../context/request-context';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

const ALLOWED: RateLimitDecision = { allowed: true };

/** What one process knows about one client's count in the shared store (batched budgets only). */
interface LocalCount {
  /** Requests counted here and not yet added to the store. */
  unflushed: number;
  /** When the first of them came (they are dropped once a whole window has passed). */
  since: number;
  /** The client's count in the store (all processes) after this process's last flush. */
  stored: number;
  /** When the store's window for that count ends. */
  windowEndsAt: number;
  /** Refused here without asking the store until then. */
  blockedUntil: number;
  flushing: boolean;
}

export interface RateLimitBudgetOptions {
  /** Requests allowed per window. */
  points: number;
  windowMs: number;
  /**
   * 1: every request waits for the store (exact). More: requests are counted in this process and added
   * to the store `batch` at a time, off the request path; the client's total may then exceed the budget
   * by about two batches per process before every process refuses it.
   */
  batch: number;
  /** A store failure other than a refusal (the store's in-memory insurance covers most). */
  onStoreError?: (error: unknown) => void;
}

/**
 * One budget (requests per window per client) counted in a shared store: rate-limiter-flexible's
 * PostgreSQL limiter, so that every API process and instance draws on the same count.
 */
export class RateLimitBudget {
  private readonly counts = new Map<string, LocalCount>();
  private readonly flushes = new Set<Promise<void>>();

  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly options: RateLimitBudgetOptions,
  ) {
    if (options.batch < 1) throw new Error('a rate-limit batch is at least 1');
  }

  get points(): number {
    return this.options.points;
  }

  consume(key: string): Promise<RateLimitDecision> | RateLimitDecision {
    return this.options.batch === 1 ? this.consumeExactly(key) : this.consumeBatched(key, Date.now());
  }

  /** Resolves once the counts this process has sent to the store are in it (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.flushes.size) await Promise.all([...this.flushes]);
  }

  /** Forgets clients with nothing pending and no block, so that the map holds active clients only. */
  sweep(now = Date.now()): void {
    for (const [key, count] of this.counts) {
      const stale = count.unflushed === 0 || now - count.since >= this.options.windowMs;
      if (stale && !count.flushing && count.blockedUntil <= now && count.windowEndsAt <= now) this.counts.delete(key);
    }
  }

  private async consumeExactly(key: string): Promise<RateLimitDecision> {
    try {
      await runOutsideRequestContext(() => this.store.consume(key));
      return ALLOWED;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterMs: rejection.msBeforeNext };
      // Fail open: a broken store must not lock everybody out (the insurance limiter usually answers).
      this.options.onStoreError?.(rejection);
      return ALLOWED;
    }
  }

  private consumeBatched(key: string, now: number): RateLimitDecision {
    let count = this.counts.get(key);
    if (!count) {
      count = { unflushed: 0, since: now, stored: 0, windowEndsAt: 0, blockedUntil: 0, flushing: false };
      this.counts.set(key, count);
    }
    if (count.blockedUntil > now) return { allowed: false, retryAfterMs: count.blockedUntil - now };
    if (count.windowEndsAt <= now) count.stored = 0;
    // Counts never sent within a whole window belong to a window that is over.
    if (count.unflushed > 0 && now - count.since >= this.options.windowMs) count.unflushed = 0;
    if (count.unflushed === 0) count.since = now;
    if (count.stored + count.unflushed + 1 > this.options.points) {
      count.blockedUntil = count.windowEndsAt > now ? count.windowEndsAt : now + this.options.windowMs;
      return { allowed: false, retryAfterMs: count.blockedUntil - now };
    }
    count.unflushed += 1;
    if (count.unflushed >= this.options.batch && !count.flushing) this.flush(key, count);
    return ALLOWED;
  }

  private flush(key: string, count: LocalCount): void {
    const points = count.unflushed;
    count.unflushed = 0;
    count.flushing = true;
    const learn = (result: RateLimiterRes, refused: boolean) => {
      count.windowEndsAt = Date.now() + result.msBeforeNext;
      // A refusal from the store's in-memory block carries no count: the budget is spent, that is all.
      count.stored = refused ? Math.max(result.consumedPoints, this.options.points) : result.consumedPoints;
      if (refused) count.blockedUntil = count.windowEndsAt;
    };
    const flush = runOutsideRequestContext(() => this.store.consume(key, points))
      .then(
        (result) => learn(result, false),
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) learn(rejection, true);
          else this.options.onStoreError?.(rejection);
        },
      )
      .finally(() => {
        count.flushing = false;
        this.flushes.delete(flush);
        if (count.unflushed >= this.options.batch) this.flush(key, count);
      });
    this.flushes.add(flush);
  }
}

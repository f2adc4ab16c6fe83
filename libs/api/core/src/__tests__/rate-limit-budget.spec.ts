import type { Request } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RateLimitBudget } from '../http/rate-limit-budget';
import { clientAddress } from '../http/rate-limits';

const WINDOW_MS = 60_000;

/** A store shared by "processes" (budgets), counting how often each asks it. */
function sharedStore(points: number) {
  const store = new RateLimiterMemory({ points, duration: WINDOW_MS / 1000 });
  const consume = jest.spyOn(store, 'consume');
  return { store, consume };
}

describe('RateLimitBudget', () => {
  it('exact (batch 1): asks the store on every request and refuses the one over the budget', async () => {
    const { store, consume } = sharedStore(3);
    const budget = new RateLimitBudget(store, { points: 3, windowMs: WINDOW_MS, batch: 1 });
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await budget.consume('client'));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    const refused = decisions[3];
    expect(refused.allowed === false && refused.retryAfterMs).toBeGreaterThan(0);
    expect(consume).toHaveBeenCalledTimes(4);
    expect((await budget.consume('another client')).allowed).toBe(true);
  });

  it('batched: a client below one batch causes no store access at all', async () => {
    const { store, consume } = sharedStore(600);
    const budget = new RateLimitBudget(store, { points: 600, windowMs: WINDOW_MS, batch: 12 });
    for (let i = 0; i < 11; i++) expect(budget.consume('client')).toEqual({ allowed: true });
    await budget.settled();
    expect(consume).not.toHaveBeenCalled();
    budget.consume('client');
    await budget.settled();
    expect(consume).toHaveBeenCalledTimes(1);
    expect(consume).toHaveBeenCalledWith('client', 12);
  });

  it('batched: two processes sharing a store stop a client within two batches each of the budget', async () => {
    const points = 100;
    const batch = 5;
    const { store, consume } = sharedStore(points);
    const processes = [0, 1].map(() => new RateLimitBudget(store, { points, windowMs: WINDOW_MS, batch }));
    let allowed = 0;
    let refusedAt = -1;
    for (let i = 0; i < 300; i++) {
      const decision = (processes[i % 2] as RateLimitBudget).consume('client');
      if (decision instanceof Promise) throw new Error('a batched budget answers synchronously');
      if (decision.allowed) allowed += 1;
      else if (refusedAt < 0) refusedAt = i;
      // Flushes land between requests, as they do between requests on a server.
      await Promise.all(processes.map((budget) => budget.settled()));
    }
    expect(allowed).toBeGreaterThanOrEqual(points);
    expect(allowed).toBeLessThanOrEqual(points + 2 * batch * processes.length);
    expect(refusedAt).toBeGreaterThan(0);
    // Once refused, nobody asks the store again within the window: the block is known in memory.
    const calls = consume.mock.calls.length;
    for (const budget of processes) expect(budget.consume('client')).toEqual({ allowed: false, retryAfterMs: expect.any(Number) });
    expect(consume.mock.calls.length).toBe(calls);
    expect(calls).toBeLessThanOrEqual(Math.ceil(allowed / batch) + processes.length);
  });

  it('batched: counts never sent within a whole window are dropped, and idle clients are swept', () => {
    const { store } = sharedStore(100);
    const budget = new RateLimitBudget(store, { points: 100, windowMs: WINDOW_MS, batch: 10 });
    const now = jest.spyOn(Date, 'now');
    try {
      now.mockReturnValue(1_000_000);
      for (let i = 0; i < 9; i++) budget.consume('client');
      now.mockReturnValue(1_000_000 + WINDOW_MS);
      budget.sweep();
      // Swept: a fresh start, so nine more do not reach a batch either.
      for (let i = 0; i < 9; i++) budget.consume('client');
      expect(store.consume).not.toHaveBeenCalled();
    } finally {
      now.mockRestore();
    }
  });
});

describe('clientAddress', () => {
  const address = (ip: string) => clientAddress({ ip } as Request);

  it('keys IPv4 by address, also in its IPv6-mapped form', () => {
    expect(address('203.0.113.7')).toBe('203.0.113.7');
    expect(address('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys IPv6 by its /64, however the address is written', () => {
    expect(address('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(address('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(address('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(address('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(address('::1')).toBe('0:0:0:0::/64');
  });
});

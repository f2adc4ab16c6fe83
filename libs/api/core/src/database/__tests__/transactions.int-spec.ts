import { DataSource, type EntityManager } from 'typeorm';
import { createTestDatabase, testConfig, type TestDatabase } from '../../testing';
import { JsonLogger } from '../../logging/json-logger';
import { dataSourceOptions } from '../data-source';
import { ConcurrentChangeError, Transactions } from '../transactions';

/** Resolves once `parties` callers have arrived: two transactions each holding their first lock. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === parties) open();
    return opened;
  };
}

describe('Transactions', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let logged: Array<Record<string, unknown>>;

  const transactions = (attempts: number) =>
    new Transactions(
      dataSource,
      testConfig({ DATABASE_TRANSACTION_ATTEMPTS: String(attempts) }),
      new JsonLogger('warn', (line) => logged.push(JSON.parse(line))),
    );
  const counters = async () =>
    (await db.client.query<{ id: number; n: number }>(`SELECT id, n FROM counter ORDER BY id`)).rows.map((row) => row.n);

  /**
   * Two transactions that lock the counters in opposite orders, meeting in the middle on their first
   * run: PostgreSQL breaks the cycle by rolling one of them back. Returns how often each work ran.
   */
  const deadlock = async (runner: Transactions) => {
    const bothHoldTheirFirstLock = barrier(2);
    const runs = [0, 0];
    const crossing = (first: number, second: number, who: number) => async (manager: EntityManager) => {
      runs[who] += 1;
      await manager.query(`UPDATE counter SET n = n + 1 WHERE id = $1`, [first]);
      if (runs[who] === 1) await bothHoldTheirFirstLock();
      await manager.query(`UPDATE counter SET n = n + 1 WHERE id = $1`, [second]);
      return who;
    };
    const outcomes = await Promise.allSettled([runner.run(crossing(1, 2, 0)), runner.run(crossing(2, 1, 1))]);
    return { outcomes, runs };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(db.url, { logger: new JsonLogger('error') })).initialize();
    await db.client.query(`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`);
  });
  beforeEach(async () => {
    logged = [];
    await db.client.query(`TRUNCATE counter`);
    await db.client.query(`INSERT INTO counter VALUES (1, 0), (2, 0)`);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('runs the victim of a deadlock again, from the start, and logs it', async () => {
    const { outcomes, runs } = await deadlock(transactions(3));
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'fulfilled', value: 1 },
    ]);
    // One of them ran twice; its first run left nothing behind: each counter went up exactly twice.
    expect(runs.sort()).toEqual([1, 2]);
    expect(await counters()).toEqual([2, 2]);
    expect(logged).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'Transaction rolled back by the database', sqlState: '40P01', attempt: 1, attempts: 3 }),
    ]);
  });

  it('answers CONCURRENT_CHANGE, not an internal error, once the attempts are spent', async () => {
    const { outcomes, runs } = await deadlock(transactions(1));
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(ConcurrentChangeError);
    expect(reason).toMatchObject({ code: 'CONCURRENT_CHANGE', httpStatus: 409 });
    expect(runs).toEqual([1, 1]);
    // Only the survivor's changes are there.
    expect(await counters()).toEqual([1, 1]);
  });

  it('runs a serialization failure again', async () => {
    const runner = transactions(3);
    let runs = 0;
    const result = await runner.run(async (manager) => {
      runs += 1;
      await manager.query(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
      await manager.query(`SELECT n FROM counter WHERE id = 1`);
      // Someone else changes the row after our snapshot was taken, on the first run only.
      if (runs === 1) await db.client.query(`UPDATE counter SET n = 10 WHERE id = 1`);
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [rows] = (await manager.query(`UPDATE counter SET n = n + 1 WHERE id = 1 RETURNING n`)) as [Array<{ n: number }>, number];
      return rows[0].n;
    });
    expect(runs).toBe(2);
    expect(result).toBe(11);
    expect(logged).toEqual([expect.objectContaining({ sqlState: '40001', attempt: 1 })]);
  });

  it('never runs work again for any other failure', async () => {
    let runs = 0;
    await expect(
      transactions(3).run(async (manager) => {
        runs += 1;
        await manager.query(`INSERT INTO counter VALUES (1, 0)`);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(runs).toBe(1);
    expect(logged).toEqual([]);
  });
});

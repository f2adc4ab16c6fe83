import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing';
import { currentRequestContext, runWithRequestContext } from '../../context/request-context';
import { JsonLogger } from '../../logging/json-logger';
import { dataSourceOptions } from '../data-source';
import { PreparedStatement } from '../prepared-statement';
import { sql } from '../sql';

describe('PreparedStatement', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const DOUBLED = new PreparedStatement('test.doubled', `SELECT $1::int * 2 AS doubled`);

  beforeAll(async () => {
    db = await createTestDatabase();
    // The app's own options: its SQL logger is what counts a request's statements.
    dataSource = await new DataSource(dataSourceOptions(db.url, { logger: new JsonLogger('error') })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('runs through TypeORM, is prepared by name on the connection, and counts against the request', async () => {
    const statements = await runWithRequestContext(undefined, async () => {
      expect(await sql.rows(dataSource, DOUBLED, [21])).toEqual([{ doubled: 42 }]);
      // In a transaction: one connection, so its prepared statements are visible.
      const prepared = await dataSource.transaction(async (manager) => {
        expect(await sql.rows(manager, DOUBLED, [4])).toEqual([{ doubled: 8 }]);
        return manager.query(`SELECT name, statement FROM pg_prepared_statements WHERE name = $1`, [DOUBLED.name]);
      });
      expect(prepared).toEqual([{ name: 'test.doubled', statement: DOUBLED.text }]);
      return currentRequestContext()?.sqlStatements;
    });
    // Two prepared runs and the catalogue read; BEGIN and COMMIT are not statements of the request.
    expect(statements).toBe(3);
  });

  it('reports a failure like any statement, and the connection keeps working', async () => {
    await expect(sql.rows(dataSource, DOUBLED, ['not a number'])).rejects.toThrow(/invalid input syntax for type integer/);
    expect(await sql.rows(dataSource, DOUBLED, [5])).toEqual([{ doubled: 10 }]);
  });

  it('refuses one name for two different texts (pg would refuse it on the connection)', () => {
    expect(() => new PreparedStatement('test.doubled', `SELECT $1::int * 3 AS doubled`)).toThrow(/defined twice/);
    expect(new PreparedStatement('test.doubled', DOUBLED.text).name).toBe('test.doubled');
  });
});

import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing';
import { currentRequestContext, runWithRequestContext } from '../../context/request-context';
import { JsonLogger } from '../../logging/json-logger';
import { dataSourceOptions } from '../data-source';
import { PreparedStatement } from '../prepared-statement';
import { UnexpectedRowCountError, isUniqueViolation, sql, sqlStateOf } from '../sql';

describe('sql', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const BY_NAME = new PreparedStatement('test.sql.by-name', `SELECT id, name FROM gadget WHERE name = $1`);

  const names = async () =>
    (await db.client.query<{ name: string }>(`SELECT name FROM gadget ORDER BY name`)).rows.map(
      (row) => row.name,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    // The app's own options: its SQL logger is what counts a request's statements.
    dataSource = await new DataSource(
      dataSourceOptions(db.url, { logger: new JsonLogger('error') }),
    ).initialize();
    await db.client.query(
      `CREATE TABLE gadget (id serial PRIMARY KEY, name text NOT NULL CONSTRAINT gadget_name_key UNIQUE, n int NOT NULL DEFAULT 0)`,
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await db.client.query(`TRUNCATE gadget RESTART IDENTITY`);
    await db.client.query(`INSERT INTO gadget (name) VALUES ('a'), ('b'), ('c')`);
  });

  describe('rows: one shape whatever the statement', () => {
    it('SELECT answers its rows', async () => {
      expect(
        await sql.rows(dataSource, `SELECT name FROM gadget WHERE name <> $1 ORDER BY name`, ['b']),
      ).toEqual([{ name: 'a' }, { name: 'c' }]);
      expect(await sql.rows(dataSource, `SELECT name FROM gadget WHERE false`)).toEqual([]);
    });

    it('INSERT … RETURNING answers the inserted rows', async () => {
      expect(
        await sql.rows(dataSource, `INSERT INTO gadget (name) VALUES ($1), ($2) RETURNING name`, ['d', 'e']),
      ).toEqual([{ name: 'd' }, { name: 'e' }]);
    });

    // TypeORM's own query() answers [rows, count] for these two: the helper answers the rows.
    it('UPDATE … RETURNING answers the updated rows, not [rows, count]', async () => {
      const updated = await sql.rows<{ name: string; n: number }>(
        dataSource,
        `UPDATE gadget SET n = n + 1 WHERE name IN ('a', 'b') RETURNING name, n`,
      );
      expect(updated.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
        { name: 'a', n: 1 },
        { name: 'b', n: 1 },
      ]);
      expect(await sql.rows(dataSource, `UPDATE gadget SET n = 0 WHERE name = 'zzz' RETURNING name`)).toEqual(
        [],
      );
    });

    it('DELETE … RETURNING answers the deleted rows, not [rows, count]', async () => {
      expect(await sql.rows(dataSource, `DELETE FROM gadget WHERE name = $1 RETURNING name`, ['c'])).toEqual([
        { name: 'c' },
      ]);
      expect(await sql.rows(dataSource, `DELETE FROM gadget WHERE name = $1 RETURNING name`, ['c'])).toEqual(
        [],
      );
      expect(await names()).toEqual(['a', 'b']);
    });

    it('a statement without RETURNING answers no rows', async () => {
      expect(await sql.rows(dataSource, `UPDATE gadget SET n = 1`)).toEqual([]);
      expect(await sql.rows(dataSource, `INSERT INTO gadget (name) VALUES ('f')`)).toEqual([]);
    });
  });

  it('affected: how many rows an INSERT, UPDATE or DELETE touched', async () => {
    expect(await sql.affected(dataSource, `UPDATE gadget SET n = 2 WHERE name <> 'a'`)).toBe(2);
    expect(await sql.affected(dataSource, `INSERT INTO gadget (name) VALUES ('g'), ('h'), ('i')`)).toBe(3);
    expect(await sql.affected(dataSource, `DELETE FROM gadget WHERE name = 'nothing'`)).toBe(0);
    expect(await sql.affected(dataSource, `DELETE FROM gadget WHERE n = 2`)).toBe(2);
  });

  it('one answers the single row, and refuses none or several', async () => {
    expect(await sql.one(dataSource, `UPDATE gadget SET n = 5 WHERE name = 'a' RETURNING name, n`)).toEqual({
      name: 'a',
      n: 5,
    });
    await expect(sql.one(dataSource, `SELECT name FROM gadget WHERE name = 'none'`)).rejects.toThrow(
      UnexpectedRowCountError,
    );
    await expect(sql.one(dataSource, `SELECT name FROM gadget`)).rejects.toThrow(
      /expected exactly one row, got 3/,
    );
  });

  it('maybeOne answers the row or null, and refuses several', async () => {
    expect(await sql.maybeOne(dataSource, `DELETE FROM gadget WHERE name = 'b' RETURNING name`)).toEqual({
      name: 'b',
    });
    expect(await sql.maybeOne(dataSource, `DELETE FROM gadget WHERE name = 'b' RETURNING name`)).toBeNull();
    await expect(sql.maybeOne(dataSource, `SELECT name FROM gadget`)).rejects.toThrow(
      /expected at most one row, got 2/,
    );
  });

  it("runs on a manager outside any transaction (the DataSource's own) like on the DataSource", async () => {
    expect(
      await sql.rows(dataSource.manager, `DELETE FROM gadget WHERE name = $1 RETURNING name`, ['c']),
    ).toEqual([{ name: 'c' }]);
    expect(await names()).toEqual(['a', 'b']);
  });

  it('on: a bound runner for code shared with a bare pg client', async () => {
    const query = sql.on(dataSource);
    expect(await query<{ name: string }>(`DELETE FROM gadget WHERE name = $1 RETURNING name`, ['a'])).toEqual(
      [{ name: 'a' }],
    );
  });

  it('runs in the given transaction: its writes go when it rolls back, and it adds no statement of its own', async () => {
    const statements = await runWithRequestContext(undefined, async () => {
      await expect(
        dataSource.transaction(async (manager) => {
          expect(
            await sql.rows(manager, `UPDATE gadget SET name = 'z' WHERE name = 'a' RETURNING name`),
          ).toEqual([{ name: 'z' }]);
          expect(await sql.affected(manager, `DELETE FROM gadget WHERE name = 'b'`)).toBe(1);
          // Inside the transaction its own writes are visible; outside (another connection) they are not yet.
          expect(await sql.rows(manager, `SELECT name FROM gadget ORDER BY name`)).toEqual([
            { name: 'c' },
            { name: 'z' },
          ]);
          expect(await names()).toEqual(['a', 'b', 'c']);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      return currentRequestContext()?.sqlStatements;
    });
    expect(await names()).toEqual(['a', 'b', 'c']);
    // Three statements; BEGIN and ROLLBACK are not statements of the request.
    expect(statements).toBe(3);
  });

  it('runs prepared statements by name, without PREPARE statements of its own, on the DataSource and in a transaction', async () => {
    const statements = await runWithRequestContext(undefined, async () => {
      expect(await sql.one(dataSource, BY_NAME, ['a'])).toEqual({ id: 1, name: 'a' });
      const prepared = await dataSource.transaction(async (manager) => {
        expect(await sql.maybeOne(manager, BY_NAME, ['c'])).toEqual({ id: 3, name: 'c' });
        return sql.rows(manager, `SELECT name, statement FROM pg_prepared_statements WHERE name = $1`, [
          BY_NAME.name,
        ]);
      });
      expect(prepared).toEqual([{ name: BY_NAME.name, statement: BY_NAME.text }]);
      return currentRequestContext()?.sqlStatements;
    });
    expect(statements).toBe(3);
  });

  describe('isUniqueViolation', () => {
    const failure = async (statement: string) => {
      try {
        await sql.rows(dataSource, statement);
      } catch (error) {
        return error;
      }
      throw new Error('the statement succeeded');
    };

    it('recognises a unique violation, by constraint name when given', async () => {
      const error = await failure(`INSERT INTO gadget (name) VALUES ('a')`);
      expect(sqlStateOf(error)).toBe('23505');
      expect(isUniqueViolation(error)).toBe(true);
      expect(isUniqueViolation(error, 'gadget_name_key')).toBe(true);
      expect(isUniqueViolation(error, 'gadget_pkey')).toBe(false);
      const byKey = await failure(`INSERT INTO gadget (id, name) VALUES (1, 'new')`);
      expect(isUniqueViolation(byKey, 'gadget_pkey')).toBe(true);
      expect(isUniqueViolation(byKey, 'gadget_name_key')).toBe(false);
    });

    it('is false for other failures and for things that are not database errors', async () => {
      const notNull = await failure(`INSERT INTO gadget (name) VALUES (NULL)`);
      expect(sqlStateOf(notNull)).toBe('23502');
      expect(isUniqueViolation(notNull)).toBe(false);
      expect(isUniqueViolation(new Error('duplicate'))).toBe(false);
      expect(isUniqueViolation(null)).toBe(false);
      expect(isUniqueViolation(undefined, 'gadget_name_key')).toBe(false);
    });

    it('reads a bare pg error too (command-line tools run on a pg client)', async () => {
      const error = await db.client
        .query(`INSERT INTO gadget (name) VALUES ('b')`)
        .catch((caught: unknown) => caught);
      expect(isUniqueViolation(error, 'gadget_name_key')).toBe(true);
    });
  });
});

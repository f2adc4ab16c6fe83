import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { main, type CliIo } from './import';

function capture(env: NodeJS.ProcessEnv): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, env, out: (line) => stdout.push(line), error: (line) => stderr.push(line) };
}

describe('hr-import CLI', () => {
  let db: TestDatabase;
  let file: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    file = join(mkdtempSync(join(tmpdir(), 'hr-import-')), 'people.csv');
    writeFileSync(
      file,
      '\uFEFFemail,given_name,family_name,department,manager_email\n' +
        'dev@corp.example,Dev,Eloper,Engineering,boss@corp.example\n' +
        'boss@corp.example,Bo,Ss,Engineering,\n' +
        'broken,No,Email,,\n',
    );
  });
  afterAll(() => db?.drop());

  const people = async () =>
    (await db.client.query(`SELECT count(*)::int AS n FROM person`)).rows[0].n as number;

  it('exits 2 with the usage when no file is given', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main([], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/Usage: hr-import/);
  });

  it('dry-runs by default: reports the changes and refused rows with line numbers, writes nothing', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main([file], io)).toBe(3);
    expect(io.stdout.at(-1)).toBe(
      'Dry run (nothing written; add --apply to write). 3 rows: 2 to create, 0 to update, 0 unchanged, 1 new departments, 1 refused',
    );
    expect(io.stderr.join('\n')).toMatch(/line 4: refused: email "broken" is not an email address/);
    expect(await people()).toBe(0);
  });

  it('applies with --apply, and a second run reports no changes', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main([file, '--apply'], io)).toBe(3);
    expect(io.stdout.at(-1)).toMatch(/^Applied\. 3 rows: 2 created, 0 updated/);
    expect(await people()).toBe(2);
    const again = capture({ DATABASE_URL: db.url });
    await main([file, '--apply'], again);
    expect(again.stdout.at(-1)).toMatch(/0 created, 0 updated, 2 unchanged, 0 new departments/);
  });
});

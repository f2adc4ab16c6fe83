import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { importEsco, type EscoImportReport } from '../import/esco-importer';
import { sharedDataDir } from '../import/shared-data';

const ESCO_DIR = join(sharedDataDir(), 'esco-1.1.1');

/** A fingerprint of everything the import writes, to prove that a second run writes nothing. */
async function fingerprint(db: TestDatabase): Promise<string> {
  const { rows } = await db.client.query<{ skills: string; aliases: string }>(`
    SELECT (SELECT md5(string_agg(concat_ws('|', id, name, normalized_name, description, category, parent_id, status,
                                             external_uri, xmin::text), ',' ORDER BY id)) FROM skill) AS skills,
           (SELECT md5(string_agg(concat_ws('|', normalized_alias, skill_id, alias, xmin::text), ',' ORDER BY normalized_alias))
              FROM skill_alias) AS aliases`);
  return `${rows[0].skills}/${rows[0].aliases}`;
}

describe('ESCO import (the real v1.1.1 files)', () => {
  let db: TestDatabase;
  let first: EscoImportReport;
  let firstMs: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    const started = performance.now();
    first = await importEsco(db.client, ESCO_DIR);
    firstMs = performance.now() - started;
  }, 120_000);
  afterAll(() => db?.drop());

  it('imports all 13,896 skills well under a minute, plus the skill groups as parents', async () => {
    expect(firstMs).toBeLessThan(60_000);
    expect(first.esco).toEqual({
      skills: 13_896,
      groups: 640,
      groupsFolded: 131,
      unknownBroader: 0,
      commonWordLabelsDropped: 186,
    });
    const { rows } = await db.client.query<{ category: string; count: number }>(
      `SELECT category, count(*)::int AS count FROM skill WHERE source = 'esco' GROUP BY category ORDER BY category`,
    );
    expect(rows).toEqual([
      { category: 'knowledge', count: 3_059 },
      { category: 'skill group', count: 509 },
      { category: 'skill/competence', count: 10_837 },
    ]);
    expect(first.skills).toMatchObject({
      read: 14_405,
      inserted: 14_405,
      updated: 0,
      unchanged: 0,
      invalid: 0,
      cyclesBroken: 0,
    });
  });

  it('keeps alternative labels as aliases, skipping those another skill already has', async () => {
    const { rows } = await db.client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM skill_alias`,
    );
    expect(rows[0].count).toBe(first.aliases.inserted);
    expect(first.aliases.inserted).toBeGreaterThan(80_000);
    expect(first.aliases.skipped).toBeGreaterThan(0);
    expect(first.aliases.inserted + first.aliases.skipped + first.aliases.redundant).toBe(first.aliases.read);
    const known = await db.client.query(
      `SELECT s.name, s.description, s.category FROM skill_alias a JOIN skill s ON s.id = a.skill_id
        WHERE a.normalized_alias = 'direct musical staff'`,
    );
    expect(known.rows).toEqual([
      {
        name: 'manage musical staff',
        category: 'skill/competence',
        description:
          'Assign and manage staff tasks in areas such as scoring, arranging, copying music and vocal coaching.',
      },
    ]);
  });

  it('builds the hierarchy: every concept has a parent up to one of four roots', async () => {
    const roots = await db.client.query<{ name: string }>(
      `SELECT name FROM skill WHERE source = 'esco' AND parent_id IS NULL ORDER BY name`,
    );
    expect(roots.rows.map((row) => row.name)).toEqual([
      'knowledge',
      'language skills and knowledge',
      'skills',
      'transversal skills and competences',
    ]);
    const chain = await db.client.query<{ name: string }>(`
      WITH RECURSIVE up(id, depth) AS (
        SELECT parent_id, 1 FROM skill WHERE source = 'esco' AND name = 'Haskell'
        UNION ALL SELECT s.parent_id, depth + 1 FROM skill s JOIN up ON s.id = up.id WHERE depth < 20)
      SELECT s.name FROM up JOIN skill s ON s.id = up.id ORDER BY depth`);
    expect(chain.rows.map((row) => row.name)).toEqual([
      'computer programming',
      'digital content creation',
      'using digital tools for collaboration and productivity',
      'using digital tools for collaboration, content creation and problem solving',
      'working with computers',
      'skills',
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await fingerprint(db);
    const started = performance.now();
    const second = await importEsco(db.client, ESCO_DIR);
    const secondMs = performance.now() - started;
    expect(second.skills).toMatchObject({ inserted: 0, updated: 0, unchanged: 14_405 });
    expect(second.aliases).toMatchObject({ inserted: 0, reassigned: 0, unchanged: first.aliases.inserted });
    expect(second.aliases.skipped).toBe(first.aliases.skipped);
    expect(await fingerprint(db)).toBe(before);
    expect(secondMs).toBeLessThan(60_000);
  }, 120_000);
});

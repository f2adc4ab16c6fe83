import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { importOnet, type OnetImportReport } from '../import/onet-importer';
import { applyStarterTaxonomy } from '../taxonomy/install-starter';
import { sharedDataDir } from '../import/shared-data';

const ONET_FILE = join(sharedDataDir(), 'onet-30.2', 'technology-skills.txt');

describe('O*NET technology skills import (the real 30.2 file)', () => {
  let db: TestDatabase;
  let first: OnetImportReport;

  beforeAll(async () => {
    db = await createTestDatabase();
    await applyStarterTaxonomy(db.client);
    first = await importOnet(db.client, ONET_FILE);
  }, 60_000);
  afterAll(() => db?.drop());

  it('makes one skill per product, deduplicated across occupations, under 137 technology classes', async () => {
    expect(first.onet).toEqual({
      rows: 32_773,
      commodities: 137,
      products: 8_745,
      productsFoldedIntoClasses: 40,
    });
    const { rows } = await db.client.query<{ category: string; count: number }>(
      `SELECT category, count(*)::int AS count FROM skill WHERE source = 'onet' GROUP BY category ORDER BY category`,
    );
    expect(rows).toEqual([
      { category: 'technology', count: 8_745 },
      { category: 'technology class', count: 137 },
    ]);
    const excel = await db.client.query(
      `SELECT s.external_uri, p.name AS parent, p.external_uri AS parent_uri, s.description
         FROM skill s JOIN skill p ON p.id = s.parent_id WHERE s.source = 'onet' AND s.normalized_name = 'microsoft excel'`,
    );
    expect(excel.rows).toHaveLength(1);
    expect(excel.rows[0]).toMatchObject({
      external_uri: 'onet:example/microsoft-excel',
      parent: 'Spreadsheet software',
      parent_uri: 'onet:commodity/43232110',
    });
    expect(excel.rows[0].description).toMatch(
      /^Spreadsheet software, listed for \d{3,} occupations in O\*NET; a hot technology/,
    );
  });

  it('puts a product listed under several classes under the one most occupations use', async () => {
    const jira = await db.client.query(
      `SELECT p.name AS parent FROM skill s JOIN skill p ON p.id = s.parent_id WHERE s.source = 'onet' AND s.name = 'Atlassian JIRA'`,
    );
    expect(jira.rows).toEqual([{ parent: 'Content workflow software' }]);
  });

  it('lives alongside the starter taxonomy: same names in different sources, both kept', async () => {
    const { rows } = await db.client.query<{ source: string }>(
      `SELECT source FROM skill WHERE normalized_name = 'kubernetes' ORDER BY source`,
    );
    expect(rows.map((row) => row.source)).toEqual(['ensemble', 'onet']);
  });

  it('changes nothing when run again', async () => {
    const second = await importOnet(db.client, ONET_FILE);
    expect(second.skills).toMatchObject({ inserted: 0, updated: 0, unchanged: 8_882 });
  });
});

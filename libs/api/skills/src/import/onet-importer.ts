import type { ClientBase } from 'pg';
import { normalizeSkillName, skillSlug } from '../taxonomy/normalize';
import {
  inTaxonomyTransaction,
  upsertTaxonomy,
  type TaxonomyEntry,
  type TaxonomyProgress,
  type TaxonomyReport,
} from '../taxonomy/upsert-taxonomy';
import { readCsvRecords } from './csv';

/**
 * O*NET Technology Skills import (`Technology Skills.txt` from the O*NET database, tab-separated, one
 * row per occupation and product). Each product ("Example") becomes one skill however many
 * occupations list it, under its commodity class ("Commodity Title", a UNSPSC class such as
 * "Spreadsheet software"), which becomes a parent skill.
 *
 * - Keys: `onet:commodity/<code>` and `onet:example/<slug of the product name>`.
 * - A product listed under several commodity classes goes under the one most occupations use
 *   (ties: the lowest code).
 * - O*NET lists some classes as their own examples ("Spreadsheet software" under Spreadsheet
 *   software): such a product is the class itself, not a second skill.
 * - "Hot Technology" and "In Demand" vary by occupation; a product counts as hot (in demand) when any
 *   occupation says so, and this goes into its description with the number of occupations.
 *
 * Source: O*NET 30.2 Database by the U.S. Department of Labor, Employment and Training
 * Administration (USDOL/ETA), used under the CC BY 4.0 license.
 */

export const ONET_PRODUCT_CATEGORY = 'technology';
export const ONET_CLASS_CATEGORY = 'technology class';

export interface OnetTechnologyRow {
  occupation: string;
  example: string;
  commodityCode: string;
  commodityTitle: string;
  hot: boolean;
  inDemand: boolean;
}

export interface OnetTaxonomy {
  entries: TaxonomyEntry[];
  stats: {
    rows: number;
    commodities: number;
    products: number;
    /** Products named like a commodity class, which stand for that class. */
    productsFoldedIntoClasses: number;
  };
}

export interface OnetImportReport extends TaxonomyReport {
  onet: OnetTaxonomy['stats'];
}

export interface OnetImportOptions {
  onProgress?: (progress: TaxonomyProgress) => void;
  batchSize?: number;
}

const COLUMNS = [
  'O*NET-SOC Code',
  'Example',
  'Commodity Code',
  'Commodity Title',
  'Hot Technology',
  'In Demand',
];

export async function importOnet(
  client: ClientBase,
  file: string,
  options: OnetImportOptions = {},
): Promise<OnetImportReport> {
  const rows: OnetTechnologyRow[] = [];
  for await (const record of readCsvRecords(file, {
    delimiter: '\t',
    quote: null,
    requiredColumns: COLUMNS,
    onProgress: (progress) =>
      options.onProgress?.({ phase: 'reading', done: progress.bytesRead, total: progress.totalBytes }),
  })) {
    rows.push({
      occupation: record['O*NET-SOC Code'].trim(),
      example: record['Example'],
      commodityCode: record['Commodity Code'].trim(),
      commodityTitle: record['Commodity Title'],
      hot: record['Hot Technology'].trim() === 'Y',
      inDemand: record['In Demand'].trim() === 'Y',
    });
  }
  const taxonomy = buildOnetTaxonomy(rows);
  const report = await inTaxonomyTransaction(client, () =>
    upsertTaxonomy(client, 'onet', taxonomy.entries, {
      onProgress: options.onProgress,
      batchSize: options.batchSize,
    }),
  );
  return { ...report, onet: taxonomy.stats };
}

interface Product {
  name: string;
  occupations: Set<string>;
  byCommodity: Map<string, number>;
  hot: boolean;
  inDemand: boolean;
}

/** Turns O*NET technology rows into taxonomy entries (pure; see the module comment). */
export function buildOnetTaxonomy(rows: readonly OnetTechnologyRow[]): OnetTaxonomy {
  const commodities = new Map<string, string>();
  const products = new Map<string, Product>();
  for (const row of rows) {
    const name = row.example.trim();
    if (!name || !row.commodityCode || !row.commodityTitle.trim()) continue;
    if (!commodities.has(row.commodityCode)) commodities.set(row.commodityCode, row.commodityTitle.trim());
    const slug = skillSlug(name);
    let product = products.get(slug);
    if (!product) {
      product = { name, occupations: new Set(), byCommodity: new Map(), hot: false, inDemand: false };
      products.set(slug, product);
    }
    product.occupations.add(row.occupation);
    product.byCommodity.set(row.commodityCode, (product.byCommodity.get(row.commodityCode) ?? 0) + 1);
    product.hot ||= row.hot;
    product.inDemand ||= row.inDemand;
  }

  const entries: TaxonomyEntry[] = [];
  const classByName = new Map<string, string>();
  for (const [code, title] of [...commodities].sort(([a], [b]) => a.localeCompare(b))) {
    classByName.set(normalizeSkillName(title), code);
    entries.push({
      key: commodityKey(code),
      name: title,
      description: `Technology class ${code} in O*NET (a UNSPSC commodity class).`,
      category: ONET_CLASS_CATEGORY,
      parentKey: null,
      aliases: [],
    });
  }
  let folded = 0;
  for (const [slug, product] of [...products].sort(([a], [b]) => a.localeCompare(b))) {
    if (classByName.has(normalizeSkillName(product.name))) {
      folded += 1;
      continue;
    }
    const [code] = [...product.byCommodity].sort(
      ([codeA, countA], [codeB, countB]) => countB - countA || codeA.localeCompare(codeB),
    )[0];
    const occupations = product.occupations.size;
    const traits = [product.hot ? 'a hot technology' : null, product.inDemand ? 'in demand' : null].filter(
      Boolean,
    );
    entries.push({
      key: `onet:example/${slug}`,
      name: product.name,
      description: `${commodities.get(code)}, listed for ${occupations} occupation${occupations === 1 ? '' : 's'} in O*NET${
        traits.length ? `; ${traits.join(', ')}` : ''
      }.`,
      category: ONET_PRODUCT_CATEGORY,
      parentKey: commodityKey(code),
      aliases: [],
    });
  }
  return {
    entries,
    stats: {
      rows: rows.length,
      commodities: commodities.size,
      products: products.size - folded,
      productsFoldedIntoClasses: folded,
    },
  };
}

function commodityKey(code: string): string {
  return `onet:commodity/${code}`;
}

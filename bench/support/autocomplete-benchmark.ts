/**
 * Skill autocomplete benchmark: the full ESCO classification plus the starter taxonomy in a scratch
 * database, 1,000 searches of the kinds people type (prefixes, aliases, one-typo misspellings, whole
 * names), each run through the exact SQL SkillsService sends, timed one after another from the
 * client, as an API instance sees them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@ensemble/api/core';
import {
  applyStarterTaxonomy,
  autocompleteStatement,
  importEsco,
  normalizeSkillName,
  DEFAULT_SUGGESTIONS,
} from '@ensemble/api/skills';
import { sharedDataDir } from '@ensemble/api/skills';

export interface AutocompleteBenchOptions {
  /** A PostgreSQL server URL to create the scratch database on; an embedded server otherwise. */
  serverUrl?: string;
  escoDir?: string;
  queries?: number;
  seed?: number;
  log?: (line: string) => void;
}

export type QueryKind = 'prefix' | 'alias' | 'typo' | 'exact';

export interface BenchQuery {
  kind: QueryKind;
  term: string;
  /** For typos: the normalized name the misspelling came from (to measure how often it is found). */
  intended?: string;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface AutocompleteBenchResult {
  skills: number;
  aliases: number;
  importMs: number;
  overall: LatencySummary;
  byKind: Record<QueryKind, LatencySummary>;
  /** Share of typo queries whose intended skill was among the suggestions. */
  typoRecall: number;
}

const WARM_UP = 50;

export async function runAutocompleteBenchmark(
  options: AutocompleteBenchOptions = {},
): Promise<AutocompleteBenchResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const escoDir = options.escoDir ?? join(sharedDataDir(), 'esco-1.1.1');
  const scratch = await openScratchDatabase(options.serverUrl, log);
  try {
    await runMigrations(scratch.url);
    const client = new Client({ connectionString: scratch.url, application_name: 'ensemble-bench' });
    await client.connect();
    try {
      const importStarted = performance.now();
      await applyStarterTaxonomy(client);
      await importEsco(client, escoDir);
      const importMs = performance.now() - importStarted;
      // Synthetic, deterministic holder counts so that ranking has something to sort on.
      await client.query(`UPDATE skill SET holder_count = abs(hashtext(id::text)) % 200`);
      await client.query('VACUUM ANALYZE skill');
      await client.query('VACUUM ANALYZE skill_alias');
      const counts = (
        await client.query<{ skills: number; aliases: number }>(
          `SELECT (SELECT count(*)::int FROM skill) AS skills, (SELECT count(*)::int FROM skill_alias) AS aliases`,
        )
      ).rows[0];
      log(
        `Imported ${counts.skills.toLocaleString('en')} skills and ${counts.aliases.toLocaleString('en')} aliases in ${(importMs / 1000).toFixed(1)} s`,
      );

      const queries = await benchQueries(client, options.queries ?? 1000, options.seed ?? 42);
      for (const query of queries.slice(0, WARM_UP)) await search(client, query.term);

      const timings: Record<QueryKind, number[]> = { prefix: [], alias: [], typo: [], exact: [] };
      let typos = 0;
      let typoHits = 0;
      for (const query of queries) {
        const started = performance.now();
        const names = await search(client, query.term);
        timings[query.kind].push(performance.now() - started);
        if (query.kind === 'typo') {
          typos += 1;
          if (names.includes(query.intended as string)) typoHits += 1;
        }
      }
      const all = Object.values(timings).flat();
      const result: AutocompleteBenchResult = {
        skills: counts.skills,
        aliases: counts.aliases,
        importMs,
        overall: summarize(all),
        byKind: {
          prefix: summarize(timings.prefix),
          alias: summarize(timings.alias),
          typo: summarize(timings.typo),
          exact: summarize(timings.exact),
        },
        typoRecall: typos ? typoHits / typos : 1,
      };
      log(formatResult(result));
      return result;
    } finally {
      await client.end();
    }
  } finally {
    await scratch.close();
  }
}

async function search(client: Client, term: string): Promise<string[]> {
  const statement = autocompleteStatement(normalizeSkillName(term), DEFAULT_SUGGESTIONS);
  const result = await client.query<{ normalized_name: string }>(statement.text, statement.values);
  return result.rows.map((row) => row.normalized_name);
}

/**
 * A deterministic mix: 40% prefixes of active skill names (1–8 characters), 25% aliases or alias
 * prefixes, 25% names with one typo (a wrong, missing, extra or swapped letter), 10% whole names.
 */
export async function benchQueries(client: Client, count: number, seed: number): Promise<BenchQuery[]> {
  const names = (
    await client.query<{ normalized_name: string }>(
      `SELECT normalized_name FROM skill WHERE status = 'active' ORDER BY id`,
    )
  ).rows.map((row) => row.normalized_name);
  const aliases = (
    await client.query<{ normalized_alias: string }>(
      `SELECT normalized_alias FROM skill_alias ORDER BY normalized_alias`,
    )
  ).rows.map((row) => row.normalized_alias);
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const longNames = names.filter((name) => Array.from(name).length >= 5);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.4) {
      const name = pick(names);
      const length = 1 + Math.floor(random() * Math.min(8, name.length));
      queries.push({ kind: 'prefix', term: name.slice(0, length) });
    } else if (roll < 0.65) {
      const alias = pick(aliases);
      queries.push({
        kind: 'alias',
        term: random() < 0.5 ? alias : alias.slice(0, Math.max(3, Math.ceil(alias.length * 0.6))),
      });
    } else if (roll < 0.9) {
      const name = pick(longNames);
      queries.push({ kind: 'typo', term: withTypo(name, random), intended: name });
    } else {
      queries.push({ kind: 'exact', term: pick(names) });
    }
  }
  return queries;
}

/** One random edit, away from the first character (people rarely mistype that one). */
function withTypo(text: string, random: () => number): string {
  const chars = Array.from(text);
  const at = 1 + Math.floor(random() * (chars.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)];
  const edit = Math.floor(random() * 4);
  if (edit === 0) chars[at] = chars[at] === letter ? 'x' : letter;
  else if (edit === 1) chars.splice(at, 1);
  else if (edit === 2) chars.splice(at, 0, letter);
  else if (chars[at] !== chars[at + 1]) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  else chars[at] = chars[at] === 'q' ? 'z' : 'q';
  return chars.join('');
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function formatResult(result: AutocompleteBenchResult): string {
  const row = (label: string, s: LatencySummary) =>
    `  ${label.padEnd(8)} ${String(s.count).padStart(5)}  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  mean ${ms(s.mean)}  max ${ms(s.max)}`;
  return [
    `Autocomplete over ${result.skills.toLocaleString('en')} skills / ${result.aliases.toLocaleString('en')} aliases (ms, one client, sequential):`,
    row('all', result.overall),
    ...(Object.keys(result.byKind) as QueryKind[]).map((kind) => row(kind, result.byKind[kind])),
    `  one-typo queries that found their skill: ${(result.typoRecall * 100).toFixed(1)}%`,
    `  goal p95 <= 20 ms: ${result.overall.p95 <= 20 ? 'met' : 'NOT met'}`,
  ].join('\n');
}

function ms(value: number): string {
  return value.toFixed(2).padStart(6);
}

/** Small seeded PRNG: the same seed always gives the same queries. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ScratchDatabase {
  url: string;
  close(): Promise<void>;
}

async function openScratchDatabase(
  serverUrl: string | undefined,
  log: (line: string) => void,
): Promise<ScratchDatabase> {
  if (serverUrl) {
    const name = `ensemble_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`).finally(() => admin.end());
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`Scratch database ${name} on ${url.host}`);
    return {
      url: url.toString(),
      async close() {
        const cleanup = new Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => cleanup.end());
      },
    };
  }
  const dataDir = join(mkdtempSync(join(tmpdir(), 'ensemble-bench-')), 'pg');
  log(`Starting an embedded PostgreSQL in ${dataDir}`);
  const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: false });
  return {
    url: server.adminUrl,
    async close() {
      await server.stop();
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

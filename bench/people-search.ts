/**
 * `npm run bench:people-search`: people search (issue 4's figures) over HTTP against the real API app,
 * on 100,000 people, 1,000,000 skill links and the full ESCO taxonomy, beside the same SQL run
 * directly through `pg` and beside an in-process MiniSearch index of the same documents.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:people-search
 *     [--people 100000] [--links 1000000] [--rounds 20] [--warm-up-rounds 1] [--duration 20]
 *     [--concurrency 16] [--seed 7] [--esco DIR]
 *
 * With TEST_DATABASE_URL (or DATABASE_URL) a scratch database is created on that server and dropped at
 * the end; without either, a throwaway embedded PostgreSQL is started and removed. ESCO is read from
 * the shared data (ENSEMBLE_SHARED_DATA, shared/data beside the repository, …) unless --esco says
 * otherwise.
 *
 * The query mix is fixed and derived from the seeded data (skill holder counts, real people's names,
 * real places and departments), so every run with the same options asks the same questions; it is
 * printed. At concurrency 1, each query of each round runs through GraphQL, then its captured SQL
 * through pg, then through MiniSearch, one after the other, so that the three see the same caches and
 * the same machine noise. Then `--concurrency` clients send the mix round-robin for `--duration`
 * seconds, and the same number of clients replay the captured SQL through pg for as long.
 *
 * Every request's X-SQL-Statements header is recorded. The run fails (exit code 1) when any request
 * took more than three statements or answered with errors. The latency and throughput targets are
 * goals: each is printed with PASS or MISS and none fails the run.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import MiniSearch, { type SearchResult } from 'minisearch';
import { Client, Pool } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { runMigrations } from '@ensemble/api/core';
import { randomStream } from '@ensemble/api/demo-data';
import { SkillDictionary, interpretQuery, type Vocabulary } from '@ensemble/api/discovery';
import { ProfileField, canSee, type Viewer } from '@ensemble/api/people';
import { importEsco, sharedDataDir } from '@ensemble/api/skills';
import { benchViewer, companyCounts, seedBenchCompany } from './support/bench-company';
import { postGraphQL, startBenchApi, type ApiAnswer, type BenchApi } from './support/bench-api';
import { exitWhenDone } from './support/exit';
import { benchServerUrl, openScratchDatabase } from './support/scratch-database';
import {
  canCollectGarbage,
  liveMemory,
  mb,
  ms,
  out,
  peakRss,
  summarize,
  type Summary,
} from './support/stats';

/** At most this many SQL statements per search request, the session lookup included. */
const STATEMENT_BUDGET = 3;
/** The web app's page size. */
const PAGE_SIZE = 20;
/** Results compared between searchPeople and MiniSearch. */
const TOP = 10;

const TARGETS = {
  c1P50: 5,
  c1P95: 15,
  concurrentThroughput: 800,
  concurrentP99: 50,
  typoAndPrefixP95: 15,
};

/** What the web app's result card and search page show. */
const SEARCH_QUERY = `query SearchPeople($input: PeopleSearchInput!, $first: Int!) {
  searchPeople(input: $input, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        score
        matchedFields
        matchedSkills {
          skillId skillName countsTowardSkillId countsTowardSkillName level endorsementCount endorsementWeight
          evidenceCount interest
        }
        person { id displayName title avatarUrl }
      }
    }
    interpretation { skills { skillId name matchedText via } location locationText terms passion didYouMean }
    facets {
      departments { id name count }
      locations { value count }
      skills { id name count }
      levels { level count }
    }
  }
}`;

// ——— The query mix. ———

const CATEGORIES = [
  'skill (common)',
  'skill (rare)',
  'alias',
  'skill typo',
  'name prefix',
  'name typo',
  'multi-part',
  'filters',
] as const;
type Category = (typeof CATEGORIES)[number];
/** The categories of the "typo and prefix queries" target. */
const TYPO_AND_PREFIX: readonly Category[] = ['skill typo', 'name prefix', 'name typo'];

interface SearchInput {
  query?: string;
  skills?: Array<{ skillId: string; minLevel: number }>;
  departmentIds?: string[];
}

interface MixQuery {
  category: Category;
  /** How the query is printed. */
  label: string;
  input: SearchInput;
  /** What MiniSearch is asked: the same words, or every document when the search is filters only. */
  miniText: string | typeof MiniSearch.wildcard;
  /** The structured filters, applied by MiniSearch to its stored fields. */
  miniFilter?: (stored: StoredFields) => boolean;
  /** For name queries: the person whose name was typed. */
  targetPersonId?: string;
}

interface SkillRow {
  id: string;
  name: string;
  holders: number;
}

/** The interpreter must read `text` as exactly these skills, and nothing else. */
function readsAsSkills(
  text: string,
  skillIds: readonly string[],
  vocabulary: Vocabulary,
  via?: string,
): boolean {
  const understood = interpretQuery(text, vocabulary);
  return (
    understood.terms.length === 0 &&
    understood.location === null &&
    understood.skills.length === skillIds.length &&
    understood.skills.every(
      (skill, index) => skill.skillId === skillIds[index] && (via === undefined || skill.via === via),
    )
  );
}

/** One typo, by kind: swap two letters, drop one, double one, or change one (mid-word, deterministic). */
function misspell(word: string, kind: number): string {
  const i = Math.max(1, Math.floor(word.length / 2));
  switch (kind % 4) {
    case 0:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const letter = word[i] === 'e' ? 'a' : 'e';
      return word.slice(0, i) + letter + word.slice(i + 1);
    }
  }
}

/** Picks `count` items spread evenly over `items` (the first and the last included). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from(
    { length: count },
    (_, k) => items[Math.round((k * (items.length - 1)) / (count - 1))] as T,
  );
}

async function buildQueryMix(
  client: Client,
  vocabulary: Vocabulary,
  viewer: Viewer,
  seed: number,
): Promise<MixQuery[]> {
  const skills = (
    await client.query<SkillRow>(
      `SELECT id, name, holder_count AS holders FROM skill
        WHERE status = 'active' AND holder_count > 0 ORDER BY holder_count DESC, normalized_name, id`,
    )
  ).rows;
  const byName = skills.filter((skill) => readsAsSkills(skill.name, [skill.id], vocabulary, 'name'));
  const holders = (skillId: string) => skills.find((skill) => skill.id === skillId)?.holders ?? 0;
  const withHolders = (skill: SkillRow) => `${skill.name} (${skill.holders.toLocaleString('en')} holders)`;
  const levelsAtLeast =
    (required: ReadonlyArray<{ skillId: string; minLevel: number }>) => (stored: StoredFields) =>
      required.every(({ skillId, minLevel }) => (stored.levels[skillId] ?? 0) >= minLevel);
  const mix: MixQuery[] = [];
  const add = (query: Omit<MixQuery, 'miniText'> & { miniText?: MixQuery['miniText'] }) =>
    mix.push({ ...query, miniText: query.miniText ?? query.input.query ?? MiniSearch.wildcard });

  // Skill names: the most held (the demo company's "English" is held by ~85% of people), and the rarest
  // (among skills with no narrower skill, whose holders would count too).
  const common = byName.slice(0, 4);
  for (const skill of common)
    add({ category: 'skill (common)', label: withHolders(skill), input: { query: skill.name } });
  const leaves = byName.filter((skill) => (vocabulary.children.get(skill.id) ?? []).length === 0);
  const rare = spread([...leaves].reverse().slice(0, 40), 4);
  for (const skill of rare)
    add({ category: 'skill (rare)', label: withHolders(skill), input: { query: skill.name } });
  const middle = byName.slice(8, 120);

  // Aliases: the well-known ones where the taxonomy has them, else the aliases of the most held skills.
  const aliasRows = (
    await client.query<{ alias: string; skill_id: string; name: string }>(
      `SELECT a.alias, a.skill_id, s.name FROM skill_alias a JOIN skill s ON s.id = a.skill_id
        WHERE s.status = 'active' AND s.holder_count > 0 ORDER BY s.holder_count DESC, a.alias`,
    )
  ).rows.filter((row) => readsAsSkills(row.alias, [row.skill_id], vocabulary, 'alias'));
  const preferred = ['k8s', 'js', 'golang', 'ts', 'postgres', 'py', 'ml'];
  const aliases = [
    ...preferred.flatMap((alias) => aliasRows.filter((row) => row.alias.toLowerCase() === alias)),
    ...aliasRows.filter((row) => !preferred.includes(row.alias.toLowerCase())),
  ]
    .filter((row, index, all) => all.findIndex((other) => other.skill_id === row.skill_id) === index)
    .slice(0, 5);
  for (const row of aliases) {
    add({
      category: 'alias',
      label: `${row.alias} → ${row.name} (${holders(row.skill_id).toLocaleString('en')} holders)`,
      input: { query: row.alias },
    });
  }

  // One-typo misspellings of single-word skill names, each checked to be corrected to its skill.
  const typoSkills = byName.filter((skill) => /^\p{L}{6,}$/u.test(skill.name));
  const typos: Array<{ skill: SkillRow; text: string }> = [];
  for (const skill of [...typoSkills.slice(0, 3), ...spread(typoSkills.slice(3, 150), 12)]) {
    if (typos.length === 6) break;
    const text = misspell(skill.name.toLowerCase(), typos.length);
    if (text !== skill.name.toLowerCase() && readsAsSkills(text, [skill.id], vocabulary, 'typo'))
      typos.push({ skill, text });
  }
  for (const { skill, text } of typos) {
    add({ category: 'skill typo', label: `${text} → ${withHolders(skill)}`, input: { query: text } });
  }

  // Real people's names: typed in part, and misspelt (names are left to the name search).
  const people = (
    await client.query<{ id: string; given_name: string; family_name: string }>(
      `SELECT id, given_name, family_name FROM person WHERE status = 'active' AND id <> $1 ORDER BY id`,
      [viewer.personId],
    )
  ).rows;
  const random = randomStream(seed, 'bench-people-search');
  const isPlainName = (text: string) => {
    const understood = interpretQuery(text, vocabulary);
    return understood.skills.length === 0 && understood.location === null;
  };
  const namePrefixes: MixQuery[] = [];
  const nameTypos: MixQuery[] = [];
  for (let tries = 0; tries < 10_000 && (namePrefixes.length < 6 || nameTypos.length < 6); tries++) {
    const person = people[Math.floor(random() * people.length)];
    if (!person || !/^\p{L}{5,}$/u.test(person.given_name) || !/^\p{L}{5,}$/u.test(person.family_name))
      continue;
    const [given, family] = [person.given_name, person.family_name];
    if (namePrefixes.length < 6) {
      const text = namePrefixes.length < 3 ? `${given} ${family.slice(0, 3)}` : family.slice(0, 4);
      if (isPlainName(text)) {
        namePrefixes.push({
          category: 'name prefix',
          label: `${text} (${given} ${family})`,
          input: { query: text },
          miniText: text,
          targetPersonId: person.id,
        });
        continue;
      }
    }
    if (nameTypos.length < 6) {
      const text =
        nameTypos.length < 3
          ? `${given} ${misspell(family, nameTypos.length)}`
          : `${misspell(given, nameTypos.length)} ${family}`;
      if (isPlainName(text)) {
        nameTypos.push({
          category: 'name typo',
          label: `${text} (${given} ${family})`,
          input: { query: text },
          miniText: text,
          targetPersonId: person.id,
        });
      }
    }
  }
  mix.push(...namePrefixes, ...nameTypos);

  // Multi-part: a skill in a place, two skills people often hold together, and both at once.
  const places = (
    await client.query<{ location: string }>(
      `SELECT location FROM person
        WHERE status = 'active' AND location IS NOT NULL
          AND coalesce(field_visibility ->> 'location', 'everyone') = 'everyone'
        GROUP BY location ORDER BY count(*) DESC, location LIMIT 10`,
    )
  ).rows
    .map((row) => row.location)
    .filter((place) => interpretQuery(`in ${place}`, vocabulary).location !== null);
  const inPlace = (skill: SkillRow | undefined, place: string | undefined) => {
    if (!skill || !place) return;
    const text = `${skill.name} in ${place}`;
    const understood = interpretQuery(text, vocabulary);
    if (understood.location && understood.skills.length === 1) {
      add({
        category: 'multi-part',
        label: `${text} (${skill.holders.toLocaleString('en')} holders)`,
        input: { query: text },
      });
    }
  };
  inPlace(common[2], places[0]);
  inPlace(middle[10], places[1]);
  const pairs: Array<[SkillRow, SkillRow]> = [];
  for (const first of [middle[0], middle[20], middle[40]]) {
    if (!first) continue;
    const partners = (
      await client.query<{ skill_id: string }>(
        `SELECT b.skill_id FROM person_skill a
           JOIN person_skill b ON b.person_id = a.person_id AND b.skill_id <> a.skill_id AND b.level IS NOT NULL
           JOIN skill s ON s.id = b.skill_id
          WHERE a.skill_id = $1 AND a.level IS NOT NULL
          GROUP BY b.skill_id, s.normalized_name ORDER BY count(*) DESC, s.normalized_name LIMIT 30`,
        [first.id],
      )
    ).rows;
    const second = partners
      .map((row) => byName.find((skill) => skill.id === row.skill_id))
      .find(
        (skill): skill is SkillRow =>
          skill !== undefined &&
          !common.includes(skill) &&
          readsAsSkills(`${first.name} ${skill.name}`, [first.id, skill.id], vocabulary),
      );
    if (second) pairs.push([first, second]);
  }
  for (const [first, second] of pairs.slice(0, 2)) {
    add({
      category: 'multi-part',
      label: `${first.name} ${second.name} (often held together)`,
      input: { query: `${first.name} ${second.name}` },
    });
  }
  const lastPair = pairs[2] ?? pairs[0];
  if (lastPair && places[2]) {
    const text = `${lastPair[0].name} ${lastPair[1].name} in ${places[2]}`;
    if (interpretQuery(text, vocabulary).location)
      add({ category: 'multi-part', label: text, input: { query: text } });
  }

  // Structured filters: skills with minimum levels, departments.
  const departments = (
    await client.query<{ id: string; name: string; people: number }>(
      `SELECT d.id, d.name, count(*)::int AS people FROM person p JOIN department d ON d.id = p.department_id
        WHERE p.status = 'active' GROUP BY d.id, d.name ORDER BY count(*) DESC, d.name, d.id LIMIT 2`,
    )
  ).rows;
  const filter = (label: string, input: SearchInput, miniText: MixQuery['miniText']) => {
    const required = input.skills ?? [];
    const departmentIds = input.departmentIds ?? [];
    add({
      category: 'filters',
      label,
      input,
      miniText,
      miniFilter: (stored) =>
        levelsAtLeast(required)(stored) &&
        (departmentIds.length === 0 || departmentIds.includes(stored.departmentId ?? '')),
    });
  };
  if (common[1]) {
    filter(
      `skills: ${common[1].name} ≥ 4`,
      { skills: [{ skillId: common[1].id, minLevel: 4 }] },
      common[1].name,
    );
  }
  const [pairA, pairB] = pairs[0] ?? [];
  if (pairA && pairB) {
    filter(
      `skills: ${pairA.name} ≥ 3, ${pairB.name} ≥ 2`,
      {
        skills: [
          { skillId: pairA.id, minLevel: 3 },
          { skillId: pairB.id, minLevel: 2 },
        ],
      },
      `${pairA.name} ${pairB.name}`,
    );
  }
  const [largest, second] = departments;
  if (largest && middle[5]) {
    filter(
      `department: ${largest.name} (${largest.people.toLocaleString('en')} people), skills: ${middle[5].name} ≥ 3`,
      { departmentIds: [largest.id], skills: [{ skillId: middle[5].id, minLevel: 3 }] },
      middle[5].name,
    );
  }
  if (second && middle[15]) {
    filter(
      `department: ${second.name} (${second.people.toLocaleString('en')} people), text: ${middle[15].name}`,
      { departmentIds: [second.id], query: middle[15].name },
      middle[15].name,
    );
  }
  if (second) {
    filter(
      `department: ${second.name} (${second.people.toLocaleString('en')} people) only`,
      { departmentIds: [second.id] },
      MiniSearch.wildcard,
    );
  }
  return mix;
}

// ——— The same SQL through pg: what one request ran, captured from TypeORM's logger. ———

interface Statement {
  text: string;
  values: unknown[];
  /** The search statement itself (the others are the session lookup and the page's people). */
  search: boolean;
}

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/** The statement SkillDictionary runs to (re)load the query-understanding vocabulary. */
const VOCABULARY_STATEMENT = /'holderCount', holder_count/;

/**
 * Watches every statement the app's DataSource runs (through TypeORM's logger, which sees the exact
 * text and parameters): records them while `capture` runs (nothing else may run then), and counts the
 * vocabulary reloads, which run in the background of whichever search found the vocabulary stale.
 */
class StatementObserver {
  vocabularyLoads = 0;
  private sink: Statement[] | null = null;
  private readonly logger: TypeOrmLogger;
  private readonly original: TypeOrmLogger['logQuery'];

  constructor(dataSource: DataSource) {
    const logger = dataSource.logger;
    const original = logger.logQuery;
    this.logger = logger;
    this.original = original;
    logger.logQuery = (query, parameters, runner) => {
      if (VOCABULARY_STATEMENT.test(query)) this.vocabularyLoads += 1;
      if (this.sink && !TRANSACTION_CONTROL.test(query)) {
        this.sink.push({
          text: query,
          values: Array.isArray(parameters) ? [...parameters] : [],
          search: /\bpage AS \(/.test(query),
        });
      }
      return original.call(logger, query, parameters, runner);
    };
  }

  async capture<T>(during: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    const statements: Statement[] = [];
    this.sink = statements;
    try {
      return { result: await during(), statements };
    } finally {
      this.sink = null;
    }
  }

  restore(): void {
    this.logger.logQuery = this.original;
  }
}

interface ReplayTimes {
  searchMs: number;
  allMs: number;
}

/** Runs a request's statements one after another, as the request did. */
async function replay(pool: Pool, statements: readonly Statement[]): Promise<ReplayTimes> {
  let searchMs = 0;
  const started = performance.now();
  for (const statement of statements) {
    const statementStarted = performance.now();
    await pool.query(statement.text, statement.values);
    if (statement.search) searchMs += performance.now() - statementStarted;
  }
  return { searchMs, allMs: performance.now() - started };
}

/** PostgreSQL's own planning and execution times of a statement (EXPLAIN ANALYZE, run once). */
async function explainTimes(
  pool: Pool,
  statement: Statement,
): Promise<{ planningMs: number; executionMs: number }> {
  const result = await pool.query<{
    'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }>;
  }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
  const plan = result.rows[0]?.['QUERY PLAN'][0];
  return { planningMs: plan?.['Planning Time'] ?? NaN, executionMs: plan?.['Execution Time'] ?? NaN };
}

// ——— MiniSearch over the same people, with what an ordinary employee may see. ———

interface StoredFields {
  departmentId: string | null;
  /** Skill id → level, for the structured filters. */
  levels: Record<string, number>;
}

interface PersonDocument extends StoredFields {
  id: string;
  name: string;
  title: string;
  skills: string;
  passions: string;
  bio: string;
  location: string;
}

/** Filler words dropped from MiniSearch queries, as query understanding drops them for searchPeople. */
const FILLER = new Set(['in', 'at', 'and', 'of', 'the', 'a', 'for', 'to', 'with', 'who']);
const MINI_OPTIONS = {
  fuzzy: 1,
  prefix: true,
  processTerm: (term: string) => {
    const lower = term.toLowerCase();
    return FILLER.has(lower) ? null : lower;
  },
};

async function buildMiniSearch(
  client: Client,
  viewer: Viewer,
): Promise<{ index: MiniSearch<PersonDocument>; documents: number; loadMs: number; indexMs: number }> {
  const started = performance.now();
  const rows = (
    await client.query<{
      id: string;
      manager_id: string | null;
      field_visibility: Record<string, string> | null;
      name: string;
      title: string | null;
      department_id: string | null;
      bio: string | null;
      location: string | null;
      passions: string[] | null;
      skills: string | null;
      levels: Record<string, number> | null;
    }>(
      `WITH aliases AS (
         SELECT skill_id, string_agg(alias, ' ' ORDER BY alias) AS aliases FROM skill_alias GROUP BY skill_id
       ), held AS (
         SELECT ps.person_id, string_agg(s.name || coalesce(' ' || a.aliases, ''), ' ' ORDER BY s.name) AS skills,
                json_object_agg(ps.skill_id, ps.level) AS levels
           FROM person_skill ps JOIN skill s ON s.id = ps.skill_id LEFT JOIN aliases a ON a.skill_id = s.id
          WHERE ps.level IS NOT NULL
          GROUP BY ps.person_id
       )
       SELECT p.id, p.manager_id, p.field_visibility, p.given_name || ' ' || p.family_name AS name, p.title,
              p.department_id, p.bio, p.location, p.passions, h.skills, h.levels
         FROM person p LEFT JOIN held h ON h.person_id = p.id
        WHERE p.status = 'active' ORDER BY p.id`,
    )
  ).rows;
  const loaded = performance.now();
  const index = new MiniSearch<PersonDocument>({
    fields: ['name', 'title', 'skills', 'passions', 'bio', 'location'],
    storeFields: ['departmentId', 'levels'],
    searchOptions: MINI_OPTIONS,
  });
  const documents = rows.map((row): PersonDocument => {
    const owner = {
      id: row.id,
      managerId: row.manager_id,
      fieldVisibility: (row.field_visibility ?? {}) as Parameters<typeof canSee>[1]['fieldVisibility'],
    };
    // No relationship given: fields shown to the team only count as hidden, as for any colleague.
    const visible = (field: ProfileField, value: string | null) =>
      canSee(viewer, owner, field) ? (value ?? '') : '';
    return {
      id: row.id,
      name: row.name,
      title: row.title ?? '',
      skills: row.skills ?? '',
      passions: visible(ProfileField.PASSIONS, (row.passions ?? []).join(' ')),
      bio: visible(ProfileField.BIO, row.bio),
      location: visible(ProfileField.LOCATION, row.location),
      departmentId: row.department_id,
      levels: row.levels ?? {},
    };
  });
  index.addAll(documents);
  return {
    index,
    documents: documents.length,
    loadMs: loaded - started,
    indexMs: performance.now() - loaded,
  };
}

function miniSearch(index: MiniSearch<PersonDocument>, query: MixQuery): string[] {
  const filter = query.miniFilter;
  const results = index.search(query.miniText, {
    ...MINI_OPTIONS,
    ...(filter ? { filter: (result: SearchResult) => filter(result as unknown as StoredFields) } : {}),
  });
  return results.slice(0, TOP).map((result) => String(result.id));
}

/** |A ∩ B| / 10, or over the longer list when both engines found fewer than ten (both empty: 1). */
function overlap(api: readonly string[], mini: readonly string[]): number {
  const size = Math.min(TOP, Math.max(api.length, mini.length));
  if (size === 0) return 1;
  const inApi = new Set(api);
  return mini.filter((id) => inApi.has(id)).length / size;
}

// ——— Running the requests. ———

interface RequestLog {
  statements: Map<number, number>;
  maxStatements: number;
  errors: number;
  overBudget: number;
  /** Of those, the ones during which a vocabulary reload ran (known only when requests run one at a time). */
  overBudgetDuringReload: number;
}

function newLog(): RequestLog {
  return { statements: new Map(), maxStatements: 0, errors: 0, overBudget: 0, overBudgetDuringReload: 0 };
}

function record(log: RequestLog, answer: ApiAnswer, label: string, reloaded = false): void {
  log.statements.set(answer.statements, (log.statements.get(answer.statements) ?? 0) + 1);
  if (!(answer.statements <= STATEMENT_BUDGET)) {
    log.overBudget += 1;
    if (reloaded) log.overBudgetDuringReload += 1;
  }
  log.maxStatements = Math.max(
    log.maxStatements,
    Number.isNaN(answer.statements) ? Infinity : answer.statements,
  );
  if (answer.status !== 200 || answer.body.errors || !answer.body.data?.searchPeople) {
    log.errors += 1;
    if (log.errors <= 3)
      out(`  error for "${label}": ${JSON.stringify(answer.body.errors ?? answer.status)}`);
  }
}

function distribution(log: RequestLog): string {
  return [...log.statements.entries()]
    .sort(([a], [b]) => a - b)
    .map(([count, times]) => `${count} statements × ${times}`)
    .join(', ');
}

const topIds = (answer: ApiAnswer): string[] =>
  ((answer.body.data?.searchPeople?.edges ?? []) as Array<{ node: { person: { id: string } } }>)
    .slice(0, TOP)
    .map((edge) => edge.node.person.id);

/** `clients` loops, each taking the next query of the mix, until `durationMs` has passed. */
async function closedLoop(
  clients: number,
  durationMs: number,
  count: number,
  run: (index: number) => Promise<void>,
): Promise<{ completed: number; elapsedMs: number }> {
  let next = 0;
  let completed = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const index = next++ % count;
        await run(index);
        completed += 1;
      }
    }),
  );
  return { completed, elapsedMs: performance.now() - started };
}

// ——— Output. ———

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)} x` : '-').padStart(8);
const cell = (value: number) => value.toFixed(2).padStart(8);

function memoryLine(stage: string, memory: NodeJS.MemoryUsage): string {
  return `  ${stage.padEnd(36)} heap ${mb(memory.heapUsed).padStart(7)} (of ${mb(memory.heapTotal)}), RSS ${mb(memory.rss).padStart(7)}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      links: { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '20' },
      'warm-up-rounds': { type: 'string', default: '1' },
      duration: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '16' },
      seed: { type: 'string', default: '7' },
      esco: { type: 'string' },
    },
    strict: true,
  });
  const options = {
    people: Number(values.people),
    links: Number(values.links),
    rounds: Number(values.rounds),
    warmUpRounds: Number(values['warm-up-rounds']),
    duration: Number(values.duration),
    concurrency: Number(values.concurrency),
    seed: Number(values.seed),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number (got ${value})`);
  }
  if (options.rounds < 1 || options.concurrency < 1)
    throw new Error('--rounds and --concurrency must be at least 1');
  const escoDir = values.esco ?? join(sharedDataDir(), 'esco-1.1.1');

  const database = await openScratchDatabase(benchServerUrl());
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-bench-data-'));
  const memory: Array<[string, NodeJS.MemoryUsage]> = [];
  try {
    out(`Scratch ${database.where}`);
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url, application_name: 'ensemble-bench' });
    await client.connect();
    let api: BenchApi | null = null;
    let pool: Pool | null = null;
    try {
      const seedStarted = performance.now();
      let escoMs = 0;
      await seedBenchCompany(client, {
        ...options,
        extend: async (seeding) => {
          const escoStarted = performance.now();
          await importEsco(seeding, escoDir);
          escoMs = performance.now() - escoStarted;
        },
      });
      const counts = await companyCounts(client);
      const taxonomy = (
        await client.query<{ skills: number; esco: number; aliases: number; held: number }>(
          `SELECT (SELECT count(*)::int FROM skill WHERE status = 'active') AS skills,
                  (SELECT count(*)::int FROM skill WHERE status = 'active' AND source = 'esco') AS esco,
                  (SELECT count(*)::int FROM skill_alias) AS aliases,
                  (SELECT count(*)::int FROM skill WHERE status = 'active' AND holder_count > 0) AS held`,
        )
      ).rows[0];
      out(
        `Seeded ${counts.people.toLocaleString('en')} people, ${counts.links.toLocaleString('en')} skill links and ` +
          `${counts.endorsements.toLocaleString('en')} endorsements, and imported ESCO from ${escoDir} ` +
          `(${(escoMs / 1000).toFixed(1)} s), in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
      );
      out(
        `Taxonomy: ${taxonomy.skills.toLocaleString('en')} active skills (${taxonomy.esco.toLocaleString('en')} from ESCO), ` +
          `${taxonomy.aliases.toLocaleString('en')} aliases; ${taxonomy.held.toLocaleString('en')} skills held by someone`,
      );
      memory.push(['after seeding', liveMemory()]);

      const viewer = await benchViewer(client, counts.people);
      api = await startBenchApi(database.url, dataDir, viewer);
      const { app, port, cookie } = api;
      out(`API app listening on 127.0.0.1:${port}; viewer ${viewer.personId} (${viewer.roles.join(', ')})`);
      const dataSource = app.get<DataSource>(getDataSourceToken());
      // The same pool size and session settings (trigram threshold, JIT off) as the app's own connections.
      const appPool = (dataSource.options as { extra?: { max?: number; options?: string } }).extra ?? {};
      const poolSize = appPool.max ?? 10;
      pool = new Pool({
        connectionString: database.url,
        max: poolSize,
        options: appPool.options,
        application_name: 'ensemble-bench-sql',
      });
      const observer = new StatementObserver(dataSource);
      // The app's own query understanding, to pick queries that are read as intended.
      const dictionary = app.get(SkillDictionary);
      const mix = await buildQueryMix(client, await dictionary.vocabulary(), viewer, options.seed);
      memory.push(['after starting the API app', liveMemory()]);
      // A fresh vocabulary for the capture: its one-minute refresh must not run while statements are recorded.
      dictionary.invalidate();
      await dictionary.vocabulary();
      observer.vocabularyLoads = 0;
      const bodies = mix.map((query) =>
        JSON.stringify({ query: SEARCH_QUERY, variables: { input: query.input, first: PAGE_SIZE } }),
      );

      // Capture: one request per query, recording the statements it ran (nothing else runs meanwhile).
      const single = new Agent({ keepAlive: true, maxSockets: 1 });
      const log1 = newLog();
      const captured: Statement[][] = [];
      const apiTop: string[][] = [];
      out('');
      out(
        `Query mix (${mix.length} queries, ${options.rounds} measured rounds after ${options.warmUpRounds} warm-up):`,
      );
      for (const [index, query] of mix.entries()) {
        const loads = observer.vocabularyLoads;
        const { result: answer, statements } = await observer.capture(() =>
          postGraphQL(single, port, cookie, bodies[index] as string),
        );
        record(log1, answer, query.label, observer.vocabularyLoads > loads);
        captured.push(statements);
        apiTop.push(topIds(answer));
        const result = answer.body.data?.searchPeople;
        const understood = result?.interpretation as
          | {
              skills: Array<{ name: string; via: string }>;
              location: string | null;
              terms: string[];
              didYouMean: string | null;
            }
          | undefined;
        const reading = understood
          ? [
              ...understood.skills.map((skill) => `${skill.name} [${skill.via}]`),
              ...(understood.location ? [`in ${understood.location}`] : []),
              ...understood.terms.map((term) => `"${term}"`),
            ].join(' + ') || '(filters only)'
          : 'error';
        out(
          `  ${String(index + 1).padStart(2)}. ${query.category.padEnd(15)} ${query.label}\n` +
            `      → ${reading}; ${result ? `${result.totalCount.toLocaleString('en')} matches` : 'no result'}; ` +
            `${statements.length} statements (${statements.filter((s) => s.search).length} search)`,
        );
        if (statements.filter((statement) => statement.search).length !== 1) {
          throw new Error(`could not capture the search statement of "${query.label}"`);
        }
      }

      // MiniSearch, built after the capture so that building it does not let the vocabulary go stale.
      const before = liveMemory();
      const { index, documents, loadMs, indexMs } = await buildMiniSearch(client, viewer);
      const afterIndex = liveMemory();
      memory.push(['after building the MiniSearch index', afterIndex]);
      out('');
      out(
        `MiniSearch: ${documents.toLocaleString('en')} documents loaded in ${(loadMs / 1000).toFixed(1)} s and indexed in ` +
          `${(indexMs / 1000).toFixed(1)} s; ` +
          `heap +${mb(afterIndex.heapUsed - before.heapUsed)} (fields: name, title, skill names + aliases, passions, bio, ` +
          `location, the last three only where shown to everyone; fuzzy: 1, prefix: true, default OR; filler words dropped)`,
      );

      // Concurrency 1: GraphQL, then the same SQL through pg, then MiniSearch, query by query.
      const apiTimes = mix.map(() => [] as number[]);
      const searchSqlTimes = mix.map(() => [] as number[]);
      const allSqlTimes = mix.map(() => [] as number[]);
      const miniTimes = mix.map(() => [] as number[]);
      const overlaps = mix.map(() => 0);
      const miniTargetFound = mix.map(() => false);
      const rounds = options.warmUpRounds + options.rounds;
      for (let round = 0; round < rounds; round++) {
        const measured = round >= options.warmUpRounds;
        for (const [i, query] of mix.entries()) {
          const loads = observer.vocabularyLoads;
          const apiStarted = performance.now();
          const answer = await postGraphQL(single, port, cookie, bodies[i] as string);
          const apiMs = performance.now() - apiStarted;
          record(log1, answer, query.label, observer.vocabularyLoads > loads);
          const sql = await replay(pool, captured[i] as Statement[]);
          const miniStarted = performance.now();
          const miniTop = miniSearch(index, query);
          const miniMs = performance.now() - miniStarted;
          if (round === 0) {
            overlaps[i] = overlap(apiTop[i] as string[], miniTop);
            miniTargetFound[i] = query.targetPersonId !== undefined && miniTop.includes(query.targetPersonId);
          }
          if (!measured) continue;
          apiTimes[i]?.push(apiMs);
          searchSqlTimes[i]?.push(sql.searchMs);
          allSqlTimes[i]?.push(sql.allMs);
          miniTimes[i]?.push(miniMs);
        }
      }
      single.destroy();
      memory.push(['after the concurrency 1 runs', liveMemory()]);
      // Where the search statement's time goes, by PostgreSQL's own account (once per query).
      const explained: Array<{ planningMs: number; executionMs: number }> = [];
      for (const statements of captured) {
        explained.push(
          await explainTimes(pool, statements.find((statement) => statement.search) as Statement),
        );
      }

      // Concurrency N: the API, then the same statements through pg, each for the same duration.
      const durationMs = options.duration * 1000;
      const many = new Agent({ keepAlive: true, maxSockets: options.concurrency });
      const logN = newLog();
      const apiConcurrent = mix.map(() => [] as number[]);
      const apiLoop = await closedLoop(options.concurrency, durationMs, mix.length, async (i) => {
        const started = performance.now();
        const answer = await postGraphQL(many, port, cookie, bodies[i] as string);
        apiConcurrent[i]?.push(performance.now() - started);
        record(logN, answer, mix[i]?.label ?? '');
      });
      many.destroy();
      observer.restore();
      memory.push([`after concurrency ${options.concurrency} (API)`, liveMemory()]);
      const sqlConcurrent: number[] = [];
      const sqlLoop = await closedLoop(options.concurrency, durationMs, mix.length, async (i) => {
        const started = performance.now();
        await replay(pool as Pool, captured[i] as Statement[]);
        sqlConcurrent.push(performance.now() - started);
      });

      // ——— Report. ———
      const pick = (times: number[][], categories: readonly Category[]) =>
        times.flatMap((samples, i) => (categories.includes((mix[i] as MixQuery).category) ? samples : []));
      const present = CATEGORIES.filter((category) => mix.some((query) => query.category === category));
      const avgOverlap = (categories: readonly Category[]) => {
        const chosen = overlaps.filter((_, i) => categories.includes((mix[i] as MixQuery).category));
        return chosen.reduce((sum, value) => sum + value, 0) / Math.max(1, chosen.length);
      };

      out('');
      out(
        `Concurrency 1: ${options.rounds} rounds of the mix (${options.rounds * mix.length} requests per side), one request at a time.`,
      );
      out(
        `  API = searchPeople through GraphQL over HTTP; SQL = the request's captured statements replayed through pg ` +
          `(search: the search statement alone; all: session + search + people, in sequence); ratio = API / SQL.`,
      );
      out(
        `  MiniSearch = the same words in the in-process index; ratio = API / MiniSearch; overlap = |top ${TOP} ∩ top ${TOP}| / ${TOP} ` +
          `(over the longer list when both found fewer), averaged per category.`,
      );
      out('');
      out(
        `  ${'category'.padEnd(16)}   n |  API p50  API p95  API p99 | search p50  all p50  all p95 | API/all p50 p95 |` +
          `  Mini p50 Mini p95 | API/Mini p50 p95 | overlap`,
      );
      const row = (label: string, categories: readonly Category[]) => {
        const a = summarize(pick(apiTimes, categories));
        const s = summarize(pick(searchSqlTimes, categories));
        const q = summarize(pick(allSqlTimes, categories));
        const m = summarize(pick(miniTimes, categories));
        out(
          `  ${label.padEnd(16)} ${String(a.count).padStart(4)} | ${cell(a.p50)} ${cell(a.p95)} ${cell(a.p99)} | ` +
            `${cell(s.p50).padStart(10)} ${cell(q.p50)} ${cell(q.p95)} | ${ratio(a.p50, q.p50)}${ratio(a.p95, q.p95)} | ` +
            `${cell(m.p50)} ${cell(m.p95)} | ${ratio(a.p50, m.p50)}${ratio(a.p95, m.p95)} | ${avgOverlap(categories).toFixed(2).padStart(6)}`,
        );
        return a;
      };
      for (const category of present) row(category, [category]);
      const typoAndPrefix = row('typo + prefix', TYPO_AND_PREFIX);
      const all1 = row('all', present);
      out('  (times in ms)');
      const nameQueries = mix.flatMap((query, i) => (query.targetPersonId ? [i] : []));
      if (nameQueries.length) {
        const apiFound = nameQueries.filter((i) =>
          apiTop[i]?.includes(mix[i]?.targetPersonId as string),
        ).length;
        const miniFound = nameQueries.filter((i) => miniTargetFound[i]).length;
        out(
          `  name queries whose person is in the top ${TOP}: searchPeople ${apiFound}/${nameQueries.length}, ` +
            `MiniSearch ${miniFound}/${nameQueries.length}`,
        );
      }

      out('');
      out('  Slowest queries at concurrency 1 (by API p50):');
      const perQuery = mix.map((query, i) => ({
        query,
        api: summarize(apiTimes[i] as number[]),
        search: summarize(searchSqlTimes[i] as number[]),
        mini: summarize(miniTimes[i] as number[]),
        explained: explained[i] as { planningMs: number; executionMs: number },
      }));
      for (const entry of [...perQuery].sort((a, b) => b.api.p50 - a.api.p50).slice(0, 8)) {
        out(
          `    API ${ms(entry.api.p50)}  search SQL ${ms(entry.search.p50)} (plan ${ms(entry.explained.planningMs)}, ` +
            `execute ${ms(entry.explained.executionMs)})  MiniSearch ${ms(entry.mini.p50)}  ${entry.query.category}: ${entry.query.label}`,
        );
      }
      const planning = summarize(explained.map((e) => e.planningMs));
      const execution = summarize(explained.map((e) => e.executionMs));
      out(
        `  Search statement by EXPLAIN ANALYZE (run once per query; its timing adds overhead): planning p50 ${ms(planning.p50)}, max ${ms(planning.max)}; ` +
          `execution p50 ${ms(execution.p50)}, max ${ms(execution.max)}`,
      );

      const concurrent = summarize(apiConcurrent.flat());
      const concurrentSql = summarize(sqlConcurrent);
      const apiRps = (apiLoop.completed / apiLoop.elapsedMs) * 1000;
      const sqlRps = (sqlLoop.completed / sqlLoop.elapsedMs) * 1000;
      out('');
      out(
        `Concurrency ${options.concurrency} for ${options.duration} s each: ${options.concurrency} clients sending the mix round-robin ` +
          `(API: kept-alive HTTP; SQL: the captured statements of each request through a pg pool of ${poolSize}, the API's pool size).`,
      );
      out(`                  requests   req/s       p50          p95          p99          max`);
      const concurrentRow = (label: string, done: number, rps: number, s: Summary) =>
        out(
          `  ${label.padEnd(14)} ${String(done).padStart(8)} ${rps.toFixed(0).padStart(7)}   ${ms(s.p50)}   ${ms(s.p95)}   ${ms(s.p99)}   ${ms(s.max)}`,
        );
      concurrentRow('API (GraphQL)', apiLoop.completed, apiRps, concurrent);
      concurrentRow('SQL (pg)', sqlLoop.completed, sqlRps, concurrentSql);
      out(
        `  ratio                     ${ratio(sqlRps, apiRps)}   ${ratio(concurrent.p50, concurrentSql.p50)}     ` +
          `${ratio(concurrent.p95, concurrentSql.p95)}     ${ratio(concurrent.p99, concurrentSql.p99)}   (req/s: SQL / API; latency: API / SQL)`,
      );
      out(`  per category (API):`);
      for (const category of present) {
        const s = summarize(pick(apiConcurrent, [category]));
        out(
          `    ${category.padEnd(16)} ${String(s.count).padStart(6)} requests   p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   p99 ${ms(s.p99)}`,
        );
      }

      out('');
      out(
        `SQL statements per request: concurrency 1 (capture included) max ${log1.maxStatements} (${distribution(log1)}); ` +
          `concurrency ${options.concurrency} max ${logN.maxStatements} (${distribution(logN)}); budget ${STATEMENT_BUDGET}`,
      );
      out(
        `  requests over the budget: concurrency 1: ${log1.overBudget} (${log1.overBudgetDuringReload} of them while a ` +
          `vocabulary reload ran in their background); concurrency ${options.concurrency}: ${logN.overBudget}`,
      );
      out(
        `  vocabulary reloads during the run: ${observer.vocabularyLoads} (SkillDictionary reloads every minute, in the ` +
          `background of the search that finds it stale; its statement counts against that request)`,
      );
      out(
        `Memory of this process (API app + bench, and the MiniSearch index of ${index.documentCount.toLocaleString('en')} ` +
          `documents from its build on${canCollectGarbage ? '; after a full GC' : ''}):`,
      );
      for (const [stage, figures] of memory) out(memoryLine(stage, figures));
      out(`  peak RSS ${mb(peakRss())} (seeding included)`);

      out('');
      out('Targets (goals: printed, never failing the run):');
      const target = (ok: boolean, text: string) => out(`  ${verdict(ok)}  ${text}`);
      target(all1.p50 <= TARGETS.c1P50, `concurrency 1 p50 ≤ ${TARGETS.c1P50} ms: ${all1.p50.toFixed(2)} ms`);
      target(all1.p95 <= TARGETS.c1P95, `concurrency 1 p95 ≤ ${TARGETS.c1P95} ms: ${all1.p95.toFixed(2)} ms`);
      target(
        apiRps >= TARGETS.concurrentThroughput,
        `concurrency ${options.concurrency} ≥ ${TARGETS.concurrentThroughput} requests/s: ${apiRps.toFixed(0)} requests/s`,
      );
      target(
        concurrent.p99 < TARGETS.concurrentP99,
        `concurrency ${options.concurrency} p99 < ${TARGETS.concurrentP99} ms: ${concurrent.p99.toFixed(2)} ms`,
      );
      target(
        typoAndPrefix.p95 <= TARGETS.typoAndPrefixP95,
        `typo and prefix queries p95 ≤ ${TARGETS.typoAndPrefixP95} ms: ${typoAndPrefix.p95.toFixed(2)} ms`,
      );
      const maxStatements = Math.max(log1.maxStatements, logN.maxStatements);
      out(
        `  ${maxStatements <= STATEMENT_BUDGET ? 'PASS' : 'FAIL'}  at most ${STATEMENT_BUDGET} SQL statements per search: max ${maxStatements}`,
      );

      let failed = false;
      if (maxStatements > STATEMENT_BUDGET) {
        out(`FAILED: a search took ${maxStatements} SQL statements (budget ${STATEMENT_BUDGET})`);
        failed = true;
      }
      const errors = log1.errors + logN.errors;
      if (errors) {
        out(`FAILED: ${errors} answers with errors`);
        failed = true;
      }
      return failed ? 1 : 0;
    } finally {
      await pool?.end();
      await api?.app.close();
      await client.end();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    out(`Dropped the scratch ${database.where}`);
  }
}

exitWhenDone('bench:people-search', main());

/**
 * `npm run bench:people-search`: people search (issue 4's figures, and issue 14's: people found through
 * their project history) over HTTP against the real API app, on 100,000 people, 1,000,000 skill links,
 * the full ESCO taxonomy and the company's projects, beside the same SQL run directly through `pg`,
 * beside the PostgreSQL-only search it replaced, and beside an in-process MiniSearch index of the same
 * documents.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:people-search
 *     [--people 100000] [--links 1000000] [--rounds 20] [--warm-up-rounds 1] [--duration 20]
 *     [--concurrency 16] [--seed 7] [--completed-projects 3% of people] [--active-projects 0.5% of people]
 *     [--esco DIR] [--api-workers CORES]
 *
 * With TEST_DATABASE_URL (or DATABASE_URL) a scratch database is created on that server and dropped at
 * the end; without either, a throwaway embedded PostgreSQL is started and removed. ESCO is read from
 * the shared data (ENSEMBLE_SHARED_DATA, shared/data beside the repository, …) unless --esco says
 * otherwise.
 *
 * Project history (bench/support/bench-project-history.ts): besides the demo generator's projects
 * (about one per twelve people, on 26 themes, every lifecycle state), the company has 3 completed
 * projects per 100 people (3,000 at 100,000) and 0.5 under way (500), seeded after ESCO with a few bulk
 * statements from the bench's seed: titles, summaries and Markdown descriptions from word pools of
 * ordinary business work, 1–4 roles needing 1–4 skills people hold, an owner, 0–2 co-leads, 3–30
 * members with seats (mostly holders of their role's first skill), 80% shown to the company, 15% to the
 * owner's department, 5% by invitation only, and the evidence completed projects leave. The people
 * index loads every project under way or completed (forming, active, completed) with its texts, skills,
 * team and who may see it; the bench prints how many it holds.
 *
 * searchPeople runs on the API's in-process people index (docs/adr/0007): a request's SQL is the
 * session lookup and ONE catch-up statement on the `search_change` log (so that the search sees every
 * committed change); the page's people, departments and relationships come from the index. The bench
 * waits for the index to load and prints its load time, its size and the heap it costs, per 100,000
 * people (scaled when --people differs).
 *
 * Every API timing is taken against the real app running in a Node process of its own
 * (bench/support/api-process.ts), so that neither the bench's HTTP client nor its pg replays, result
 * parsing or MiniSearch index share the API's event loop and heap. The app also runs in this process
 * first, for what needs to reach inside it: the query mix (its SkillDictionary), each request's SQL
 * statements (captured from its TypeORM logger) and the people index's heap; it is closed before the
 * timings. The API process's own CPU per request, heap and RSS are printed apart from this process's.
 * It runs as production should (API_WORKERS, docs/adr/0011): one API process per core of the machine
 * (--api-workers), sharing the port, each with its own people index; its CPU and memory are their sums.
 *
 * Three comparisons, each on the same machine in the same run:
 * - the API's own SQL: each request's captured statements replayed through pg (its SQL floor);
 * - the PostgreSQL-only design (bench/support/sql-search.ts: the one statement that matched, ranked,
 *   paged and counted facets before the index), run through pg on the same understood query, on the
 *   per-field text vectors the bench recreates for it in its scratch database; with the top-10 overlap;
 * - MiniSearch over the same documents, in this process, built after the API's timings; with the top-10
 *   overlap.
 *
 * The query mix is fixed and derived from the seeded data (skill holder counts, real people's names,
 * real places and departments), so every run with the same options asks the same questions; it is
 * printed. At concurrency 1, each query of each round runs through GraphQL, then its captured SQL
 * through pg, then the PostgreSQL search statement, one after the other, so that all see the same
 * caches and the same machine noise. Then `--concurrency` clients send the mix
 * round-robin for `--duration` seconds to the API, then as many replay the API's captured SQL through
 * pg for as long, then as many run the PostgreSQL search statements. Right after the mix, as many send
 * the API the same request for a word nobody has (an empty page) for as long: the floor of a search
 * request on this machine, printed beside the mix. Then MiniSearch is built and runs
 * the same rounds as at concurrency 1. Last, as it changes data: one
 * bulk change (every holder of the most held skill) committed while another session keeps a
 * transaction open, and the searches after it.
 *
 * The query mix also asks for words of project titles, phrases of project summaries and a skill with a
 * word of a project's title (derived from the seeded projects everyone may see); the project queries
 * are summarised apart, beside the mix.
 *
 * Every request's X-SQL-Statements header is recorded. The run fails (exit code 1) when any request
 * took more than two statements (issue 14's budget: the session lookup and the catch-up) or answered
 * with errors. The latency and throughput targets are goals: each is printed with PASS or MISS and none
 * fails the run.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import MiniSearch, { type SearchResult } from 'minisearch';
import { Client, Pool } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { runMigrations } from '@ensemble/api/core';
import { randomStream } from '@ensemble/api/demo-data';
import { PeopleIndexService } from '@ensemble/api/people-index';
import {
  PeopleSearchService,
  SkillDictionary,
  interpretQuery,
  type PeopleSearchRequest,
  type Vocabulary,
} from '@ensemble/api/discovery';
import { ProfileField, canSee, type Viewer } from '@ensemble/api/people';
import { importEsco, sharedDataDir } from '@ensemble/api/skills';
import { benchViewer, companyCounts, seedBenchCompany } from './support/bench-company';
import { seedProjectHistory, type ProjectHistory } from './support/bench-project-history';
import { postGraphQL, startBenchApi, type ApiAnswer } from './support/bench-api';
import {
  VOCABULARY_STATEMENT,
  busyBetween,
  cpuDeltaMs,
  startApiProcess,
  type ApiProcess,
} from './support/api-process-client';
import { exitWhenDone } from './support/exit';
import {
  SQL_SEARCH_SESSION_OPTIONS,
  peopleSearchSql,
  type SqlSearchInput,
  type SqlSearchRow,
} from './support/sql-search';
import { benchServerUrl, openScratchDatabase } from './support/scratch-database';
// The migration's own DDL, so that the baseline reads exactly the vectors the PostgreSQL design had.
import { createPersonTextVectors } from '@ensemble/api/core/testing';
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
import { StatementCapture } from './support/statement-capture';

/**
 * At most this many SQL statements per search request (issue 14): the session lookup and the index's
 * catch-up read; the page needs none (its people, departments and relationships come from the index).
 */
const STATEMENT_BUDGET = 2;
/** The web app's page size. */
const PAGE_SIZE = 20;
/** A word nobody in the bench company has in any field (checked at run time): the floor's query. */
const FLOOR_WORD = 'zqxjv';
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
        person { id displayName givenName familyName title avatarUrl department { id name } headline location }
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
  'project word',
  'project phrase',
  'skill + project',
  'filters',
] as const;
type Category = (typeof CATEGORIES)[number];
/** The categories of the "typo and prefix queries" target. */
const TYPO_AND_PREFIX: readonly Category[] = ['skill typo', 'name prefix', 'name typo'];
/** The queries that reach people through their projects' texts (issue 14). */
const PROJECT_QUERIES: readonly Category[] = ['project word', 'project phrase', 'skill + project'];

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
  projectHistoryIds: readonly string[],
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

  // Project history (issue 14): a word of project titles (a frequent one and a rarer one), a two- and a
  // three-word phrase of project summaries (not of their template words, those of most summaries), and
  // a skill with a word of the title of a project whose roles needed it; from the seeded project history
  // that everyone may see, each checked to be read as intended.
  const projectRows = (
    await client.query<{ title: string; summary: string; skills: string[] }>(
      `SELECT p.title, p.summary,
              ARRAY(SELECT DISTINCT rs.skill_id::text FROM project_role r JOIN project_role_skill rs ON rs.role_id = r.id
                     WHERE r.project_id = p.id ORDER BY 1) AS skills
         FROM project p
        WHERE p.id = ANY($1::uuid[]) AND p.status IN ('forming', 'active', 'completed') AND p.visibility = 'company'
        ORDER BY p.id`,
      [projectHistoryIds],
    )
  ).rows;
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const readsAsTerms = (text: string, count: number) => {
    const understood = interpretQuery(text, vocabulary);
    return understood.skills.length === 0 && understood.location === null && understood.terms.length === count;
  };
  /** How many of the projects have each item (distinct per project), most first, then alphabetically. */
  const byProjects = (items: (row: (typeof projectRows)[number]) => string[]) => {
    const counts = new Map<string, number>();
    for (const row of projectRows) for (const item of new Set(items(row))) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const projectsLabel = (count: number) => `${count.toLocaleString('en')} projects`;
  // Not the titles' template words ("phase", in a fifth of them): words of one title in ten at most.
  const titleWords = byProjects((row) => wordsOf(row.title).filter((word) => word.length >= 5)).filter(
    ([word, count]) => count <= projectRows.length / 10 && readsAsTerms(word, 1),
  );
  const [frequentTitleWord] = titleWords;
  const rarerTitleWord = titleWords.filter(([, count]) => count >= 5).at(Math.floor(titleWords.length / 2)) ?? titleWords.at(-1);
  for (const entry of [frequentTitleWord, rarerTitleWord]) {
    if (entry) add({ category: 'project word', label: `${entry[0]} (in the titles of ${projectsLabel(entry[1])})`, input: { query: entry[0] } });
  }
  const template = new Set(
    byProjects((row) => wordsOf(row.summary))
      .filter(([, count]) => count > projectRows.length / 4)
      .map(([word]) => word),
  );
  const phrases = (length: number) =>
    byProjects((row) => {
      const words = wordsOf(row.summary);
      const found: string[] = [];
      for (let i = 0; i + length <= words.length; i++) {
        const slice = words.slice(i, i + length);
        if (slice.every((word) => word.length >= 4 && !FILLER.has(word) && !template.has(word))) found.push(slice.join(' '));
      }
      return found;
    }).filter(([phrase]) => readsAsTerms(phrase, length));
  const twoWords = phrases(2);
  const threeWords = phrases(3);
  for (const entry of [twoWords[Math.min(10, twoWords.length - 1)], threeWords[Math.min(3, threeWords.length - 1)]]) {
    if (entry) add({ category: 'project phrase', label: `"${entry[0]}" (in the summaries of ${projectsLabel(entry[1])})`, input: { query: entry[0] } });
  }
  const projectRandom = randomStream(seed, 'bench-people-search-projects');
  const skillAndWord: MixQuery[] = [];
  // A fairly common skill (thousands of holders, many projects), then a less common one.
  const wanted = [byName.slice(4, 40).map((skill) => skill.id), middle.slice(40).map((skill) => skill.id)];
  for (let tries = 0; tries < 5_000 && skillAndWord.length < wanted.length && projectRows.length; tries++) {
    const row = projectRows[Math.floor(projectRandom() * projectRows.length)] as (typeof projectRows)[number];
    const among = wanted[skillAndWord.length] as string[];
    const skill = byName.find((candidate) => row.skills.includes(candidate.id) && among.includes(candidate.id));
    const word = wordsOf(row.title).find((candidate) => candidate.length >= 5 && readsAsTerms(candidate, 1));
    if (!skill || !word) continue;
    const text = `${skill.name} ${word}`;
    const understood = interpretQuery(text, vocabulary);
    if (understood.location !== null || understood.terms.length !== 1 || understood.skills.length !== 1 || understood.skills[0]?.skillId !== skill.id)
      continue;
    skillAndWord.push({
      category: 'skill + project',
      label: `${text} (${withHolders(skill)}; "${word}" from "${row.title}")`,
      input: { query: text },
      miniText: text,
    });
  }
  mix.push(...skillAndWord);

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
  /**
   * The search's own statement: the people index's catch-up read of the `search_change` log (the
   * other is the session lookup).
   */
  search: boolean;
}

/** The people index's catch-up statement (PeopleIndexService), run at the start of every search. */
const CATCH_UP_STATEMENT = /\bFROM search_change\b/;

/**
 * The app's statements as StatementCapture records them, each marked when it is the catch-up read, and
 * the vocabulary reloads counted (they run in the background of whichever search found it stale).
 */
class StatementObserver {
  vocabularyLoads = 0;
  private readonly capturer: StatementCapture;

  constructor(dataSource: DataSource) {
    this.capturer = new StatementCapture(dataSource, (query) => {
      if (VOCABULARY_STATEMENT.test(query)) this.vocabularyLoads += 1;
    });
  }

  async capture<T>(during: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    const { result, statements } = await this.capturer.capture(during);
    return { result, statements: statements.map((statement) => ({ ...statement, search: CATCH_UP_STATEMENT.test(String(statement.text)) })) };
  }

  restore(): void {
    this.capturer.restore();
  }
}

interface ReplayTimes {
  catchUpMs: number;
  allMs: number;
}

/** Runs a request's statements one after another, as the request did. */
async function replay(pool: Pool, statements: readonly Statement[]): Promise<ReplayTimes> {
  let catchUpMs = 0;
  const started = performance.now();
  for (const statement of statements) {
    const statementStarted = performance.now();
    await pool.query(statement.text, statement.values);
    if (statement.search) catchUpMs += performance.now() - statementStarted;
  }
  return { catchUpMs, allMs: performance.now() - started };
}

/** PostgreSQL's own planning and execution times of a statement (EXPLAIN ANALYZE, run once). */
async function explainTimes(
  pool: Pool,
  statement: { text: string; values: unknown[] },
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

/**
 * MiniSearch over the same people: built, printed, then the mix's rounds one query at a time (the first
 * round gives the top-10 overlaps); the index is garbage once this returns.
 */
async function miniSearchRounds(
  client: Client,
  viewer: Viewer,
  mix: readonly MixQuery[],
  apiTop: ReadonlyArray<readonly string[]>,
  into: {
    rounds: number;
    warmUpRounds: number;
    memory: Array<[string, NodeJS.MemoryUsage]>;
    miniTimes: number[][];
    miniOverlaps: number[];
    miniTargetFound: boolean[];
  },
): Promise<{ documents: number }> {
  const before = liveMemory();
  const { index, documents, loadMs, indexMs } = await buildMiniSearch(client, viewer);
  const afterIndex = liveMemory();
  into.memory.push(['after building the MiniSearch index', afterIndex]);
  out('');
  out(
    `MiniSearch (built in this process after the API's timings): ${documents.toLocaleString('en')} documents loaded ` +
      `in ${(loadMs / 1000).toFixed(1)} s and indexed in ${(indexMs / 1000).toFixed(1)} s; ` +
      `heap +${mb(afterIndex.heapUsed - before.heapUsed)} (fields: name, title, skill names + aliases, passions, bio, ` +
      `location, the last three only where shown to everyone; fuzzy: 1, prefix: true, default OR; filler words dropped)`,
  );
  for (let round = 0; round < into.rounds; round++) {
    for (const [i, query] of mix.entries()) {
      const miniStarted = performance.now();
      const miniTop = miniSearch(index, query);
      const miniMs = performance.now() - miniStarted;
      if (round === 0) {
        into.miniOverlaps[i] = overlap(apiTop[i] as string[], miniTop);
        into.miniTargetFound[i] = query.targetPersonId !== undefined && miniTop.includes(query.targetPersonId);
      }
      if (round >= into.warmUpRounds) into.miniTimes[i]?.push(miniMs);
    }
  }
  return { documents };
}

/** |A ∩ B| / 10, or over the longer list when both engines found fewer than ten (both empty: 1). */
function overlap(api: readonly string[], other: readonly string[]): number {
  const size = Math.min(TOP, Math.max(api.length, other.length));
  if (size === 0) return 1;
  const inApi = new Set(api);
  return other.filter((id) => inApi.has(id)).length / size;
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
  return `  ${stage.padEnd(48)} heap ${mb(memory.heapUsed).padStart(7)} (of ${mb(memory.heapTotal)}), RSS ${mb(memory.rss).padStart(7)}`;
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
      'completed-projects': { type: 'string' },
      'active-projects': { type: 'string' },
      esco: { type: 'string' },
      'api-workers': { type: 'string', default: String(availableParallelism()) },
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
    apiWorkers: Number(values['api-workers']),
    // A company's project history: by default 3 completed projects and 0.5 under way per 100 people.
    completedProjects: Number(values['completed-projects'] ?? Math.round(Number(values.people) * 0.03)),
    activeProjects: Number(values['active-projects'] ?? Math.round(Number(values.people) * 0.005)),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number (got ${value})`);
  }
  if (options.rounds < 1 || options.concurrency < 1 || options.apiWorkers < 1)
    throw new Error('--rounds, --concurrency and --api-workers must be at least 1');
  const escoDir = values.esco ?? join(sharedDataDir(), 'esco-1.1.1');

  const database = await openScratchDatabase(benchServerUrl());
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-bench-data-'));
  const memory: Array<[string, NodeJS.MemoryUsage]> = [];
  try {
    out(`Scratch ${database.where}`);
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url, application_name: 'ensemble-bench' });
    await client.connect();
    let apiProcess: ApiProcess | null = null;
    let pool: Pool | null = null;
    let sqlPool: Pool | null = null;
    try {
      const seedStarted = performance.now();
      let escoMs = 0;
      let vectorsMs = 0;
      let history: ProjectHistory | null = null;
      await seedBenchCompany(client, {
        ...options,
        extend: async (seeding) => {
          const escoStarted = performance.now();
          await importEsco(seeding, escoDir);
          escoMs = performance.now() - escoStarted;
          // The PostgreSQL-only baseline reads the per-field text vectors that the search-index
          // migration dropped: recreated here (only in this scratch database) by the migration's own code.
          const vectorsStarted = performance.now();
          await createPersonTextVectors(queryRunnerOn(seeding));
          vectorsMs = performance.now() - vectorsStarted;
          // The project history people are searched by (issue 14), on skills people hold after ESCO.
          history = await seedProjectHistory(seeding, {
            completed: options.completedProjects,
            active: options.activeProjects,
            seed: options.seed,
          });
        },
      });
      const logEntries = Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM search_change`)).rows[0]?.n ?? 0,
      );
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
      out(
        `For the PostgreSQL-only baseline: per-field tsvector columns, their GIN indexes and the skill-name triggers ` +
          `recreated with createPersonTextVectors in ${(vectorsMs / 1000).toFixed(1)} s (the API does not read them)`,
      );
      out(projectHistoryReport(history as ProjectHistory | null, await projectCounts(client)));
      out(`search_change: the seeding logged ${logEntries.toLocaleString('en')} entries (left in place)`);
      const afterSeeding = liveMemory();
      memory.push(['after seeding', afterSeeding]);

      const viewer = await benchViewer(client, counts.people);
      const pools: Pool[] = [];
      let phase: Awaited<ReturnType<typeof inProcessPhase>>;
      try {
        const projectHistoryIds = (history as ProjectHistory | null)?.projectIds ?? [];
        phase = await inProcessPhase(client, database.url, dataDir, viewer, { ...options, projectHistoryIds }, afterSeeding.heapUsed, memory, pools);
      } catch (error) {
        for (const opened of pools) await opened.end();
        throw error;
      }
      const { mix, sqlSearches, bodies, captured, apiTop, sqlTop, log1, poolSize, indexFigures } = phase;
      const inProcessVocabularyLoads = phase.vocabularyLoads;
      pool = phase.pool;
      sqlPool = phase.sqlPool;
      const runSqlSearch = (i: number) => sqlSearch(sqlPool as Pool, sqlSearches, i);
      // The API under test runs in a process of its own from here on; the in-process app is closed.
      apiProcess = await startApiProcess({
        databaseUrl: database.url,
        dataDir: join(dataDir, 'api-process'),
        viewer,
        workers: options.apiWorkers,
      });
      const child = apiProcess;
      const childPort = child.port;
      const childCookie = child.cookie;
      const childMemory: Array<[string, NodeJS.MemoryUsage]> = [['ready (index loaded)', child.memory]];
      memory.push(['after closing the in-process app; API process ready', liveMemory()]);
      out('');
      out(
        `API process ${child.pid} (node --enable-source-maps --expose-gc, NODE_ENV=production, ` +
          `${options.apiWorkers === 1 ? 'one process' : `${options.apiWorkers} worker processes sharing the port, as API_WORKERS=${options.apiWorkers}; figures summed over them`}) listening on ` +
          `127.0.0.1:${childPort}: ready in ${(child.startMs / 1000).toFixed(1)} s, its people index loaded in ` +
          `${(child.lastLoad.ms / 1000).toFixed(1)} s (${child.lastLoad.people.toLocaleString('en')} people, ` +
          `${child.lastLoad.skills.toLocaleString('en')} skill links); heap ${mb(child.memory.heapUsed)} after a full GC, ` +
          `RSS ${mb(child.memory.rss)}. Every API timing below is against this process.`,
      );

      // Concurrency 1: GraphQL (the API process), its SQL through pg, the PostgreSQL search, query by query.
      // MiniSearch runs after all the API's timings (its index's heap would add collections to the client).
      const apiTimes = mix.map(() => [] as number[]);
      const catchUpTimes = mix.map(() => [] as number[]);
      const allSqlTimes = mix.map(() => [] as number[]);
      const pgTimes = mix.map(() => [] as number[]);
      const miniTimes = mix.map(() => [] as number[]);
      /** Each query's first request to the API process: nothing cached for it yet (the index's per-group rankings included). */
      const firstTimes = mix.map(() => [] as number[]);
      /** CPU per request at concurrency 1: the API process's own, and this process's (the HTTP client). */
      const apiCpuTimes: number[] = [];
      const clientCpuTimes: number[] = [];
      const pgOverlaps = mix.map((_, i) => overlap(apiTop[i] as string[], sqlTop[i] as string[]));
      const miniOverlaps = mix.map(() => 0);
      const miniTargetFound = mix.map(() => false);
      const rounds = options.warmUpRounds + options.rounds;
      const first = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let round = 0; round < rounds; round++) {
        const measured = round >= options.warmUpRounds;
        for (const [i, query] of mix.entries()) {
          const childBefore = await child.usage();
          const apiStarted = performance.now();
          const cpuBefore = process.cpuUsage();
          const answer = await postGraphQL(first, childPort, childCookie, bodies[i] as string);
          const apiMs = performance.now() - apiStarted;
          const clientCpuMs = cpuMs(process.cpuUsage(cpuBefore));
          const childAfter = await child.usage();
          record(log1, answer, query.label, childAfter.vocabularyLoads > childBefore.vocabularyLoads);
          const sql = await replay(pool, captured[i] as Statement[]);
          const pgStarted = performance.now();
          await runSqlSearch(i);
          const pgMs = performance.now() - pgStarted;
          if (round === 0) firstTimes[i]?.push(apiMs);
          if (!measured) continue;
          apiTimes[i]?.push(apiMs);
          apiCpuTimes.push(cpuDeltaMs(childBefore.cpu, childAfter.cpu));
          clientCpuTimes.push(clientCpuMs);
          catchUpTimes[i]?.push(sql.catchUpMs);
          allSqlTimes[i]?.push(sql.allMs);
          pgTimes[i]?.push(pgMs);
        }
      }
      first.destroy();
      // Concurrency 1 back to back: the same rounds to the API alone, each request right after the last
      // (above, each one follows the bench's replays, a PostgreSQL-only search and a usage report).
      const backToBack: number[] = [];
      const backToBackTypoAndPrefix: number[] = [];
      const backToBackProjects: number[] = [];
      const alone = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let round = 0; round < options.rounds; round++) {
        for (const [i, query] of mix.entries()) {
          const started = performance.now();
          await postGraphQL(alone, childPort, childCookie, bodies[i] as string);
          const took = performance.now() - started;
          backToBack.push(took);
          if (TYPO_AND_PREFIX.includes(query.category)) backToBackTypoAndPrefix.push(took);
          if (PROJECT_QUERIES.includes(query.category)) backToBackProjects.push(took);
        }
      }
      alone.destroy();
      childMemory.push(['after the concurrency 1 runs', (await child.usage(true)).memory]);
      memory.push(['after the concurrency 1 runs', liveMemory()]);

      // Where the PostgreSQL search statement's time goes, by PostgreSQL's own account (once per query).
      const explained: Array<{ planningMs: number; executionMs: number }> = [];
      for (const statement of sqlSearches) explained.push(await explainTimes(sqlPool, statement));

      // Concurrency N: the API, its statements through pg, the PostgreSQL search, each for the same duration.
      const durationMs = options.duration * 1000;
      const many = new Agent({ keepAlive: true, maxSockets: options.concurrency });
      // Untimed: each of the N connections sends the mix once, so that every API process (connections
      // are dealt to them in turn) has seen every query, as the concurrency-1 rounds did for the one
      // that served them. The first requests' cost is the "first request" figures above.
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          for (const body of bodies) await postGraphQL(many, childPort, childCookie, body as string);
        }),
      );
      const logN = newLog();
      const apiConcurrent = mix.map(() => [] as number[]);
      const childBeforeLoop = await child.usage();
      const cpuBeforeLoop = process.cpuUsage();
      const loopBefore = performance.eventLoopUtilization();
      const apiLoop = await closedLoop(options.concurrency, durationMs, mix.length, async (i) => {
        const started = performance.now();
        const answer = await postGraphQL(many, childPort, childCookie, bodies[i] as string);
        apiConcurrent[i]?.push(performance.now() - started);
        record(logN, answer, mix[i]?.label ?? '');
      });
      const clientLoopCpuMs = cpuMs(process.cpuUsage(cpuBeforeLoop));
      const clientLoopBusy = performance.eventLoopUtilization(loopBefore).utilization;
      const childAfterLoop = await child.usage();
      const apiLoopCpuMs = cpuDeltaMs(childBeforeLoop.cpu, childAfterLoop.cpu);
      const apiLoopBusy = busyBetween(childBeforeLoop.eventLoop, childAfterLoop.eventLoop);
      // The floor on this machine: the same request (session, catch-up, query understanding, the same
      // GraphQL document) for a word nobody has, so its answer is empty. What the mix costs beyond it
      // is the search and its page; what the floor costs is the platform's.
      const floorBody = JSON.stringify({ query: SEARCH_QUERY, variables: { input: { query: FLOOR_WORD }, first: PAGE_SIZE } });
      const floorCheck = await postGraphQL(many, childPort, childCookie, floorBody);
      if (floorCheck.body.data?.searchPeople?.totalCount !== 0)
        throw new Error(`the floor's word "${FLOOR_WORD}" matched someone: ${JSON.stringify(floorCheck.body).slice(0, 300)}`);
      const logFloor = newLog();
      const floorConcurrent: number[] = [];
      const childBeforeFloor = await child.usage();
      const floorLoop = await closedLoop(options.concurrency, durationMs, 1, async () => {
        const started = performance.now();
        const answer = await postGraphQL(many, childPort, childCookie, floorBody);
        floorConcurrent.push(performance.now() - started);
        record(logFloor, answer, `floor: ${FLOOR_WORD}`);
      });
      const floorCpuMs = cpuDeltaMs(childBeforeFloor.cpu, (await child.usage()).cpu);
      many.destroy();
      childMemory.push([`after concurrency ${options.concurrency}`, (await child.usage(true)).memory]);
      memory.push([`after concurrency ${options.concurrency} (API)`, liveMemory()]);
      const sqlConcurrent: number[] = [];
      const sqlLoop = await closedLoop(options.concurrency, durationMs, mix.length, async (i) => {
        const started = performance.now();
        await replay(pool as Pool, captured[i] as Statement[]);
        sqlConcurrent.push(performance.now() - started);
      });
      const pgConcurrent = mix.map(() => [] as number[]);
      const pgLoop = await closedLoop(options.concurrency, durationMs, mix.length, async (i) => {
        const started = performance.now();
        await runSqlSearch(i);
        pgConcurrent[i]?.push(performance.now() - started);
      });

      // MiniSearch, built once the API's timings are done (in a function of its own, so that its index is
      // released when it returns), then its rounds query by query as above.
      const { documents } = await miniSearchRounds(client, viewer, mix, apiTop, {
        rounds,
        warmUpRounds: options.warmUpRounds,
        memory,
        miniTimes,
        miniOverlaps,
        miniTargetFound,
      });
      memory.push(['after releasing the MiniSearch index', liveMemory()]);

      const horizonAtEnd = await horizonReport(client);
      // Last (it changes data): a bulk change committed while another session keeps a transaction open
      // on the server, as a long report or an idle-in-transaction session would. What the next search
      // pays to apply it, and whether the searches after it keep paying while that transaction is open.
      const logProbe = newLog();
      const probeAgent = new Agent({ keepAlive: true, maxSockets: 1 });
      const probeSearch = async (i: number) => {
        const started = performance.now();
        const answer = await postGraphQL(probeAgent, childPort, childCookie, bodies[i] as string);
        record(logProbe, answer, mix[i]?.label ?? '');
        return performance.now() - started;
      };
      const holder = new Client({ connectionString: database.url, application_name: 'ensemble-bench-open-transaction' });
      await holder.connect();
      let bulk: {
        skill: string;
        rows: number;
        updateMs: number;
        nextMs: number;
        replayMs: number;
        replayedPeople: number;
        rebuild: Summary;
        after: Summary;
      };
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT pg_current_xact_id()');
        const [top] = (
          await client.query<{ id: string; name: string }>(
            `SELECT id, name FROM skill WHERE status = 'active' ORDER BY holder_count DESC, id LIMIT 1`,
          )
        ).rows;
        if (!top) throw new Error('no skill to change');
        const updateStarted = performance.now();
        const updated = await client.query(`UPDATE person_skill SET interest = interest WHERE skill_id = $1`, [
          top.id,
        ]);
        const updateMs = performance.now() - updateStarted;
        // A rare skill's search: little work of its own, so its time is mostly the catch-up.
        const rareQuery = Math.max(
          0,
          mix.findIndex((query) => query.category === 'skill (rare)'),
        );
        const nextMs = await probeSearch(rareQuery);
        // The database's and the driver's share of that: the same catch-up statement, from the same
        // starting point, replayed through pg (the rest is the index applying what it returned).
        const catchUp = captured.flat().find((statement) => statement.search) as Statement;
        const replayStarted = performance.now();
        const replayed = (await pool.query<{ people: unknown[] | null }>(catchUp.text, catchUp.values)).rows[0];
        const replayMs = performance.now() - replayStarted;
        // The mix twice: the first pass rebuilds what the change invalidated, the second is steady.
        const rebuild: number[] = [];
        for (const i of mix.keys()) rebuild.push(await probeSearch(i));
        const after: number[] = [];
        for (const i of mix.keys()) after.push(await probeSearch(i));
        bulk = {
          skill: top.name,
          rows: updated.rowCount ?? 0,
          updateMs,
          nextMs,
          replayMs,
          replayedPeople: replayed?.people?.length ?? 0,
          rebuild: summarize(rebuild),
          after: summarize(after),
        };
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        await holder.end();
        probeAgent.destroy();
      }

      // ——— Report. ———
      const pick = (times: number[][], categories: readonly Category[]) =>
        times.flatMap((samples, i) => (categories.includes((mix[i] as MixQuery).category) ? samples : []));
      const present = CATEGORIES.filter((category) => mix.some((query) => query.category === category));
      const average = (values: readonly number[], categories: readonly Category[]) => {
        const chosen = values.filter((_, i) => categories.includes((mix[i] as MixQuery).category));
        return chosen.reduce((sum, value) => sum + value, 0) / Math.max(1, chosen.length);
      };
      const rows = (row: (label: string, categories: readonly Category[]) => Summary) => {
        for (const category of present) row(category, [category]);
        return {
          typoAndPrefix: row('typo + prefix', TYPO_AND_PREFIX),
          projects: row('project queries', PROJECT_QUERIES),
          all: row('all', present),
        };
      };

      out('');
      out(
        `Concurrency 1: ${options.rounds} rounds of the mix (${options.rounds * mix.length} requests per side), one request at a time.`,
      );
      out(
        `  API = searchPeople through GraphQL over HTTP to the API process (on its people index). API's SQL = the request's ` +
          `captured statements replayed through pg, its SQL floor (catch-up: the search_change statement alone; all: ` +
          `session + catch-up, in sequence); ratio = API / all.`,
      );
      out(
        `  MiniSearch = the same words in the bench's MiniSearch index (same rounds, run after the API's timings); ratio = API / MiniSearch; overlap = |top ${TOP} ∩ top ${TOP}| / ${TOP} ` +
          `(over the longer list when both found fewer), averaged per category.`,
      );
      out('');
      out(
        `  ${'category'.padEnd(16)}    n |  API p50  API p95  API p99 | catch-up p50  all p50  all p95 | API/all p50 p95 |` +
          `  Mini p50 Mini p95 | API/Mini p50 p95 | overlap`,
      );
      const { typoAndPrefix, projects: projects1, all: all1 } = rows((label, categories) => {
        const a = summarize(pick(apiTimes, categories));
        const c = summarize(pick(catchUpTimes, categories));
        const q = summarize(pick(allSqlTimes, categories));
        const m = summarize(pick(miniTimes, categories));
        out(
          `  ${label.padEnd(16)} ${String(a.count).padStart(4)} | ${cell(a.p50)} ${cell(a.p95)} ${cell(a.p99)} | ` +
            `${cell(c.p50).padStart(12)} ${cell(q.p50)} ${cell(q.p95)} | ${ratio(a.p50, q.p50)}${ratio(a.p95, q.p95)} | ` +
            `${cell(m.p50)} ${cell(m.p95)} | ${ratio(a.p50, m.p50)}${ratio(a.p95, m.p95)} | ` +
            `${average(miniOverlaps, categories).toFixed(2).padStart(6)}`,
        );
        return a;
      });
      out('  (times in ms)');
      const alone1 = summarize(backToBack);
      const aloneTypoAndPrefix = summarize(backToBackTypoAndPrefix);
      const aloneProjects = summarize(backToBackProjects);
      out(
        `  The same rounds back to back (the API alone, each request right after the last, none of the bench's SQL ` +
          `between them): all p50 ${alone1.p50.toFixed(2)} / p95 ${alone1.p95.toFixed(2)} / p99 ${alone1.p99.toFixed(2)} ms; ` +
          `typo + prefix p50 ${aloneTypoAndPrefix.p50.toFixed(2)} / p95 ${aloneTypoAndPrefix.p95.toFixed(2)} ms; ` +
          `project queries p50 ${aloneProjects.p50.toFixed(2)} / p95 ${aloneProjects.p95.toFixed(2)} ms`,
      );
      out(
        `  First request of each query to the API process (its first round: the index's cached ranking of a ` +
          `skill group, the JIT and every other cache still cold for it), by category:`,
      );
      out(
        '    ' +
          present
            .map((category) => {
              const first = summarize(pick(firstTimes, [category]));
              return `${category} p50 ${first.p50.toFixed(1)} max ${first.max.toFixed(1)}`;
            })
            .join('; ') +
          ' (ms)',
      );

      out('');
      out(
        `  Beside the PostgreSQL-only design it replaced: PG = its one search statement (matching, ranking, page, ` +
          `facets) through pg on the same understood query, alone (no session lookup, no people load); ratio = API / PG; ` +
          `overlap = top ${TOP} of searchPeople vs top ${TOP} of that statement (text rank differs by design: field ` +
          `weights in the index, ts_rank in PostgreSQL).`,
      );
      out('');
      out(
        `  ${'category'.padEnd(16)}    n |  API p50  API p95  API p99 |   PG p50   PG p95   PG p99 |` +
          ` API/PG p50     p95     p99 | overlap`,
      );
      rows((label, categories) => {
        const a = summarize(pick(apiTimes, categories));
        const g = summarize(pick(pgTimes, categories));
        out(
          `  ${label.padEnd(16)} ${String(a.count).padStart(4)} | ${cell(a.p50)} ${cell(a.p95)} ${cell(a.p99)} | ` +
            `${cell(g.p50)} ${cell(g.p95)} ${cell(g.p99)} | ${ratio(a.p50, g.p50)}${ratio(a.p95, g.p95)}${ratio(a.p99, g.p99)} | ` +
            `${average(pgOverlaps, categories).toFixed(2).padStart(6)}`,
        );
        return a;
      });
      out('  (times in ms)');
      const nameQueries = mix.flatMap((query, i) => (query.targetPersonId ? [i] : []));
      if (nameQueries.length) {
        const found = (tops: ReadonlyArray<readonly string[]>) =>
          nameQueries.filter((i) => tops[i]?.includes(mix[i]?.targetPersonId as string)).length;
        const miniFound = nameQueries.filter((i) => miniTargetFound[i]).length;
        out(
          `  name queries whose person is in the top ${TOP}: searchPeople ${found(apiTop)}/${nameQueries.length}, ` +
            `PostgreSQL design ${found(sqlTop)}/${nameQueries.length}, MiniSearch ${miniFound}/${nameQueries.length}`,
        );
      }

      out('');
      out(
        `  Every query at concurrency 1, slowest API first (p50; PG plan/execute from one EXPLAIN ANALYZE, whose timing adds overhead):`,
      );
      const perQuery = mix.map((query, i) => ({
        query,
        api: summarize(apiTimes[i] as number[]),
        sql: summarize(allSqlTimes[i] as number[]),
        pg: summarize(pgTimes[i] as number[]),
        mini: summarize(miniTimes[i] as number[]),
        explained: explained[i] as { planningMs: number; executionMs: number },
        pgOverlap: pgOverlaps[i] as number,
      }));
      for (const entry of [...perQuery].sort((a, b) => b.api.p50 - a.api.p50)) {
        out(
          `    API ${ms(entry.api.p50)}  API's SQL ${ms(entry.sql.p50)}  PG ${ms(entry.pg.p50)} (plan ${ms(entry.explained.planningMs)}, ` +
            `execute ${ms(entry.explained.executionMs)}, overlap ${entry.pgOverlap.toFixed(1)})  MiniSearch ${ms(entry.mini.p50)}  ` +
            `${entry.query.category}: ${entry.query.label}`,
        );
      }

      const concurrent = summarize(apiConcurrent.flat());
      const concurrentSql = summarize(sqlConcurrent);
      const concurrentPg = summarize(pgConcurrent.flat());
      const rps = (loop: { completed: number; elapsedMs: number }) => (loop.completed / loop.elapsedMs) * 1000;
      const apiRps = rps(apiLoop);
      out('');
      out(
        `Concurrency ${options.concurrency} for ${options.duration} s each: ${options.concurrency} clients sending the mix round-robin ` +
          `(API: kept-alive HTTP, after each connection sent the mix once untimed; API's SQL: the captured statements of each request, in sequence; PG: the PostgreSQL ` +
          `design's search statement; both through a pg pool of ${poolSize}, the API's pool size).`,
      );
      out(`                       requests   req/s       p50          p95          p99          max`);
      const concurrentRow = (label: string, done: number, perSecond: number, s: Summary) =>
        out(
          `  ${label.padEnd(19)} ${String(done).padStart(8)} ${perSecond.toFixed(0).padStart(7)}   ${ms(s.p50)}   ${ms(s.p95)}   ${ms(s.p99)}   ${ms(s.max)}`,
        );
      concurrentRow('API (GraphQL)', apiLoop.completed, apiRps, concurrent);
      const floor = summarize(floorConcurrent);
      const floorRps = rps(floorLoop);
      concurrentRow('API, empty answer', floorLoop.completed, floorRps, floor);
      concurrentRow("API's SQL (pg)", sqlLoop.completed, rps(sqlLoop), concurrentSql);
      concurrentRow('PG search (pg)', pgLoop.completed, rps(pgLoop), concurrentPg);
      const ratioRow = (label: string, other: number, s: Summary) =>
        out(
          `  ${label.padEnd(28)} ${ratio(apiRps, other)}   ${ratio(concurrent.p50, s.p50)}     ` +
            `${ratio(concurrent.p95, s.p95)}     ${ratio(concurrent.p99, s.p99)}`,
        );
      ratioRow("API / API's SQL", rps(sqlLoop), concurrentSql);
      ratioRow('API / PG search', rps(pgLoop), concurrentPg);
      ratioRow('API / API, empty answer', floorRps, floor);
      out(`  (ratios: req/s and latency, API over the other; above 1 x for req/s and below 1 x for latency favour the API)`);
      const apiCpuPerRequest = apiLoopCpuMs / Math.max(1, apiLoop.completed);
      const clientCpuPerRequest = clientLoopCpuMs / Math.max(1, apiLoop.completed);
      const apiCpu1 = summarize(apiCpuTimes);
      const clientCpu1 = summarize(clientCpuTimes);
      out(
        `  CPU of the API process (all threads) per API request: concurrency 1 p50 ${ms(apiCpu1.p50)}, mean ` +
          `${ms(apiCpu1.mean)}; concurrency ${options.concurrency} mean ${ms(apiCpuPerRequest)} ` +
          `(${(apiLoopCpuMs / durationMs).toFixed(2)} cores busy on average, event loop busy ` +
          `${(apiLoopBusy * 100).toFixed(0)}% of the time); at that cost one core serves ~` +
          `${(1000 / apiCpuPerRequest).toFixed(0)} requests/s`,
      );
      out(
        `  CPU of this process (the bench's HTTP client, all threads) per API request: concurrency 1 p50 ` +
          `${ms(clientCpu1.p50)}, mean ${ms(clientCpu1.mean)}; concurrency ${options.concurrency} mean ` +
          `${ms(clientCpuPerRequest)} (${(clientLoopCpuMs / durationMs).toFixed(2)} cores busy on average, event loop ` +
          `busy ${(clientLoopBusy * 100).toFixed(0)}% of the time)`,
      );
      out(
        `  (the machine's cores are shared by the API process, this process and PostgreSQL: the API process's own ` +
          `CPU per request bounds what it could serve on a core of its own)`,
      );
      const floorCpuPerRequest = floorCpuMs / Math.max(1, floorLoop.completed);
      out(
        `  API, empty answer ("${FLOOR_WORD}", matching nobody: the same session lookup, catch-up read, query understanding ` +
          `and GraphQL document, no page): ${floorRps.toFixed(0)} requests/s, API CPU ${ms(floorCpuPerRequest)} per request; ` +
          `the mix costs ${ms(apiCpuPerRequest - floorCpuPerRequest)} more per request (the search and its page of ${PAGE_SIZE}); ` +
          `statements per request max ${logFloor.maxStatements}, errors ${logFloor.errors}`,
      );
      out(`  per category:                       API                                      PG search`);
      for (const category of present) {
        const s = summarize(pick(apiConcurrent, [category]));
        const g = summarize(pick(pgConcurrent, [category]));
        out(
          `    ${category.padEnd(16)} ${String(s.count).padStart(6)} requests  p50 ${ms(s.p50)}  p99 ${ms(s.p99)} | ` +
            `${String(g.count).padStart(6)} requests  p50 ${ms(g.p50)}  p99 ${ms(g.p99)}`,
        );
      }

      out('');
      out(
        `SQL statements per request: concurrency 1 (capture included) max ${log1.maxStatements} (${distribution(log1)}); ` +
          `concurrency ${options.concurrency} max ${logN.maxStatements} (${distribution(logN)}); bulk-change probe ` +
          `max ${logProbe.maxStatements} (${distribution(logProbe)}); budget ${STATEMENT_BUDGET}`,
      );
      out(
        `  (concurrent searches share one catch-up read: it counts against the request that ran it)`,
      );
      out(
        `  requests over the budget: concurrency 1: ${log1.overBudget} (${log1.overBudgetDuringReload} of them while a ` +
          `vocabulary reload ran in their background); concurrency ${options.concurrency}: ${logN.overBudget}`,
      );
      out(
        `  vocabulary reloads: ${inProcessVocabularyLoads} in the in-process app during the capture, ` +
          `${(await child.usage()).vocabularyLoads} in the API process (SkillDictionary reloads every minute, ` +
          `outside the search that finds it stale)`,
      );
      out('');
      out(horizonAtEnd);
      out(
        `Bulk change under an open transaction (last, as it changes data): with another session holding a ` +
          `transaction open, one UPDATE of person_skill touching the ${bulk.rows.toLocaleString('en')} rows of ` +
          `${bulk.skill} (${(bulk.updateMs / 1000).toFixed(1)} s), committed; then searches one at a time:`,
      );
      out(
        `  the next search (a rare skill: it applies the change first) ${ms(bulk.nextMs)}; its catch-up statement ` +
          `replayed alone through pg ${ms(bulk.replayMs)} (${bulk.replayedPeople.toLocaleString('en')} people's documents, ` +
          `parsed by the driver: the database's share; the rest is the index applying them)`,
      );
      out(
        `  the mix once (rebuilding what the change invalidated) p50 ${ms(bulk.rebuild.p50)}, max ${ms(bulk.rebuild.max)}; the mix again, the ` +
          `transaction still open: p50 ${ms(bulk.after.p50)}, p95 ${ms(bulk.after.p95)} (before the change: p50 ` +
          `${ms(summarize(apiTimes.flat()).p50)}, p95 ${ms(summarize(apiTimes.flat()).p95)})`,
      );
      const childAtEnd = await child.usage(true);
      childMemory.push(['after the bulk-change probe', childAtEnd.memory]);
      out(`Memory of the API process (the app with its people index; after a full GC):`);
      for (const [stage, figures] of childMemory) out(memoryLine(stage, figures));
      out(`  peak RSS ${mb(childAtEnd.peakRss)}`);
      out(
        `Memory of this process (the bench; the in-process API app with its people index until it is closed, the ` +
          `MiniSearch index of ${documents.toLocaleString('en')} documents from its build to its release` +
          `${canCollectGarbage ? '; after a full GC' : ''}):`,
      );
      for (const [stage, figures] of memory) out(memoryLine(stage, figures));
      out(`  peak RSS ${mb(peakRss())} (seeding included)`);

      out('');
      out(
        `People index (in the API process and in the in-process app alike): ${indexFigures.people.toLocaleString('en')} people ` +
          `and ${indexFigures.projects.toLocaleString('en')} projects indexed, loaded in ${(indexFigures.loadMs / 1000).toFixed(1)} s ` +
          `(API process: ${(child.lastLoad.ms / 1000).toFixed(1)} s); heap of the index ${mb(indexFigures.heapBytes)}, ` +
          `${mb(indexFigures.heapPer100k)} per 100,000 people`,
      );
      out('');
      out('Targets (goals: printed, never failing the run):');
      const target = (ok: boolean, text: string) => out(`  ${verdict(ok)}  ${text}`);
      target(all1.p50 <= TARGETS.c1P50, `concurrency 1 p50 ≤ ${TARGETS.c1P50} ms: ${all1.p50.toFixed(2)} ms (interleaved with the bench's SQL)`);
      target(all1.p95 <= TARGETS.c1P95, `concurrency 1 p95 ≤ ${TARGETS.c1P95} ms: ${all1.p95.toFixed(2)} ms (interleaved with the bench's SQL)`);
      target(alone1.p50 <= TARGETS.c1P50, `concurrency 1 p50 ≤ ${TARGETS.c1P50} ms: ${alone1.p50.toFixed(2)} ms (back to back)`);
      target(alone1.p95 <= TARGETS.c1P95, `concurrency 1 p95 ≤ ${TARGETS.c1P95} ms: ${alone1.p95.toFixed(2)} ms (back to back)`);
      target(
        apiRps >= TARGETS.concurrentThroughput,
        `concurrency ${options.concurrency} ≥ ${TARGETS.concurrentThroughput} requests/s: ${apiRps.toFixed(0)} requests/s`,
      );
      target(
        concurrent.p99 < TARGETS.concurrentP99,
        `concurrency ${options.concurrency} p99 < ${TARGETS.concurrentP99} ms: ${concurrent.p99.toFixed(2)} ms`,
      );
      target(
        projects1.p50 <= TARGETS.c1P50 && projects1.p95 <= TARGETS.c1P95,
        `project queries at concurrency 1 p50 ≤ ${TARGETS.c1P50} ms and p95 ≤ ${TARGETS.c1P95} ms: p50 ${projects1.p50.toFixed(2)} ms, ` +
          `p95 ${projects1.p95.toFixed(2)} ms (interleaved); back to back p50 ${aloneProjects.p50.toFixed(2)} ms, p95 ${aloneProjects.p95.toFixed(2)} ms`,
      );
      target(
        typoAndPrefix.p95 <= TARGETS.typoAndPrefixP95,
        `typo and prefix queries p95 ≤ ${TARGETS.typoAndPrefixP95} ms: ${typoAndPrefix.p95.toFixed(2)} ms`,
      );
      const maxStatements = Math.max(log1.maxStatements, logN.maxStatements, logFloor.maxStatements, logProbe.maxStatements);
      out(
        `  ${maxStatements <= STATEMENT_BUDGET ? 'PASS' : 'FAIL'}  at most ${STATEMENT_BUDGET} SQL statements per search: max ${maxStatements}`,
      );

      let failed = false;
      if (maxStatements > STATEMENT_BUDGET) {
        out(`FAILED: a search took ${maxStatements} SQL statements (budget ${STATEMENT_BUDGET})`);
        failed = true;
      }
      const errors = log1.errors + logN.errors + logFloor.errors + logProbe.errors;
      if (errors) {
        out(`FAILED: ${errors} answers with errors`);
        failed = true;
      }
      return failed ? 1 : 0;
    } finally {
      await pool?.end();
      await sqlPool?.end();
      await apiProcess?.stop();
      await client.end();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    out(`Dropped the scratch ${database.where}`);
  }
}

/**
 * What needs the app in this process, to reach inside it: the people index's load and heap, the query
 * mix (its SkillDictionary), the PostgreSQL-only statements (its query understanding) and each query's
 * SQL statements, captured from its TypeORM logger. The app is closed on the way out, and nothing it
 * holds outlives this function (so that its index is freed before the API process is timed).
 */
async function inProcessPhase(
  client: Client,
  databaseUrl: string,
  dataDir: string,
  viewer: Viewer,
  options: { seed: number; rounds: number; warmUpRounds: number; projectHistoryIds: readonly string[] },
  afterSeedingHeap: number,
  memory: Array<[string, NodeJS.MemoryUsage]>,
  pools: Pool[],
) {
  const api = await startBenchApi(databaseUrl, dataDir, viewer);
  try {
    const { app, port, cookie } = api;
    out(`API app listening on 127.0.0.1:${port}; viewer ${viewer.personId} (${viewer.roles.join(', ')})`);
    const dataSource = app.get<DataSource>(getDataSourceToken());

    // The people index: the app starts loading it at bootstrap; nothing is timed before it is in.
    const peopleIndex = app.get(PeopleIndexService);
    const waitStarted = performance.now();
    const loadedIndex = await peopleIndex.current();
    const waitedMs = performance.now() - waitStarted;
    const withIndex = liveMemory();
    memory.push(['after starting the API app with its people index', withIndex]);
    const appLoad = peopleIndex.lastLoad;
    if (!appLoad) throw new Error('the people index reports no load');
    const alone = await indexAlone(dataSource);
    out(
      `People index: ${appLoad.people.toLocaleString('en')} people, ${appLoad.skills.toLocaleString('en')} skill links and ` +
        `${appLoad.projects.toLocaleString('en')} projects (${loadedIndex.projects.size.toLocaleString('en')} held, ` +
        `${loadedIndex.projectPostings.size.toLocaleString('en')} distinct project words), ` +
        `loaded at app start in ${(appLoad.ms / 1000).toFixed(1)} s (ready ${(waitedMs / 1000).toFixed(1)} s after the app ` +
        `listened); ${loadedIndex.size.toLocaleString('en')} active people, ${loadedIndex.holders.size.toLocaleString('en')} ` +
        `skills held, ${loadedIndex.postings.size.toLocaleString('en')} distinct words`,
    );
    out(
      `  heap: API app with its index +${mb(withIndex.heapUsed - afterSeedingHeap)} over the seeded bench; ` +
        `the index alone +${mb(alone.heapBytes)} (a second copy loaded by a fresh PeopleIndexService in ` +
        `${(alone.loadMs / 1000).toFixed(1)} s, then released: ${mb(alone.leftBytes)} left)` +
        `${canCollectGarbage ? '' : ' (no --expose-gc: figures include garbage)'}`,
    );
    const perHundredThousand = (bytes: number) => (bytes * 100_000) / Math.max(1, appLoad.people);
    out(
      `  heap of the index per 100,000 people: ${mb(perHundredThousand(alone.heapBytes))} (the index alone, with its ` +
        `${loadedIndex.projects.size.toLocaleString('en')} projects, ${appLoad.people === 100_000 ? 'as measured' : `scaled from ${appLoad.people.toLocaleString('en')} people`})`,
    );

    out(await horizonReport(client));

    // The same pool size as the app's own connections; the API's SQL with the app's session settings,
    // the PostgreSQL-only design with those it had (trigram threshold 0.4, JIT off).
    const appPool = (dataSource.options as { extra?: { max?: number; options?: string } }).extra ?? {};
    const poolSize = appPool.max ?? 10;
    const pool = new Pool({
      connectionString: databaseUrl,
      max: poolSize,
      options: appPool.options,
      application_name: 'ensemble-bench-sql',
    });
    const sqlPool = new Pool({
      connectionString: databaseUrl,
      max: poolSize,
      options: SQL_SEARCH_SESSION_OPTIONS,
      application_name: 'ensemble-bench-pg-search',
    });
    const observer = new StatementObserver(dataSource);
    // The app's own query understanding, to pick queries that are read as intended.
    const dictionary = app.get(SkillDictionary);
    const mix = await buildQueryMix(client, await dictionary.vocabulary(), viewer, options.seed, options.projectHistoryIds);
    memory.push(['after building the query mix', liveMemory()]);
    // A fresh vocabulary for the capture: its one-minute refresh must not run while statements are recorded.
    dictionary.invalidate();
    await dictionary.vocabulary();
    // The PostgreSQL-only search of each query, on exactly what the service hands the index: its own
    // validation and query understanding (a private method, reached into on purpose).
    const searchService = app.get(PeopleSearchService) as unknown as {
      understand(request: PeopleSearchRequest): Promise<{ query: SqlSearchInput }>;
    };
    const sqlSearches: Array<{ text: string; values: unknown[] }> = [];
    for (const query of mix) {
      const understood = await searchService.understand({ ...query.input, first: PAGE_SIZE });
      sqlSearches.push(peopleSearchSql(viewer, understood.query, PAGE_SIZE));
    }
    observer.vocabularyLoads = 0;
    const bodies = mix.map((query) =>
      JSON.stringify({ query: SEARCH_QUERY, variables: { input: query.input, first: PAGE_SIZE } }),
    );
    pools.push(pool, sqlPool);
    const runSqlSearch = (i: number) => sqlSearch(sqlPool, sqlSearches, i);
    const sqlTopOf = (row: SqlSearchRow) => row.page.slice(0, TOP).map((hit) => hit.id);

    // Capture: one request per query, recording the statements it ran (nothing else runs meanwhile,
    // but the index's background catch-up every 5 s may: a capture that saw it is taken again).
    const single = new Agent({ keepAlive: true, maxSockets: 1 });
    const log1 = newLog();
    const captured: Statement[][] = [];
    const apiTop: string[][] = [];
    const sqlTop: string[][] = [];
    out('');
    out(
      `Query mix (${mix.length} queries, ${options.rounds} measured rounds after ${options.warmUpRounds} warm-up):`,
    );
    for (const [index, query] of mix.entries()) {
      let attempt = 0;
      let capture: { result: ApiAnswer; statements: Statement[] };
      for (;;) {
        const loads = observer.vocabularyLoads;
        capture = await observer.capture(() => postGraphQL(single, port, cookie, bodies[index] as string));
        record(log1, capture.result, query.label, observer.vocabularyLoads > loads);
        const catchUps = capture.statements.filter((statement) => statement.search).length;
        if (catchUps === 1) break;
        if (++attempt === 3)
          throw new Error(`could not capture the catch-up statement of "${query.label}" (saw ${catchUps})`);
      }
      const { result: answer, statements } = capture;
      captured.push(statements);
      apiTop.push(topIds(answer));
      const sqlRow = await runSqlSearch(index);
      sqlTop.push(sqlTopOf(sqlRow));
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
          `      → ${reading}; ${result ? `${result.totalCount.toLocaleString('en')} matches` : 'no result'} ` +
          `(PostgreSQL design: ${sqlRow.total.toLocaleString('en')}, top ${TOP} overlap ` +
          `${overlap(apiTop[index] as string[], sqlTop[index] as string[]).toFixed(1)}); ` +
          `${statements.length} statements (${statements.filter((s) => s.search).length} catch-up)`,
      );
    }

    single.destroy();
    observer.restore();
    const indexFigures = {
      people: appLoad.people,
      projects: loadedIndex.projects.size,
      loadMs: appLoad.ms,
      heapBytes: alone.heapBytes,
      heapPer100k: perHundredThousand(alone.heapBytes),
    };
    return { mix, sqlSearches, bodies, captured, apiTop, sqlTop, log1, vocabularyLoads: observer.vocabularyLoads, pool, sqlPool, poolSize, indexFigures };
  } finally {
    await api.app.close();
  }
}

/** The PostgreSQL-only design's search statement of the mix's query `i`. */
async function sqlSearch(pool: Pool, statements: ReadonlyArray<{ text: string; values: unknown[] }>, i: number) {
  return (await pool.query<SqlSearchRow>(statements[i]?.text ?? '', statements[i]?.values)).rows[0] as SqlSearchRow;
}

/**
 * The heap of the people index alone: a second copy, loaded by a fresh PeopleIndexService on the app's
 * DataSource (outside the app: no background reads), measured, then released and measured again.
 */
async function indexAlone(dataSource: DataSource): Promise<{ heapBytes: number; leftBytes: number; loadMs: number }> {
  const before = liveMemory();
  // In a function of its own, so that no register of this suspended function keeps the copy alive.
  const loaded = async () => {
    const copy = new PeopleIndexService(dataSource);
    await copy.current();
    return { heapBytes: liveMemory().heapUsed - before.heapUsed, loadMs: copy.lastLoad?.ms ?? NaN };
  };
  const { heapBytes, loadMs } = await loaded();
  return { heapBytes, loadMs, leftBytes: Math.max(0, liveMemory().heapUsed - before.heapUsed) };
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/**
 * The transactions open for more than 10 s on the whole server (any database): they hold the xmin
 * horizon back, which the people index's catch-up must not depend on (see the bulk-change probe).
 */
async function horizonReport(client: Client): Promise<string> {
  const rows = (
    await client.query<{ pid: number; datname: string | null; application_name: string; seconds: number }>(
      `SELECT pid, datname, application_name, extract(epoch FROM now() - xact_start)::float8 AS seconds
         FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND (backend_xid IS NOT NULL OR backend_xmin IS NOT NULL)
          AND xact_start < now() - interval '10 seconds'
        ORDER BY xact_start`,
    )
  ).rows;
  if (!rows.length) return 'Transactions open for more than 10 s on the server (holding its xmin horizon back): none';
  return (
    `Transactions open for more than 10 s on the server (holding its xmin horizon back): ` +
    rows
      .map((row) => `pid ${row.pid} (${row.application_name || '?'} on ${row.datname ?? '?'}, ${row.seconds.toFixed(0)} s)`)
      .join(', ')
  );
}

/** Projects in the scratch database by status, and the team parts (project_part) of those the index holds. */
async function projectCounts(client: Client): Promise<{ byStatus: Map<string, number>; parts: number; people: number; evidence: number }> {
  const byStatus = new Map(
    (await client.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM project GROUP BY status ORDER BY status`)).rows.map(
      (row) => [row.status, row.n],
    ),
  );
  const [row] = (
    await client.query<{ parts: number; people: number; evidence: number }>(
      `SELECT count(*)::int AS parts, count(DISTINCT pp.person_id)::int AS people,
              (SELECT count(*)::int FROM project_evidence) AS evidence
         FROM project_part pp JOIN project p ON p.id = pp.project_id WHERE p.status IN ('forming', 'active', 'completed')`,
    )
  ).rows;
  return { byStatus, parts: row?.parts ?? 0, people: row?.people ?? 0, evidence: row?.evidence ?? 0 };
}

function projectHistoryReport(history: ProjectHistory | null, counts: Awaited<ReturnType<typeof projectCounts>>): string {
  const n = (value: number) => value.toLocaleString('en');
  const statuses = [...counts.byStatus.entries()].map(([status, count]) => `${status} ${n(count)}`).join(', ');
  const indexed = ['forming', 'active', 'completed'].reduce((sum, status) => sum + (counts.byStatus.get(status) ?? 0), 0);
  return (
    (history
      ? `Project history: ${n(history.completed)} completed and ${n(history.active)} active projects seeded in ` +
        `${(history.ms / 1000).toFixed(1)} s (${n(history.roles)} roles needing ${n(history.roleSkills)} skills, ` +
        `${n(history.leads)} co-leads, ${n(history.members)} members with seats, ${n(history.invitations)} pending ` +
        `invitations, ${n(history.evidence)} evidence rows), beside the demo generator's projects. `
      : '') +
    `Projects: ${statuses}; ${n(indexed)} under way or completed (what the index holds), with ${n(counts.parts)} team ` +
    `parts of ${n(counts.people)} people; ${n(counts.evidence)} project_evidence rows`
  );
}

/** A migration's QueryRunner on a plain pg client: the migrations' DDL helpers only call `query(sql)`. */
function queryRunnerOn(client: Client): QueryRunner {
  return {
    query: async (text: string, values?: unknown[]) => (await client.query(text, values)).rows,
  } as unknown as QueryRunner;
}

exitWhenDone('bench:people-search', main());

/**
 * `npm run bench:search-quality`: how well people search finds the right people, on a company built
 * from a public roster nobody on the project wrote (the Rust project's teams, their leads, members and
 * what each works on; bench/search-quality/README.md), beside a plain BM25 index of the same people
 * and their projects, in the same run.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:search-quality
 *     [--background 2000] [--concurrency 6] [--mirror GIT_DIR] [--out FILE]
 *
 * The company is loaded through the product's own paths (bench/search-quality/load-company.ts): the
 * HR import, each person's skills and passions over GraphQL, one completed project per team with its
 * leads as owner and co-leads and its members joined through its roles, endorsements after each.
 * Then every graded query (bench/search-quality/data/queries.json: a team's name, a phrase of what it
 * does, a skill plus a domain) runs through searchPeople over HTTP as an ordinary employee, paging to
 * 50 results, and through the BM25 baseline. Relevance: a target team's leads 2, its members 1.
 *
 * Prints nDCG@10, P@10, Recall@50 and MRR per family and overall for both, and the goals (Ensemble
 * ahead of BM25 in nDCG@10 in every family; nDCG@10 ≥ 0.80 overall) as PASS/MISS; the goals do not fail
 * the run. Writes every figure, per query too, as JSON to bench/search-quality/last-run.json (or
 * --out) so that runs can be diffed. --mirror derives the roster from a clone of rust-lang/team
 * instead of the committed file. The run fails (exit code 1) when a request fails.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyStarterTaxonomy } from '@ensemble/api/skills';
import { postGraphQL, startBenchApi, type Json } from './support/bench-api';
import { checkWholeNumbers, inScratchDatabase } from './support/bench-run';
import { exitWhenDone } from './support/exit';
import { out } from './support/stats';
import { backgroundPeople } from './search-quality/background';
import { Bm25Baseline } from './search-quality/bm25-baseline';
import { planCompany, type CompanyPlan, type ImportedPerson } from './search-quality/company-plan';
import { deriveRoster } from './search-quality/derive-roster';
import { createHrOperator, loadCompany } from './search-quality/load-company';
import { RANKING_DEPTH, meanFigures, measure, type QualityFigures } from './search-quality/metrics';
import { readRoster, sourceFile, type Roster } from './search-quality/roster';

type Family = 'name' | 'phrase' | 'skill-domain';
const FAMILIES: Family[] = ['name', 'phrase', 'skill-domain'];

interface GradedQuery {
  family: Family;
  query: string;
  teams: string[];
}

const GOAL_OVERALL_NDCG = 0.8;
/** The web app's page size: the bench pages through searchPeople as the app would. */
const PAGE = 20;

const SEARCH = `query($input: PeopleSearchInput!, $first: Int!, $after: String) {
  searchPeople(input: $input, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score person { email } } } } }`;

const HR_EMAIL = 'hr.operator@rust-eval.example';

/** Grades by email: a target team's leads 2, its other members 1 (the best over the targets). */
function gradesFor(query: GradedQuery, roster: Roster): Map<string, number> {
  const email = new Map(roster.people.map((person) => [person.key, person.email]));
  const grades = new Map<string, number>();
  for (const id of query.teams) {
    const team = roster.teams.find((candidate) => candidate.id === id);
    if (!team) throw new Error(`query "${query.query}" names the unknown team ${id}`);
    const grade = (key: string, value: number) => {
      const at = email.get(key) as string;
      grades.set(at, Math.max(value, grades.get(at) ?? 0));
    };
    for (const key of team.members) grade(key, 1);
    for (const key of team.leads) grade(key, 2);
  }
  return grades;
}

/** The viewer: an ordinary employee of the largest department, reporting to its head, on no team. */
function searchViewer(plan: CompanyPlan): ImportedPerson {
  const sizes = new Map<string, number>();
  for (const person of plan.people) sizes.set(person.department, (sizes.get(person.department) ?? 0) + 1);
  const [department] = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const head = plan.people.find((person) => person.department === department && person.managerEmail === null);
  return {
    givenName: 'Casey',
    familyName: 'Reader',
    email: 'casey.reader@rust-eval.example',
    title: 'Software Engineer',
    department,
    managerEmail: head?.email ?? null,
  };
}

const pct = (value: number) => value.toFixed(3).padStart(7);

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      background: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '6' },
      mirror: { type: 'string' },
      out: { type: 'string', default: sourceFile('last-run.json') },
    },
  });
  const concurrency = Number(values.concurrency);
  const backgroundCount = Number(values.background);
  checkWholeNumbers({ concurrency, background: backgroundCount });
  const started = performance.now();
  const roster = values.mirror ? deriveRoster(values.mirror) : readRoster();
  const queries = (
    JSON.parse(readFileSync(sourceFile('data/queries.json'), 'utf8')) as { queries: GradedQuery[] }
  ).queries;
  const plan = planCompany(roster);
  const viewer = searchViewer(plan);
  const background = backgroundPeople(backgroundCount);
  out(
    `Roster: ${roster.source.repository} at ${roster.source.commit.slice(0, 12)} (${roster.source.committedOn}), ${roster.source.licence}`,
  );
  out(
    `Company: ${plan.people.length} roster people, ${background.length} others, the viewer and the HR operator; ${plan.projects.length} projects ` +
      `(${roster.teams.filter((team) => team.archived).length} of them archived teams), ` +
      `${plan.projects.reduce((n, p) => n + p.roles.reduce((m, r) => m + r.holders.length, 0), 0)} seats taken`,
  );
  out(
    `Queries: ${FAMILIES.map((family) => `${queries.filter((q) => q.family === family).length} ${family}`).join(', ')}`,
  );

  return inScratchDatabase({ max: 2 }, async (scratch) => {
    // As `npm start` does before it serves (apps/api/src/main.ts).
    await applyStarterTaxonomy(scratch.client);
    const operator = await createHrOperator(
      async (sql, parameters) => (await scratch.client.query<{ id: string }>(sql, parameters)).rows,
      HR_EMAIL,
    );
    const api = await startBenchApi(scratch.url, scratch.dataDir, operator, {
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
      RATE_LIMIT_ACS_PER_MINUTE: '0',
      RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE: '0',
    });
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    try {
      const loadStarted = performance.now();
      const company = await loadCompany({ api, plan, background, extras: [viewer], concurrency, log: out });
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      out(`Loaded in ${loadSeconds.toFixed(0)} s with ${company.requests} requests`);
      const viewerCookie = company.cookieOf.get(company.idOf.get(viewer.email) as string) as string;

      const ensembleSearch = async (text: string): Promise<string[]> => {
        const ranking: string[] = [];
        for (let after: string | null = null; ranking.length < RANKING_DEPTH;) {
          const answer = await postGraphQL(
            agent,
            api.port,
            viewerCookie,
            JSON.stringify({ query: SEARCH, variables: { input: { query: text }, first: PAGE, after } }),
          );
          if (answer.status !== 200 || answer.body.errors?.length) {
            throw new Error(
              `searchPeople "${text}": ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`,
            );
          }
          const page: Json = answer.body.data.searchPeople;
          for (const edge of page.edges) ranking.push(edge.node.person.email);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        return ranking.slice(0, RANKING_DEPTH);
      };

      const baseline = new Bm25Baseline(plan, background, [
        viewer,
        { ...viewer, givenName: 'Harper', familyName: 'Importer', email: HR_EMAIL, title: 'HR Operations' },
      ]);
      const results: Array<{
        query: GradedQuery;
        relevant: number;
        ensemble: QualityFigures & { results: number };
        bm25: QualityFigures & { results: number };
      }> = [];
      const searchStarted = performance.now();
      for (const query of queries) {
        const grades = gradesFor(query, roster);
        const ensemble = await ensembleSearch(query.query);
        const bm25 = baseline.search(query.query, RANKING_DEPTH);
        results.push({
          query,
          relevant: [...grades.values()].filter((grade) => grade > 0).length,
          ensemble: { ...measure(ensemble, grades), results: ensemble.length },
          bm25: { ...measure(bm25, grades), results: bm25.length },
        });
      }
      const searchSeconds = (performance.now() - searchStarted) / 1000;

      const groups: Array<[string, typeof results]> = [
        ...FAMILIES.map((family): [string, typeof results] => [
          family,
          results.filter((r) => r.query.family === family),
        ]),
        ['overall', results],
      ];
      const summary = Object.fromEntries(
        groups.map(([name, rows]) => [
          name,
          {
            queries: rows.length,
            ensemble: {
              ...meanFigures(rows.map((r) => r.ensemble)),
              empty: rows.filter((r) => r.ensemble.results === 0).length,
            },
            bm25: {
              ...meanFigures(rows.map((r) => r.bm25)),
              empty: rows.filter((r) => r.bm25.results === 0).length,
            },
          },
        ]),
      );

      out('');
      out(`Search quality (${queries.length} queries; relevance: leads 2, members 1; mean per query)`);
      out(
        `${'family'.padEnd(14)} ${'system'.padEnd(9)} queries ${'nDCG@10'.padStart(7)} ${'P@10'.padStart(7)} ${'R@50'.padStart(7)} ${'MRR'.padStart(7)}  empty answers`,
      );
      for (const [name] of groups) {
        const row = summary[name];
        for (const system of ['ensemble', 'bm25'] as const) {
          const figures = row[system];
          out(
            `${name.padEnd(14)} ${(system === 'ensemble' ? 'Ensemble' : 'BM25').padEnd(9)} ${String(row.queries).padStart(7)} ` +
              `${pct(figures.ndcg10)} ${pct(figures.p10)} ${pct(figures.recall50)} ${pct(figures.mrr)}  ${figures.empty}`,
          );
        }
      }
      out('');
      const goals = [
        ...FAMILIES.map((family) => ({
          goal: `Ensemble ahead of BM25 in nDCG@10 on ${family} queries`,
          pass: summary[family].ensemble.ndcg10 > summary[family].bm25.ndcg10,
          figures: `${summary[family].ensemble.ndcg10.toFixed(3)} vs ${summary[family].bm25.ndcg10.toFixed(3)}`,
        })),
        {
          goal: `Ensemble nDCG@10 ≥ ${GOAL_OVERALL_NDCG.toFixed(2)} overall`,
          pass: summary.overall.ensemble.ndcg10 >= GOAL_OVERALL_NDCG,
          figures: summary.overall.ensemble.ndcg10.toFixed(3),
        },
      ];
      for (const goal of goals) out(`${goal.pass ? 'PASS' : 'MISS'}  ${goal.goal}: ${goal.figures}`);
      const totalSeconds = (performance.now() - started) / 1000;
      out('');
      out(`Searches: ${searchSeconds.toFixed(1)} s; whole run ${totalSeconds.toFixed(0)} s`);

      writeFileSync(
        values.out,
        `${JSON.stringify(
          {
            ranAt: new Date().toISOString(),
            source: roster.source,
            company: {
              rosterPeople: plan.people.length,
              backgroundPeople: background.length,
              extraPeople: 2,
              projects: plan.projects.length,
              seats: plan.projects.reduce((n, p) => n + p.roles.reduce((m, r) => m + r.holders.length, 0), 0),
              loadRequests: company.requests,
              loadSeconds: Math.round(loadSeconds),
            },
            summary,
            goals,
            queries: results
              .sort(
                (a, b) =>
                  FAMILIES.indexOf(a.query.family) - FAMILIES.indexOf(b.query.family) ||
                  a.query.query.localeCompare(b.query.query),
              )
              .map((r) => ({
                family: r.query.family,
                query: r.query.query,
                teams: r.query.teams,
                relevant: r.relevant,
                ensemble: r.ensemble,
                bm25: r.bm25,
              })),
          },
          null,
          1,
        )}\n`,
      );
      out(`Figures written to ${values.out}`);
      return 0;
    } finally {
      agent.destroy();
      await api.app.close();
    }
  });
}

exitWhenDone('bench:search-quality', run());

/**
 * `npm run bench:candidates`: candidates for a role with five required skills (issue 5's figure: p95
 * ≤ 15 ms through GraphQL) over HTTP against the real API app, on 100,000 people and 1,000,000 skill
 * links, beside the same SQL through `pg` in the same run.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:candidates
 *     [--people 100000] [--links 1000000] [--projects 100] [--roles-per-project 2] [--requests 1000]
 *     [--warm-up 100] [--first 20] [--seed 7]
 *
 * With TEST_DATABASE_URL (or DATABASE_URL) a scratch database is created on that server and dropped at
 * the end; without either, a throwaway embedded PostgreSQL is started and removed.
 *
 * The bench company (bench/support/bench-company.ts, with the demo generator's projects and members,
 * which give people a current load) gets `--projects` more projects whose roles each require five
 * skills: common ones (tens of thousands of holders), ordinary ones and rare ones, mixed per role
 * (bench/support/bench-projects.ts). The viewer, an ordinary employee, co-leads them all. Each request
 * asks for one of those roles, in a seeded random order, the way the web app's candidate list does
 * (`--first` candidates, each with the person and every required skill explained). The warm-up asks
 * for every role once, then for `--warm-up` more.
 *
 * One request at a time, three ways:
 * - API: candidatesForRole through GraphQL over HTTP;
 * - SQL (API's statements): right after each request, the statements it ran, captured from TypeORM's
 *   logger and replayed through pg (the database's share of the request, on the same caches);
 * - SQL (PostgreSQL only): in a second pass over the same requests, the one statement that ranked every
 *   holder of the role's skills in SQL before the people index did the shortlist
 *   (bench/support/sql-candidates.ts), plus the page's people, through pg; each answer must equal the
 *   API's. Apart from the first pass because it reads every holder of the role's skills, which would
 *   evict from the database's cache what the API's statements read.
 *
 * The run fails (exit code 1) when a request answered with errors, took more SQL statements than the
 * budget, differed from the PostgreSQL-only answer or left out a required skill. The latency target is
 * printed with PASS or MISS and does not fail the run.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomStream } from '@ensemble/api/demo-data';
import { PeopleIndexService } from '@ensemble/api/discovery';
import type { Viewer } from '@ensemble/api/people';
import { benchViewer, companyCounts, seedBenchCompany } from './support/bench-company';
import {
  COMMON_SHARE,
  RARE_SHARE,
  REQUIRED_SKILLS_PER_ROLE,
  seedBenchProjects,
  type BenchRole,
} from './support/bench-projects';
import { postGraphQL, type Json } from './support/bench-api';
import { StatementTally, checkWholeNumbers, inScratchDatabase, withBenchApi } from './support/bench-run';
import { exitWhenDone } from './support/exit';
import { candidatesInSql } from './support/sql-candidates';
import { StatementCapture, replayStatements } from './support/statement-capture';
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

/** Issue 5: p95 through GraphQL. */
const TARGET_P95_MS = 15;
/**
 * SQL statements per request: the session, the role with its project and team (at the same time as
 * the people index's catch-up on the change log), the shortlist's load and score, the page's people,
 * their departments.
 */
const STATEMENT_BUDGET = 6;

/** What the web app's candidate list asks for (CandidatesForRole with PersonSummary and RoleSkillFit). */
const CANDIDATES_QUERY = `query CandidatesForRole($roleId: ID!, $first: Int!) {
  candidatesForRole(roleId: $roleId, first: $first) {
    score coverage freeHours hoursNeeded activeProjects
    person { id displayName givenName familyName title avatarUrl department { id name } }
    skills { skillId skillName minLevel mustHave level meetsMinimum interested endorsementCount evidenceCount }
  }
}`;

const SKILL_FIELDS = [
  'skillId',
  'skillName',
  'minLevel',
  'mustHave',
  'level',
  'meetsMinimum',
  'interested',
  'endorsementCount',
  'evidenceCount',
];

interface PersonRow {
  id: string;
  given_name: string;
  family_name: string;
  title: string | null;
  avatar_url: string | null;
  department_id: string | null;
  department_name: string | null;
}

/** The API's answer, built from the PostgreSQL-only statement and the page's people. */
async function candidatesBySql(pool: Pool, roleId: string, first: number, viewer: Viewer): Promise<Json> {
  const rows = await candidatesInSql(pool, roleId, first, viewer);
  const people = new Map(
    (
      await pool.query<PersonRow>(
        `SELECT p.id, p.given_name, p.family_name, p.title, p.avatar_url, d.id AS department_id, d.name AS department_name
           FROM person p LEFT JOIN department d ON d.id = p.department_id WHERE p.id = ANY($1::uuid[])`,
        [rows.map((row) => row.personId)],
      )
    ).rows.map((row) => [row.id, row]),
  );
  return rows.map((row) => {
    const person = people.get(row.personId) as PersonRow;
    return {
      score: Number(row.score),
      coverage: Number(row.coverage),
      freeHours: row.freeHours,
      hoursNeeded: row.hoursNeeded,
      activeProjects: row.activeProjects,
      person: {
        id: person.id,
        displayName: `${person.given_name} ${person.family_name}`,
        givenName: person.given_name,
        familyName: person.family_name,
        title: person.title,
        avatarUrl: person.avatar_url,
        department: person.department_id ? { id: person.department_id, name: person.department_name } : null,
      },
      skills: row.skills.map((skill) =>
        Object.fromEntries(SKILL_FIELDS.map((field) => [field, skill[field]])),
      ),
    };
  });
}

/** How the roles' skills are spread: holders per skill, common and rare ones per role. */
function describeRoles(roles: readonly BenchRole[], people: number): string[] {
  const holders = summarize(roles.flatMap((role) => role.skills.map((skill) => skill.holders)));
  const perRole = summarize(roles.map((role) => role.skills.reduce((sum, skill) => sum + skill.holders, 0)));
  const [common, rare] = [COMMON_SHARE * people, RARE_SHARE * people];
  const count = (test: (holders: number) => boolean) =>
    (
      roles.reduce((sum, role) => sum + role.skills.filter((skill) => test(skill.holders)).length, 0) /
      roles.length
    ).toFixed(1);
  return [
    `${roles.length} roles of ${REQUIRED_SKILLS_PER_ROLE} required skills; per role on average ${count((h) => h >= common)} common ` +
      `(≥ ${common.toLocaleString('en')} holders), ${count((h) => h >= rare && h < common)} ordinary, ` +
      `${count((h) => h < rare)} rare (< ${rare.toLocaleString('en')})`,
    `holders of one required skill: median ${holders.p50.toLocaleString('en')}, max ${holders.max.toLocaleString('en')}; ` +
      `of a role's five together: median ${perRole.p50.toLocaleString('en')}, p95 ${perRole.p95.toLocaleString('en')}, max ${perRole.max.toLocaleString('en')}`,
  ];
}

const row = (label: string, summary: Summary) =>
  `  ${label.padEnd(26)}${ms(summary.p50)}   ${ms(summary.p95)}   ${ms(summary.p99)}   ${ms(summary.mean)}   ${ms(summary.max)}`;
const ratio = (a: Summary, b: Summary) =>
  [a.p50 / b.p50, a.p95 / b.p95, a.p99 / b.p99, a.mean / b.mean, a.max / b.max]
    .map((r) => `${r.toFixed(2).padStart(7)} x`)
    .join('    ');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      links: { type: 'string', default: '1000000' },
      projects: { type: 'string', default: '100' },
      'roles-per-project': { type: 'string', default: '2' },
      requests: { type: 'string', default: '1000' },
      'warm-up': { type: 'string', default: '100' },
      first: { type: 'string', default: '20' },
      seed: { type: 'string', default: '7' },
    },
    strict: true,
  });
  const options = {
    people: Number(values.people),
    links: Number(values.links),
    projects: Number(values.projects),
    rolesPerProject: Number(values['roles-per-project']),
    requests: Number(values.requests),
    warmUp: Number(values['warm-up']),
    first: Number(values.first),
    seed: Number(values.seed),
  };
  checkWholeNumbers(options);
  if (options.projects * options.rolesPerProject < 1) {
    throw new Error('--projects and --roles-per-project must give at least one role');
  }
  if (options.first < 1 || options.first > 50)
    throw new Error('--first must be 1 to 50 (the API allows no more)');

  // The SQL side's connections have the session settings of the app's pool (jit=off: see
  // libs/api/core/src/database/data-source.ts).
  return inScratchDatabase({ max: 2, options: '-c jit=off' }, async (run) => {
    const { client, pool } = run;
    const seedStarted = performance.now();
    let lead: Viewer | undefined;
    let roles: BenchRole[] = [];
    await seedBenchCompany(client, {
      ...options,
      extend: async (seeding) => {
        lead = await benchViewer(seeding, options.people);
        roles = await seedBenchProjects(seeding, { ...options, lead });
        // The log of changes the seeding wrote is history to the API, which loads everyone at start.
        await seeding.query('DELETE FROM search_change');
      },
    });
    if (!lead) throw new Error('the bench company has no viewer');
    const viewer = lead;
    const counts = await companyCounts(client);
    const { rows: teams } = await client.query<{ members: number; busy: number; hours: number }>(
      `SELECT (SELECT count(*)::int FROM project_member WHERE left_at IS NULL) AS members,
              (SELECT count(DISTINCT m.person_id)::int FROM project_member m JOIN project pr ON pr.id = m.project_id
                WHERE m.left_at IS NULL AND pr.status IN ('forming', 'active')) AS busy,
              (SELECT count(*)::int FROM person WHERE hours_per_week_available IS NOT NULL) AS hours`,
    );
    out(
      `Seeded ${counts.people.toLocaleString('en')} people, ${counts.links.toLocaleString('en')} skill links, ` +
        `${counts.endorsements.toLocaleString('en')} endorsements, ${teams[0]?.members.toLocaleString('en')} project members ` +
        `(${teams[0]?.busy.toLocaleString('en')} people on forming or active projects), free hours for ` +
        `${teams[0]?.hours.toLocaleString('en')} people, in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );
    for (const line of describeRoles(roles, counts.people)) out(`  ${line}`);

    // Warm-up: every role once (each required skill's holder arrays get built, as they would after
    // the first requests of a running app), then `--warm-up` random ones; then the measured requests.
    const random = randomStream(options.seed, 'bench-candidates');
    const pick = () => roles[Math.floor(random() * roles.length)] as BenchRole;
    const warmUp = roles.length + options.warmUp;
    const targets = [...roles, ...Array.from({ length: options.warmUp + options.requests }, pick)];

    return withBenchApi(run, viewer, async ({ app, port, cookie }, agent) => {
      const capture = new StatementCapture(app.get<DataSource>(getDataSourceToken()));
      try {
        out(
          `API app listening on 127.0.0.1:${port}; viewer ${viewer.personId} (${viewer.roles.join(', ')}), ` +
            `a co-lead of every bench project`,
        );
        const peopleIndex = app.get(PeopleIndexService);
        const waitStarted = performance.now();
        await peopleIndex.current();
        const load = peopleIndex.lastLoad;
        out(
          `People index ready ${((performance.now() - waitStarted) / 1000).toFixed(1)} s after the app listened` +
            (load
              ? ` (${load.people.toLocaleString('en')} people, ${load.skills.toLocaleString('en')} skill links, ` +
                `loaded in ${(load.ms / 1000).toFixed(1)} s)`
              : ''),
        );

        const apiTimes: number[] = [];
        const replayTimes: number[] = [];
        const sqlTimes: number[] = [];
        const statements = new StatementTally();
        let mismatches = 0;
        let errors = 0;
        let unexplained = 0;
        let answered = 0;
        let afterWarmUp = liveMemory();
        // First pass: each request through GraphQL, then the statements it ran replayed through pg.
        const answers: Json[] = [];
        for (const [index, role] of targets.entries()) {
          const body = JSON.stringify({
            query: CANDIDATES_QUERY,
            variables: { roleId: role.id, first: options.first },
          });
          const apiStarted = performance.now();
          const { result: answer, statements: ran } = await capture.capture(() =>
            postGraphQL(agent, port, cookie, body),
          );
          const apiMs = performance.now() - apiStarted;
          const replayMs = await replayStatements(pool, ran);

          if (answer.status !== 200 || answer.body.errors) {
            errors += 1;
            if (errors <= 3)
              out(`  error for role ${role.id}: ${JSON.stringify(answer.body.errors ?? answer.status)}`);
          } else {
            const candidates = answer.body.data.candidatesForRole as Array<{ skills: unknown[] }>;
            answered += candidates.length;
            unexplained += candidates.filter(
              (candidate) => candidate.skills.length !== role.skills.length,
            ).length;
          }
          answers.push(answer.body.data?.candidatesForRole ?? null);
          statements.add(answer.statements);
          if (index === warmUp - 1) afterWarmUp = liveMemory();
          if (index < warmUp) continue;
          apiTimes.push(apiMs);
          replayTimes.push(replayMs);
        }
        const memory = liveMemory();
        // Second pass: the PostgreSQL-only statement for the same requests, each answer compared. Apart,
        // so that its reads of every holder do not evict what the API's statements read.
        for (const [index, role] of targets.entries()) {
          const sqlStarted = performance.now();
          const bySql = await candidatesBySql(pool, role.id, options.first, viewer);
          const sqlMs = performance.now() - sqlStarted;
          const candidates = answers[index];
          if (candidates !== null && !isDeepStrictEqual(candidates, bySql)) {
            mismatches += 1;
            if (mismatches <= 3) {
              out(`  API and PostgreSQL-only SQL differ for role ${role.id}:`);
              out(`    API ${JSON.stringify(candidates)}`);
              out(`    SQL ${JSON.stringify(bySql)}`);
            }
          }
          if (index >= warmUp) sqlTimes.push(sqlMs);
        }

        const api = summarize(apiTimes);
        const replayed = summarize(replayTimes);
        const sql = summarize(sqlTimes);
        out('');
        out(
          `candidatesForRole(first: ${options.first}), ${options.requests} requests over ${roles.length} roles after ` +
            `${warmUp} warm-up requests (every role once, then ${options.warmUp} more), one at a time:`,
        );
        out(`                                   p50          p95          p99         mean          max`);
        out(row('API (GraphQL over HTTP)', api));
        out(row("SQL (API's statements, pg)", replayed));
        out(row('SQL (PostgreSQL only, pg)', sql));
        out(`  ratio API / API's SQL     ${ratio(api, replayed)}`);
        out(`  ratio API / PG-only SQL   ${ratio(api, sql)}`);
        out(
          `  API = the web app's CandidatesForRole query; API's statements = each request's captured SQL replayed ` +
            `through pg; PostgreSQL only = the statement that ranked every holder in SQL (before the people index), ` +
            `plus the page's people`,
        );
        out(
          `  SQL statements per API request: max ${statements.max} (budget ${STATEMENT_BUDGET}); ${statements}`,
        );
        out(
          `  answers identical to the PostgreSQL-only SQL: ${targets.length - mismatches - errors}/${targets.length}; ` +
            `${answered.toLocaleString('en')} candidates, ${unexplained} without every required skill explained`,
        );
        out(
          `  goal p95 ≤ ${TARGET_P95_MS} ms through GraphQL: ${api.p95.toFixed(2)} ms, ` +
            `${api.p95 <= TARGET_P95_MS ? 'PASS' : 'MISS'}`,
        );
        out(
          `  memory of this process (API app with its people index + bench${canCollectGarbage ? ', after a full GC' : ''}): ` +
            `heap ${mb(afterWarmUp.heapUsed)} after warm-up -> ${mb(memory.heapUsed)} after the API requests (of ` +
            `${mb(memory.heapTotal)}); RSS ${mb(afterWarmUp.rss)} -> ${mb(memory.rss)}; peak RSS ${mb(peakRss())} ` +
            `(seeding included)`,
        );

        let failed = false;
        if (statements.max > STATEMENT_BUDGET) {
          out(`FAILED: a request took ${statements.max} SQL statements (budget ${STATEMENT_BUDGET})`);
          failed = true;
        }
        if (errors || mismatches || unexplained) {
          out(
            `FAILED: ${errors} answers with errors, ${mismatches} different from the PostgreSQL-only SQL, ` +
              `${unexplained} candidates not fully explained`,
          );
          failed = true;
        }
        return failed ? 1 : 0;
      } finally {
        capture.restore();
      }
    });
  });
}

exitWhenDone('bench:candidates', main());

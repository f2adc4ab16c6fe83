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
 * One request at a time, three passes over the same requests:
 * - first, through the API app in the bench's process, each request's statements captured from TypeORM's
 *   logger and replayed through pg right after it: SQL (API's statements), the database's share of a
 *   request, on the same caches;
 * - API: then the same requests through GraphQL over HTTP to the API in a process of its own
 *   (bench/support/api-process.ts, NODE_ENV=production), timed: nothing of the bench's own work shares
 *   its heap or event loop; its answers must equal the first pass's;
 * - SQL (PostgreSQL only): last, the one statement that ranked every holder of the role's skills in SQL
 *   before the people index did the shortlist (bench/support/sql-candidates.ts), plus the page's people,
 *   through pg; each answer must equal the API's. Last because it reads every holder of the role's
 *   skills, which would evict from the database's cache what the API's statements read.
 *
 * The run fails (exit code 1) when a request answered with errors, took more SQL statements than the
 * budget, differed from the PostgreSQL-only answer (or the API process's from the first pass's) or left
 * out a required skill. The latency target is
 * printed with PASS or MISS and does not fail the run.
 */
import 'reflect-metadata';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomStream } from '@ensemble/api/demo-data';
import { PeopleIndexService } from '@ensemble/api/people-index';
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
import { cpuDeltaMs, startApiProcess } from './support/api-process-client';
import { StatementTally, checkWholeNumbers, inScratchDatabase, withBenchApi } from './support/bench-run';
import { exitWhenDone } from './support/exit';
import { candidatesInSql } from './support/sql-candidates';
import { StatementCapture, replayStatements } from './support/statement-capture';
import {
  canCollectGarbage,
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
 * SQL statements per request: the session and, at the same time, the people index's catch-up on the
 * change log; the role with its project and team; the shortlist's load and score. The page's people,
 * their departments and relationships come from the index.
 */
const STATEMENT_BUDGET = 4;

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

    // First pass, in the bench's process: each request through GraphQL with the statements it ran
    // captured (from the app's TypeORM logger) and replayed through pg right after it, on the same caches.
    const captured = await withBenchApi(run, viewer, async ({ app, port, cookie }, agent) => {
      const capture = new StatementCapture(app.get<DataSource>(getDataSourceToken()));
      try {
        const peopleIndex = app.get(PeopleIndexService);
        await peopleIndex.current();
        const replayTimes: number[] = [];
        const answers: Json[] = [];
        const statements = new StatementTally();
        let errors = 0;
        let unexplained = 0;
        let answered = 0;
        for (const [index, role] of targets.entries()) {
          const body = JSON.stringify({ query: CANDIDATES_QUERY, variables: { roleId: role.id, first: options.first } });
          const { result: answer, statements: ran } = await capture.capture(() => postGraphQL(agent, port, cookie, body));
          const replayMs = await replayStatements(pool, ran);
          if (answer.status !== 200 || answer.body.errors) {
            errors += 1;
            if (errors <= 3) out(`  error for role ${role.id}: ${JSON.stringify(answer.body.errors ?? answer.status)}`);
          } else {
            const candidates = answer.body.data.candidatesForRole as Array<{ skills: unknown[] }>;
            answered += candidates.length;
            unexplained += candidates.filter((candidate) => candidate.skills.length !== role.skills.length).length;
          }
          answers.push(answer.body.data?.candidatesForRole ?? null);
          statements.add(answer.statements);
          if (index >= warmUp) replayTimes.push(replayMs);
        }
        return { replayTimes, answers, statements, errors, unexplained, answered };
      } finally {
        capture.restore();
      }
    });
    const { replayTimes, answers, statements, errors, unexplained, answered } = captured;

    // Second pass: the same requests, timed, to the API in a process of its own (nothing of the bench's
    // work on its heap or event loop), as it runs in production.
    const child = await startApiProcess({ databaseUrl: run.url, dataDir: join(run.dataDir, 'api-process'), viewer });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const apiTimes: number[] = [];
    const childStatements = new StatementTally();
    let afterWarmUp: NodeJS.MemoryUsage = child.memory;
    let memory: NodeJS.MemoryUsage = child.memory;
    let cpuMs = 0;
    let apiMismatches = 0;
    try {
      out(
        `API process ${child.pid} (node --enable-source-maps --expose-gc, NODE_ENV=production) listening on 127.0.0.1:${child.port}; ` +
          `viewer ${viewer.personId} (${viewer.roles.join(', ')}), a co-lead of every bench project; people index loaded in ` +
          `${(child.lastLoad.ms / 1000).toFixed(1)} s (${child.lastLoad.people.toLocaleString('en')} people, ` +
          `${child.lastLoad.skills.toLocaleString('en')} skill links)`,
      );
      let cpuFrom = (await child.usage()).cpu;
      for (const [index, role] of targets.entries()) {
        const body = JSON.stringify({ query: CANDIDATES_QUERY, variables: { roleId: role.id, first: options.first } });
        const started = performance.now();
        const answer = await postGraphQL(agent, child.port, child.cookie, body);
        const apiMs = performance.now() - started;
        childStatements.add(answer.statements);
        if (!isDeepStrictEqual(answer.body.data?.candidatesForRole ?? null, answers[index])) apiMismatches += 1;
        if (index === warmUp - 1) {
          const usage = await child.usage(true);
          afterWarmUp = usage.memory;
          cpuFrom = usage.cpu;
        }
        if (index >= warmUp) apiTimes.push(apiMs);
      }
      const usage = await child.usage(true);
      memory = usage.memory;
      cpuMs = cpuDeltaMs(cpuFrom, usage.cpu);
    } finally {
      agent.destroy();
      await child.stop();
    }

    // Third pass: the PostgreSQL-only statement for the same requests, each answer compared. Apart, so
    // that its reads of every holder do not evict what the API's statements read.
    const sqlTimes: number[] = [];
    let mismatches = 0;
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
      `  API = the web app's CandidatesForRole query to the API process; API's statements = each request's SQL, ` +
        `captured in a first pass through the same app in the bench's process and replayed through pg right after it; ` +
        `PostgreSQL only = the statement that ranked every holder in SQL (before the people index), plus the page's people`,
    );
    out(`  CPU of the API process per request: ${(cpuMs / options.requests).toFixed(2)} ms (measured requests, mean)`);
    const mostStatements = Math.max(statements.max, childStatements.max);
    out(
      `  SQL statements per API request: max ${mostStatements} (budget ${STATEMENT_BUDGET}); captured pass ${statements}; ` +
        `API process ${childStatements}`,
    );
    out(
      `  answers identical to the PostgreSQL-only SQL: ${targets.length - mismatches - errors}/${targets.length}; ` +
        `the API process's answers identical to the first pass's: ${targets.length - apiMismatches}/${targets.length}; ` +
        `${answered.toLocaleString('en')} candidates, ${unexplained} without every required skill explained`,
    );
    out(`  goal p95 ≤ ${TARGET_P95_MS} ms through GraphQL: ${api.p95.toFixed(2)} ms, ${api.p95 <= TARGET_P95_MS ? 'PASS' : 'MISS'}`);
    out(
      `  memory of the API process (the app with its people index${canCollectGarbage ? ', after a full GC' : ''}): ` +
        `heap ${mb(afterWarmUp.heapUsed)} after warm-up -> ${mb(memory.heapUsed)} after the measured requests (of ` +
        `${mb(memory.heapTotal)}); RSS ${mb(afterWarmUp.rss)} -> ${mb(memory.rss)}; this process's peak RSS ${mb(peakRss())} ` +
        `(seeding included)`,
    );

    let failed = false;
    if (mostStatements > STATEMENT_BUDGET) {
      out(`FAILED: a request took ${mostStatements} SQL statements (budget ${STATEMENT_BUDGET})`);
      failed = true;
    }
    if (errors || mismatches || unexplained || apiMismatches) {
      out(
        `FAILED: ${errors} answers with errors, ${mismatches} different from the PostgreSQL-only SQL, ${apiMismatches} ` +
          `from the API process different from the first pass, ${unexplained} candidates not fully explained`,
      );
      failed = true;
    }
    return failed ? 1 : 0;
  });
}

exitWhenDone('bench:candidates', main());

/**
 * `npm run bench:rate-limits`: what the per-client rate limits (docs/adr/0018) cost a GraphQL request,
 * side by side with them off, and what they do to a burst of anonymous sign-ins and ACS posts.
 *
 *   [TEST_DATABASE_URL=…|DATABASE_URL=postgres://…] bench:rate-limits
 *     [--people 1000] [--rounds 5] [--requests 400] [--concurrent 3000] [--seed 7]
 *
 * Three apps run in this process on one scratch database, each with its GraphQL budget set one way:
 *   off      RATE_LIMIT_GRAPHQL_PER_MINUTE=0: no counting at all;
 *   batched  the default, 600 a minute: counted in memory, added to PostgreSQL 12 at a time;
 *   exact    39 a minute: a budget that small is counted in PostgreSQL on every request (batch 1).
 * Each has viewers of its own, enough that none spends its budget. Round after round, the apps answer
 * `--requests` requests each one at a time, taking turns request by request (latency), then
 * `--concurrent` requests 16 at a time, one app after the other (throughput), so that all three see the
 * same machine noise. Then, as the issue measured it, 1,000
 * sign-in starts and 200 ACS posts of garbage, 20 at a time from one address, with the limits off and
 * at their defaults. The run fails (exit code 1) when a GraphQL request failed or took more SQL
 * statements in one mode than in another.
 */
import 'reflect-metadata';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Client } from 'pg';
import { RateLimits } from '@ensemble/api/core';
import { SESSION_COOKIE, SessionService } from '@ensemble/api/identity';
import type { Viewer } from '@ensemble/api/people';
import { seedBenchCompany } from './support/bench-company';
import { postGraphQL, startBenchApi, type BenchApi } from './support/bench-api';
import { StatementTally, checkWholeNumbers, inScratchDatabase } from './support/bench-run';
import { exitWhenDone } from './support/exit';
import { ms, out, summarize } from './support/stats';

const QUERY = JSON.stringify({ query: '{ viewer { id displayName title } }' });
const CONCURRENCY = 16;

interface Mode {
  name: string;
  graphqlPerMinute: string;
  viewers: number;
}

const MODES: Mode[] = [
  { name: 'off', graphqlPerMinute: '0', viewers: 10 },
  { name: 'batched', graphqlPerMinute: '600', viewers: 60 },
  { name: 'exact', graphqlPerMinute: '39', viewers: 600 },
];

interface Running {
  mode: Mode;
  api: BenchApi;
  cookies: string[];
  agent: Agent;
  latencies: number[];
  statements: StatementTally;
  concurrentMs: number[];
  failures: number;
  next: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '5' },
      requests: { type: 'string', default: '400' },
      concurrent: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '7' },
    },
  });
  const parsed = {
    people: Number(values.people),
    rounds: Number(values.rounds),
    requests: Number(values.requests),
    concurrent: Number(values.concurrent),
    seed: Number(values.seed),
  };
  checkWholeNumbers(parsed);
  return parsed;
}

async function viewers(client: Client, offset: number, count: number): Promise<Viewer[]> {
  const { rows } = await client.query<{ id: string; roles: Viewer['roles'] }>(
    `SELECT id, roles FROM person WHERE status = 'active' ORDER BY id LIMIT $1 OFFSET $2`,
    [count, offset],
  );
  if (rows.length < count) throw new Error(`--people is too small for ${offset + count} viewers`);
  return rows.map((row) => ({ personId: row.id, roles: row.roles }));
}

async function ask(running: Running): Promise<number> {
  const cookie = running.cookies[running.next++ % running.cookies.length] as string;
  const started = performance.now();
  const answer = await postGraphQL(running.agent, running.api.port, cookie, QUERY);
  const elapsed = performance.now() - started;
  if (answer.status !== 200 || answer.body.errors) running.failures += 1;
  running.statements.add(answer.statements);
  return elapsed;
}

/** `requests` each, one at a time, the modes taking turns request by request (they share the noise). */
async function oneAtATime(modes: Running[], requests: number): Promise<void> {
  for (let i = 0; i < requests; i++) {
    for (const running of modes) running.latencies.push(await ask(running));
  }
}

async function sixteenAtATime(running: Running, requests: number): Promise<void> {
  let left = requests;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await ask(running);
    }),
  );
  running.concurrentMs.push(performance.now() - started);
}

/** `count` requests, `concurrency` at a time, from this process's one address; their statuses tallied. */
async function burst(count: number, concurrency: number, send: () => Promise<number>): Promise<{ statuses: Map<number, number>; ms: number }> {
  const statuses = new Map<number, number>();
  let left = count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const status = await send();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return { statuses, ms: performance.now() - started };
}

function plainRequest(agent: Agent, port: number, method: 'GET' | 'POST', path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = body
      ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
      : {};
    const call = httpRequest({ agent, host: '127.0.0.1', port, method, path, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(body);
  });
}

const statusList = (statuses: Map<number, number>) =>
  [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, times]) => `${times} × ${status}`)
    .join(', ');

async function main(): Promise<number> {
  const opts = options();
  return inScratchDatabase({ max: 2 }, async (run) => {
    out(`Seeding ${opts.people} people…`);
    await seedBenchCompany(run.client, { people: opts.people, links: opts.people * 5, seed: opts.seed });
    const running: Running[] = [];
    let offset = 0;
    try {
      for (const mode of MODES) {
        const people = await viewers(run.client, offset, mode.viewers);
        offset += mode.viewers;
        const api = await startBenchApi(run.url, run.dataDir, people[0] as Viewer, { RATE_LIMIT_GRAPHQL_PER_MINUTE: mode.graphqlPerMinute });
        const sessions = api.app.get(SessionService);
        const cookies = await Promise.all(
          people.map(async (viewer) => {
            const session = await sessions.issue(viewer.personId, { method: 'test', rolesAtSignIn: viewer.roles });
            return `${SESSION_COOKIE}=${session.token}`;
          }),
        );
        const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
        running.push({ mode, api, cookies, agent, latencies: [], statements: new StatementTally(), concurrentMs: [], failures: 0, next: 0 });
      }
      // Warm-up: compile the operation, fill the connection pools.
      await oneAtATime(running, 100);
      for (const each of running) Object.assign(each, { latencies: [], concurrentMs: [], statements: new StatementTally() });

      for (let round = 1; round <= opts.rounds; round++) {
        await oneAtATime(running, opts.requests);
        for (const each of running) await sixteenAtATime(each, opts.concurrent);
        out(`Round ${round} of ${opts.rounds} done`);
      }
      for (const each of running) await each.api.app.get(RateLimits).settled();
      const counters = (await run.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'graphql:%'`)).rows[0]?.n;

      out('');
      out(`GraphQL \`{ viewer { id displayName title } }\`, signed in, ${opts.rounds} rounds, in this process:`);
      out(`mode      budget/min  one at a time p50 / p95          ${CONCURRENCY} at a time     SQL statements per request   failed`);
      const base = running[0] as Running;
      const rate = (each: Running) => (opts.concurrent * each.concurrentMs.length) / (each.concurrentMs.reduce((a, b) => a + b, 0) / 1000);
      for (const each of running) {
        const summary = summarize(each.latencies);
        const baseSummary = summarize(base.latencies);
        const delta = each === base ? '' : ` (${(summary.p50 - baseSummary.p50 >= 0 ? '+' : '')}${((summary.p50 - baseSummary.p50) * 1000).toFixed(0)} µs)`;
        out(
          `${each.mode.name.padEnd(9)} ${each.mode.graphqlPerMinute.padStart(10)}  ${ms(summary.p50)} / ${ms(summary.p95)}${delta.padEnd(10)} ${rate(each).toFixed(0).padStart(6)} requests/s   ${each.statements.toString().padEnd(28)} ${each.failures}`,
        );
      }
      out(`Rate-limit rows in PostgreSQL afterwards: ${counters} (one per viewer that reached a batch or, exact, made a request)`);

      const sameStatements = running.every((each) => each.statements.toString() === base.statements.toString());
      const failures = running.reduce((sum, each) => sum + each.failures, 0);

      out('');
      out('1,000 sign-in starts and 200 ACS posts of garbage, 20 at a time, from one address:');
      const defaults = running.find((each) => each.mode.name === 'batched') as Running;
      const unlimited = await startBenchApi(run.url, run.dataDir, (await viewers(run.client, 0, 1))[0] as Viewer, {
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
        RATE_LIMIT_ACS_PER_MINUTE: '0',
      });
      try {
        for (const [label, api] of [
          ['limits off', unlimited],
          ['defaults  ', defaults.api],
        ] as const) {
          const agent = new Agent({ keepAlive: true, maxSockets: 20 });
          const rows = async () =>
            (await run.client.query<{ requests: number; audits: number }>(
              `SELECT (SELECT count(*)::int FROM saml_replay) AS requests, (SELECT count(*)::int FROM audit_event) AS audits`,
            )).rows[0] as { requests: number; audits: number };
          const before = await rows();
          const logins = await burst(1000, 20, () => plainRequest(agent, api.port, 'GET', '/auth/saml/login'));
          const garbage = `SAMLResponse=${encodeURIComponent(Buffer.from('not a SAML response').toString('base64'))}`;
          const acs = await burst(200, 20, () => plainRequest(agent, api.port, 'POST', '/auth/saml/acs', garbage));
          const after = await rows();
          agent.destroy();
          out(
            `${label}  sign-in starts: ${statusList(logins.statuses)} in ${logins.ms.toFixed(0)} ms, ${after.requests - before.requests} SAML request rows stored; ` +
              `ACS: ${statusList(acs.statuses)} in ${acs.ms.toFixed(0)} ms, ${after.audits - before.audits} audit rows stored`,
          );
        }
      } finally {
        await unlimited.app.close();
      }

      if (!sameStatements) out('FAIL: the modes took different numbers of SQL statements per request');
      if (failures) out(`FAIL: ${failures} GraphQL requests failed`);
      return sameStatements && failures === 0 ? 0 : 1;
    } finally {
      for (const each of running) {
        each.agent.destroy();
        await each.api.app.close();
      }
    }
  });
}

exitWhenDone('bench:rate-limits', main());

/**
 * Where a people search's time goes inside IndexSearch (a profiling aid for bench:people-search): the
 * bench company with its project history, the app in this process, each query searched through
 * PeopleSearchService `--rounds` times, with IndexSearch's methods wrapped to add up their inclusive
 * times per query.
 *
 *   npm run build:api && NODE_ENV=production node --enable-source-maps dist/api/bench/profile-index-search.js [--people 100000] [--links 1000000] [--seed 7] [--rounds 20]
 *     --query TEXT [--query TEXT …]
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { runMigrations } from '@ensemble/api/core';
import { IndexSearch, PeopleIndexService } from '@ensemble/api/people-index';
import { PeopleSearchService } from '@ensemble/api/discovery';
import { importEsco, sharedDataDir } from '@ensemble/api/skills';
import { benchViewer, seedBenchCompany } from './support/bench-company';
import { seedProjectHistory } from './support/bench-project-history';
import { startBenchApi } from './support/bench-api';
import { benchServerUrl, openScratchDatabase } from './support/scratch-database';
import { exitWhenDone } from './support/exit';
import { out, summarize } from './support/stats';

const METHODS = [
  'answer',
  'cachedRanking',
  'rankedAnswer',
  'matches',
  'parts',
  'groupTable',
  'termTable',
  'markTeam',
  'skillsMatchingWord',
  'typoNameWords',
  'best',
  'count',
  'ranking',
  'evidence',
  'coverage',
  'matchedProjects',
  'pageFacts',
] as const;

const totals = new Map<string, number>();
const calls = new Map<string, number>();

function wrap(): void {
  const proto = IndexSearch.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of METHODS) {
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`IndexSearch has no method ${name}`);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - started);
        calls.set(name, (calls.get(name) ?? 0) + 1);
      }
    };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      links: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '7' },
      rounds: { type: 'string', default: '20' },
      query: { type: 'string', multiple: true, default: [] },
    },
  });
  const people = Number(values.people);
  const rounds = Number(values.rounds);
  const queries = values.query as string[];
  const database = await openScratchDatabase(benchServerUrl());
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-profile-'));
  try {
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await seedBenchCompany(client, {
        people,
        links: Number(values.links),
        seed: Number(values.seed),
        extend: async (seeding) => {
          await importEsco(seeding, join(sharedDataDir(), 'esco-1.1.1'));
          await seedProjectHistory(seeding, {
            completed: Math.round(people * 0.03),
            active: Math.round(people * 0.005),
            seed: Number(values.seed),
          });
        },
      });
      const viewer = await benchViewer(client, people);
      const api = await startBenchApi(database.url, dataDir, viewer);
      try {
        const index = await api.app.get(PeopleIndexService).current();
        out(`index: ${index.size} people, ${index.projects.size} projects`);
        const service = api.app.get(PeopleSearchService);
        wrap();
        for (const query of queries) {
          const times: number[] = [];
          let total = 0;
          for (let round = 0; round <= rounds; round++) {
            if (round === 1) {
              totals.clear();
              calls.clear();
            }
            const started = performance.now();
            const result = await service.search(viewer, { query, first: 20 });
            total = result.totalCount;
            if (round > 0) times.push(performance.now() - started);
          }
          const s = summarize(times);
          out(`\n"${query}": ${total} matches; service.search p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (catch-up SQL included)`);
          for (const name of METHODS) {
            const ms = totals.get(name);
            if (!ms) continue;
            out(`  ${name.padEnd(20)} ${(ms / rounds).toFixed(3).padStart(9)} ms/search  ${String(Math.round((calls.get(name) ?? 0) / rounds)).padStart(6)} calls/search`);
          }
        }
      } finally {
        await api.app.close();
      }
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return 0;
}

exitWhenDone('profile-index-search', main());

/**
 * `npm run bench:skills`: skill autocomplete latency over full ESCO + the starter taxonomy.
 *
 *   [DATABASE_URL=postgres://…] bench:skills [--queries 1000] [--esco DIR]
 *
 * With DATABASE_URL a scratch database is created on that server and dropped afterwards; without
 * it, a throwaway embedded PostgreSQL is started. ESCO is read from ENSEMBLE_SHARED_DATA (default
 * ../shared/data next to the repository) unless --esco says otherwise.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runAutocompleteBenchmark } from './support/autocomplete-benchmark';
import { exitWhenDone } from './support/exit';

const { values } = parseArgs({
  options: { queries: { type: 'string' }, esco: { type: 'string' } },
  strict: true,
});

exitWhenDone(
  'bench:skills',
  runAutocompleteBenchmark({
    serverUrl: process.env['DATABASE_URL'] || undefined,
    escoDir: values.esco,
    queries: values.queries ? Number(values.queries) : undefined,
  }).then(() => 0),
);

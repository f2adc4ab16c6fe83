/**
 * The API under test, in a process of its own (forked by startApiProcess, api-process-client.ts): starts
 * the real app as startBenchApi does, issues the viewer's session, waits for the people index, and tells
 * the parent over IPC; answers the parent's requests for its CPU and memory; ends on 'stop' or when the
 * parent goes away. With `workers` > 1 it is a node:cluster primary, as `npm start` is with API_WORKERS:
 * its workers each run the app on the one shared port, and it reports their CPU and memory summed.
 */
import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PeopleIndexService } from '@ensemble/api/people-index';
import { startBenchApi, type BenchApi } from './bench-api';
import {
  VOCABULARY_STATEMENT,
  type ApiProcessOptions,
  type ApiProcessUsage,
  type FromChild,
  type ToChild,
} from './api-process-client';
import { liveMemory } from './stats';

const send = (message: FromChild) => process.send?.(message);

async function main(): Promise<void> {
  mkdirSync(options.dataDir, { recursive: true });
  let api: BenchApi | null = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await api?.app.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  let vocabularyLoads = 0;
  process.on('message', (message: ToChild) => {
    if (message.type === 'stop') void stop();
    else if (message.type === 'usage') {
      send({
        type: 'usage',
        id: message.id,
        usage: {
          cpu: process.cpuUsage(),
          memory: message.gc ? liveMemory() : process.memoryUsage(),
          eventLoop: performance.eventLoopUtilization(),
          peakRss: process.resourceUsage().maxRSS * 1024,
          vocabularyLoads,
        },
      });
    }
  });
  api = await startBenchApi(options.databaseUrl, options.dataDir, options.viewer);
  // Counts the vocabulary reloads (the one-minute refresh runs in the background of a search).
  const logger = api.app.get<DataSource>(getDataSourceToken()).logger;
  const logQuery = logger.logQuery;
  logger.logQuery = (query, parameters, runner) => {
    if (VOCABULARY_STATEMENT.test(query)) vocabularyLoads += 1;
    return logQuery.call(logger, query, parameters, runner);
  };
  const peopleIndex = api.app.get(PeopleIndexService);
  await peopleIndex.current();
  const lastLoad = peopleIndex.lastLoad;
  if (!lastLoad) throw new Error('the people index reports no load');
  send({ type: 'ready', port: api.port, cookie: api.cookie, lastLoad, memory: liveMemory() });
}

/** The cluster primary: forks the workers, waits until all are ready, and answers for all of them. */
async function primary(options: ApiProcessOptions): Promise<void> {
  cluster.setupPrimary({ exec: __filename, args: process.argv.slice(2), execArgv: process.execArgv });
  const workers: Worker[] = [];
  const stop = async () => {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.send({ type: 'stop' } satisfies ToChild);
          }),
      ),
    );
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  let nextId = 0;
  const pending = new Map<number, (usage: ApiProcessUsage) => void>();
  const readies = await Promise.all(
    Array.from(
      { length: options.workers ?? 1 },
      () =>
        new Promise<Extract<FromChild, { type: 'ready' }>>((resolve, reject) => {
          const worker = cluster.fork();
          workers.push(worker);
          worker.on('message', (message: FromChild) => {
            if (message.type === 'ready') resolve(message);
            else if (message.type === 'failed') reject(new Error(message.error));
            else if (message.type === 'usage') pending.get(message.id)?.(message.usage);
          });
          worker.once('exit', (code) => reject(new Error(`an API worker ended (code ${code})`)));
        }),
    ),
  );
  const [first] = readies as [Extract<FromChild, { type: 'ready' }>];
  if (readies.some((ready) => ready.port !== first.port)) throw new Error('the API workers listen on different ports');
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const sumMemory = (all: NodeJS.MemoryUsage[]): NodeJS.MemoryUsage => ({
    rss: sum(all.map((m) => m.rss)),
    heapTotal: sum(all.map((m) => m.heapTotal)),
    heapUsed: sum(all.map((m) => m.heapUsed)),
    external: sum(all.map((m) => m.external)),
    arrayBuffers: sum(all.map((m) => m.arrayBuffers)),
  });
  const usageOf = (worker: Worker, gc: boolean) =>
    new Promise<ApiProcessUsage>((resolve) => {
      const id = nextId++;
      pending.set(id, (usage) => {
        pending.delete(id);
        resolve(usage);
      });
      worker.send({ type: 'usage', id, gc } satisfies ToChild);
    });
  process.on('message', (message: ToChild) => {
    if (message.type === 'stop') void stop();
    else if (message.type === 'usage') {
      void Promise.all(workers.map((worker) => usageOf(worker, message.gc))).then((all) => {
        const own = process.cpuUsage();
        const active = sum(all.map((u) => u.eventLoop.active));
        const idle = sum(all.map((u) => u.eventLoop.idle));
        send({
          type: 'usage',
          id: message.id,
          usage: {
            cpu: { user: own.user + sum(all.map((u) => u.cpu.user)), system: own.system + sum(all.map((u) => u.cpu.system)) },
            memory: sumMemory(all.map((u) => u.memory)),
            // Summed over the workers: `busyBetween` then gives their average busy share.
            eventLoop: { active, idle, utilization: active + idle > 0 ? active / (active + idle) : 0 },
            peakRss: sum(all.map((u) => u.peakRss)),
            vocabularyLoads: sum(all.map((u) => u.vocabularyLoads)),
          },
        });
      });
    }
  });
  send({ ...first, memory: sumMemory(readies.map((ready) => ready.memory)) });
}

const options = JSON.parse(process.argv[2] ?? '{}') as ApiProcessOptions;
(cluster.isPrimary && (options.workers ?? 1) > 1 ? primary(options) : main()).catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

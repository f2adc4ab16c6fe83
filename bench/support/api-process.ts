/**
 * The API under test, in a process of its own (forked by startApiProcess, api-process-client.ts): starts
 * the real app as startBenchApi does, issues the viewer's session, waits for the people index, and tells
 * the parent over IPC; answers the parent's requests for its CPU and memory; ends on 'stop' or when the
 * parent goes away.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PeopleIndexService } from '@ensemble/api/discovery';
import { startBenchApi, type BenchApi } from './bench-api';
import { VOCABULARY_STATEMENT, type ApiProcessOptions, type FromChild, type ToChild } from './api-process-client';
import { liveMemory } from './stats';

const send = (message: FromChild) => process.send?.(message);

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as ApiProcessOptions;
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

main().catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

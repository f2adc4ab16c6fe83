/**
 * The API under test in a Node process of its own (bench/support/api-process.ts), so that its timings
 * carry none of the bench's own work: its HTTP client, its pg replays and result parsing, its
 * MiniSearch index, and the garbage collections all of that causes on a shared heap and event loop.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { Viewer } from '@ensemble/api/people';

/** The statement SkillDictionary runs to (re)load the query-understanding vocabulary (not its minutely fingerprint check). */
export const VOCABULARY_STATEMENT = /SELECT v\.skills, v\.aliases, v\.locations/;

/** What the parent hands the child (as its one argument, in JSON). */
export interface ApiProcessOptions {
  databaseUrl: string;
  dataDir: string;
  viewer: Viewer;
  /** API processes sharing the port (API_WORKERS); 1 when not given. */
  workers?: number;
}

/** The child's figures at one moment. */
export interface ApiProcessUsage {
  cpu: NodeJS.CpuUsage;
  /** After a full GC when asked for (`gc: true`); else as it stands. */
  memory: NodeJS.MemoryUsage;
  eventLoop: EventLoopUtilization;
  /** Peak resident set size so far, in bytes. */
  peakRss: number;
  /** Vocabulary (re)loads the app's DataSource ran so far. */
  vocabularyLoads: number;
}

export interface ApiProcessReady {
  port: number;
  /** The viewer's session cookie. */
  cookie: string;
  /** The people index's load at app start. */
  lastLoad: { people: number; skills: number; ms: number };
  /** Once the index is in, after a full GC. */
  memory: NodeJS.MemoryUsage;
  /** From fork to the index being in. */
  startMs: number;
}

export type ToChild = { type: 'usage'; id: number; gc: boolean } | { type: 'stop' };
export type FromChild =
  | ({ type: 'ready' } & Omit<ApiProcessReady, 'startMs'>)
  | { type: 'usage'; id: number; usage: ApiProcessUsage }
  | { type: 'failed'; error: string };

export interface ApiProcess extends ApiProcessReady {
  pid: number;
  /** The child's CPU, memory, event loop and vocabulary loads now (`gc`: after a full GC first). */
  usage(gc?: boolean): Promise<ApiProcessUsage>;
  /** Closes the app and waits for the process to end. */
  stop(): Promise<void>;
}

/** CPU milliseconds (user + system, all threads) from one reading to a later one. */
export const cpuDeltaMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) =>
  (to.user - from.user + to.system - from.system) / 1000;

/** The event loop's busy share between two readings. */
export function busyBetween(from: EventLoopUtilization, to: EventLoopUtilization): number {
  const active = to.active - from.active;
  const total = active + (to.idle - from.idle);
  return total > 0 ? active / total : 0;
}

/**
 * Forks the API process (same flags as this one: --enable-source-maps --expose-gc, NODE_ENV=production)
 * and resolves once its app listens, its viewer has a session and its people index is loaded.
 */
export function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const started = performance.now();
  const child: ChildProcess = fork(join(__dirname, 'api-process.js'), [JSON.stringify(options)], {
    // BENCH_API_NODE_FLAGS adds flags for the API process only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    // A profiled run shows where the time goes, not how fast it is: with --cpu-prof the API served
    // about half the requests per second at concurrency 16 (20,000 people, 2026-11-25).
    execArgv: [
      '--enable-source-maps',
      '--expose-gc',
      '--max-semi-space-size=64', // as the start command runs the API (docs/adr/0013)
      ...(process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    ],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (usage: ApiProcessUsage) => void; reject: (error: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      if (child.connected) child.send({ type: 'stop' } satisfies ToChild);
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
    }
    await exited;
  };
  return new Promise<ApiProcess>((resolve, reject) => {
    child.once('exit', (code, signal) => {
      reject(new Error(`the API process ended before it was ready (code ${code}, signal ${signal})`));
      for (const waiting of pending.values()) waiting.reject(new Error('the API process ended'));
      pending.clear();
    });
    child.on('message', (message: FromChild) => {
      if (message.type === 'failed') {
        reject(new Error(`the API process failed to start: ${message.error}`));
        void stop();
      } else if (message.type === 'usage') {
        pending.get(message.id)?.resolve(message.usage);
        pending.delete(message.id);
      } else {
        const { type: _ready, ...ready } = message;
        resolve({
          ...ready,
          startMs: performance.now() - started,
          pid: child.pid ?? -1,
          usage: (gc = false) =>
            new Promise<ApiProcessUsage>((answer, fail) => {
              if (!child.connected) return fail(new Error('the API process has ended'));
              const id = nextId++;
              pending.set(id, { resolve: answer, reject: fail });
              child.send({ type: 'usage', id, gc } satisfies ToChild, (error) => {
                if (!error) return;
                pending.delete(id);
                fail(error);
              });
            }),
          stop,
        });
      }
    });
  });
}

import { Worker } from 'node:worker_threads';
import { SamlStatusError, type CacheProvider, type Profile, type SamlConfig } from '@node-saml/passport-saml';

/** node-saml's options for verifying responses; the cache stays on the main thread (see the pool). */
export type VerifierOptions = Omit<SamlConfig, 'cacheProvider'>;

/**
 * Threads that verify at once. Verification is CPU work: more threads than this would only share the
 * same cores, and the API's own thread must keep one. Each thread costs about 15 MB of memory.
 */
export const VERIFIER_THREADS = 2;

/** A thread's heap is bounded, so that no document can exhaust the process (a response is ≤ 512 KB). */
const VERIFIER_HEAP_MB = 128;

type CacheMethod = 'getAsync' | 'removeAsync' | 'saveAsync';
const CACHE_METHODS: ReadonlySet<string> = new Set<CacheMethod>(['getAsync', 'removeAsync', 'saveAsync']);

/** A Profile without its functions, and what those functions returned, as a thread can send it. */
interface SentProfile {
  fields: Record<string, unknown>;
  assertionXml?: string;
  assertion?: Record<string, unknown>;
  samlResponseXml?: string;
}

type FromVerifier =
  | { type: 'cache'; call: number; method: string; args: [string | null, string?] }
  | { type: 'verified'; profile: SentProfile | null }
  | { type: 'failed'; name?: string; message: string; xmlStatus?: string };

/**
 * The thread's program: node-saml's SAML with a cache provider that asks the main thread. Plain
 * CommonJS evaluated as text, because a worker cannot load TypeScript under jest, and the API build
 * compiles only .ts files; it only loads node-saml (by the path the main thread resolved) and relays.
 */
const VERIFIER_PROGRAM = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { SAML } = require(workerData.nodeSaml);
const calls = new Map();
let lastCall = 0;
const ask = (method) => (...args) =>
  new Promise((resolve, reject) => {
    lastCall += 1;
    calls.set(lastCall, { resolve, reject });
    parentPort.postMessage({ type: 'cache', call: lastCall, method, args });
  });
const saml = new SAML({
  ...workerData.options,
  cacheProvider: { getAsync: ask('getAsync'), removeAsync: ask('removeAsync'), saveAsync: ask('saveAsync') },
});
const send = (profile) => ({
  fields: Object.fromEntries(Object.entries(profile).filter(([, value]) => typeof value !== 'function')),
  assertionXml: profile.getAssertionXml ? profile.getAssertionXml() : undefined,
  assertion: profile.getAssertion ? profile.getAssertion() : undefined,
  samlResponseXml: profile.getSamlResponseXml ? profile.getSamlResponseXml() : undefined,
});
parentPort.on('message', (message) => {
  if (message.type === 'cache') {
    const pending = calls.get(message.call);
    calls.delete(message.call);
    if (message.error === undefined) pending.resolve(message.value);
    else pending.reject(new Error(message.error));
    return;
  }
  saml
    .validatePostResponseAsync({ SAMLResponse: message.samlResponse })
    .then(({ profile }) => parentPort.postMessage({ type: 'verified', profile: profile ? send(profile) : null }))
    .catch((error) =>
      parentPort.postMessage({
        type: 'failed',
        name: error && error.constructor ? error.constructor.name : undefined,
        message: String((error && error.message) || error),
        xmlStatus: error && typeof error.xmlStatus === 'string' ? error.xmlStatus : undefined,
      }),
    );
});
`;

interface Job {
  samlResponse: string;
  resolve: (profile: Profile | null) => void;
  reject: (error: Error) => void;
}

function profileFrom(sent: SentProfile): Profile {
  return {
    ...(sent.fields as unknown as Profile),
    getAssertionXml: () => sent.assertionXml ?? '',
    getAssertion: () => sent.assertion ?? {},
    getSamlResponseXml: () => sent.samlResponseXml ?? '',
  };
}

function errorFrom(failed: Extract<FromVerifier, { type: 'failed' }>): Error {
  // The refusal's class and wording are what the sign-in service reads (classifyLibraryError).
  return failed.name === 'SamlStatusError'
    ? new SamlStatusError(failed.message, failed.xmlStatus ?? '')
    : new Error(failed.message);
}

/**
 * node-saml's response verification on worker threads, so that the API's event loop never waits for
 * it: its XPath lookups cost up to seconds of CPU for a large response (ADR 0019). Threads start when
 * first needed, at most VERIFIER_THREADS, one response each at a time; further responses queue. The
 * request-id bookkeeping (node-saml's cache provider, PostgreSQL) stays on the main thread: the
 * threads ask for it by message. A thread that dies fails its response and is replaced on demand.
 */
export class SamlVerifierPool {
  private readonly running = new Map<Worker, Job | undefined>();
  private readonly waiting: Job[] = [];
  private closed = false;

  constructor(
    private readonly options: VerifierOptions,
    private readonly cache: CacheProvider,
    private readonly threads = VERIFIER_THREADS,
  ) {}

  /** node-saml's validatePostResponseAsync(...).profile; rejects with node-saml's error. */
  verify(samlResponse: string): Promise<Profile | null> {
    if (this.closed) return Promise.reject(new Error('SAML verification has stopped'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ samlResponse, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; queued and running verifications fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('SAML verification has stopped');
    for (const job of this.waiting.splice(0)) job.reject(stopped);
    const workers = [...this.running.keys()];
    for (const job of this.running.values()) job?.reject(stopped);
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idleWorker() ?? (this.running.size < this.threads ? this.start() : undefined);
      if (!worker) return;
      const job = this.waiting.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage({ type: 'verify', samlResponse: job.samlResponse });
    }
  }

  private idleWorker(): Worker | undefined {
    for (const [worker, job] of this.running) if (!job) return worker;
    return undefined;
  }

  private start(): Worker {
    const worker = new Worker(VERIFIER_PROGRAM, {
      eval: true,
      workerData: { nodeSaml: require.resolve('@node-saml/passport-saml'), options: this.options },
      resourceLimits: { maxOldGenerationSizeMb: VERIFIER_HEAP_MB },
    });
    // An idle thread must not keep the process alive (command-line tools, tests).
    worker.unref();
    worker.on('message', (message: FromVerifier) => this.received(worker, message));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the verifier thread exited (${code})`)));
    this.running.set(worker, undefined);
    return worker;
  }

  private received(worker: Worker, message: FromVerifier): void {
    if (message.type === 'cache') {
      this.answerCache(worker, message);
      return;
    }
    const job = this.running.get(worker);
    if (!job) return;
    this.running.set(worker, undefined);
    if (message.type === 'verified') job.resolve(message.profile ? profileFrom(message.profile) : null);
    else job.reject(errorFrom(message));
    this.dispatch();
  }

  private answerCache(worker: Worker, message: Extract<FromVerifier, { type: 'cache' }>): void {
    const reply = (answer: { value?: unknown; error?: string }) => {
      if (this.running.has(worker)) worker.postMessage({ type: 'cache', call: message.call, ...answer });
    };
    if (!CACHE_METHODS.has(message.method)) {
      reply({ error: `no cache method ${message.method}` });
      return;
    }
    const [key, value] = message.args;
    const cache = this.cache;
    const answer =
      message.method === 'saveAsync'
        ? cache.saveAsync(String(key), String(value))
        : message.method === 'getAsync'
          ? cache.getAsync(String(key))
          : cache.removeAsync(key);
    answer.then(
      (result) => reply({ value: result }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  }

  /** A thread that failed or exited: its response fails, and a new thread starts when one is needed. */
  private lost(worker: Worker, error: Error): void {
    if (!this.running.has(worker)) return;
    const job = this.running.get(worker);
    this.running.delete(worker);
    job?.reject(new Error(`SAML verification failed: ${error.message}`));
    this.dispatch();
  }
}

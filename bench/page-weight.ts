/**
 * `npm run bench:page-weight`: the bytes a first visit to each main page transfers, as served today,
 * with no compression, with gzip and with Brotli, side by side (ADR 0026).
 *
 *   bench:page-weight [--url http://localhost:3000] [--people 500]
 *
 * Starts the production build (`node dist/api/apps/api/src/main.js`, as `npm start` does) on free
 * ports with a fresh embedded PostgreSQL and the seeded demo company, or measures the server at --url
 * (it must offer the demo identity provider). Chromium (e2e/src/chromium.ts) opens each page in an
 * empty cache, signed in through the demo identity provider like a person, and records every request
 * the page makes to Ensemble. Each is then sent again from here three times, asking for identity, gzip
 * and br, and the bytes on the wire are summed: the HTML, the scripts and styles it and its route's
 * chunks load, the icons, and the GraphQL answers. The GraphQL answers are also compressed here, at the
 * levels a per-request compressor would use, with the time it takes: what compressing them would save.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Request } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPath, startServer, waitForReady } from '@ensemble/e2e';
import { exitWhenDone } from './support/exit';
import { out, summarize } from './support/stats';

type Coding = 'identity' | 'gzip' | 'br';
const CODINGS: Coding[] = ['identity', 'gzip', 'br'];

/** DevTools' "Fast 3G" downlink (1.6 Mbit/s at 90%): the slow link of issue 15's 5.3–5.8 s pages. */
const SLOW_LINK_BITS_PER_SECOND = 1_440_000;

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null;
  kind: 'page' | 'script' | 'style' | 'graphql' | 'other';
}

interface PageWeight {
  name: string;
  requests: number;
  bytes: Record<Coding, number>;
  /** The GraphQL answers' share of `bytes.identity`, and their bodies, for the per-request estimate. */
  graphqlBodies: Buffer[];
  byKind: Record<Recorded['kind'], Record<Coding, number>>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

function kindOf(request: Request): Recorded['kind'] {
  const type = request.resourceType();
  if (new URL(request.url()).pathname === '/graphql') return 'graphql';
  if (type === 'document') return 'page';
  if (type === 'script') return 'script';
  if (type === 'stylesheet') return 'style';
  return 'other';
}

/** The request sent again asking for one encoding: the bytes of the body on the wire, and the decoded answer. */
function replay(
  request: Recorded,
  coding: Coding,
): Promise<{ status: number; wire: Buffer; encoding: string }> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // Conditional headers would answer 304; HTTP/2 pseudo-headers are not HTTP/1 headers.
    if (
      name.startsWith(':') ||
      /^(accept-encoding|if-none-match|if-modified-since|content-length)$/i.test(name)
    )
      continue;
    headers[name] = value;
  }
  headers['accept-encoding'] = coding;
  return new Promise((done, fail) => {
    const req = httpRequest(request.url, { method: request.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          wire: Buffer.concat(chunks),
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
        }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(request.body ?? undefined);
  });
}

/** Opens `path` in an empty cache and records every request it makes to `origin` until the network is idle. */
async function record(context: BrowserContext, origin: string, path: string): Promise<Recorded[]> {
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).origin === origin) requests.push(request);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const recorded: Recorded[] = [];
  for (const request of requests) {
    const response = await request.response();
    // Redirects (sign-in) carry no body worth weighing.
    if (!response || response.status() >= 300) continue;
    recorded.push({
      url: request.url(),
      method: request.method(),
      headers: await request.allHeaders(),
      body: request.postDataBuffer(),
      kind: kindOf(request),
    });
  }
  await page.close();
  return recorded;
}

async function weigh(name: string, recorded: Recorded[]): Promise<PageWeight> {
  const zero = () => ({ identity: 0, gzip: 0, br: 0 });
  const weight: PageWeight = {
    name,
    requests: recorded.length,
    bytes: zero(),
    graphqlBodies: [],
    byKind: { page: zero(), script: zero(), style: zero(), graphql: zero(), other: zero() },
  };
  for (const request of recorded) {
    for (const coding of CODINGS) {
      const answer = await replay(request, coding);
      if (answer.status >= 400)
        throw new Error(`${request.method} ${request.url} answered ${answer.status} when sent again`);
      if (answer.encoding !== 'identity' && answer.encoding !== coding)
        throw new Error(`${request.url} answered ${answer.encoding} to ${coding}`);
      weight.bytes[coding] += answer.wire.length;
      weight.byKind[request.kind][coding] += answer.wire.length;
      if (coding === 'identity' && request.kind === 'graphql') weight.graphqlBodies.push(answer.wire);
    }
  }
  return weight;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (bytes: number) => `${((bytes * 8) / SLOW_LINK_BITS_PER_SECOND).toFixed(1)} s`;
const ratio = (bytes: number, of: number) => `${((bytes / of) * 100).toFixed(0)}%`;

function printTable(weights: PageWeight[]): void {
  const header = [
    'page',
    'requests',
    'none',
    'gzip',
    '(of none)',
    'brotli',
    '(of none)',
    `none @1.44 Mbit/s`,
    'brotli @1.44 Mbit/s',
  ];
  const rows = weights.map((w) => [
    w.name,
    String(w.requests),
    kb(w.bytes.identity),
    kb(w.bytes.gzip),
    ratio(w.bytes.gzip, w.bytes.identity),
    kb(w.bytes.br),
    ratio(w.bytes.br, w.bytes.identity),
    seconds(w.bytes.identity),
    seconds(w.bytes.br),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  out(line(header));
  for (const row of rows) out(line(row));
}

function printBreakdown(weights: PageWeight[]): void {
  out('');
  out('By kind (none / gzip / brotli):');
  for (const w of weights) {
    const parts = (Object.keys(w.byKind) as Recorded['kind'][])
      .filter((kind) => w.byKind[kind].identity > 0)
      .map(
        (kind) =>
          `${kind} ${kb(w.byKind[kind].identity)} / ${kb(w.byKind[kind].gzip)} / ${kb(w.byKind[kind].br)}`,
      );
    out(`  ${w.name}: ${parts.join('; ')}`);
  }
}

/** What compressing each GraphQL answer as it is sent would save, and cost in CPU. */
function printGraphQLEstimate(weights: PageWeight[]): void {
  const bodies = weights.flatMap((w) => w.graphqlBodies);
  if (bodies.length === 0) return;
  const sizes = bodies.map((body) => body.length);
  const timed = (compress: (body: Buffer) => Buffer) => {
    let bytes = 0;
    const times: number[] = [];
    for (const body of bodies) {
      // The fastest of 20 runs: what compressing costs, not how busy the machine was at one moment.
      let fastest = Infinity;
      for (let i = 0; i < 20; i += 1) {
        const started = performance.now();
        compress(body);
        fastest = Math.min(fastest, performance.now() - started);
      }
      times.push(fastest);
      bytes += compress(body).length;
    }
    return { bytes, times: summarize(times) };
  };
  const total = sizes.reduce((a, b) => a + b, 0);
  const gzip6 = timed((body) => gzipSync(body, { level: 6 }));
  const brotli4 = timed((body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  );
  const sorted = [...sizes].sort((a, b) => a - b);
  out('');
  out(
    `GraphQL answers on these pages: ${bodies.length}, ${kb(total)} in all, median ${kb(sorted[Math.floor(sorted.length / 2)] ?? 0)}, largest ${kb(sorted.at(-1) ?? 0)}`,
  );
  out(
    `  compressed per request, gzip level 6: ${kb(gzip6.bytes)} (${ratio(gzip6.bytes, total)}), ${gzip6.times.p50.toFixed(3)} ms p50 / ${gzip6.times.max.toFixed(3)} ms max per answer`,
  );
  out(
    `  compressed per request, brotli quality 4: ${kb(brotli4.bytes)} (${ratio(brotli4.bytes, total)}), ${brotli4.times.p50.toFixed(3)} ms p50 / ${brotli4.times.max.toFixed(3)} ms max per answer`,
  );
}

/** The ids of the first person and project the signed-in pages link to. */
async function firstLinks(
  context: BrowserContext,
  origin: string,
): Promise<{ person: string; project: string }> {
  const page = await context.newPage();
  const first = async (path: string, pattern: RegExp) => {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const href = hrefs.find((candidate) => pattern.test(candidate));
    if (!href) throw new Error(`${path} links to no ${pattern}`);
    return href;
  };
  const person = await first('/people', /^\/people\/[0-9a-f-]{36}$/);
  const project = await first('/projects', /^\/projects\/[0-9a-f-]{36}$/);
  await page.close();
  return { person, project };
}

async function signIn(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/me`);
  await page.getByRole('link', { name: /sign in with sso/i }).click();
  await page
    .getByRole('button', { name: /^sign in as /i })
    .first()
    .click();
  await page.waitForURL(`${origin}/me`);
  const state = await context.storageState();
  await context.close();
  // Each page is measured in a context of its own, with the session but an empty cache.
  return browser.newContext({ storageState: state });
}

async function measure(browser: Browser, origin: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  const signedOut = await browser.newContext();
  weights.push(await weigh('sign-in', await record(signedOut, origin, '/sign-in')));
  await signedOut.close();
  const session = await signIn(browser, origin);
  const links = await firstLinks(session, origin);
  const state = await session.storageState();
  await session.close();
  const pages: Array<[string, string]> = [
    ['my profile', '/me'],
    ['search', '/search?q=kubernetes'],
    ['projects', '/projects'],
    ['person', links.person],
    ['project', links.project],
  ];
  for (const [name, path] of pages) {
    const context = await browser.newContext({ storageState: state });
    weights.push(await weigh(name, await record(context, origin, path)));
    await context.close();
  }
  return weights;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, people: { type: 'string', default: '500' } },
  });
  const executablePath = chromiumPath();
  let origin = values.url?.replace(/\/$/, '');
  let stop: () => Promise<void> = async () => undefined;
  if (!origin) {
    const [port, pgPort] = [await freePort(), await freePort()];
    const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-page-weight-'));
    origin = `http://localhost:${port}`;
    const started = startServer(
      {
        NODE_ENV: 'development',
        PORT: String(port),
        PUBLIC_URL: origin,
        DATA_DIR: dataDir,
        EMBEDDED_POSTGRES_PORT: String(pgPort),
        SEED_DEMO_PEOPLE: values.people,
        LOG_LEVEL: 'warn',
      },
      resolve(__dirname, '../../..'),
    );
    stop = async () => {
      if (started.server.exitCode === null) {
        const exited = new Promise((done) => started.server.once('exit', done));
        started.server.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    };
    out(`Starting the production build on ${origin} with ${values.people} demo people…`);
    await waitForReady(origin, started);
  }
  const browser = await chromium.launch(chromiumLaunchOptions(executablePath));
  try {
    const weights = await measure(browser, origin);
    out('');
    out(`Bytes a first visit transfers (bodies on the wire, empty cache), ${origin}:`);
    printTable(weights);
    printBreakdown(weights);
    printGraphQLEstimate(weights);
    return 0;
  } finally {
    await browser.close();
    await stop();
  }
}

exitWhenDone('page-weight', main());

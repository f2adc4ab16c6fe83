// The built web app and GraphQL answers as a browser receives them: files pre-compressed by the build (api/core's precompress.ts),
// chosen by Accept-Encoding, cached for good when content-hashed and revalidated otherwise (ADR 0026).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { PeopleModule } from '@ensemble/api/people';
import { precompressDirectory } from '@ensemble/api/core';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const SCRIPT = 'assets/app-0123abcd.js';

describe('compression and caching: the web app and GraphQL answers', () => {
  let web: string;
  let test: TestApp;
  let port: number;

  /** Raw bytes as sent on the wire (no decompression), for the path as given (no URL normalisation). */
  function fetchRaw(
    path: string,
    headers: Record<string, string> = {},
    method = 'GET',
    body?: string,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'ensemble-web-'));
    mkdirSync(join(web, 'assets'));
    const page = `<!doctype html><html lang="en"><head><title>Ensemble</title><script type="module" src="/${SCRIPT}"></script></head><body>${'<div id="root"></div>'.repeat(20)}</body></html>`;
    writeFileSync(join(web, 'index.html'), page);
    const script = Array.from(
      { length: 200 },
      (_, i) => `export function render${i}(person) { return person.name + ' ${i}'; }`,
    ).join('\n');
    writeFileSync(join(web, SCRIPT), script);
    writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await precompressDirectory(web);
    test = await createTestApp({ imports: [PeopleModule], env: { WEB_DIST_DIR: web } });
    const server = test.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await test?.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('sends Brotli to a browser that accepts it, and the bytes decode to the built file', async () => {
    const original = readFileSync(join(web, SCRIPT));
    const answer = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(original.length / 4);
    expect(brotliDecompressSync(answer.body).equals(original)).toBe(true);
  });

  it('sends gzip when Brotli is not accepted, or refused with q=0', async () => {
    const original = readFileSync(join(web, SCRIPT));
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip', 'gzip;q=1, br;q=0, *;q=0']) {
      const answer = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': acceptEncoding });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(gunzipSync(answer.body).equals(original)).toBe(true);
    }
  });

  it('sends the file as built to a client that asks for no encoding, and still says the answer varies', async () => {
    const original = readFileSync(join(web, SCRIPT));
    const asked: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of asked) {
      const answer = await fetchRaw(`/${SCRIPT}`, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(answer.body.equals(original)).toBe(true);
    }
  });

  it('answers HEAD with the headers and length of what GET would send, and no body', async () => {
    const get = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': 'br' });
    const head = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['etag']).toBe(get.headers['etag']);
    expect(head.body.length).toBe(0);
  });

  it('gives each encoding its own ETag, and revalidation of an unchanged one answers 304', async () => {
    const br = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': 'br' });
    const gzip = await fetchRaw(`/${SCRIPT}`, { 'Accept-Encoding': 'gzip' });
    expect(br.headers['etag']).toBeTruthy();
    expect(br.headers['etag']).not.toBe(gzip.headers['etag']);
    const again = await fetchRaw(`/${SCRIPT}`, {
      'Accept-Encoding': 'br',
      'If-None-Match': String(br.headers['etag']),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A gzip ETag does not validate the Brotli bytes.
    const other = await fetchRaw(`/${SCRIPT}`, {
      'Accept-Encoding': 'br',
      'If-None-Match': String(gzip.headers['etag']),
    });
    expect(other.status).toBe(200);
  });

  it('serves the page compressed, revalidated on every visit, with its Content-Security-Policy', async () => {
    for (const path of ['/', '/people/123', '/index.html']) {
      const answer = await fetchRaw(path, { Accept: 'text/html', 'Accept-Encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(String(answer.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(brotliDecompressSync(answer.body).toString()).toContain(`src="/${SCRIPT}"`);
      const revalidated = await fetchRaw(path, {
        Accept: 'text/html',
        'Accept-Encoding': 'gzip, br',
        'If-None-Match': String(answer.headers['etag']),
      });
      expect(revalidated.status).toBe(304);
    }
  });

  it('serves an unhashed file as is when compressing it would not pay, revalidated rather than cached for good', async () => {
    const answer = await fetchRaw('/favicon.svg', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/svg+xml');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['vary']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing asset (a chunk of an earlier release), never the page', async () => {
    const answer = await fetchRaw('/assets/missing-abcdefgh.js', { Accept: '*/*', 'Accept-Encoding': 'br' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).not.toContain('text/html');
    expect((await fetchRaw('/assets/missing.js', { Accept: 'text/html' })).status).toBe(404);
  });

  it('never serves the compressed copies, dot files or paths outside the build by their own names', async () => {
    expect((await fetchRaw(`/${SCRIPT}.br`)).status).toBe(404);
    expect((await fetchRaw(`/${SCRIPT}.gz`)).status).toBe(404);
    expect((await fetchRaw('/assets/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    // Outside /assets an unknown path is a page of the web app: the page, not a file.
    const outside = await fetchRaw('/%2e%2e/%2e%2e/etc/passwd', { Accept: 'text/html' });
    expect(outside.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(outside.body.toString()).toContain('<title>Ensemble</title>');
  });

  it('leaves API paths to the API', async () => {
    expect((await fetchRaw('/api/nothing-here', { Accept: 'text/html' })).status).toBe(404);
    const health = await fetchRaw('/health/live', { 'Accept-Encoding': 'br' });
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toContain('application/json');
  });

  describe('GraphQL answers', () => {
    const post = (query: string, acceptEncoding?: string) =>
      fetchRaw(
        '/graphql',
        {
          'Content-Type': 'application/json',
          ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}),
        },
        'POST',
        JSON.stringify({ query }),
      );
    const LARGE = '{ __schema { types { name description fields { name description } } } }';

    it('compresses a large answer in the encoding the client prefers, decoding to the same JSON', async () => {
      const plain = await post(LARGE);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(4096);
      const br = await post(LARGE, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['vary']).toContain('Accept-Encoding');
      expect(br.headers['content-type']).toBe(plain.headers['content-type']);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(plain.body.length / 3);
      // Still counted: the benchmarks and the access log read the SQL count of every answer.
      expect(br.headers['x-sql-statements']).toBe(plain.headers['x-sql-statements']);
      expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
      const gzip = await post(LARGE, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    });

    it('sends small answers as they are: compressing them would save no packet', async () => {
      const small = await post('{ __typename }', 'gzip, br');
      expect(small.status).toBe(200);
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
    });
  });
});

// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the built web app, so
// that the API serves compressed assets without compressing anything per request (ADR 0026). The web
// app's Vite build runs it (apps/web/vite.config.mts); it lives here, beside web-app.ts that serves
// the copies, so that both agree on the names. Node's own zlib at the highest settings: the work is
// done once per build, and no dependency is added.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Text formats compress 3-8x. woff2, png, jpeg and webp are compressed already (a second pass gains
 * nothing), so they are left alone.
 */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.map',
  '.txt',
  '.xml',
  '.webmanifest',
  '.ico',
  '.ttf',
  '.otf',
  '.eot',
  '.woff',
]);

/** Below this a compressed copy saves less than a packet's worth of bytes and costs a file per variant. */
export const MIN_BYTES = 256;

/** A variant is kept only when it is at least this much smaller: a copy barely smaller is not worth a decode. */
const MAX_RATIO = 0.9;

export const ENCODED_SUFFIXES = { br: '.br', gzip: '.gz' } as const;

export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

export async function compressBrotli(body: Buffer): Promise<Buffer> {
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export async function compressGzip(body: Buffer): Promise<Buffer> {
  return gz(body, { level: constants.Z_BEST_COMPRESSION });
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

function isVariant(path: string): boolean {
  return Object.values(ENCODED_SUFFIXES).some((suffix) => path.endsWith(suffix));
}

/**
 * Compresses every compressible file under `dir` (recursively). Stale variants from an earlier build
 * are removed first, so a variant never outlives or contradicts its original.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressReport> {
  const all: string[] = [];
  for await (const path of files(dir)) all.push(path);
  await Promise.all(all.filter(isVariant).map((path) => rm(path, { force: true })));
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const originals = all.filter(
    (path) => !isVariant(path) && COMPRESSIBLE_EXTENSIONS.has(extname(path).toLowerCase()),
  );
  for (const path of originals) {
    const body = await readFile(path);
    if (body.length < MIN_BYTES) continue;
    const [br, gzipped] = await Promise.all([compressBrotli(body), compressGzip(body)]);
    let written = false;
    if (br.length <= body.length * MAX_RATIO) {
      await writeFile(path + ENCODED_SUFFIXES.br, br);
      report.brotliBytes += br.length;
      written = true;
    } else report.brotliBytes += body.length;
    if (gzipped.length <= body.length * MAX_RATIO) {
      await writeFile(path + ENCODED_SUFFIXES.gzip, gzipped);
      report.gzipBytes += gzipped.length;
      written = true;
    } else report.gzipBytes += body.length;
    if (written) {
      report.files += 1;
      report.bytes += body.length;
    }
  }
  return report;
}

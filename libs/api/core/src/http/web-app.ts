import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { acceptedEncodings, type ContentCoding } from './accept-encoding';
import { ENCODED_SUFFIXES } from './precompress';

/** Where the build (precompress.ts, run by the web app's Vite build) writes each encoding of a file. */
const SUFFIX: Record<ContentCoding, string> = { ...ENCODED_SUFFIXES, identity: '' };

/** Vite names what it bundles `<name>-<content hash>.<ext>` under /assets: such a file never changes. */
const HASHED_ASSET = /^\/assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/i;

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page and unhashed files (favicon) may change with any release: revalidate every time (ETag). */
const REVALIDATE = 'no-cache';

const PAGE_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
].join('; ');

interface Found {
  path: string;
  coding: ContentCoding;
  size: number;
  mtimeMs: number;
}

async function fileAt(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const found = await stat(path);
    return found.isFile() ? found : undefined;
  } catch {
    return undefined;
  }
}

/** The best encoding of `file` the client accepts that the build wrote, with what Vary must say. */
async function bestVariant(
  file: string,
  acceptEncoding: string | undefined,
): Promise<{ found?: Found; varies: boolean }> {
  const original = await fileAt(file);
  if (!original) return { varies: false };
  const variants = await Promise.all(
    (['br', 'gzip'] as const).map(async (coding) => ({ coding, stats: await fileAt(file + SUFFIX[coding]) })),
  );
  const available = new Map<ContentCoding, { size: number; mtimeMs: number }>([['identity', original]]);
  for (const { coding, stats } of variants) if (stats) available.set(coding, stats);
  const coding =
    acceptedEncodings(acceptEncoding).find((candidate) => available.has(candidate)) ?? 'identity';
  const stats = available.get(coding) ?? original;
  return { found: { path: file + SUFFIX[coding], coding, ...stats }, varies: available.size > 1 };
}

/**
 * Sends one file of the built web app in the best encoding the client accepts: Content-Type of the
 * original, Content-Encoding and Vary when there is a choice, an ETag per encoding (If-None-Match
 * answers 304), Content-Length and HEAD through Express's sendFile. Answers false when no such file.
 */
async function sendWebFile(
  req: Request,
  res: Response,
  next: NextFunction,
  file: string,
  cacheControl: string,
): Promise<boolean> {
  const { found, varies } = await bestVariant(file, req.headers['accept-encoding']);
  if (!found) return false;
  if (varies) res.vary('Accept-Encoding');
  if (found.coding !== 'identity') res.setHeader('Content-Encoding', found.coding);
  if (extname(file) === '.html') res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.type(extname(file));
  res.setHeader('Cache-Control', cacheControl);
  // Express's own ETags are off (see http-pipeline.ts); this one is cheap: size and time, per encoding.
  res.setHeader(
    'ETag',
    `W/"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}-${found.coding}"`,
  );
  res.sendFile(found.path, { cacheControl: false, dotfiles: 'allow' }, (error?: NodeJS.ErrnoException) => {
    if (!error || res.headersSent || error.code === 'ECONNABORTED') return;
    // The file went away between the look-up and the read (a deploy): the error answer is not it.
    for (const header of [
      'Content-Encoding',
      'Content-Type',
      'Cache-Control',
      'ETag',
      'Content-Security-Policy',
    ])
      res.removeHeader(header);
    next(error);
  });
  return true;
}

/** The file under `root` a URL path names, or undefined when it names none (bad escapes, dot files, `..`). */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.')))
    return undefined;
  // The compressed copies are served by negotiation only, never by their own name.
  if (Object.values(SUFFIX).some((suffix) => suffix && decoded.endsWith(suffix))) return undefined;
  const file = resolve(root, '.' + decoded);
  return file.startsWith(root + sep) ? file : undefined;
}

function isApiPath(path: string, apiPrefixes: readonly string[]): boolean {
  return apiPrefixes.some((prefix) => path === prefix || path.startsWith(prefix + '/'));
}

/**
 * Serves the built web app when there is one: its files (pre-compressed by the build, ADR 0026), and
 * index.html for any other GET of a page, so that the client-side router handles deep links. A
 * missing file under /assets answers 404, not the page: a browser asking for a chunk of an earlier
 * release must not receive HTML (it would fail as a script with a MIME error instead of reloading).
 */
export function webAppHandlers(webDistDir: string, apiPrefixes: readonly string[]): RequestHandler[] {
  const root = resolve(webDistDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return [];
  const files: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path, apiPrefixes)) return next();
    const file = req.path === '/' ? undefined : fileFor(root, req.path);
    const cacheControl = HASHED_ASSET.test(req.path) ? IMMUTABLE : REVALIDATE;
    const missingAsset = () =>
      req.path.startsWith('/assets/') ? res.status(404).type('text/plain').send('Not found') : next();
    if (!file) return void missingAsset();
    sendWebFile(req, res, next, file, cacheControl).then((sent) => (sent ? undefined : missingAsset()), next);
  };
  const page: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path, apiPrefixes)) return next();
    if (!req.accepts('html')) return next();
    sendWebFile(req, res, next, index, REVALIDATE).then((sent) => (sent ? undefined : next()), next);
  };
  return [files, page];
}

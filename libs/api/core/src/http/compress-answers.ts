import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { acceptedEncodings } from './accept-encoding';

/**
 * Below this an answer fits in one or two packets whatever its encoding: compressing it would cost CPU
 * and save no round trip. Most GraphQL answers are smaller (a page's median is 0.2 KB); a search page
 * or a project list is 10-25 KB of JSON, which compresses to a quarter (npm run bench:page-weight).
 */
export const COMPRESS_ANSWERS_MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Levels for compressing per request, not per build: Brotli quality 4 and gzip 6 take 0.03 ms for a
 * typical answer and 0.2-0.3 ms for the largest measured, within a few percent of the best size.
 * Both run on libuv's thread pool, not the event loop.
 */
function compress(body: Buffer, coding: 'br' | 'gzip'): Promise<Buffer> {
  if (coding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gz(body, { level: 6 });
}

/**
 * Compresses complete JSON answers sent with `res.send` (Apollo's, for GraphQL) of at least
 * COMPRESS_ANSWERS_MIN_BYTES, in the encoding the client prefers. Streamed answers (incremental
 * delivery) and answers that already carry an encoding pass unchanged.
 *
 * BREACH (a secret guessed from the sizes of compressed answers that also reflect attacker-chosen
 * text) needs the attacker to make the victim's browser send many authenticated requests and to
 * observe their sizes. Ensemble's GraphQL answers hold no secret token (the session is an HttpOnly
 * cookie; no CSRF token is ever in a body), the session cookie is SameSite=Lax so another site's
 * requests carry no session, and Apollo's CSRF prevention refuses the simple requests another site
 * could send without a CORS preflight, which Ensemble never grants (ADR 0026). Do not mount this on a
 * route whose answer holds a secret next to reflected input.
 */
export function compressLargeAnswers(): RequestHandler {
  return (req, res, next) => {
    const send = res.send;
    res.send = function (this: Response, body?: unknown) {
      const bytes =
        typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : undefined;
      const json = /[/+]json\b/.test(String(this.getHeader('Content-Type') ?? ''));
      if (
        !bytes ||
        !json ||
        bytes.length < COMPRESS_ANSWERS_MIN_BYTES ||
        req.method === 'HEAD' ||
        this.headersSent ||
        this.getHeader('Content-Encoding')
      ) {
        return send.call(this, body);
      }
      this.vary('Accept-Encoding');
      const coding = acceptedEncodings(req.headers['accept-encoding'])[0];
      if (coding !== 'br' && coding !== 'gzip') return send.call(this, body);
      compress(bytes, coding).then(
        (compressed) => {
          this.setHeader('Content-Encoding', coding);
          send.call(this, compressed);
        },
        // zlib does not fail on a Buffer; should it, the answer still goes out, uncompressed.
        () => send.call(this, body),
      );
      return this;
    } as Response['send'];
    next();
  };
}

import express, { type Request, type RequestHandler } from 'express';

const OVER_LIMIT = Symbol('form over its limit');
type MarkedRequest = Request & { [OVER_LIMIT]?: number };

/**
 * A urlencoded body parser with a limit of its own, for a route that takes one small form. It reads
 * every body whatever its Content-Type claims, so that the general parsers after it (with larger
 * limits) never read one for this route. A body over the limit is not an Express error: the request
 * reaches its route with an empty body and `formOverLimit(request)` set, so that the route refuses
 * it in its own terms (a 413 page or JSON, an audit row).
 */
export function limitedFormParser(limitBytes: number): RequestHandler {
  // No Content-Encoding, like every body parser of the pipeline (a decompressor is not for anonymous use).
  const parse = express.urlencoded({ extended: false, limit: limitBytes, inflate: false, type: () => true });
  return (request, response, next) =>
    parse(request, response, (error?: unknown) => {
      if ((error as { type?: unknown } | undefined)?.type !== 'entity.too.large') return next(error);
      // body-parser has read off (and dropped) the rest of the body by now.
      (request as MarkedRequest)[OVER_LIMIT] = limitBytes;
      request.body = {};
      next();
    });
}

/** The limit the request's form exceeded, when it did. */
export function formOverLimit(request: Request): number | undefined {
  return (request as MarkedRequest)[OVER_LIMIT];
}

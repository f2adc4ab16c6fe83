import express, { type NextFunction, type Request, type Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/config';
import type { JsonLogger } from '../logging/json-logger';
import { acceptRequestId, currentRequestContext, runWithRequestContext } from '../context/request-context';
import { compressLargeAnswers } from './compress-answers';
import { refuseCrossSiteRequests } from './cross-site';
import { limitedFormParser } from './form-limit';
import { SAML_ACS_BODY_LIMIT_BYTES, SAML_ACS_PATH } from './saml-acs';
import { webAppHandlers } from './web-app';

/**
 * JSON and form bodies, /graphql's included. The largest real GraphQL request, createProject with every
 * text at its limit (20 roles), carries about 130,000 characters: under 400 KB of UTF-8 even in
 * three-byte scripts, under 800 KB if every character were sent \u-escaped. The HR import's CSV has
 * its own route and limit (docs/adr/0014). Clients never compress request bodies (browsers cannot);
 * refusing Content-Encoding keeps a decompressor out of what an anonymous request can run.
 */
const BODY_PARSING = { limit: '1mb', inflate: false } as const;

/** Routes the API owns; everything else may be the web app. */
const API_PREFIXES = ['/graphql', '/api', '/auth', '/health', '/demo-idp'];

/**
 * Express-level set-up shared by the server and the integration tests: body limits, request ids and
 * per-request context, access logs with SQL counts, security headers and, when built, the web app.
 */
export function configureHttpPipeline(app: NestExpressApplication, config: AppConfig, logger: JsonLogger): void {
  app.disable('x-powered-by');
  // Express would hash every response body for a weak ETag; GraphQL answers POSTs, which are never
  // revalidated, and the web app's files carry their own (web-app.ts). Measured: 2% of a search's CPU.
  app.disable('etag');
  if (config.trustProxy) app.set('trust proxy', 1);

  // Parsers first, then the request context, so that everything after runs inside it. What they refuse
  // (too large, compressed, another charset) answers 413 or 415 through HttpErrorFilter.
  // Anyone may post to the SAML ACS: its small limit comes before the general ones (see saml-acs.ts).
  app.use(SAML_ACS_PATH, limitedFormParser(SAML_ACS_BODY_LIMIT_BYTES));
  app.use(express.json(BODY_PARSING));
  app.use(express.urlencoded({ ...BODY_PARSING, extended: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = acceptRequestId(req.headers['x-request-id']);
    runWithRequestContext(requestId, () => {
      const started = process.hrtime.bigint();
      res.setHeader('X-Request-Id', requestId);
      const context = currentRequestContext();
      const writeHead = res.writeHead;
      // Headers must be set before they are sent, so the SQL count is taken at writeHead time.
      res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
        if (!config.isProduction && context) this.setHeader('X-SQL-Statements', String(context.sqlStatements));
        return writeHead.apply(this, args);
      } as Response['writeHead'];
      res.on('finish', () => {
        if (req.path.startsWith('/health')) return;
        logger.event('info', 'request', {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          sql: context?.sqlStatements ?? 0,
        });
      });
      next();
    });
  });
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    if (config.session.secureCookie) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  // Exempt by design: the SAML ACS receives the IdP's cross-site form post (its signature, the
  // outstanding InResponseTo and the sign-in's browser binding protect it), and GraphQL is guarded by
  // Apollo Server's csrfPrevention (it refuses CORS-simple requests, which need no preflight).
  app.use(refuseCrossSiteRequests(config.publicUrl, [SAML_ACS_PATH, '/graphql']));
  // A search or project list answers 10-25 KB of JSON, a quarter of that compressed (ADR 0026).
  app.use('/graphql', compressLargeAnswers());
  for (const handler of webAppHandlers(config.webDistDir, API_PREFIXES)) app.use(handler);
}

import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { bodyRefusalOf } from '../http/body-errors';
import { TooManyRequestsError } from '../http/rate-limits';
import { JsonLogger } from '../logging/json-logger';
import { currentRequestContext } from '../context/request-context';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** Where Apollo listens (graphql.options.ts). */
const GRAPHQL_PATH = '/graphql';

interface HttpErrorAnswer {
  status: number;
  code: string;
  message: string;
}

/**
 * REST routes (health, SAML, uploads) answer errors as `{ error: { code, message } }`. GraphQL errors
 * are left to the GraphQL error formatter; what fails on /graphql before Apollo runs (a body the
 * parsers refuse) answers in GraphQL's shape, `{ errors: [{ message, extensions: { code } }] }`, with
 * the same HTTP status.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(JsonLogger) private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (response.headersSent) return undefined;
    const request = http.getRequest<Request>();
    const answer = (body: HttpErrorAnswer) => {
      const { status, code, message } = body;
      const isGraphQL = request.path === GRAPHQL_PATH;
      response.status(status).json(isGraphQL ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
    };
    if (exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      // Sign-in start is a link a person follows and the ACS a form their browser posts: a page, not JSON.
      if (request.accepts(['json', 'html']) === 'html') {
        sendTooManyRequestsPage(response, exception);
        return undefined;
      }
    }
    const refusal = bodyRefusalOf(exception);
    if (refusal) {
      answer(refusal);
      return undefined;
    }
    if (exception instanceof DomainError) {
      answer({ status: exception.httpStatus, code: exception.code, message: exception.message });
      return undefined;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      answer({ status, code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: exception.message });
      return undefined;
    }
    const requestId = currentRequestContext()?.requestId;
    this.logger.event('error', 'Unexpected error in an HTTP route', {
      error: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception),
    });
    answer({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: `Something went wrong on our side (reference ${requestId ?? 'n/a'}).`,
    });
    return undefined;
  }
}

function sendTooManyRequestsPage(response: Response, error: TooManyRequestsError): void {
  const seconds = error.retryAfterSeconds;
  response
    .status(429)
    .setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
    .setHeader('Cache-Control', 'no-store')
    .type('html')
    .send(
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Please wait · Ensemble</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}.muted{color:#555}</style>
</head><body><main>
<h1>Too many attempts</h1>
<p>Too many requests came from your network in the last minute. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.</p>
<p class="muted">Error code: TOO_MANY_REQUESTS</p>
<p><a href="/">Back to Ensemble</a></p>
</main></body></html>`,
    );
}

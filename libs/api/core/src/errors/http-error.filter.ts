import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { bodyRefusalOf } from '../http/body-errors';
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
    const answer = (body: HttpErrorAnswer) => {
      const { status, code, message } = body;
      const isGraphQL = http.getRequest<Request>().path === GRAPHQL_PATH;
      response.status(status).json(isGraphQL ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
    };
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

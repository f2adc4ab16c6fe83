import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HttpException } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { currentRequestContext } from '../context/request-context';
import type { JsonLogger } from '../logging/json-logger';

/** Codes produced by GraphQL itself or by our request limits; their messages are safe to show. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_LARGE',
  'SUBSCRIPTION_NOT_SUPPORTED',
]);

function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

/**
 * One place decides what a client sees of an error: domain errors keep their code and message,
 * GraphQL's own errors keep theirs, and everything else becomes INTERNAL_SERVER_ERROR with the request
 * id (the details go to the log, never to the client: no SQL, no stack).
 */
export function createErrorFormatter(logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = innermost(error);
    const path = formatted.path;
    const locations = formatted.locations;
    if (cause instanceof DomainError) {
      return {
        message: cause.message,
        path,
        locations,
        extensions: { code: cause.code, ...(cause.details ? { details: cause.details } : {}) },
      };
    }
    const causeCode = cause instanceof GraphQLError ? cause.extensions?.['code'] : undefined;
    if (typeof causeCode === 'string' && PASS_THROUGH.has(causeCode)) {
      return { message: formatted.message, path, locations, extensions: { code: causeCode } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PASS_THROUGH.has(code) && !(cause instanceof HttpException)) {
      return { message: formatted.message, path, locations, extensions: { code } };
    }
    if (cause instanceof HttpException && cause.getStatus() === 404) {
      return { message: 'Not found.', path, locations, extensions: { code: 'NOT_FOUND' } };
    }
    const requestId = currentRequestContext()?.requestId;
    logger.event('error', 'Unexpected error while resolving a GraphQL request', {
      path,
      error:
        cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : { value: String(cause) },
    });
    return {
      message: `Something went wrong on our side. If it keeps happening, give this reference to support: ${requestId ?? 'n/a'}.`,
      path,
      locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

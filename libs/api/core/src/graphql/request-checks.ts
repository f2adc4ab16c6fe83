import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { BadUserInputError } from '../errors/domain-error';
import {
  DEFAULT_REQUEST_LIMITS,
  costLimitError,
  estimateCost,
  fragmentsOf,
  limitError,
  pageSizeError,
  tooManySelectionsError,
  type RequestLimits,
} from './request-limits';
import { findNulInput } from './text-inputs';

/**
 * Refuses query text longer than `maxQueryLength` characters. Called when Apollo creates the request's
 * context, before it hashes or parses the text: an error thrown there is answered with its own
 * `extensions.http` status (413), where the later hooks before parsing would answer 500.
 */
export function refuseLongQuery(req: Request, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): void {
  const body: unknown = req.body;
  const fromBody = body !== null && typeof body === 'object' ? (body as { query?: unknown }).query : undefined;
  const query = typeof fromBody === 'string' ? fromBody : req.query['query'];
  if (typeof query === 'string' && query.length > limits.maxQueryLength) {
    throw limitError(
      'QUERY_TOO_LARGE',
      `This query is ${query.length} characters long; the limit is ${limits.maxQueryLength}. Send long values as variables.`,
      413,
    );
  }
}

/** graphql-js 16 words its token limit "Document contains more that N tokens" (sic); allow "than". */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[tn] \d+ tokens/;

/**
 * Everything checked per request once the operation is known (Apollo's didResolveOperation, where a
 * thrown error is answered with its `extensions.http` status), and the token limit's wording:
 * - a subscription is refused: there is no subscription transport over HTTP;
 * - the cost and page sizes, which depend on the variables (request-limits.ts);
 * - text holding the NUL character, which PostgreSQL cannot store (text-inputs.ts).
 */
export function requestChecksPlugin(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          return async (error?: Error) => {
            // Apollo answers every parse error GRAPHQL_PARSE_FAILED with the parser's message; the
            // token limit is a size limit and answers like the text-length one. Apollo builds its
            // answer from this error after this hook (its own suggestion-hiding plugin edits
            // validation errors the same way).
            if (error instanceof GraphQLError && TOKEN_LIMIT.test(error.message)) {
              error.message = `This query has more than ${limits.maxTokens} tokens; the limit is ${limits.maxTokens}.`;
              Object.assign(error.extensions, { code: 'QUERY_TOO_LARGE', http: { status: 413 } });
            }
          };
        },
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation (several in the document, and no or an unknown operationName): Apollo answers
          // OPERATION_RESOLUTION_FAILURE when it tries to execute.
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw limitError(
              'SUBSCRIPTION_NOT_SUPPORTED',
              'Subscriptions are not served over HTTP; send queries and mutations here.',
            );
          }
          const variables = request.variables ?? {};
          const { cost, oversized, complete } = estimateCost(schema, operation, fragmentsOf(document), variables, limits);
          if (!complete) throw tooManySelectionsError(limits);
          if (oversized[0]) throw pageSizeError(oversized[0], limits);
          if (cost > limits.maxCost) throw costLimitError(cost, limits);
          const nulAt = findNulInput(schema, document, operation, variables);
          if (nulAt !== undefined) throw nulInputError(nulAt);
        },
      };
    },
  };
}

function nulInputError(path: string): GraphQLError {
  const problem = 'must not contain the NUL character (U+0000)';
  return new GraphQLError(`Invalid input: ${path} ${problem}.`, {
    originalError: new BadUserInputError(`Invalid input: ${path} ${problem}.`, [{ field: path, problems: [problem] }]),
    extensions: { http: { status: 400 } },
  });
}

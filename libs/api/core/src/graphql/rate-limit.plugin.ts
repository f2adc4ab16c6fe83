import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { principalOf } from '../auth/principal';
import { RateLimits, TooManyRequestsError, addressClient, personClient } from '../http/rate-limits';

/** The whole request is refused: HTTP 429 with Retry-After, the error's code TOO_MANY_REQUESTS. */
function refusal(error: TooManyRequestsError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
    },
  });
}

async function enforce(rateLimits: RateLimits, client: string): Promise<void> {
  try {
    await rateLimits.enforce('graphql', client);
  } catch (error) {
    throw error instanceof TooManyRequestsError ? refusal(error) : error;
  }
}

/**
 * The GraphQL budget (RATE_LIMIT_GRAPHQL_PER_MINUTE), per signed-in person so that one office behind
 * one address is not throttled as a single client, and per address for everyone else (docs/adr/0014):
 *  - a request without a cookie cannot be signed in: it is counted by address before its document is
 *    parsed;
 *  - a request with a cookie is counted when its operation is about to run, after validation and the
 *    cost limits: the session lookup it waits for is the one the access guard would make anyway (cached
 *    per request), and it starts after the operation's warm-ups, so the two still run side by side. A
 *    cookie that names no live session counts against the address.
 * Counting stays in process memory on this path (RateLimitBudget batches it to PostgreSQL).
 */
export function rateLimitPlugin(rateLimits: RateLimits): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart({ contextValue }) {
      if (!rateLimits.enabled('graphql')) return;
      const request = contextValue.req;
      if (!request.headers.cookie) {
        await enforce(rateLimits, addressClient(request));
        return;
      }
      return {
        async executionDidStart() {
          const principal = await principalOf(request, rateLimits.principals);
          await enforce(rateLimits, principal ? personClient(principal.personId) : addressClient(request));
        },
      };
    },
  };
}

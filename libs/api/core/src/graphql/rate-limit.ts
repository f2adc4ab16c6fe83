import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { principalOf } from '../auth/principal';
import { RateLimits, TooManyRequestsError, addressClient, personClient } from '../http/rate-limits';

/**
 * A spent GraphQL budget as a request-level GraphQL error: Apollo answers HTTP 429 with Retry-After
 * from `extensions.http` (and strips it); the error formatter shows the domain error's code and message.
 */
function refusal(error: unknown): unknown {
  if (!(error instanceof TooManyRequestsError)) return error;
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
    },
  });
}

async function count(rateLimits: RateLimits, client: string): Promise<void> {
  try {
    await rateLimits.enforce('graphql', client);
  } catch (error) {
    throw refusal(error);
  }
}

/**
 * The GraphQL budget (RATE_LIMIT_GRAPHQL_PER_MINUTE) for a request without a cookie, which nobody can
 * be signed in with: counted against its address when Apollo builds the request's context, before the
 * document is parsed, so that a flood is refused at its cheapest. Undefined when there is nothing to do.
 */
export function countAnonymousGraphQL(rateLimits: RateLimits, request: Request): Promise<void> | undefined {
  if (request.headers.cookie || !rateLimits.enabled('graphql')) return undefined;
  return count(rateLimits, addressClient(request));
}

/**
 * The GraphQL budget for a request with a cookie, as its execution begins (CompiledExecution's
 * beforeExecute): per signed-in person, so that one office behind one address is not throttled as a
 * single client (docs/adr/0018). The session lookup it waits for is the one the access guard makes next
 * (principalOf caches it per request), and it starts once the operation's warm-ups have, so the two still
 * run side by side. A cookie that names no live session counts against the address.
 */
export function signedInGraphQLGate(rateLimits: RateLimits) {
  return (context: { req?: Request }): Promise<void> | undefined => {
    const request = context.req;
    if (!request?.headers.cookie || !rateLimits.enabled('graphql')) return undefined;
    return principalOf(request, rateLimits.principals).then((principal) =>
      count(rateLimits, principal ? personClient(principal.personId) : addressClient(request)),
    );
  };
}

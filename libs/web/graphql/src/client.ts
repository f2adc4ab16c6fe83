import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange } from 'urql';
import { hasGraphQLErrorCode } from './error-codes';

export interface GraphQLClientOptions {
  /** GraphQL endpoint; same origin by default so the session cookie is sent. */
  url?: string;
  /**
   * Called once when a query's result says the session is missing or expired (extensions.code
   * UNAUTHENTICATED). A refused mutation is left to its form, which says so and keeps what was typed.
   */
  onUnauthenticated: () => void;
  /** fetch implementation (tests); the browser's by default. */
  fetch?: typeof fetch;
}

/**
 * The app's urql client: queries go out as GET (within the URL length limit) with the session cookie,
 * results are cached per document + variables, and an UNAUTHENTICATED error on a query hands over to
 * `onUnauthenticated` (the app sends the browser to /sign-in?returnTo=...).
 */
export function createGraphQLClient({
  url = '/graphql',
  onUnauthenticated,
  fetch,
}: GraphQLClientOptions): Client {
  let signingIn = false;
  return new Client({
    url,
    ...(fetch ? { fetch } : {}),
    preferGetMethod: 'within-url-limit',
    requestPolicy: 'cache-first',
    fetchOptions: {
      credentials: 'same-origin',
      // A non-simple header: Apollo Server's CSRF prevention refuses GET queries without one.
      headers: { 'apollo-require-preflight': 'true' },
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          // urql's document cache refetches (network-only) every query holding a typename the mutation
          // names, even when the mutation failed. A failed mutation changed nothing, and with the
          // connection down those refetches fail too and replace the page (and the form being saved)
          // with an error. So a mutation without data invalidates nothing.
          const { operation } = result;
          if (operation.kind !== 'mutation' || !result.error || result.data) return result;
          return {
            ...result,
            operation: makeOperation(operation.kind, operation, {
              ...operation.context,
              additionalTypenames: [],
            }),
          };
        },
        onError(error, operation) {
          if (operation.kind === 'mutation') return;
          if (signingIn || !hasGraphQLErrorCode(error, 'UNAUTHENTICATED')) return;
          signingIn = true;
          onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { hasGraphQLErrorCode } from './error-codes';

export interface GraphQLClientOptions {
  /** GraphQL endpoint; same origin by default so the session cookie is sent. */
  url?: string;
  /** Called once when a result says the session is missing or expired (extensions.code UNAUTHENTICATED). */
  onUnauthenticated: () => void;
  /** fetch implementation (tests); the browser's by default. */
  fetch?: typeof fetch;
}

/**
 * The app's urql client: queries go out as GET (within the URL length limit) with the session cookie,
 * results are cached per document + variables, and an UNAUTHENTICATED error hands over to
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
        onError(error) {
          if (signingIn || !hasGraphQLErrorCode(error, 'UNAUTHENTICATED')) return;
          signingIn = true;
          onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}

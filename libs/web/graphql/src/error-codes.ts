import type { CombinedError } from 'urql';

/** The `extensions.code` values of a result's GraphQL errors (e.g. NOT_FOUND, UNAUTHENTICATED). */
export function graphQLErrorCodes(error: CombinedError | null | undefined): string[] {
  if (!error) return [];
  const codes: string[] = [];
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string') codes.push(code);
  }
  // A 401 from a proxy or the API before GraphQL runs counts as UNAUTHENTICATED too.
  const response = error.response as { status?: number } | undefined;
  if (response?.status === 401 && !codes.includes('UNAUTHENTICATED')) codes.push('UNAUTHENTICATED');
  return codes;
}

export function hasGraphQLErrorCode(error: CombinedError | null | undefined, code: string): boolean {
  return graphQLErrorCodes(error).includes(code);
}

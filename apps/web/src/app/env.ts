/**
 * The web app's build-time environment (Vite `VITE_*` variables), validated once at start-up so that
 * a bad value fails loudly, naming the variable, instead of surfacing later as odd network errors.
 */
export interface WebEnv {
  /** GraphQL endpoint: a same-origin path ("/graphql", the default) or an absolute http(s) URL. */
  graphqlUrl: string;
}

export class EnvError extends Error {
  override name = 'EnvError';
}

type RawEnv = Record<string, string | boolean | undefined>;

function graphqlUrl(raw: RawEnv): string {
  const value = raw['VITE_GRAPHQL_URL'];
  if (value === undefined || value === '') return '/graphql';
  if (typeof value !== 'string')
    throw new EnvError(`VITE_GRAPHQL_URL must be a string, got ${String(value)}.`);
  const trimmed = value.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // fall through to the error below
  }
  throw new EnvError(
    `VITE_GRAPHQL_URL must be a path starting with "/" (e.g. /graphql) or an http(s) URL, got "${value}".`,
  );
}

export function parseEnv(raw: RawEnv): WebEnv {
  return { graphqlUrl: graphqlUrl(raw) };
}

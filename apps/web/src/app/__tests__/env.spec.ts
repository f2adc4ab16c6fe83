import { EnvError, parseEnv } from '../env';

describe('parseEnv', () => {
  it('defaults the GraphQL endpoint to /graphql', () => {
    expect(parseEnv({})).toEqual({ graphqlUrl: '/graphql' });
    expect(parseEnv({ VITE_GRAPHQL_URL: '' })).toEqual({ graphqlUrl: '/graphql' });
  });

  it('accepts a same-origin path or an http(s) URL', () => {
    expect(parseEnv({ VITE_GRAPHQL_URL: '/api/graphql' }).graphqlUrl).toBe('/api/graphql');
    expect(parseEnv({ VITE_GRAPHQL_URL: 'https://ensemble.example.com/graphql' }).graphqlUrl).toBe(
      'https://ensemble.example.com/graphql',
    );
  });

  it.each(['graphql', '//evil.example/graphql', 'ftp://example.com/graphql', 'not a url'])(
    'fails loudly, naming the variable, for %p',
    (value) => {
      expect(() => parseEnv({ VITE_GRAPHQL_URL: value })).toThrow(EnvError);
      expect(() => parseEnv({ VITE_GRAPHQL_URL: value })).toThrow(/VITE_GRAPHQL_URL/);
    },
  );
});

import { UpdateMyProfileDocument, ViewerDocument } from '../generated/graphql';
import { createGraphQLClient } from '../client';
import { graphQLErrorCodes } from '../error-codes';

function jsonResponse(body: unknown, status = 200): Response {
  return {
    ok: status < 400,
    status,
    statusText: 'OK',
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
    json: async () => body,
    text: async () => JSON.stringify(body),
  } as unknown as Response;
}

describe('createGraphQLClient', () => {
  it('sends queries as GET with the session cookie and a CSRF-safe header', async () => {
    const fetchMock = jest.fn(async () => jsonResponse({ data: { viewer: { id: '1' } } }));
    const client = createGraphQLClient({ url: '/graphql', onUnauthenticated: jest.fn(), fetch: fetchMock });

    await client.query(ViewerDocument, {}).toPromise();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/^\/graphql\?query=/);
    expect(url).toContain('operationName=Viewer');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['apollo-require-preflight']).toBe('true');
  });

  it('hands an UNAUTHENTICATED error to onUnauthenticated, once', async () => {
    const onUnauthenticated = jest.fn();
    const fetchMock = jest.fn(async () =>
      jsonResponse({
        data: null,
        errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const client = createGraphQLClient({ onUnauthenticated, fetch: fetchMock });

    const first = await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();

    expect(graphQLErrorCodes(first.error)).toEqual(['UNAUTHENTICATED']);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors to the page', async () => {
    const onUnauthenticated = jest.fn();
    const fetchMock = jest.fn(async () =>
      jsonResponse({ data: null, errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] }),
    );
    const client = createGraphQLClient({ onUnauthenticated, fetch: fetchMock });

    const result = await client.query(ViewerDocument, {}).toPromise();

    expect(graphQLErrorCodes(result.error)).toEqual(['NOT_FOUND']);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  describe('a mutation and the queries on the page', () => {
    const viewer = { viewer: { __typename: 'Person', id: 'p-1', displayName: 'Ada', roles: ['employee'] } };
    const saved = { updateMyProfile: { __typename: 'Person', id: 'p-1', headline: 'Saved' } };

    /** Answers queries with the viewer; the mutation fails (connection dropped) or succeeds. */
    function setUp(mutation: 'drops' | 'succeeds') {
      const fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
        if (init.method === 'POST') {
          if (mutation === 'drops') throw new TypeError('Failed to fetch');
          return jsonResponse({ data: saved });
        }
        return jsonResponse({ data: viewer });
      });
      const onUnauthenticated = jest.fn();
      const client = createGraphQLClient({ onUnauthenticated, fetch: fetchMock as unknown as typeof fetch });
      const queryResults: unknown[] = [];
      const subscription = client.query(ViewerDocument, {}).subscribe((result) => queryResults.push(result));
      return { client, fetchMock, queryResults, subscription, onUnauthenticated };
    }
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const queryCalls = (fetchMock: jest.Mock) =>
      fetchMock.mock.calls.filter(([, init]) => (init as RequestInit).method !== 'POST').length;

    it('does not refetch (and so cannot break) the queries when the mutation failed', async () => {
      const { client, fetchMock, queryResults, subscription } = setUp('drops');
      await settle();
      expect(queryResults).toHaveLength(1);

      const result = await client
        .mutation(
          UpdateMyProfileDocument,
          { input: { headline: 'Typed' } },
          { additionalTypenames: ['Person'] },
        )
        .toPromise();
      await settle();

      expect(result.error?.networkError).toBeDefined();
      expect(queryCalls(fetchMock)).toBe(1);
      expect(queryResults).toHaveLength(1);
      subscription.unsubscribe();
    });

    it('still refetches them after a mutation that saved', async () => {
      const { client, fetchMock, subscription } = setUp('succeeds');
      await settle();

      await client
        .mutation(
          UpdateMyProfileDocument,
          { input: { headline: 'Typed' } },
          { additionalTypenames: ['Person'] },
        )
        .toPromise();
      await settle();

      expect(queryCalls(fetchMock)).toBe(2);
      subscription.unsubscribe();
    });

    it('leaves a mutation refused for an expired session to its form (no redirect that would drop the typing)', async () => {
      const onUnauthenticated = jest.fn();
      const fetchMock = jest.fn(async () =>
        jsonResponse({
          data: null,
          errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      );
      const client = createGraphQLClient({ onUnauthenticated, fetch: fetchMock });

      const result = await client
        .mutation(UpdateMyProfileDocument, { input: { headline: 'Typed' } })
        .toPromise();

      expect(graphQLErrorCodes(result.error)).toEqual(['UNAUTHENTICATED']);
      expect(onUnauthenticated).not.toHaveBeenCalled();
    });
  });
});

import { ViewerDocument } from '../generated/graphql';
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
});

// Request bodies a client gets wrong answer 4xx with a stable code on every route, never 500: too
// large (413), compressed or in another charset (415), not JSON (400). /graphql answers in GraphQL's
// shape, REST routes in theirs.
import request from 'supertest';
import { gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { IdentityModule } from '@ensemble/api/identity';
import { PeopleModule } from '@ensemble/api/people';

const MB = 1024 * 1024;

describe('request bodies', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule, IdentityModule] });
  });
  afterAll(() => test.close());

  const post = (path: string, contentType: string) =>
    request(test.app.getHttpServer()).post(path).set('content-type', contentType);
  /** The code and status of the answer, read in the shape the route answers in. */
  const refusal = (path: string, response: request.Response) => ({
    status: response.status,
    code: path === '/graphql' ? response.body.errors?.[0]?.extensions?.code : response.body.error?.code,
  });
  const messageOf = (path: string, response: request.Response): string =>
    path === '/graphql' ? response.body.errors?.[0]?.message : response.body.error?.message;
  const ROUTES = ['/graphql', '/auth/logout', '/api/avatar'];

  it.each(ROUTES)('%s: a JSON body over 1 MB is 413 PAYLOAD_TOO_LARGE', async (path) => {
    const response = await post(path, 'application/json').send(
      JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(1.5 * MB) }),
    );
    expect(refusal(path, response)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(messageOf(path, response)).toBe('The request body is larger than the 1 MB this route accepts.');
  });

  it('/auth/saml/acs: a form over its own 512 KB limit is 413 SAML_RESPONSE_TOO_LARGE (a refused sign-in)', async () => {
    const response = await post('/auth/saml/acs', 'application/x-www-form-urlencoded').send(
      `SAMLResponse=${'x'.repeat(0.6 * MB)}`,
    );
    expect(refusal('/auth/saml/acs', response)).toEqual({ status: 413, code: 'SAML_RESPONSE_TOO_LARGE' });
  });

  it.each(
    ROUTES.flatMap((path) =>
      ['gzip', 'br', 'deflate', 'zstd', 'compress'].map((encoding) => [path, encoding]),
    ),
  )('%s: Content-Encoding %s is 415 UNSUPPORTED_MEDIA_TYPE', async (path, encoding) => {
    const response = await post(path, 'application/json')
      .set('content-encoding', encoding)
      .send(encoding === 'gzip' ? gzipSync('{"query":"{ __typename }"}') : '{"query":"{ __typename }"}');
    expect(refusal(path, response)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it.each(ROUTES)('%s: a JSON body in another charset is 415 UNSUPPORTED_MEDIA_TYPE', async (path) => {
    const response = await post(path, 'application/json; charset=latin1').send('{"query":"{ __typename }"}');
    expect(refusal(path, response)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(messageOf(path, response)).toBe('The charset "latin1" is not accepted: send UTF-8.');
  });

  it('/auth/saml/acs: a form in another charset is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await post('/auth/saml/acs', 'application/x-www-form-urlencoded; charset=koi8-r').send(
      'SAMLResponse=x',
    );
    expect(refusal('/auth/saml/acs', response)).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it.each(ROUTES)('%s: malformed JSON is 400 BAD_REQUEST', async (path) => {
    const response = await post(path, 'application/json').send('{"query":');
    expect(refusal(path, response)).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('/graphql: a body just under the limit still runs (variables a real request may carry)', async () => {
    const response = await post('/graphql', 'application/json').send(
      JSON.stringify({ query: '{ __typename }', variables: { unused: 'x'.repeat(0.9 * MB) } }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });
});

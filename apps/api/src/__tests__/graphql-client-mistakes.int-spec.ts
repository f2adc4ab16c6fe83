// Item 5 of issue 13, GraphQL side: a client's mistake answers 4xx with a stable code, never 500 or
// INTERNAL_SERVER_ERROR. Lives with the app: it signs in through the identity module.
import request from 'supertest';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { signInAs } from '@ensemble/api/identity/testing';
import { PeopleModule } from '@ensemble/api/people';
import { DOMAIN_MODULES } from '../app.module';
import { CREATE_PROJECT, projectInput } from './projects-test-helpers';

type Json = ReturnType<typeof JSON.parse>;

function client(test: TestApp) {
  return async (body: { query?: string; variables?: Record<string, unknown>; operationName?: string; extensions?: Record<string, unknown> }, cookie?: string) => {
    const call = request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (cookie) call.set('cookie', cookie);
    const response = await call.send(body);
    return { status: response.status, body: response.body as Json, statements: response.headers['x-sql-statements'] };
  };
}

describe('GraphQL client mistakes', () => {
  let test: TestApp;
  let post: ReturnType<typeof client>;
  let me: string;
  let cookie: string;

  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
    post = client(test);
    me = (
      await test.db.client.query(
        `INSERT INTO person (external_id, email, given_name, family_name) VALUES ('mia@example.com', 'mia@example.com', 'Mia', 'Maker') RETURNING id`,
      )
    ).rows[0].id;
    cookie = await signInAs(test.app, me);
  });
  afterAll(() => test.close());

  const TWO_OPERATIONS = 'query Search { searchPeople(input: { query: "x" }) { totalCount } } query Me { viewer { id } }';

  it.each([
    ['no operationName', undefined, 'Must provide operation name if query contains multiple operations.'],
    ['an unknown operationName', 'Other', 'Unknown operation named "Other".'],
  ])(
    'answers a document of several operations with %s 400 OPERATION_RESOLUTION_FAILURE, with any cookie',
    async (_label, operationName, message) => {
      for (const withCookie of ['unknown=1', cookie]) {
        const response = await post({ query: TWO_OPERATIONS, operationName }, withCookie);
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
        expect(response.statements).toBe('0');
      }
    },
  );

  it('answers a subscription 400 SUBSCRIPTION_NOT_SUPPORTED', async () => {
    const response = await post({ query: 'subscription { viewer { id } }' }, cookie);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'Subscriptions are not served over HTTP; send queries and mutations here.',
        extensions: { code: 'SUBSCRIPTION_NOT_SUPPORTED' },
      },
    ]);
    expect(response.statements).toBe('0');
  });

  it('takes no automatic persisted queries: neither stores a query text under its hash nor runs one by hash', async () => {
    // The APQ protocol answers PERSISTED_QUERY_NOT_SUPPORTED with HTTP 200, so that clients fall back
    // to sending the query; our web app never uses APQ.
    const persistedQuery = { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' };
    for (const body of [{ query: '{ __typename }', extensions: { persistedQuery } }, { extensions: { persistedQuery } }]) {
      const response = await post(body);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors).toEqual([
        { message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } },
      ]);
    }
  });

  describe('text holding the NUL character, which PostgreSQL cannot store', () => {
    const written = async () =>
      (
        await test.db.client.query(
          `SELECT (SELECT row_to_json(person)::text FROM person WHERE id = $1) AS me,
                  (SELECT count(*)::int FROM project) AS projects,
                  (SELECT count(*)::int FROM saved_search) AS searches,
                  (SELECT count(*)::int FROM audit_event) AS audits`,
          [me],
        )
      ).rows[0];

    const PROFILE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }';
    const SAVE_SEARCH = 'mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }';

    it.each([
      ['a profile field', PROFILE, { input: { headline: 'Platform\u0000engineer' } }, 'input.headline'],
      ['a profile link label', PROFILE, { input: { links: [{ label: 'x\u0000', url: 'https://a.example' }] } }, 'input.links.0.label'],
      ['a project title', CREATE_PROJECT, { input: projectInput({ title: 'Carbon\u0000dashboard' }) }, 'input.title'],
      ['a project goal', CREATE_PROJECT, { input: projectInput({ goals: ['Ship', '\u0000'] }) }, 'input.goals.1'],
      ['a saved-search name', SAVE_SEARCH, { input: { name: 'Kube\u0000', search: { query: 'kubernetes' } } }, 'input.name'],
      ['a saved search’s query', SAVE_SEARCH, { input: { name: 'Kube', search: { query: '\u0000' } } }, 'input.search.query'],
    ])('refuses it in %s with 400 BAD_USER_INPUT naming the field, writing nothing', async (_label, query, variables, field) => {
      const before = await written();
      const response = await post({ query, variables }, cookie);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          message: `Invalid input: ${field} must not contain the NUL character (U+0000).`,
          extensions: {
            code: 'BAD_USER_INPUT',
            details: { fields: [{ field, problems: ['must not contain the NUL character (U+0000)'] }] },
          },
        },
      ]);
      expect(response.statements).toBe('0');
      expect(await written()).toEqual(before);
    });

    it('refuses it written inline in the query too', async () => {
      const before = await written();
      const inline = `mutation { saveSearch(input: { name: "a\\u0000b", search: { query: "x" } }) { id } }`;
      const response = await post({ query: inline }, cookie);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.details.fields[0].field).toBe('input.name');
      expect(await written()).toEqual(before);
    });
  });
});

describe('GraphQL errors in production', () => {
  let test: TestApp;
  let post: ReturnType<typeof client>;

  beforeAll(async () => {
    test = await createTestApp({
      imports: [PeopleModule],
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://ensemble.example',
        SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
        SAML_IDP_ENTITY_ID: 'https://idp.example',
        SAML_IDP_SSO_URL: 'https://idp.example/sso',
        SAML_IDP_CERT: 'MIIC-not-used-by-these-tests',
      },
    });
    post = client(test);
  });
  afterAll(() => test.close());

  it('suggests no field names: neither for an unknown field nor for an unknown input field', async () => {
    const field = await post({ query: '{ viewer { displayNam } }' });
    expect(field.status).toBe(400);
    expect(field.body.errors[0]).toMatchObject({
      message: 'Cannot query field "displayNam" on type "Person".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const input = await post({
      query: 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }',
      variables: { input: { headlin: 'x' } },
    });
    expect(input.status).toBe(400);
    expect(input.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(input.body.errors[0].message).toMatch(/Field "headlin" is not defined by type "UpdateMyProfileInput"\.$/);
    expect(JSON.stringify([field.body, input.body])).not.toMatch(/Did you mean|displayName|headline/);
  });
});

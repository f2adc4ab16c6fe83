import request from 'supertest';
import { CompiledExecution } from '@ensemble/api/core';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { PeopleModule } from '@ensemble/api/people';

/** Platform behaviour every client relies on: limits, errors, health and request ids. */
describe('GraphQL platform', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ imports: [PeopleModule] });
  });
  afterAll(() => test.close());

  const post = (query: string, variables?: Record<string, unknown>) =>
    request(test.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });

  it('refuses a query nested deeper than 10 levels before any SQL runs', async () => {
    const deep = `{ viewer { ${'manager { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const response = await post(deep);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(response.body.errors[0].message).toMatch(/limit is 10/);
    expect(response.headers['x-sql-statements']).toBe('0');
  });

  it('refuses more than 15 aliases before any SQL runs', async () => {
    const aliased = `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: viewer { id }`).join(' ')} }`;
    const response = await post(aliased);
    expect(response.body.errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
    expect(response.headers['x-sql-statements']).toBe('0');
  });

  it('refuses a page larger than 100 with a 400 before any SQL runs, also through variables', async () => {
    const response = await post('query($n: Int!) { people(first: $n) { totalCount } }', { n: 1000 });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/at most 100/);
    expect(response.headers['x-sql-statements']).toBe('0');
  });

  it('refuses a query over the cost budget with a 400 before any SQL runs', async () => {
    const costly = `{ people(first: 100) { edges { node { directReports { directReports { directReports { managerChain { id email title } } } } } } } }`;
    const response = await post(costly);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(response.headers['x-sql-statements']).toBe('0');
  });

  it('runs each operation compiled, compiling it once (docs/adr/0012)', async () => {
    const execution = test.app.get(CompiledExecution);
    const before = execution.size;
    const query = 'query CompiledOnce { viewer { id displayName } }';
    for (let i = 0; i < 3; i++) {
      const response = await post(query);
      expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.body.errors[0].path).toEqual(['viewer']);
      expect(response.body.errors[0].locations).toEqual([{ line: 1, column: 22 }]);
    }
    expect(execution.size).toBe(before + 1);
  });

  it('answers introspection (the development landing page) through the compiled executor', async () => {
    const response = await post('{ __schema { queryType { name } } __type(name: "Person") { fields { name } } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.__schema.queryType.name).toBe('Query');
    expect(response.body.data.__type.fields.map((field: { name: string }) => field.name)).toEqual(
      expect.arrayContaining(['id', 'displayName', 'department']),
    );
  });

  it('refuses variables of the wrong type as BAD_USER_INPUT, in words that name the variable, before any SQL', async () => {
    const response = await post('query($n: Int!) { people(first: $n) { totalCount } }', { n: 'ten' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
        locations: [{ line: 1, column: 7 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(response.headers['x-sql-statements']).toBe('0');
  });

  it('answers UNAUTHENTICATED without a session', async () => {
    const response = await post('{ viewer { id } }');
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeNull();
  });

  it('keeps parse errors readable and free of internals', async () => {
    const response = await post('{ viewer { id ');
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/stack|at \w+ \(/);
  });

  it('reports liveness and readiness (which checks the database)', async () => {
    await request(test.app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    await request(test.app.getHttpServer()).get('/health/ready').expect(200, { status: 'ok', database: 'ok' });
  });

  it('gives every response a request id and keeps a sane one from upstream', async () => {
    const fresh = await request(test.app.getHttpServer()).get('/health/live');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(test.app.getHttpServer()).get('/health/live').set('x-request-id', 'upstream-id-1234');
    expect(kept.headers['x-request-id']).toBe('upstream-id-1234');
    const replaced = await request(test.app.getHttpServer()).get('/health/live').set('x-request-id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
  });

  it('does not expose REST routes that do not exist', async () => {
    const response = await request(test.app.getHttpServer()).get('/nope');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

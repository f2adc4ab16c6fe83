import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, type TestApp } from '@ensemble/api/core/testing';
import { DOMAIN_MODULES } from '../app.module';

/**
 * schema.graphql is emitted offline from API_RESOLVERS; this proves the running app serves exactly
 * that schema, so a resolver missing from the list (or a stale file) cannot go unnoticed.
 */
describe('schema.graphql', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ imports: DOMAIN_MODULES });
  });
  afterAll(() => test.close());

  it('matches the schema the running API serves', () => {
    const served = printSchema(lexicographicSortSchema(test.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8');
    expect(committed.replace(/^#.*\n\n/, '').trim()).toBe(served.trim());
  });
});

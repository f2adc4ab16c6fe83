import { buildSchema, getOperationAST, parse } from 'graphql';
import { findNulInput } from '../graphql/text-inputs';

const schema = buildSchema(`
  enum Level { LOW HIGH }
  input LinkInput { label: String! url: String! }
  input ProfileInput { headline: String links: [LinkInput!] tags: [String!] level: Level hours: Int }
  type Query { search(text: String, level: Level, limit: Int): Boolean }
  type Mutation { update(id: ID!, input: ProfileInput!): Boolean }
`);

function nulIn(query: string, variables: Record<string, unknown> = {}, operationName?: string): string | undefined {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error('no operation');
  return findNulInput(schema, document, operation, variables);
}

const UPDATE = 'mutation($id: ID!, $input: ProfileInput!) { update(id: $id, input: $input) }';

describe('findNulInput', () => {
  it('finds nothing in ordinary text', () => {
    expect(nulIn(UPDATE, { id: '1', input: { headline: 'Hello\tworld\n', tags: ['a'], links: [{ label: 'x', url: 'y' }] } })).toBeUndefined();
    expect(nulIn('{ search(text: "plain") }')).toBeUndefined();
  });

  it('names the argument path of a NUL in a variable, however deep in input objects and lists', () => {
    expect(nulIn(UPDATE, { id: '1\u0000', input: {} })).toBe('id');
    expect(nulIn(UPDATE, { id: '1', input: { headline: 'a\u0000b' } })).toBe('input.headline');
    expect(nulIn(UPDATE, { id: '1', input: { tags: ['ok', '\u0000'] } })).toBe('input.tags.1');
    expect(nulIn(UPDATE, { id: '1', input: { links: [{ label: 'ok', url: 'https://x/\u0000' }] } })).toBe('input.links.0.url');
  });

  it('finds a NUL in an inline literal, in a variable inside a literal object, and in a fragment', () => {
    expect(nulIn('mutation { update(id: "1", input: { headline: "a\\u0000" }) }')).toBe('input.headline');
    expect(nulIn('mutation($h: String) { update(id: "1", input: { headline: $h }) }', { h: '\u0000' })).toBe('input.headline');
    expect(nulIn('query($t: String) { ...S } fragment S on Query { search(text: $t) }', { t: 'x\u0000' })).toBe('text');
  });

  it("uses a variable's default value when the request leaves the variable out", () => {
    const query = 'query($t: String = "a\\u0000") { search(text: $t) }';
    expect(nulIn(query)).toBe('text');
    expect(nulIn(query, { t: 'fine' })).toBeUndefined();
  });

  it('looks only at the operation that runs', () => {
    const query = 'query A($t: String) { search(text: $t) } query B { search(text: "\\u0000") }';
    expect(nulIn(query, { t: 'fine' }, 'A')).toBeUndefined();
    expect(nulIn(query, {}, 'B')).toBe('text');
  });

  it('skips variables that cannot hold text', () => {
    // graphql-js refuses these values itself; they never reach a resolver.
    expect(nulIn('query($l: Level, $n: Int) { search(level: $l, limit: $n) }', { l: '\u0000', n: '\u0000' })).toBeUndefined();
  });

  it('walks deeply nested values without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulIn('query($t: String) { search(text: $t) }', { t: deep })).toBe(`text${'.0'.repeat(100_000)}`);
  });
});

import { buildSchema, parse, specifiedRules, validate, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_REQUEST_LIMITS, estimateCost, requestLimitRules } from '../graphql/request-limits';

const schema = buildSchema(`
  type Person { id: ID! name: String! manager: Person reports: [Person!]! friends(first: Int = 20): PersonConnection! }
  type PersonConnection { edges: [PersonEdge!]! }
  type PersonEdge { node: Person! }
  type Query { viewer: Person! people(first: Int = 20): PersonConnection! }
`);

function errorsFor(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...requestLimitRules()]).map(
    (error) => String(error.extensions['code'] ?? error.message),
  );
}

function costOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return estimateCost(schema, operation, fragments, variables);
}

const nested = (levels: number) => `{ viewer { ${'manager { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('request limits', () => {
  it('accepts a query exactly at the depth limit and refuses one level more', () => {
    expect(errorsFor(nested(10))).toEqual([]);
    expect(errorsFor(nested(11))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts depth through fragments and does not loop on fragment cycles', () => {
    const deepViaFragments = `
      query { viewer { ...A } }
      fragment A on Person { manager { ...B } }
      fragment B on Person { manager { manager { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } } } }`;
    expect(errorsFor(deepViaFragments)).toContain('QUERY_TOO_DEEP');
    const cyclic = `query { viewer { ...A } } fragment A on Person { manager { ...A } }`;
    expect(() => errorsFor(cyclic)).not.toThrow();
  });

  it('refuses more than 15 aliases', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect(errorsFor(aliases(15))).toEqual([]);
    expect(errorsFor(aliases(16))).toEqual(['TOO_MANY_ALIASES']);
  });

  it('multiplies the cost of what a page selects by its size', () => {
    const small = costOf('{ people(first: 10) { edges { node { id name } } } }');
    const large = costOf('{ people(first: 100) { edges { node { id name } } } }');
    expect(large.cost).toBeGreaterThan(small.cost * 9);
    expect(costOf('query($n: Int) { people(first: $n) { edges { node { id } } } }', { n: 50 }).cost).toBeGreaterThan(
      costOf('query($n: Int) { people(first: $n) { edges { node { id } } } }', { n: 5 }).cost,
    );
  });

  it('prices nested pages multiplicatively, over the budget', () => {
    const explosive = costOf(
      '{ people(first: 100) { edges { node { friends(first: 100) { edges { node { friends(first: 100) { edges { node { id } } } } } } } } } }',
    );
    expect(explosive.cost).toBeGreaterThan(DEFAULT_REQUEST_LIMITS.maxCost);
  });

  it('reports pages larger than the maximum page size', () => {
    expect(costOf('{ people(first: 101) { edges { node { id } } } }').oversized).toEqual([{ field: 'people', first: 101 }]);
    expect(costOf('{ people(first: 100) { edges { node { id } } } }').oversized).toEqual([]);
  });
});

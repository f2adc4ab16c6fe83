import { buildSchema, parse, specifiedRules, validate, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_REQUEST_LIMITS, estimateCost, fragmentsOf, measureDocument, requestLimitRules } from '../graphql/request-limits';

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

/** `levels` levels of fragments that each spread the next one ten times; the last selects `leaf`. */
function nestedSpreads(levels: number, onType = 'Query', leaf = '__typename'): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) => `fragment F${level} on ${onType} { ${Array(10).fill(`...F${level + 1}`).join(' ')} }`,
  );
  const root = onType === 'Query' ? '{ ...F0 }' : '{ viewer { ...F0 } }';
  return [root, ...fragments, `fragment F${levels} on ${onType} { ${leaf} }`].join('\n');
}

function operationOf(document: ReturnType<typeof parse>): OperationDefinitionNode {
  return document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
}

describe('request limits, each fragment measured once', () => {
  // Depth, aliases and cost of the implementation that expanded every fragment at every spread.
  const ORDINARY: Array<[string, Record<string, unknown>, { depth: number; aliases: number; cost: number }]> = [
    ['{ viewer { id name } }', {}, { depth: 2, aliases: 0, cost: 3 }],
    [
      'query { people(first: 10) { edges { node { ...Card manager { ...Card } } } } } fragment Card on Person { id name reports { id } }',
      {},
      { depth: 6, aliases: 0, cost: 291 },
    ],
    [
      '{ me: viewer { ... on Person { id boss: manager { id } } } all: people { edges { node { id } } } }',
      {},
      { depth: 4, aliases: 3, cost: 65 },
    ],
    [
      'query($n: Int) { viewer { friends(first: $n) { edges { node { ...F } } } } } fragment F on Person { name friends { edges { node { id } } } }',
      { n: 30 },
      { depth: 8, aliases: 0, cost: 1922 },
    ],
    [
      '{ viewer { ...F manager { ...F } } } fragment F on Person { id reports { ...G } } fragment G on Person { name n2: name }',
      {},
      { depth: 4, aliases: 2, cost: 46 },
    ],
  ];

  it.each(ORDINARY)('gives the same depth, aliases and cost as before for %s', (query, variables, expected) => {
    const document = parse(query);
    const [measured] = measureDocument(document).operations;
    const { cost } = estimateCost(schema, operationOf(document), fragmentsOf(document), variables);
    expect({ depth: measured?.depth, aliases: measured?.aliases, cost }).toEqual(expected);
  });

  it('measures twenty levels of ten spreads each (10^20 fields once inlined) in a few hundred steps', () => {
    // Expanding every spread would visit 10^20 selections; measuring each fragment once visits each of
    // the 200 spreads and merges the one-field shape it spreads.
    const limits = { ...DEFAULT_REQUEST_LIMITS, maxVisitedSelections: 500 };
    for (const onType of ['Query', 'Person']) {
      const document = parse(nestedSpreads(20, onType, onType === 'Query' ? '__typename' : 'id'));
      const measure = measureDocument(document, limits);
      expect(measure.complete).toBe(true);
      expect(measure.fieldMerges).toBeGreaterThan(DEFAULT_REQUEST_LIMITS.maxFieldMerges);
      expect(Number.isFinite(measure.fieldMerges)).toBe(true);
      const estimate = estimateCost(schema, operationOf(document), fragmentsOf(document), {}, limits);
      expect(estimate).toEqual({ cost: DEFAULT_REQUEST_LIMITS.maxCost + 1, oversized: [], complete: true });
    }
  });

  it('refuses eight levels of ten spreads before graphql-js validates anything else', () => {
    // The unknown field would be reported by graphql-js's own rules if validation went on.
    const query = nestedSpreads(8).replace('__typename', '__typename noSuchField');
    expect(errorsFor(query)).toEqual(['QUERY_TOO_COMPLEX', 'Validation aborted.']);
  });

  it('refuses a field selected over and over at one place, which graphql-js compares pairwise', () => {
    const repeated = (times: number) => `{ viewer { ${'id '.repeat(times)} } }`;
    expect(errorsFor(repeated(40))).toEqual([]);
    expect(errorsFor(repeated(50))).toEqual(['QUERY_TOO_COMPLEX', 'Validation aborted.']);
    const aliased = `{ ${Array.from({ length: 50 }, (_, i) => `p: people(first: ${i + 1}) { edges { node { id } } }`).join(' ')} }`;
    expect(errorsFor(aliased)).toEqual(['TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX', 'Validation aborted.']);
  });

  it('stops measuring at the selection bound when fragments branch into ever more distinct fields', () => {
    // Each level selects two different fields, each spreading the next level: 2^16 distinct places.
    const levels = 16;
    const fragments = Array.from(
      { length: levels },
      (_, level) => `fragment F${level} on Person { manager { ...F${level + 1} } reports { ...F${level + 1} } }`,
    );
    const query = [`{ viewer { ...F0 } }`, ...fragments, `fragment F${levels} on Person { id }`].join('\n');
    expect(measureDocument(parse(query)).complete).toBe(false);
    expect(errorsFor(query)).toEqual(['QUERY_TOO_COMPLEX', 'Validation aborted.']);
  });

  it('prices a fragment by its type condition and its place, once per request', () => {
    const query = `{ people(first: 5) { ...Page } viewer { friends(first: 2) { ...Page } } }
      fragment Page on PersonConnection { edges { node { id } } }`;
    const document = parse(query);
    // people: 1 + 5 × (edges 1 + node (1 + id 1)) = 16; viewer: 1 + (1 + 2 × 3) = 8.
    expect(estimateCost(schema, operationOf(document), fragmentsOf(document), {}).cost).toBe(24);
  });
});

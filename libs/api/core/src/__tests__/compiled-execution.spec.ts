import {
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  getOperationAST,
  parse,
  type ExecutionResult,
} from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { compileQuery } from 'graphql-jit';
import { CompiledExecution } from '../graphql/compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compilations = jest.mocked(compileQuery);

class Refused extends Error {
  readonly code = 'REFUSED';
}

const Member = new GraphQLObjectType({
  name: 'Member',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    name: { type: GraphQLString, resolve: (member: { name: string }) => member.name.toUpperCase() },
    secret: {
      type: GraphQLString,
      resolve: () => {
        throw new Refused('Not yours to see.');
      },
    },
  },
});

const resolved: string[] = [];
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      members: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Member))),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, { first }: { first: number }, context: { company: string }) => {
          resolved.push(context.company);
          return Array.from({ length: first }, (_, i) => ({ id: `${context.company}-${i}`, name: `member ${i}` }));
        },
      },
      later: { type: GraphQLString, resolve: async () => 'settled' },
    },
  }),
});

function request(query: string, variables: Record<string, unknown>, hash = query): GatewayGraphQLRequestContext {
  const document = parse(query);
  return {
    request: { query, variables },
    document,
    queryHash: hash,
    operationName: null,
    // Apollo resolves the operation before it executes.
    operation: getOperationAST(document),
    context: { company: 'acme' },
  } as unknown as GatewayGraphQLRequestContext;
}

function reference(query: string, variables: Record<string, unknown>) {
  return execute({ schema, document: parse(query), variableValues: variables, contextValue: { company: 'acme' } }) as ExecutionResult;
}

describe('CompiledExecution', () => {
  let execution: CompiledExecution;
  beforeEach(() => {
    execution = new CompiledExecution(2);
    execution.useSchema(schema);
    resolved.length = 0;
    compilations.mockClear();
  });

  it('answers as graphql-js does, compiling each operation once', async () => {
    const query = 'query($n: Int!) { members(first: $n) { id name } }';
    const first = await execution.execute(request(query, { n: 2 }));
    const second = await execution.execute(request(query, { n: 3 }));
    expect(first).toEqual(reference(query, { n: 2 }));
    expect(second).toEqual(reference(query, { n: 3 }));
    expect(second.data?.['members']).toHaveLength(3);
    expect(compilations).toHaveBeenCalledTimes(1);
    expect(execution.size).toBe(1);
  });

  it('waits for resolvers that answer with a promise', async () => {
    await expect(execution.execute(request('{ later }', {}))).resolves.toEqual({ data: { later: 'settled' } });
  });

  it("keeps a resolver's error as graphql-js would: message, path, locations and cause", async () => {
    const query = 'query($n: Int!) {\n  members(first: $n) { id secret }\n}';
    const result = await execution.execute(request(query, { n: 1 }));
    const expected = reference(query, { n: 1 });
    expect(result.data).toEqual(expected.data);
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual(expected.errors?.[0].toJSON());
    expect(error.originalError).toBeInstanceOf(Refused);
    // Apollo's formatting reads both.
    expect(error.extensions).toEqual({});
    expect(error.locations).toEqual([{ line: 2, column: 27 }]);
  });

  it('answers rejected variables in graphql-js words, with the variable node Apollo needs, before any resolver', async () => {
    const query = 'query($n: Int!) { members(first: $n) { id } }';
    const result = await execution.execute(request(query, { n: 'ten' }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.message)).toEqual(reference(query, { n: 'ten' }).errors?.map((error) => error.message));
    expect(result.errors?.[0].message).toBe('Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"');
    expect(result.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
    expect(resolved).toEqual([]);
  });

  it('keeps at most its capacity of operations, dropping the least recently used', async () => {
    const a = '{ members(first: 1) { id } }';
    const b = '{ later }';
    const c = '{ members(first: 1) { name } }';
    await execution.execute(request(a, {}));
    await execution.execute(request(b, {}));
    await execution.execute(request(a, {}));
    await execution.execute(request(c, {}));
    expect(execution.size).toBe(2);
    expect(compilations).toHaveBeenCalledTimes(3);
    // b was dropped, a was kept: running a again compiles nothing, b compiles again.
    await execution.execute(request(a, {}));
    expect(compilations).toHaveBeenCalledTimes(3);
    expect(await execution.execute(request(b, {}))).toEqual({ data: { later: 'settled' } });
    expect(compilations).toHaveBeenCalledTimes(4);
  });

  it('runs every operation on graphql-js, compiling nothing, when compiling is off (GRAPHQL_EXECUTOR=js)', async () => {
    const interpreted = new CompiledExecution(2, { compile: false });
    interpreted.useSchema(schema);
    const query = 'query($n: Int!) {\n  members(first: $n) { id secret }\n}';
    const result = await interpreted.execute(request(query, { n: 2 }));
    expect(result).toEqual(reference(query, { n: 2 }));
    expect(result.errors?.[0].originalError).toBeInstanceOf(Refused);
    expect(await interpreted.execute(request('{ later }', {}))).toEqual({ data: { later: 'settled' } });
    expect(compilations).not.toHaveBeenCalled();
    expect(interpreted.size).toBe(0);
  });

  it('refuses to start without the schema Nest built', async () => {
    await expect(new CompiledExecution().load()).rejects.toThrow(/transformSchema/);
  });
});

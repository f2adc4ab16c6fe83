import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  execute,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Operations kept compiled per process; the web app sends a few dozen distinct ones. */
const DEFAULT_CAPACITY = 500;

type Compiled =
  | { kind: 'compiled'; query: CompiledQuery['query'] }
  /** graphql-jit could not compile the operation: graphql-js runs it (same answers, slower). */
  | { kind: 'interpreted' };

/**
 * Executes GraphQL operations with graphql-jit (docs/adr/0012): each operation is compiled once into
 * a JavaScript function that resolves its fields straight through, instead of graphql-js walking the
 * document field by field on every request (a people search page answers about a thousand fields).
 *
 * It plugs into Apollo Server through its executor interface (`gateway`, the replacement Apollo
 * Server 4 names for the removed `executor` option), so parsing, validation, the request limits,
 * plugins and error formatting stay Apollo's. What graphql-jit would answer differently from
 * graphql-js goes to graphql-js instead: operations it cannot compile, and variables it rejects
 * (graphql-js words those errors the way Apollo recognises as BAD_USER_INPUT).
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  /** Compiled operations by Apollo's query hash and operation name, least recently used first. */
  private readonly operations = new Map<string, Compiled>();

  constructor(
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly options: {
      /**
       * Runs as execution begins (after validation, the limits and the plugins' executionDidStart, so
       * after the warm-ups have started); what it throws answers the whole request, as Apollo answers an
       * executor's failure: no `data`, the error's `extensions.http` status. The rate limit waits here.
       */
      beforeExecute?: (context: GatewayGraphQLRequestContext['context']) => Promise<void> | undefined;
      /** Leave graphql-js's "Did you mean …?" out of the errors it words (production: no schema hints). */
      hideSuggestions?: boolean;
      /**
       * False runs every operation on graphql-js's `execute` (GRAPHQL_EXECUTOR=js): nothing compiled, the
       * rest of the path (the gate, Apollo's plugins and error formatting) unchanged.
       */
      compile?: boolean;
    } = {},
  ) {}

  /** Nest's `transformSchema` hook: keeps the schema Nest built, which Apollo then asks for. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.operations.clear();
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    const schema = this.requireSchema();
    callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
    return () => undefined;
  }

  async load(): Promise<GatewayLoadResult> {
    this.requireSchema();
    return { executor: async (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.operations.clear();
  }

  /** How many operations are held compiled (for tests). */
  get size(): number {
    return this.operations.size;
  }

  execute(request: GatewayGraphQLRequestContext): GatewayExecutionResult | Promise<GatewayExecutionResult> {
    // No operation: nothing runs but graphql-js wording the resolution error, so nothing is counted.
    const gate = request.operation ? this.options.beforeExecute?.(request.context) : undefined;
    return gate ? gate.then(() => this.run(request)) : this.run(request);
  }

  private run(request: GatewayGraphQLRequestContext): GatewayExecutionResult | Promise<GatewayExecutionResult> {
    const schema = this.requireSchema();
    const { document, operationName } = request;
    const variables = request.request.variables ?? {};
    // Without an operation (several in the document, none named) graphql-js words the error Apollo
    // expects; nothing is compiled or kept for it.
    if (!request.operation || this.options.compile === false) return this.interpret(schema, request);
    const compiled = this.compiled(schema, request.queryHash, document, operationName);
    if (compiled.kind === 'interpreted') {
      return this.interpret(schema, request);
    }
    const result = compiled.query(undefined, request.context, variables);
    if (isPromiseLike(result)) return Promise.resolve(result).then((settled) => withGraphQLErrors(settled));
    // No data at all means the variables were rejected before any resolver ran: graphql-js words those
    // errors as Apollo and clients expect (BAD_USER_INPUT), so it answers them.
    if (result.data === undefined && result.errors?.length) return this.interpret(schema, request);
    return withGraphQLErrors(result);
  }

  private interpret(schema: GraphQLSchema, request: GatewayGraphQLRequestContext) {
    return execute({
      schema,
      document: request.document,
      // The name the client sent: Apollo passes only a name it resolved, and graphql-js words a wrong one.
      operationName: request.request.operationName,
      contextValue: request.context,
      variableValues: request.request.variables,
      hideSuggestions: this.options.hideSuggestions ?? false,
    });
  }

  private compiled(schema: GraphQLSchema, queryHash: string, document: DocumentNode, operationName: string | null): Compiled {
    const key = `${queryHash}:${operationName ?? ''}`;
    const known = this.operations.get(key);
    if (known) {
      // Most recently used last: the first entry is the one to drop.
      this.operations.delete(key);
      this.operations.set(key, known);
      return known;
    }
    const result = compileQuery(schema, document, operationName ?? undefined);
    const compiled: Compiled = isCompiledQuery(result) ? { kind: 'compiled', query: result.query } : { kind: 'interpreted' };
    this.operations.set(key, compiled);
    if (this.operations.size > this.capacity) {
      const oldest = this.operations.keys().next().value;
      if (oldest !== undefined) this.operations.delete(oldest);
    }
    return compiled;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution has no schema: pass useSchema as GraphQLModule transformSchema.');
    return this.schema;
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}

/**
 * graphql-jit's errors are GraphQLErrors by prototype only: they lack `nodes` and may lack
 * `extensions`, which Apollo's error formatting reads. Rebuilt as graphql-js errors with the same
 * message, locations, path and cause.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map(asGraphQLError) };
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; it kept the
  // locations themselves.
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

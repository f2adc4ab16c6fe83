import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type GraphQLSchema,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
} from 'graphql';

/**
 * Limits checked during GraphQL validation, so an abusive query is refused before any resolver (and
 * so any SQL) runs. Fragments are expanded; introspection fields count like any other.
 */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Largest page a connection may ask for (also validated on the argument itself). */
  maxPageSize: number;
  /** Assumed size of a list field with no `first` argument, for the cost estimate. */
  assumedListSize: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 50_000,
  maxPageSize: 100,
  assumedListSize: 10,
};

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Walks an operation's selections with fragments inlined, guarding against fragment cycles. */
function forEachField(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visit: (field: FieldNode) => void,
  seen: Set<string> = new Set(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) visit(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) forEachField(selection.selectionSet, fragments, visit, seen);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      forEachField(fragment.selectionSet, fragments, visit, new Set([...seen, name]));
    }
  }
}

// Both walks stop one level past the depth cap: deeper queries are refused anyway, and the bound
// keeps cyclic fragments (reported by GraphQL's own rule in the same pass) from recursing forever.
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, cap: number, level = 0): number {
  if (!selectionSet || level > cap) return 0;
  let deepest = 0;
  forEachField(selectionSet, fragments, (field) => {
    deepest = Math.max(deepest, 1 + depthOf(field.selectionSet, fragments, cap, level + 1));
  });
  return deepest;
}

function countAliases(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  cap: number,
  level = 0,
): number {
  if (!selectionSet || level > cap) return 0;
  let count = 0;
  forEachField(selectionSet, fragments, (field) => {
    if (field.alias) count += 1;
    count += countAliases(field.selectionSet, fragments, cap, level + 1);
  });
  return count;
}

function unwrap(type: GraphQLType): { list: boolean } {
  let current = type;
  if (isNonNullType(current)) current = current.ofType;
  return { list: isListType(current) };
}

function integerArgument(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const argument = field.arguments?.find((arg) => arg.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.INT) return Number.parseInt(argument.value.value, 10);
  if (argument.value.kind === Kind.VARIABLE) {
    const value = variables[argument.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Estimated cost: every field costs 1; a connection or list multiplies the cost of what is selected
 * inside it by its page size (`first`, or its default) or by `assumedListSize` for plain lists. The
 * `edges` of a page are its page size already: they are not multiplied a second time.
 */
function costOf(
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLObjectType | GraphQLInterfaceType,
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: RequestLimits,
  budget: number,
  oversized: OversizedPage[],
  paged = false,
): number {
  if (!selectionSet) return 0;
  let total = 0;
  forEachField(selectionSet, fragments, (field) => {
    if (total > budget) return;
    const definition = field.name.value.startsWith('__') ? undefined : parent.getFields()[field.name.value];
    let multiplier = 1;
    let childParent: GraphQLObjectType | GraphQLInterfaceType | undefined;
    if (definition) {
      const firstArg = definition.args.find((arg) => arg.name === 'first');
      const first = firstArg ? (integerArgument(field, 'first', variables) ?? (firstArg.defaultValue as number | undefined) ?? limits.maxPageSize) : undefined;
      if (first !== undefined) {
        if (first > limits.maxPageSize) oversized.push({ field: field.name.value, first });
        multiplier = Math.max(1, Math.min(first, limits.maxPageSize));
      }
      else if (paged && field.name.value === 'edges') multiplier = 1;
      else if (unwrap(definition.type as GraphQLOutputType).list) multiplier = limits.assumedListSize;
      const named = getNamedType(definition.type);
      if (isObjectType(named) || isInterfaceType(named)) childParent = named;
    }
    const inner = childParent
      ? costOf(field.selectionSet, childParent, schema, fragments, variables, limits, budget, oversized, firstOf(definition) !== undefined)
      : 0;
    total += 1 + multiplier * inner;
  });
  return total;
}

function firstOf(definition: { args: ReadonlyArray<{ name: string }> } | undefined): string | undefined {
  return definition?.args.find((arg) => arg.name === 'first')?.name;
}

export function requestLimitRules(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ValidationRule[] {
  const depthRule: ValidationRule = (context): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const depth = depthOf(operation.selectionSet, fragmentsOf(context), limits.maxDepth);
      if (depth > limits.maxDepth) {
        context.reportError(
          limitError('QUERY_TOO_DEEP', `This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`),
        );
      }
    },
  });
  const aliasRule: ValidationRule = (context): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const aliases = countAliases(operation.selectionSet, fragmentsOf(context), limits.maxDepth);
      if (aliases > limits.maxAliases) {
        context.reportError(
          limitError('TOO_MANY_ALIASES', `This query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`),
        );
      }
    },
  });
  return [depthRule, aliasRule];
}

/**
 * The cost rule needs the request's variables, which GraphQL validation rules do not receive, so it is
 * run from an Apollo plugin (see graphql.options.ts) after validation and before execution.
 */
export interface OversizedPage {
  field: string;
  first: number;
}

export interface CostEstimate {
  cost: number;
  /** Connections asked for more than `maxPageSize` items. */
  oversized: OversizedPage[];
}

export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: RequestLimits = DEFAULT_REQUEST_LIMITS,
): CostEstimate {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const oversized: OversizedPage[] = [];
  if (!root) return { cost: 0, oversized };
  const cost = costOf(operation.selectionSet, root, schema, fragments, variables, limits, limits.maxCost, oversized);
  return { cost, oversized };
}

export function pageSizeError(page: OversizedPage, limits: RequestLimits): GraphQLError {
  return limitError('BAD_USER_INPUT', `${page.field}: first must be at most ${limits.maxPageSize} (asked for ${page.first}).`);
}

export function costLimitError(cost: number, limits: RequestLimits): GraphQLError {
  return limitError(
    'QUERY_TOO_COSTLY',
    `This query would cost about ${cost} points; the limit is ${limits.maxCost}. Ask for fewer items or fields.`,
  );
}

import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLType,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type GraphQLSchema,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
} from 'graphql';
// graphql-js's own signal to stop validating (its OverlappingFieldsCanBeMerged rule throws it when
// its work budget runs out); `validate` catches it and returns the errors reported so far.
import { validationAbortedError } from 'graphql/validation/validationAbortedError';

/**
 * Limits on a GraphQL request, checked before any resolver (and so any SQL) runs: the query text's
 * size when the request arrives, its tokens while it is parsed, its shape before graphql-js validates
 * it, and its cost once the operation and its variables are known. Fragments count as if inlined, but
 * each is measured once per document; introspection fields count like any other.
 */
export interface RequestLimits {
  /** Characters of query text (variables travel separately and are not counted). */
  maxQueryLength: number;
  /** Lexical tokens of the query text (graphql-js's parser stops past them). */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  /**
   * The work graphql-js's OverlappingFieldsCanBeMerged validation rule does grows with the square of
   * the number of fields selected under one response name at one place: for each place of the query
   * with its fragments inlined, that number squared, summed. A real query repeats a field a few times
   * at most (a fragment and the query both asking for `id`), so this stays near its field count.
   */
  maxFieldMerges: number;
  /** Selections the checks themselves may visit before refusing the query (bounds their own work). */
  maxVisitedSelections: number;
  maxCost: number;
  /** Largest page a connection may ask for (also validated on the argument itself). */
  maxPageSize: number;
  /** Assumed size of a list field with no `first` argument, for the cost estimate. */
  assumedListSize: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  // The web app's largest document has about 1,300 characters and 150 tokens; the introspection query
  // of the development landing page about 2,100 and 190. Longer text belongs in variables.
  maxQueryLength: 100_000,
  maxTokens: 2_000,
  maxDepth: 10,
  maxAliases: 15,
  // Ten times the web app's largest document (191); graphql-js validates the worst documents at this
  // bound in about 10 ms on a shared core, where unbounded it takes up to half a second (ADR 0015).
  maxFieldMerges: 2_000,
  maxVisitedSelections: 20_000,
  maxCost: 50_000,
  maxPageSize: 100,
  assumedListSize: 10,
};

/** Counters saturate here: repeated fragment spreads multiply, and a trillion is refused as surely. */
const CEILING = 2 ** 40;

function saturated(value: number, ceiling = CEILING): number {
  return value > ceiling ? ceiling : value;
}

/** A client mistake: its code, and HTTP 400 (or `status`) however early in the request it is thrown. */
export function limitError(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Thrown inside a walk when it has visited `maxVisitedSelections`; caught where the walk started. */
class WorkExhausted extends Error {}

class WorkBudget {
  private visited = 0;
  constructor(private readonly max: number) {}

  visit(): void {
    this.visited += 1;
    if (this.visited > this.max) throw new WorkExhausted();
  }
}

/**
 * The fields selected at one place of a query with its fragments inlined, by response name: how many
 * fields answer to that name there, how many of them are aliased, and what is selected below them
 * (merged, the way GraphQL merges fields with one response name).
 */
interface FieldGroup {
  fields: number;
  aliases: number;
  children: Shape | undefined;
}
type Shape = Map<string, FieldGroup>;

export interface OperationMeasure {
  operation: OperationDefinitionNode;
  depth: number;
  aliases: number;
}

export interface DocumentMeasure {
  operations: OperationMeasure[];
  /** See RequestLimits.maxFieldMerges; summed over the operations and the fragment definitions. */
  fieldMerges: number;
  /** False when measuring stopped at `maxVisitedSelections` (the other numbers are then partial). */
  complete: boolean;
}

/**
 * Measures a document once: each fragment's shape is built the first time it is spread and merged
 * wherever it is spread again, so ten spreads of a fragment that itself spreads ten others cost
 * twenty merges of small shapes, not a hundred copies of its fields.
 */
class DocumentShapes {
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly shapes = new Map<string, Shape>();
  /** Fragments being built: spreading one inside itself is a cycle (graphql-js reports it); it adds nothing. */
  private readonly building = new Set<string>();

  constructor(
    document: DocumentNode,
    private readonly budget: WorkBudget,
  ) {
    this.fragments = fragmentsOf(document);
  }

  get fragmentNames(): Iterable<string> {
    return this.fragments.keys();
  }

  operation(operation: OperationDefinitionNode): Shape {
    const shape: Shape = new Map();
    this.add(operation.selectionSet, shape);
    return shape;
  }

  fragment(name: string): Shape | undefined {
    const known = this.shapes.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.building.has(name)) return undefined;
    this.building.add(name);
    const shape: Shape = new Map();
    this.add(definition.selectionSet, shape);
    this.building.delete(name);
    this.shapes.set(name, shape);
    return shape;
  }

  private add(selectionSet: SelectionSetNode, into: Shape): void {
    for (const selection of selectionSet.selections) {
      this.budget.visit();
      if (selection.kind === Kind.FIELD) {
        const group = groupIn(into, (selection.alias ?? selection.name).value);
        group.fields = saturated(group.fields + 1);
        if (selection.alias) group.aliases = saturated(group.aliases + 1);
        if (selection.selectionSet) this.add(selection.selectionSet, (group.children ??= new Map()));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.add(selection.selectionSet, into);
      } else {
        const shape = this.fragment(selection.name.value);
        if (shape) this.merge(shape, into);
      }
    }
  }

  private merge(from: Shape, into: Shape): void {
    for (const [responseName, source] of from) {
      this.budget.visit();
      const group = groupIn(into, responseName);
      group.fields = saturated(group.fields + source.fields);
      group.aliases = saturated(group.aliases + source.aliases);
      if (source.children) this.merge(source.children, (group.children ??= new Map()));
    }
  }
}

function groupIn(shape: Shape, responseName: string): FieldGroup {
  let group = shape.get(responseName);
  if (!group) {
    group = { fields: 0, aliases: 0, children: undefined };
    shape.set(responseName, group);
  }
  return group;
}

interface ShapeSummary {
  depth: number;
  aliases: number;
  fieldMerges: number;
}

function summarize(shape: Shape): ShapeSummary {
  const summary: ShapeSummary = { depth: 0, aliases: 0, fieldMerges: 0 };
  for (const group of shape.values()) {
    summary.aliases = saturated(summary.aliases + group.aliases);
    summary.fieldMerges = saturated(summary.fieldMerges + saturated(group.fields * group.fields));
    const below = group.children ? summarize(group.children) : undefined;
    summary.depth = Math.max(summary.depth, 1 + (below?.depth ?? 0));
    if (below) {
      summary.aliases = saturated(summary.aliases + below.aliases);
      summary.fieldMerges = saturated(summary.fieldMerges + below.fieldMerges);
    }
  }
  return summary;
}

/** Depth and aliases of each operation, and the field merges validation would do; see DocumentShapes. */
export function measureDocument(document: DocumentNode, limits: RequestLimits = DEFAULT_REQUEST_LIMITS): DocumentMeasure {
  const shapes = new DocumentShapes(document, new WorkBudget(limits.maxVisitedSelections));
  const measure: DocumentMeasure = { operations: [], fieldMerges: 0, complete: true };
  try {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const { depth, aliases, fieldMerges } = summarize(shapes.operation(definition));
      measure.operations.push({ operation: definition, depth, aliases });
      measure.fieldMerges = saturated(measure.fieldMerges + fieldMerges);
    }
    // graphql-js also validates each fragment definition on its own.
    for (const name of shapes.fragmentNames) {
      const shape = shapes.fragment(name);
      if (shape) measure.fieldMerges = saturated(measure.fieldMerges + summarize(shape).fieldMerges);
    }
  } catch (error) {
    if (!(error instanceof WorkExhausted)) throw error;
    return { ...measure, complete: false };
  }
  return measure;
}

/**
 * The document's depth, aliases and shape, checked when graphql-js starts validating it (once per
 * document: Apollo keeps validated documents). A document whose fields would take graphql-js's own
 * rules too long to compare stops validation at once, before those rules look at it.
 */
export function requestLimitRules(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ValidationRule[] {
  const shapeRule: ValidationRule = (context): ASTVisitor => ({
    Document(document: DocumentNode) {
      const measure = measureDocument(document, limits);
      for (const { depth, aliases } of measure.operations) {
        if (depth > limits.maxDepth) {
          context.reportError(
            limitError('QUERY_TOO_DEEP', `This query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            limitError('TOO_MANY_ALIASES', `This query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`),
          );
        }
      }
      if (!measure.complete || measure.fieldMerges > limits.maxFieldMerges) {
        context.reportError(measure.complete ? fieldMergesError(measure.fieldMerges, limits) : tooManySelectionsError(limits));
        throw validationAbortedError;
      }
    },
  });
  return [shapeRule];
}

function fieldMergesError(fieldMerges: number, limits: RequestLimits): GraphQLError {
  return limitError(
    'QUERY_TOO_COMPLEX',
    `This query selects the same fields too many times once its fragments are inlined (${fieldMerges < CEILING ? fieldMerges : 'over a trillion'} field merges; the limit is ${limits.maxFieldMerges}). Select each field once.`,
  );
}

export function tooManySelectionsError(limits: RequestLimits): GraphQLError {
  return limitError(
    'QUERY_TOO_COMPLEX',
    `This query has more than ${limits.maxVisitedSelections} selections once its fragments are inlined; the limit is ${limits.maxVisitedSelections}.`,
  );
}

/**
 * The cost rule needs the request's variables, which GraphQL validation rules do not receive, so it is
 * run from an Apollo plugin (see request-checks.ts) after validation and before execution.
 */
export interface OversizedPage {
  field: string;
  first: number;
}

export interface CostEstimate {
  /** At most `maxCost + 1`: the estimate stops counting once over the budget. */
  cost: number;
  /** Connections asked for more than `maxPageSize` items. */
  oversized: OversizedPage[];
  /** False when estimating stopped at `maxVisitedSelections`. */
  complete: boolean;
}

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
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

type CompositeType = GraphQLObjectType | GraphQLInterfaceType;

/**
 * Estimated cost: every field costs 1; a connection or list multiplies the cost of what is selected
 * inside it by its page size (`first`, or its default) or by `assumedListSize` for plain lists. The
 * `edges` of a page are its page size already: they are not multiplied a second time.
 *
 * A fragment's cost depends on where it is spread (inside a page or not) and on the request's
 * variables, so it is memoised per estimate (one request): each fragment is priced once per type and
 * page context, whatever the number of its spreads.
 */
class CostEstimator {
  private readonly budget: number;
  private readonly fragmentCosts = new Map<string, number>();
  private readonly pricing = new Set<string>();
  readonly oversized: OversizedPage[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly limits: RequestLimits,
    private readonly work: WorkBudget,
  ) {
    this.budget = limits.maxCost + 1;
  }

  selections(selectionSet: SelectionSetNode, parent: CompositeType, paged: boolean): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (total >= this.budget) break;
      this.work.visit();
      if (selection.kind === Kind.FIELD) total += this.field(selection, parent, paged);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += this.selections(selection.selectionSet, this.conditionType(selection.typeCondition, parent), paged);
      } else total += this.fragment(selection.name.value, parent, paged);
      total = saturated(total, this.budget);
    }
    return total;
  }

  private fragment(name: string, parent: CompositeType, paged: boolean): number {
    const definition = this.fragments.get(name);
    if (!definition) return 0;
    const type = this.conditionType(definition.typeCondition, parent);
    const key = `${name}\u0000${type.name}\u0000${paged}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    // A cycle (refused by validation before any estimate) adds nothing instead of recursing forever.
    if (this.pricing.has(key)) return 0;
    this.pricing.add(key);
    const cost = this.selections(definition.selectionSet, type, paged);
    this.pricing.delete(key);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private field(field: FieldNode, parent: CompositeType, paged: boolean): number {
    const definition = field.name.value.startsWith('__') ? undefined : parent.getFields()[field.name.value];
    if (!definition) return 1;
    const firstArg = definition.args.find((arg) => arg.name === 'first');
    let multiplier = 1;
    if (firstArg) {
      const first =
        integerArgument(field, 'first', this.variables) ?? (firstArg.defaultValue as number | undefined) ?? this.limits.maxPageSize;
      if (first > this.limits.maxPageSize) this.oversized.push({ field: field.name.value, first });
      multiplier = Math.max(1, Math.min(first, this.limits.maxPageSize));
    } else if (!(paged && field.name.value === 'edges') && isList(definition.type as GraphQLOutputType)) {
      multiplier = this.limits.assumedListSize;
    }
    const named = getNamedType(definition.type);
    const inner =
      field.selectionSet && (isObjectType(named) || isInterfaceType(named))
        ? this.selections(field.selectionSet, named, firstArg !== undefined)
        : 0;
    return saturated(1 + multiplier * inner, this.budget);
  }

  /** Fields of a fragment are those of its type condition; a union's (or an unknown type's) are the parent's. */
  private conditionType(condition: NamedTypeNode | undefined, parent: CompositeType): CompositeType {
    if (!condition) return parent;
    const type = this.schema.getType(condition.name.value);
    return isObjectType(type) || isInterfaceType(type) ? type : parent;
  }
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
  if (!root) return { cost: 0, oversized: [], complete: true };
  const estimator = new CostEstimator(schema, fragments, variables, limits, new WorkBudget(limits.maxVisitedSelections));
  try {
    const cost = estimator.selections(operation.selectionSet, root, false);
    return { cost, oversized: estimator.oversized, complete: true };
  } catch (error) {
    if (!(error instanceof WorkExhausted)) throw error;
    return { cost: limits.maxCost + 1, oversized: estimator.oversized, complete: false };
  }
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

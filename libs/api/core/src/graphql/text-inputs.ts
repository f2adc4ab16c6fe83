import {
  Kind,
  getNamedType,
  isEnumType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { fragmentsOf } from './request-limits';

/**
 * PostgreSQL cannot store the NUL character in text (`invalid byte sequence for encoding "UTF8":
 * 0x00`), so every text a client sends is checked for it before any resolver runs, whatever field it
 * is for: inline in the query or in the variables, however deep in input objects and lists.
 */
const NUL = '\u0000';

/** Where an operation's arguments take text from, found once per parsed operation. */
interface TextSources {
  /** Argument path of the first string literal holding NUL, when one does. */
  literal: string | undefined;
  /** Variables that may hold text, with the argument path each fills. */
  variables: Array<{ name: string; path: string }>;
  /** Variables whose default value holds NUL: they carry it when the request leaves them out. */
  defaultsWithNul: Set<string>;
}

/** Apollo keeps parsed documents, so an operation node is the same object on every request for it. */
const sourcesByOperation = new WeakMap<OperationDefinitionNode, TextSources>();

const NON_TEXT_SCALARS = new Set(['Int', 'Float', 'Boolean']);

/**
 * The argument path (`input.headline`, `input.links.0.url`) of the first text value holding NUL in
 * this operation and these variables, or undefined. Operations whose arguments take no text from
 * variables cost a WeakMap lookup per request.
 */
export function findNulInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | undefined {
  let sources = sourcesByOperation.get(operation);
  if (!sources) {
    sources = textSources(schema, document, operation);
    sourcesByOperation.set(operation, sources);
  }
  if (sources.literal !== undefined) return sources.literal;
  for (const { name, path } of sources.variables) {
    if (!(name in variables)) {
      if (sources.defaultsWithNul.has(name)) return path;
      continue;
    }
    const inner = nulPathIn(variables[name]);
    if (inner !== undefined) return inner ? `${path}.${inner}` : path;
  }
  return undefined;
}

function textSources(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): TextSources {
  const sources: TextSources = { literal: undefined, variables: [], defaultsWithNul: new Set() };
  const textVariables = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    const named = type ? getNamedType(type) : undefined;
    // Numbers, booleans and enum values cannot hold NUL; unknown types were refused by validation.
    if (!named || isEnumType(named) || NON_TEXT_SCALARS.has(named.name)) continue;
    const name = definition.variable.name.value;
    textVariables.add(name);
    if (definition.defaultValue && literalHasNul(definition.defaultValue)) {
      sources.defaultsWithNul.add(name);
    }
  }

  const addValue = (value: ValueNode, path: string): void => {
    if (value.kind === Kind.VARIABLE) {
      if (textVariables.has(value.name.value)) sources.variables.push({ name: value.name.value, path });
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((item, index) => addValue(item, `${path}.${index}`));
    } else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) addValue(field.value, `${path}.${field.name.value}`);
    } else if (value.kind === Kind.STRING && value.value.includes(NUL)) {
      sources.literal ??= path;
    }
  };

  const fragments = fragmentsOf(document);
  const seenFragments = new Set<string>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let selectionSet = pending.pop(); selectionSet; selectionSet = pending.pop()) {
    for (const selection of selectionSet.selections) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) addValue(argument.value, argument.name.value);
      }
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) addValue(argument.value, argument.name.value);
        if (selection.selectionSet) pending.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return sources;
}

function literalHasNul(value: ValueNode): boolean {
  if (value.kind === Kind.STRING) return value.value.includes(NUL);
  if (value.kind === Kind.LIST) return value.values.some(literalHasNul);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => literalHasNul(field.value));
  return false;
}

/**
 * The path inside a variable's JSON value ('' for the value itself) of the first string holding NUL.
 * Iterative: the value is whatever JSON the client sent, nested as deep as it likes.
 */
function nulPathIn(value: unknown): string | undefined {
  const pending: Array<[unknown, string]> = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push([current[index], join(path, String(index))]);
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index] as [string, unknown];
        pending.push([item, join(path, key)]);
      }
    }
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

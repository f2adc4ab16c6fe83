// Test helpers (used by the web libraries' jest specs; tree-shaken out of the app bundle).
import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter } from 'react-router';
import { Provider, type AnyVariables, type Client, type CombinedError, type DocumentInput } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { cssVariablesResolver, theme } from './theme';

export interface MockRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

export interface MockResult {
  data?: unknown;
  error?: CombinedError;
}

/** Answers each query by operation name; `undefined` leaves the query loading forever. */
export type MockResolver = (request: MockRequest) => MockResult | undefined;

function operationName(query: DocumentInput<unknown, AnyVariables>): string {
  if (typeof query === 'string') return query;
  const definition = query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  return definition?.name?.value ?? '';
}

/**
 * A urql client whose `executeQuery` answers synchronously from `resolve` and records every request
 * (wonka sources, as in `executeQuery: () => fromValue(result)`).
 */
export function createMockClient(resolve: MockResolver): Client & { requests: MockRequest[] } {
  const requests: MockRequest[] = [];
  const client = {
    suspense: false,
    requests,
    executeQuery: (request: { query: DocumentInput<unknown, AnyVariables>; variables?: AnyVariables }) => {
      const mockRequest = {
        operationName: operationName(request.query),
        variables: (request.variables ?? {}) as Record<string, unknown>,
      };
      requests.push(mockRequest);
      const result = resolve(mockRequest);
      if (!result) return never;
      // Like the real client, the source stays open after its result: urql clears the error of a
      // completed source.
      return concat([fromValue({ operation: request, stale: false, hasNext: false, ...result }), never]);
    },
    executeMutation: () => never,
    executeSubscription: () => never,
  };
  return client as unknown as Client & { requests: MockRequest[] };
}

/** A request together with the urql context it was sent with (e.g. additionalTypenames). */
export interface MockMutation extends MockRequest {
  context: Record<string, unknown>;
}

/**
 * The mock client (queries answered by `resolve`), plus mutations answered by `mutate` and recorded
 * in `mutations`. `mutate` returning undefined leaves the mutation pending forever.
 */
export function createMockClientWithMutations(
  resolve: MockResolver,
  mutate: MockResolver = () => ({ data: {} }),
): Client & { requests: MockRequest[]; mutations: MockMutation[] } {
  const client = createMockClient(resolve);
  const mutations: MockMutation[] = [];
  const executeMutation = (
    request: { query: DocumentInput<unknown, AnyVariables>; variables?: AnyVariables },
    context: Record<string, unknown> = {},
  ) => {
    const mockRequest = {
      operationName: operationName(request.query),
      variables: (request.variables ?? {}) as Record<string, unknown>,
    };
    mutations.push({ ...mockRequest, context });
    const result = mutate(mockRequest);
    if (!result) return never;
    return fromValue({ operation: request, stale: false, hasNext: false, ...result });
  };
  Object.assign(client, { executeMutation });
  return Object.assign(client, { mutations });
}

export interface TestProvidersProps {
  client: Client;
  /** Initial history entries for the MemoryRouter, e.g. ['/people?name=ann']. */
  initialEntries?: string[];
  /** When false, no router is added (the test brings its own). */
  withRouter?: boolean;
  children: ReactNode;
}

/** Mantine (test env: no transitions, no portals) + urql Provider + MemoryRouter. */
export function TestProviders({
  client,
  initialEntries = ['/'],
  withRouter = true,
  children,
}: TestProvidersProps) {
  const content = (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Provider value={client}>{children}</Provider>
    </MantineProvider>
  );
  return withRouter ? <MemoryRouter initialEntries={initialEntries}>{content}</MemoryRouter> : content;
}

/** Whether a media query such as "(min-width: 48em)" holds at a viewport width (1em = 16px). */
function mediaMatches(query: string, width: number): boolean {
  const conditions = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)(em|px)\)/g)];
  if (conditions.length === 0) return false;
  return conditions.every(([, bound, value = '0', unit]) => {
    const px = Number(value) * (unit === 'em' ? 16 : 1);
    return bound === 'min' ? width >= px : width <= px;
  });
}

/**
 * Makes `window.matchMedia` answer width queries as a viewport `width` px wide would (jsdom has no
 * layout; the jest setup answers "no" to every query, i.e. a phone). Returns a function restoring it.
 */
export function mockViewportWidth(width: number): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      matches: mediaMatches(query, width),
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  return () => {
    window.matchMedia = original;
  };
}

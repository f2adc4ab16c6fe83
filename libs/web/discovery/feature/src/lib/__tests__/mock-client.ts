import { fromValue, never } from 'wonka';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createMockClient, type MockRequest, type MockResolver } from '@ensemble/web/ui';

/** A mutation together with the urql context it was sent with (e.g. additionalTypenames). */
export interface MockMutation extends MockRequest {
  context: Record<string, unknown>;
}

function operationName(query: DocumentNode): string {
  const definition = query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  return definition?.name?.value ?? '';
}

/**
 * The shared mock client (queries answered by `resolve`), plus mutations answered by `mutate` and
 * recorded in `mutations`. `mutate` returning undefined leaves the mutation pending forever.
 */
export function createClient(resolve: MockResolver, mutate: MockResolver = () => ({ data: {} })) {
  const client = createMockClient(resolve);
  const mutations: MockMutation[] = [];
  const executeMutation = (
    request: { query: DocumentNode; variables?: Record<string, unknown> },
    context: Record<string, unknown> = {},
  ) => {
    const mockRequest = { operationName: operationName(request.query), variables: request.variables ?? {} };
    mutations.push({ ...mockRequest, context });
    const result = mutate(mockRequest);
    if (!result) return never;
    return fromValue({ operation: request, stale: false, hasNext: false, ...result });
  };
  Object.assign(client, { executeMutation });
  return Object.assign(client, { mutations });
}

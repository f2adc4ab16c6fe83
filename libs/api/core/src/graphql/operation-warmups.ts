import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { Request } from 'express';

/**
 * Work a root field is sure to need, started as soon as its operation is about to execute instead of
 * after the access guard's session lookup: both statements then run at the same time. Domain modules
 * register a warm-up per root field (the people index's catch-up read for searchPeople). It starts only
 * for operations that passed validation and the cost limits (executionDidStart) and that carry a cookie
 * (without one no request can be signed in), so a refused or anonymous request still costs no SQL; a
 * warm-up must be cheap and shared (one catch-up read serves every request waiting for it).
 */
export class OperationWarmups {
  private readonly byRootField = new Map<string, () => void>();

  register(rootField: string, warm: () => void): void {
    if (this.byRootField.has(rootField)) throw new Error(`a warm-up for ${rootField} is already registered`);
    this.byRootField.set(rootField, warm);
  }

  /** Starts the warm-ups of these root fields (each at most once). */
  warm(rootFields: Iterable<string>): void {
    for (const field of new Set(rootFields)) this.byRootField.get(field)?.();
  }

  plugin(): ApolloServerPlugin<{ req: Request }> {
    return {
      requestDidStart: async () => ({
        executionDidStart: async ({ operation, contextValue }) => {
          // No operation: the document has several and the request named none of them (or an unknown
          // one); Apollo answers OPERATION_RESOLUTION_FAILURE.
          if (!operation || !this.byRootField.size || !contextValue.req.headers.cookie) return;
          const fields: string[] = [];
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind === Kind.FIELD) fields.push(selection.name.value);
          }
          this.warm(fields);
        },
      }),
    };
  }
}

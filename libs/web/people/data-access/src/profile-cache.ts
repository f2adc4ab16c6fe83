import type { OperationContext } from 'urql';

/**
 * urql's document cache refetches the queries whose results hold a typename that a mutation returns.
 * Mutations answering with a Boolean (or with a type a page may not hold yet, such as the first
 * PersonSkill of a profile) name the typenames they change here, so every open profile refreshes.
 */
export const PROFILE_CHANGED: Partial<OperationContext> = {
  additionalTypenames: ['Person', 'PersonSkill', 'Endorsement'],
};

import { useCallback } from 'react';
import { useMutation, type AnyVariables, type DocumentInput } from 'urql';

/**
 * urql's document cache refetches a query when a mutation returns a type the query contains. Lists
 * that may be empty (no typename to match) and Boolean results (leaveProject, removeProjectRole) name
 * none, so every project query and mutation carries these typenames: any change to projects refreshes
 * what the pages show. Defined once so the object is stable across renders.
 */
export const PROJECTS_CONTEXT = {
  additionalTypenames: [
    'Project',
    'ProjectRole',
    'ProjectMember',
    'ProjectApplication',
    'ProjectInvitation',
    'WaitlistEntry',
    'RoleRecommendation',
  ],
};

/**
 * A project mutation as `[state, run]`: `run(variables)` sends it with PROJECTS_CONTEXT, so every
 * project query on show refreshes after it.
 */
export function useProjectsMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
) {
  const [state, execute] = useMutation<Data, Variables>(document);
  const run = useCallback((variables: Variables) => execute(variables, PROJECTS_CONTEXT), [execute]);
  return [state, run] as const;
}

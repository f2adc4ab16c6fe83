import { useCallback } from 'react';
import { useMutation } from 'urql';
import {
  graphql,
  type DeleteSavedSearchMutationVariables,
  type SaveSearchMutationVariables,
} from '@ensemble/web/graphql';
import { SAVED_SEARCH_CONTEXT } from './saved-searches.query';

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      ...SavedSearchFields
    }
  }
`);

export const SetSavedSearchAlertsMutation = graphql(`
  mutation SetSavedSearchAlerts($id: ID!, $alerts: Boolean!) {
    setSavedSearchAlerts(id: $id, alerts: $alerts) {
      id
      alerts
      tooBroad
      matchCount
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

/** Saves a search (it runs once, as a check); SAVED_SEARCH_LIMIT when I already have the most I may keep. */
export function useSaveSearch() {
  const [state, execute] = useMutation(SaveSearchMutation);
  const save = useCallback(
    (variables: SaveSearchMutationVariables) => execute(variables, SAVED_SEARCH_CONTEXT),
    [execute],
  );
  return [state, save] as const;
}

/** Turns a saved search's alerts on or off (the result updates the cached list). */
export function useSetSavedSearchAlerts() {
  return useMutation(SetSavedSearchAlertsMutation);
}

/** Deletes a saved search; the list refetches (the Boolean result names no type, hence the context). */
export function useDeleteSavedSearch() {
  const [state, execute] = useMutation(DeleteSavedSearchMutation);
  const remove = useCallback(
    (variables: DeleteSavedSearchMutationVariables) => execute(variables, SAVED_SEARCH_CONTEXT),
    [execute],
  );
  return [state, remove] as const;
}

import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type SetMyFieldVisibilityMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const SetMyFieldVisibilityMutation = graphql(`
  mutation SetMyFieldVisibility($field: ProfileField!, $visibility: FieldVisibility!) {
    setMyFieldVisibility(field: $field, visibility: $visibility) {
      id
      myFieldVisibility {
        field
        visibility
      }
    }
  }
`);

/** Sets who may see one of my profile fields. */
export function useSetMyFieldVisibility() {
  const [state, execute] = useMutation(SetMyFieldVisibilityMutation);
  const setVisibility = useCallback(
    (variables: SetMyFieldVisibilityMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, setVisibility] as const;
}

import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type UpdateMyProfileMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      headline
      bio
      location
      timeZone
      spokenLanguages {
        language
        proficiency
      }
      links {
        label
        url
      }
      hoursPerWeekAvailable
      openToProjects
      passions
      askMeAbout
    }
  }
`);

/** Saves profile fields; fields left out of the input stay as they are, null clears one. */
export function useUpdateMyProfile() {
  const [state, execute] = useMutation(UpdateMyProfileMutation);
  const update = useCallback(
    (variables: UpdateMyProfileMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, update] as const;
}

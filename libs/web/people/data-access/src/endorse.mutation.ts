import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type EndorseMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const EndorseMutation = graphql(`
  mutation Endorse($input: EndorseInput!) {
    endorse(input: $input) {
      id
      personId
      skillId
      note
      createdAt
    }
  }
`);

/** Endorses a colleague's skill (ENDORSE_SELF, SKILL_NOT_ON_PROFILE, EVIDENCE_NOT_FOUND). */
export function useEndorse() {
  const [state, execute] = useMutation(EndorseMutation);
  const endorse = useCallback(
    (variables: EndorseMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, endorse] as const;
}

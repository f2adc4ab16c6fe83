import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type WithdrawEndorsementMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const WithdrawEndorsementMutation = graphql(`
  mutation WithdrawEndorsement($personId: ID!, $skillId: ID!) {
    withdrawEndorsement(personId: $personId, skillId: $skillId)
  }
`);

/** Withdraws my endorsement of a colleague's skill. */
export function useWithdrawEndorsement() {
  const [state, execute] = useMutation(WithdrawEndorsementMutation);
  const withdraw = useCallback(
    (variables: WithdrawEndorsementMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, withdraw] as const;
}

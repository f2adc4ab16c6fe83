import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type SetMySkillInterestMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const SetMySkillInterestMutation = graphql(`
  mutation SetMySkillInterest($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {
    setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) {
      ...PersonSkillDetails
    }
  }
`);

/**
 * Sets my interest in a skill and whether I want to grow in it, keeping any level: a skill I do not
 * have becomes interest only. Answers null when an interest-only skill is left with no interest.
 */
export function useSetMySkillInterest() {
  const [state, execute] = useMutation(SetMySkillInterestMutation);
  const setInterest = useCallback(
    (variables: SetMySkillInterestMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, setInterest] as const;
}

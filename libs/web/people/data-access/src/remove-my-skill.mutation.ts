import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type RemoveMySkillMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const RemoveMySkillMutation = graphql(`
  mutation RemoveMySkill($skillId: ID!) {
    removeMySkill(skillId: $skillId)
  }
`);

/** Removes a skill from my profile, with its endorsements. */
export function useRemoveMySkill() {
  const [state, execute] = useMutation(RemoveMySkillMutation);
  const remove = useCallback(
    (variables: RemoveMySkillMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, remove] as const;
}

import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql, type SetMySkillMutationVariables } from '@ensemble/web/graphql';
import { PROFILE_CHANGED } from './profile-cache';

export const SetMySkillMutation = graphql(`
  mutation SetMySkill($input: SetMySkillInput!) {
    setMySkill(input: $input) {
      ...PersonSkillDetails
    }
  }
`);

/** Adds a skill to my profile with a level, or updates one I have (SKILL_NOT_FOUND, SKILL_RETIRED). */
export function useSetMySkill() {
  const [state, execute] = useMutation(SetMySkillMutation);
  const setSkill = useCallback(
    (variables: SetMySkillMutationVariables) => execute(variables, PROFILE_CHANGED),
    [execute],
  );
  return [state, setSkill] as const;
}

import { useCallback } from 'react';
import { useMutation, type OperationContext } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const AddMySkillMutation = graphql(`
  mutation AddMySkill($input: SetMySkillInput!) {
    setMySkill(input: $input) {
      level
      interest
      skill {
        id
      }
    }
  }
`);

/** Open profiles and skill pages (holder counts) refresh after the change. */
const SKILL_ADDED: Partial<OperationContext> = { additionalTypenames: ['Person', 'PersonSkill', 'Skill'] };

/**
 * Puts a skill on my profile at a level (1–5), keeping any interest I noted in it (setMySkill).
 * Errors: SKILL_NOT_FOUND, SKILL_RETIRED, BAD_USER_INPUT.
 */
export function useAddMySkill() {
  const [state, execute] = useMutation(AddMySkillMutation);
  const add = useCallback(
    (skillId: string, level: number) => execute({ input: { skillId, level } }, SKILL_ADDED),
    [execute],
  );
  return [state, add] as const;
}

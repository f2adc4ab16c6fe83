import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const MySkillsOnProfileQuery = graphql(`
  query MySkillsOnProfile {
    viewer {
      id
      skills {
        level
        interest
        skill {
          id
        }
      }
    }
  }
`);

/** How a skill is on my profile: with a level (1–5), or as an interest only (level null). */
export interface MySkillHolding {
  level: number | null;
}

/**
 * Whether the signed-in person holds a skill: `holding` is undefined while loading, null when the skill
 * is not on their profile. Refreshed when a profile mutation names Person or PersonSkill.
 */
export function useMySkill(skillId: string) {
  const [result, reexecute] = useQuery({ query: MySkillsOnProfileQuery, requestPolicy: 'cache-and-network' });
  const skills = result.data?.viewer.skills;
  const found = skills?.find((entry) => entry.skill.id === skillId);
  const holding: MySkillHolding | null | undefined = skills
    ? found
      ? { level: found.level ?? null }
      : null
    : undefined;
  return {
    holding,
    error: skills ? undefined : result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

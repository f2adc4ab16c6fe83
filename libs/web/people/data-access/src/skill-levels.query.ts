import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const SkillLevelsQuery = graphql(`
  query SkillLevels {
    skillLevels {
      level
      name
      description
    }
    interestLevels {
      interest
      name
      description
    }
  }
`);

/** The five skill levels and four interest levels, in words (they never change while the app runs). */
export function useSkillLevels() {
  return useQuery({ query: SkillLevelsQuery, requestPolicy: 'cache-first' });
}

import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const SkillQuery = graphql(`
  query Skill($id: ID!) {
    skill(id: $id) {
      id
      name
      category
      description
      externalUri
      source
      status
      aliases
      parent {
        id
        name
      }
      children {
        id
        name
      }
      mergedInto {
        id
        name
      }
      levelDistribution {
        level
        name
        count
      }
      interestOnlyCount
    }
  }
`);

/**
 * A skill's page: what it is, where it sits in the taxonomy and how many people hold it at each level.
 * Errors with NOT_FOUND (or BAD_USER_INPUT for a malformed id) when there is no such skill.
 */
export function useSkill(id: string) {
  return useQuery({ query: SkillQuery, variables: { id }, requestPolicy: 'cache-and-network' });
}

import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const SkillNameQuery = graphql(`
  query SkillName($id: ID!) {
    skill(id: $id) {
      id
      name
      status
    }
  }
`);

/** A skill's name, for a skill filter that came from the URL (which holds only its id). */
export function useSkillName(id: string) {
  return useQuery({ query: SkillNameQuery, variables: { id }, requestPolicy: 'cache-first' });
}

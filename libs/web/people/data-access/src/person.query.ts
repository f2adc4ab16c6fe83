import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonProfile
    }
    viewer {
      id
    }
  }
`);

/**
 * One person's page, and who is looking (endorsing is for colleagues, never oneself). Errors with
 * NOT_FOUND (or BAD_USER_INPUT for a malformed id) when absent.
 */
export function usePerson(id: string) {
  return useQuery({ query: PersonQuery, variables: { id }, requestPolicy: 'cache-and-network' });
}

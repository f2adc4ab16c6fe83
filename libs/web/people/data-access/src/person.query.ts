import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonProfile
    }
  }
`);

/** One person's page. Errors with NOT_FOUND (or BAD_USER_INPUT for a malformed id) when absent. */
export function usePerson(id: string) {
  return useQuery({ query: PersonQuery, variables: { id }, requestPolicy: 'cache-and-network' });
}

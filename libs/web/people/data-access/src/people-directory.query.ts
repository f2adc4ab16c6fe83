import { useQuery } from 'urql';
import { graphql, type PeopleDirectoryQueryVariables } from '@ensemble/web/graphql';

export const PEOPLE_PAGE_SIZE = 20;

export const PeopleDirectoryQuery = graphql(`
  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PersonSummary
        }
      }
    }
  }
`);

/** A page of the directory, sorted by family then given name; `after` is the previous page's endCursor. */
export function usePeopleDirectory(variables: PeopleDirectoryQueryVariables) {
  return useQuery({ query: PeopleDirectoryQuery, variables, requestPolicy: 'cache-and-network' });
}

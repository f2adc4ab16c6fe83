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

export const PERSON_SUGGESTIONS_SHOWN = 8;

/**
 * Autocomplete for a person picker: active colleagues whose name contains the (debounced) text, in
 * name order. Nothing is asked for while it is blank.
 */
export function usePersonSuggestions(search: string) {
  const name = search.trim().slice(0, 200);
  return useQuery({
    query: PeopleDirectoryQuery,
    variables: { first: PERSON_SUGGESTIONS_SHOWN, filter: { name } },
    pause: name.length === 0,
    requestPolicy: 'cache-first',
  });
}

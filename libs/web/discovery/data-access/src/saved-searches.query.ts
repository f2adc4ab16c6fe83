import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const MySavedSearchesQuery = graphql(`
  query MySavedSearches {
    mySavedSearches {
      ...SavedSearchFields
    }
  }

  fragment SavedSearchFields on SavedSearch {
    id
    name
    alerts
    tooBroad
    matchCount
    createdAt
    lastCheckedAt
    criteria {
      query
      skills {
        skillId
        minLevel
      }
      passions
      departmentIds
      location
      minHoursPerWeek
      openToProjects
    }
  }
`);

/**
 * Saved searches are invalidated by typename: listing it here makes an empty list refetch too after
 * saving or deleting (whose Boolean result names no type).
 */
export const SAVED_SEARCH_CONTEXT = { additionalTypenames: ['SavedSearch'] };

/** My saved searches, oldest first. */
export function useMySavedSearches() {
  return useQuery({
    query: MySavedSearchesQuery,
    requestPolicy: 'cache-and-network',
    context: SAVED_SEARCH_CONTEXT,
  });
}

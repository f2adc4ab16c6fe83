import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const MyConsentRequestsQuery = graphql(`
  query MyConsentRequests {
    myConsentRequests {
      ...ApplicationFields
    }
  }
`);

/** My reports' applications waiting for my consent, soonest deadline first. */
export function useMyConsentRequests() {
  return useQuery({
    query: MyConsentRequestsQuery,
    requestPolicy: 'cache-and-network',
    context: PROJECTS_CONTEXT,
  });
}

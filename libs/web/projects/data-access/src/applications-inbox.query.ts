import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const ApplicationsInboxQuery = graphql(`
  query ApplicationsInbox {
    applicationsInbox {
      ...ApplicationFields
    }
  }
`);

/** Pending applications to projects I own or co-lead, oldest first. */
export function useApplicationsInbox(pause = false) {
  return useQuery({
    query: ApplicationsInboxQuery,
    pause,
    requestPolicy: 'cache-and-network',
    context: PROJECTS_CONTEXT,
  });
}

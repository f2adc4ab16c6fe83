import { useQuery } from 'urql';
import { graphql, type ProjectsFilterInput } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const PROJECTS_PAGE_SIZE = 20;

export const ProjectsQuery = graphql(`
  query Projects($filter: ProjectsFilterInput, $first: Int!, $after: String) {
    projects(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ProjectCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of the marketplace: projects I may see, newest first, filtered. */
export function useProjects(filter: ProjectsFilterInput, after: string | null = null) {
  return useQuery({
    query: ProjectsQuery,
    variables: { filter, first: PROJECTS_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
    context: PROJECTS_CONTEXT,
  });
}

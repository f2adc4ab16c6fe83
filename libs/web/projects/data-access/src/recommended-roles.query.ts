import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const RECOMMENDED_ROLES_SHOWN = 6;

export const RecommendedRolesQuery = graphql(`
  query RecommendedRoles($first: Int!) {
    recommendedRoles(first: $first) {
      projectId
      projectTitle
      roleId
      roleTitle
      score
      coverage
      seatsLeft
      hoursNeeded
      freeHours
      activeProjects
      skills {
        ...RoleSkillFit
      }
    }
  }
`);

/** Open roles recommended to me, best first, with the per-skill reasons. */
export function useRecommendedRoles(first = RECOMMENDED_ROLES_SHOWN) {
  return useQuery({
    query: RecommendedRolesQuery,
    variables: { first },
    requestPolicy: 'cache-and-network',
    context: PROJECTS_CONTEXT,
  });
}

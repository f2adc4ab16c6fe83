import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const CANDIDATES_SHOWN = 5;

export const CandidatesForRoleQuery = graphql(`
  query CandidatesForRole($roleId: ID!, $first: Int!) {
    candidatesForRole(roleId: $roleId, first: $first) {
      score
      coverage
      freeHours
      hoursNeeded
      activeProjects
      person {
        ...PersonSummary
      }
      skills {
        ...RoleSkillFit
      }
    }
  }
`);

/** People for a role, best first, with the reasons (owner, co-leads, HR and admins). */
export function useCandidatesForRole(roleId: string, pause = false, first = CANDIDATES_SHOWN) {
  return useQuery({
    query: CandidatesForRoleQuery,
    variables: { roleId, first },
    pause,
    requestPolicy: 'cache-and-network',
  });
}

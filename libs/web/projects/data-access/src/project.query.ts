import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      id
      title
      summary
      description
      goals
      status
      startsOn
      endsOn
      hoursPerWeek
      location
      remote
      visibility
      departmentName
      createdAt
      completedAt
      viewerIsLead
      viewerRoleId
      pastEnd
      owner {
        ...PersonSummary
      }
      leads {
        ...PersonSummary
      }
      roles {
        ...ProjectRoleFields
      }
      teamCoverage {
        coveredCount
        gapCount
        skills {
          skillId
          skillName
          minLevel
          mustHave
          covered
          coveredBy {
            level
            person {
              id
              displayName
            }
          }
        }
      }
    }
    viewer {
      id
    }
    myApplications {
      id
      status
      roleId
      projectId
      declineReason
    }
    myWaitlist {
      id
      status
      position
      roleId
      projectId
      offerExpiresAt
    }
  }
`);

/** One project I may see, with my applications and waitlist places (to know what I may do); PROJECT_NOT_FOUND (or BAD_USER_INPUT for a malformed id) otherwise. */
export function useProject(id: string) {
  return useQuery({
    query: ProjectQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
    context: PROJECTS_CONTEXT,
  });
}

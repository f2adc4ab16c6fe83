import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const MyProjectsQuery = graphql(`
  query MyProjects {
    myProjects {
      owned {
        ...ProjectCardFields
      }
      leading {
        ...ProjectCardFields
      }
      member {
        ...ProjectCardFields
      }
    }
    myInvitations {
      id
      status
      message
      createdAt
      projectId
      invitedBy {
        id
        displayName
      }
      role {
        id
        title
        seatsLeft
      }
      project {
        id
        title
      }
    }
    myApplications {
      ...ApplicationFields
    }
    myWaitlist {
      id
      status
      position
      offerExpiresAt
      projectId
      roleId
      role {
        id
        title
      }
      project {
        id
        title
      }
    }
  }
`);

/** The projects I am involved in, my applications, the invitations waiting for my answer and my waitlist places. */
export function useMyProjects() {
  return useQuery({ query: MyProjectsQuery, requestPolicy: 'cache-and-network', context: PROJECTS_CONTEXT });
}

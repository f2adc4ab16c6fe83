import { graphql } from '@ensemble/web/graphql';
import { useProjectsMutation } from './projects-cache';

export const AddProjectLeadMutation = graphql(`
  mutation AddProjectLead($projectId: ID!, $personId: ID!) {
    addProjectLead(projectId: $projectId, personId: $personId) {
      id
      leads {
        id
      }
    }
  }
`);

export const RemoveProjectLeadMutation = graphql(`
  mutation RemoveProjectLead($projectId: ID!, $personId: ID!) {
    removeProjectLead(projectId: $projectId, personId: $personId)
  }
`);

/** Makes a colleague a co-lead (owner and co-leads). NOT_PROJECT_LEAD, PROJECT_CLOSED, PERSON_NOT_FOUND. */
export function useAddProjectLead() {
  return useProjectsMutation(AddProjectLeadMutation);
}

/** Removes a co-lead (owner and co-leads); false when they were not one. NOT_PROJECT_LEAD. */
export function useRemoveProjectLead() {
  return useProjectsMutation(RemoveProjectLeadMutation);
}

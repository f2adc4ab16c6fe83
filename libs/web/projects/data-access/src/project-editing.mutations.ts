import { graphql } from '@ensemble/web/graphql';
import { useProjectsMutation } from './projects-cache';

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      title
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($projectId: ID!, $input: UpdateProjectInput!) {
    updateProject(projectId: $projectId, input: $input) {
      id
      title
    }
  }
`);

export const ChangeProjectStatusMutation = graphql(`
  mutation ChangeProjectStatus($projectId: ID!, $status: ProjectStatus!) {
    changeProjectStatus(projectId: $projectId, status: $status) {
      id
      status
    }
  }
`);

export const AddProjectRoleMutation = graphql(`
  mutation AddProjectRole($projectId: ID!, $input: ProjectRoleInput!) {
    addProjectRole(projectId: $projectId, input: $input) {
      id
    }
  }
`);

export const UpdateProjectRoleMutation = graphql(`
  mutation UpdateProjectRole($roleId: ID!, $input: UpdateProjectRoleInput!) {
    updateProjectRole(roleId: $roleId, input: $input) {
      id
    }
  }
`);

export const RemoveProjectRoleMutation = graphql(`
  mutation RemoveProjectRole($roleId: ID!) {
    removeProjectRole(roleId: $roleId)
  }
`);

/** Proposes a project with its roles. BAD_USER_INPUT (with per-field details), SKILL_NOT_FOUND, SKILL_RETIRED. */
export function useCreateProject() {
  return useProjectsMutation(CreateProjectMutation);
}

/** Changes a project's details. NOT_PROJECT_LEAD, PROJECT_CLOSED, BAD_USER_INPUT. */
export function useUpdateProject() {
  return useProjectsMutation(UpdateProjectMutation);
}

/** Moves the project along its lifecycle. INVALID_STATUS_TRANSITION, NOT_PROJECT_LEAD. */
export function useChangeProjectStatus() {
  return useProjectsMutation(ChangeProjectStatusMutation);
}

/** Adds a role to an existing project. */
export function useAddProjectRole() {
  return useProjectsMutation(AddProjectRoleMutation);
}

/** Changes a role; skills, when given, replace them all. SEATS_BELOW_TAKEN. */
export function useUpdateProjectRole() {
  return useProjectsMutation(UpdateProjectRoleMutation);
}

/** Removes a role nobody has held. ROLE_HAS_MEMBERS. */
export function useRemoveProjectRole() {
  return useProjectsMutation(RemoveProjectRoleMutation);
}

import { useCallback } from 'react';
import { useMutation } from 'urql';
import {
  graphql,
  type AddProjectRoleMutationVariables,
  type ChangeProjectStatusMutationVariables,
  type CreateProjectMutationVariables,
  type RemoveProjectRoleMutationVariables,
  type UpdateProjectMutationVariables,
  type UpdateProjectRoleMutationVariables,
} from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

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
  const [state, execute] = useMutation(CreateProjectMutation);
  const run = useCallback(
    (variables: CreateProjectMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Changes a project's details. NOT_PROJECT_LEAD, PROJECT_CLOSED, BAD_USER_INPUT. */
export function useUpdateProject() {
  const [state, execute] = useMutation(UpdateProjectMutation);
  const run = useCallback(
    (variables: UpdateProjectMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Moves the project along its lifecycle. INVALID_STATUS_TRANSITION, NOT_PROJECT_LEAD. */
export function useChangeProjectStatus() {
  const [state, execute] = useMutation(ChangeProjectStatusMutation);
  const run = useCallback(
    (variables: ChangeProjectStatusMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Adds a role to an existing project. */
export function useAddProjectRole() {
  const [state, execute] = useMutation(AddProjectRoleMutation);
  const run = useCallback(
    (variables: AddProjectRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Changes a role; skills, when given, replace them all. SEATS_BELOW_TAKEN. */
export function useUpdateProjectRole() {
  const [state, execute] = useMutation(UpdateProjectRoleMutation);
  const run = useCallback(
    (variables: UpdateProjectRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Removes a role nobody has held. ROLE_HAS_MEMBERS. */
export function useRemoveProjectRole() {
  const [state, execute] = useMutation(RemoveProjectRoleMutation);
  const run = useCallback(
    (variables: RemoveProjectRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

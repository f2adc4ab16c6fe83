import { useCallback } from 'react';
import { useMutation } from 'urql';
import {
  graphql,
  type AcceptWaitlistOfferMutationVariables,
  type ApplyToRoleMutationVariables,
  type JoinRoleMutationVariables,
  type JoinWaitlistMutationVariables,
  type LeaveProjectMutationVariables,
  type LeaveWaitlistMutationVariables,
  type WithdrawApplicationMutationVariables,
} from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const JoinRoleMutation = graphql(`
  mutation JoinRole($roleId: ID!) {
    joinRole(roleId: $roleId) {
      id
      roleId
      projectId
    }
  }
`);

export const ApplyToRoleMutation = graphql(`
  mutation ApplyToRole($roleId: ID!, $message: String) {
    applyToRole(roleId: $roleId, message: $message) {
      id
      status
      roleId
      projectId
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
    }
  }
`);

export const LeaveProjectMutation = graphql(`
  mutation LeaveProject($projectId: ID!) {
    leaveProject(projectId: $projectId)
  }
`);

export const JoinWaitlistMutation = graphql(`
  mutation JoinWaitlist($roleId: ID!) {
    joinWaitlist(roleId: $roleId) {
      id
      status
      position
      roleId
    }
  }
`);

export const LeaveWaitlistMutation = graphql(`
  mutation LeaveWaitlist($roleId: ID!) {
    leaveWaitlist(roleId: $roleId)
  }
`);

export const AcceptWaitlistOfferMutation = graphql(`
  mutation AcceptWaitlistOffer($roleId: ID!) {
    acceptWaitlistOffer(roleId: $roleId) {
      id
      roleId
      projectId
    }
  }
`);

/** Joins an open role at once. ROLE_FULL, APPLICATION_REQUIRED, ALREADY_MEMBER, PROJECT_CLOSED. */
export function useJoinRole() {
  const [state, execute] = useMutation(JoinRoleMutation);
  const run = useCallback(
    (variables: JoinRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Applies to a role filled by application. ROLE_IS_OPEN, APPLICATION_PENDING, ALREADY_MEMBER, PROJECT_CLOSED. */
export function useApplyToRole() {
  const [state, execute] = useMutation(ApplyToRoleMutation);
  const run = useCallback(
    (variables: ApplyToRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Withdraws my pending application. APPLICATION_ALREADY_DECIDED. */
export function useWithdrawApplication() {
  const [state, execute] = useMutation(WithdrawApplicationMutation);
  const run = useCallback(
    (variables: WithdrawApplicationMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Leaves the project. NOT_MEMBER, PROJECT_CLOSED. */
export function useLeaveProject() {
  const [state, execute] = useMutation(LeaveProjectMutation);
  const run = useCallback(
    (variables: LeaveProjectMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Queues for a full open role. ROLE_NOT_FULL, WAITLIST_NOT_AVAILABLE. */
export function useJoinWaitlist() {
  const [state, execute] = useMutation(JoinWaitlistMutation);
  const run = useCallback(
    (variables: JoinWaitlistMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Leaves a waitlist (declining a seat held for me). */
export function useLeaveWaitlist() {
  const [state, execute] = useMutation(LeaveWaitlistMutation);
  const run = useCallback(
    (variables: LeaveWaitlistMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Takes the seat the waitlist offers me. NO_WAITLIST_OFFER. */
export function useAcceptWaitlistOffer() {
  const [state, execute] = useMutation(AcceptWaitlistOfferMutation);
  const run = useCallback(
    (variables: AcceptWaitlistOfferMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

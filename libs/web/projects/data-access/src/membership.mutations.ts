import { graphql } from '@ensemble/web/graphql';
import { useProjectsMutation } from './projects-cache';

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

export const RemoveProjectMemberMutation = graphql(`
  mutation RemoveProjectMember($projectId: ID!, $personId: ID!, $reason: String!) {
    removeProjectMember(projectId: $projectId, personId: $personId, reason: $reason)
  }
`);

/** Removes a member, saying why (owner and co-leads). NOT_PROJECT_LEAD, NOT_MEMBER, BAD_USER_INPUT. */
export function useRemoveProjectMember() {
  return useProjectsMutation(RemoveProjectMemberMutation);
}

/** Joins an open role at once. ROLE_FULL, APPLICATION_REQUIRED, MUST_HAVE_SKILLS_MISSING, OWN_PROJECT, ALREADY_MEMBER, PROJECT_CLOSED. */
export function useJoinRole() {
  return useProjectsMutation(JoinRoleMutation);
}

/** Applies to a role filled by application. ROLE_IS_OPEN, APPLICATION_PENDING, ALREADY_MEMBER, PROJECT_CLOSED. */
export function useApplyToRole() {
  return useProjectsMutation(ApplyToRoleMutation);
}

/** Withdraws my pending application. APPLICATION_ALREADY_DECIDED. */
export function useWithdrawApplication() {
  return useProjectsMutation(WithdrawApplicationMutation);
}

/** Leaves the project. NOT_MEMBER, PROJECT_CLOSED. */
export function useLeaveProject() {
  return useProjectsMutation(LeaveProjectMutation);
}

/** Queues for a full open role. ROLE_NOT_FULL, WAITLIST_NOT_AVAILABLE. */
export function useJoinWaitlist() {
  return useProjectsMutation(JoinWaitlistMutation);
}

/** Leaves a waitlist (declining a seat held for me). */
export function useLeaveWaitlist() {
  return useProjectsMutation(LeaveWaitlistMutation);
}

/** Takes the seat the waitlist offers me. NO_WAITLIST_OFFER. */
export function useAcceptWaitlistOffer() {
  return useProjectsMutation(AcceptWaitlistOfferMutation);
}

import { useCallback } from 'react';
import { useMutation } from 'urql';
import {
  graphql,
  type DecideApplicationMutationVariables,
  type InviteToRoleMutationVariables,
  type RespondToInvitationMutationVariables,
} from '@ensemble/web/graphql';
import { PROJECTS_CONTEXT } from './projects-cache';

export const DecideApplicationMutation = graphql(`
  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {
    decideApplication(id: $id, accept: $accept, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);

export const InviteToRoleMutation = graphql(`
  mutation InviteToRole($roleId: ID!, $personId: ID!, $message: String) {
    inviteToRole(roleId: $roleId, personId: $personId, message: $message) {
      id
      status
      personId
      roleId
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($id: ID!, $accept: Boolean!, $reason: String) {
    respondToInvitation(id: $id, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

/** Accepts or declines (with a reason) a pending application. APPLICATION_ALREADY_DECIDED, CONSENT_PENDING, ROLE_FULL. */
export function useDecideApplication() {
  const [state, execute] = useMutation(DecideApplicationMutation);
  const run = useCallback(
    (variables: DecideApplicationMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Invites a colleague to a role; inviting again returns the pending invitation. */
export function useInviteToRole() {
  const [state, execute] = useMutation(InviteToRoleMutation);
  const run = useCallback(
    (variables: InviteToRoleMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

/** Accepts (taking a seat) or declines an invitation. INVITATION_ALREADY_ANSWERED, ROLE_FULL. */
export function useRespondToInvitation() {
  const [state, execute] = useMutation(RespondToInvitationMutation);
  const run = useCallback(
    (variables: RespondToInvitationMutationVariables) => execute(variables, PROJECTS_CONTEXT),
    [execute],
  );
  return [state, run] as const;
}

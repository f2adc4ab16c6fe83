import { graphql } from '@ensemble/web/graphql';
import { useProjectsMutation } from './projects-cache';

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

export const DecideManagerConsentMutation = graphql(`
  mutation DecideManagerConsent($applicationId: ID!, $approve: Boolean!) {
    decideManagerConsent(applicationId: $applicationId, approve: $approve) {
      id
      status
      consentStatus
    }
  }
`);

/** Accepts or declines (with a reason) a pending application. APPLICATION_ALREADY_DECIDED, CONSENT_PENDING, ROLE_FULL. */
export function useDecideApplication() {
  return useProjectsMutation(DecideApplicationMutation);
}

/** Invites a colleague to a role; inviting again returns the pending invitation. */
export function useInviteToRole() {
  return useProjectsMutation(InviteToRoleMutation);
}

/** Accepts (taking a seat) or declines an invitation. INVITATION_ALREADY_ANSWERED, ROLE_FULL. */
export function useRespondToInvitation() {
  return useProjectsMutation(RespondToInvitationMutation);
}

/**
 * As the applicant's manager, consents to or refuses (which declines the application) an application.
 * NOT_APPLICANTS_MANAGER, CONSENT_NOT_PENDING.
 */
export function useDecideManagerConsent() {
  return useProjectsMutation(DecideManagerConsentMutation);
}

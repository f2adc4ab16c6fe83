import { useMemo } from 'react';
import { useRemoveProjectMember } from '@ensemble/web/projects/data-access';
import { PROJECT_ERROR_MESSAGES } from './labels';
import { ReasonDialog } from './reason-dialog';
import { useAction } from './use-action';

/** The API's bounds for the reason a member is told. */
export const MIN_REMOVAL_REASON = 10;
export const MAX_REMOVAL_REASON = 1000;

export interface RemoveMemberDialogProps {
  projectId: string;
  member: { id: string; name: string };
  roleTitle: string;
  onClose: () => void;
}

/** "Remove from team" for the owner and co-leads: a reason is required, and the member is told it. */
export function RemoveMemberDialog({ projectId, member, roleTitle, onClose }: RemoveMemberDialogProps) {
  const [, remove] = useRemoveProjectMember();
  const { name } = member;
  // NOT_MEMBER here means they left, or another lead removed them, meanwhile.
  const messages = useMemo(
    () => ({ ...PROJECT_ERROR_MESSAGES, NOT_MEMBER: `${name} is no longer on the team.` }),
    [name],
  );
  const action = useAction(messages);
  return (
    <ReasonDialog
      title={`Remove ${name} from the team?`}
      intro={`${name} loses the ${roleTitle} seat, which goes to the next person on the waitlist.`}
      description={`${name} is notified with this reason.`}
      missingMessage={`Say why, so ${name} knows.`}
      submitLabel="Remove from team"
      minLength={MIN_REMOVAL_REASON}
      maxLength={MAX_REMOVAL_REASON}
      busy={action.busy}
      error={action.error}
      onClose={onClose}
      onSubmit={(reason) =>
        void action
          .run(() => remove({ projectId, personId: member.id, reason }))
          .then((ok) => ok && onClose())
      }
    />
  );
}

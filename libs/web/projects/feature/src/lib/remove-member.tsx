import { useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { useRemoveProjectMember } from '@ensemble/web/projects/data-access';
import { PROJECT_ERROR_MESSAGES } from './labels';
import { ReasonDialog } from './reason-dialog';
import { useAction } from './use-action';

/** The API's bounds for the reason a member is told. */
export const MIN_REMOVAL_REASON = 10;
export const MAX_REMOVAL_REASON = 1000;

export interface RemoveMemberProps {
  projectId: string;
  personId: string;
  name: string;
  roleTitle: string;
}

/** "Remove from team" for the owner and co-leads: a reason is required, and the member is told it. */
export function RemoveMember({ projectId, personId, name, roleTitle }: RemoveMemberProps) {
  const [, remove] = useRemoveProjectMember();
  // NOT_MEMBER here means they left, or another lead removed them, meanwhile.
  const messages = useMemo(
    () => ({ ...PROJECT_ERROR_MESSAGES, NOT_MEMBER: `${name} is no longer on the team.` }),
    [name],
  );
  const action = useAction(messages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        aria-label={`Remove ${name} from the team`}
        onClick={() => {
          action.clear();
          setOpen(true);
        }}
      >
        Remove from team
      </Button>
      {open ? (
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
          onClose={() => setOpen(false)}
          onSubmit={(reason) =>
            void action.run(() => remove({ projectId, personId, reason })).then((ok) => ok && setOpen(false))
          }
        />
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useInviteToRole } from '@ensemble/web/projects/data-access';
import { ActionError } from './action-error';
import { PersonPicker } from './person-picker';
import { useAction } from './use-action';

/** For the leads: invite any colleague to a role by name (they accept or decline on My projects). */
export function InviteColleague({
  roleId,
  roleTitle,
  exclude,
}: {
  roleId: string;
  roleTitle: string;
  /** People not to offer (the role's members). */
  exclude: readonly string[];
}) {
  const [, invite] = useInviteToRole();
  const action = useAction();
  const [invited, setInvited] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <PersonPicker
        label={`Invite a colleague to be ${roleTitle}`}
        description="Type part of their name, then choose them: they accept or decline the invitation."
        exclude={exclude}
        onPick={(person) => {
          setInvited(null);
          void action
            .run(() => invite({ roleId, personId: person.id }))
            .then((ok) => {
              if (ok) setInvited(`${person.displayName} is invited.`);
            });
        }}
      />
      <ActionError error={action.error} />
      <Text size="sm" role="status">
        {invited ?? ''}
      </Text>
    </Stack>
  );
}

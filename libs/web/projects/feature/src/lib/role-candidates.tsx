import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCandidatesForRole, useInviteToRole } from '@ensemble/web/projects/data-access';
import { PersonAvatar, personPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState } from '@ensemble/web/ui';
import { ActionError } from './action-error';
import { SkillFitList, hoursFitText } from './skill-fit-list';
import { useAction } from './use-action';

type Candidate = NonNullable<ReturnType<typeof useCandidatesForRole>[0]['data']>['candidatesForRole'][number];

function CandidateItem({
  roleId,
  roleTitle,
  candidate,
}: {
  roleId: string;
  roleTitle: string;
  candidate: Candidate;
}) {
  const [, invite] = useInviteToRole();
  const action = useAction();
  const [invited, setInvited] = useState(false);
  const name = candidate.person.displayName;
  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <PersonAvatar person={candidate.person} size="sm" />
            <div>
              <Anchor component={Link} to={personPath(candidate.person.id)} fw={600}>
                {name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {[candidate.person.title, hoursFitText(candidate.hoursNeeded, candidate.freeHours, 'they')]
                  .filter(Boolean)
                  .join(' · ')}
                {candidate.activeProjects > 0
                  ? ` · ${candidate.activeProjects === 1 ? '1 active project' : `${candidate.activeProjects} active projects`}`
                  : ''}
              </Text>
            </div>
          </Group>
          {invited ? (
            <Text size="sm" fw={600} role="status">
              Invited
            </Text>
          ) : (
            <Button
              size="xs"
              variant="light"
              loading={action.busy}
              aria-label={`Invite ${name} to ${roleTitle}`}
              onClick={() =>
                void action
                  .run(() => invite({ roleId, personId: candidate.person.id }))
                  .then((ok) => {
                    if (ok) setInvited(true);
                  })
              }
            >
              Invite
            </Button>
          )}
        </Group>
        <SkillFitList skills={candidate.skills} subject="they" label={`How ${name} fits ${roleTitle}`} />
        <ActionError error={action.error} />
      </Stack>
    </Card>
  );
}

/** People suggested for a role, best first, each with the per-skill reasons and an Invite button. */
export function RoleCandidates({ roleId, roleTitle }: { roleId: string; roleTitle: string }) {
  const [{ data, fetching, error }, reexecute] = useCandidatesForRole(roleId);
  if (!data && fetching) return <LoadingState label="Finding candidates…" />;
  if (!data && error)
    return (
      <ErrorState
        error={error}
        title="Candidates could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  const candidates = data?.candidatesForRole ?? [];
  if (candidates.length === 0)
    return <EmptyState title="No candidates yet" description="Nobody lists the skills this role asks for." />;
  return (
    <Stack
      gap="xs"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={`Candidates for ${roleTitle}`}
    >
      {candidates.map((candidate) => (
        <CandidateItem
          key={candidate.person.id}
          roleId={roleId}
          roleTitle={roleTitle}
          candidate={candidate}
        />
      ))}
    </Stack>
  );
}

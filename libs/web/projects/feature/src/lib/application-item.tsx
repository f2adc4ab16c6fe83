import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useDecideApplication, type ApplicationView } from '@ensemble/web/projects/data-access';
import { personPath } from '@ensemble/web/people/ui';
import { ActionError } from './action-error';
import { DeclineDialog } from './decline-dialog';
import { CONSENT_LABELS, dateLabel, projectPath } from './labels';
import { useAction } from './use-action';
import { Tag } from './tag';

/** The applicant's name (a link to their profile) and title. */
export function ApplicantName({ applicant }: { applicant: ApplicationView['applicant'] }) {
  return (
    <Text fw={600}>
      <Anchor underline="always" component={Link} to={personPath(applicant.id)}>
        {applicant.displayName}
      </Anchor>
      {applicant.title ? (
        <Text span size="sm" c="dimmed" fw={400}>
          {' · '}
          {applicant.title}
        </Text>
      ) : null}
    </Text>
  );
}

/** The applicant's message, as written. */
export function ApplicationMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {message}
    </Text>
  );
}

/** A pending application with Accept and Decline (with a reason), for a project's owner and co-leads. */
export function ApplicationItem({
  application,
  showProject = false,
}: {
  application: ApplicationView;
  showProject?: boolean;
}) {
  const [, decide] = useDecideApplication();
  const accept = useAction();
  const decline = useAction();
  const [declining, setDeclining] = useState(false);
  const consent = CONSENT_LABELS[application.consentStatus];
  const name = application.applicant.displayName;

  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <ApplicantName applicant={application.applicant} />
            <Text size="sm" c="dimmed">
              Applied for {application.role.title}
              {showProject && application.project ? (
                <>
                  {' in '}
                  <Anchor
                    underline="always"
                    component={Link}
                    to={projectPath(application.project.id)}
                    size="sm"
                  >
                    {application.project.title}
                  </Anchor>
                </>
              ) : null}{' '}
              on {dateLabel(application.createdAt)}
            </Text>
          </div>
          {consent ? (
            <Tag color={application.consentStatus === 'PENDING' ? 'yellow' : 'gray'}>{consent}</Tag>
          ) : null}
        </Group>
        <ApplicationMessage message={application.message} />
        <ActionError error={accept.error} />
        <Group gap="xs">
          <Button
            size="xs"
            loading={accept.busy}
            aria-label={`Accept ${name}`}
            onClick={() => void accept.run(() => decide({ id: application.id, accept: true }))}
          >
            Accept
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={`Decline ${name}`}
            onClick={() => {
              decline.clear();
              setDeclining(true);
            }}
          >
            Decline
          </Button>
        </Group>
      </Stack>
      {declining ? (
        <DeclineDialog
          opened
          title={`Decline ${name}’s application`}
          busy={decline.busy}
          error={decline.error}
          onClose={() => setDeclining(false)}
          onSubmit={(reason) =>
            void decline
              .run(() => decide({ id: application.id, accept: false, reason }))
              .then((ok) => ok && setDeclining(false))
          }
        />
      ) : null}
    </Card>
  );
}

import { useState } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import {
  useDecideManagerConsent,
  useMyConsentRequests,
  type ApplicationView,
} from '@ensemble/web/projects/data-access';
import { ActionError } from './action-error';
import { ApplicantName, ApplicationMessage } from './application-item';
import { ConfirmDialog } from './confirm-dialog';
import { dateLabel, dateTimeLabel } from './labels';
import { ProjectLink } from './project-link';
import { QueryList } from './query-list';
import { useAction } from './use-action';

/** One report's application waiting for my consent: who, to what, until when; Consent or Refuse. */
function ConsentRequestItem({ application }: { application: ApplicationView }) {
  const [, decide] = useDecideManagerConsent();
  const approve = useAction();
  const refuse = useAction();
  const [refusing, setRefusing] = useState(false);
  const name = application.applicant.displayName;
  const role = application.role.title;
  const project = application.project;

  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Stack gap={6}>
        <ApplicantName applicant={application.applicant} />
        <Text size="sm">
          Applied on {dateLabel(application.createdAt)} to be <strong>{role}</strong> in{' '}
          <ProjectLink project={project} fallback="a project you cannot see" />.
        </Text>
        <ApplicationMessage message={application.message} />
        {application.consentDueAt ? (
          <Text size="sm" fw={500}>
            Answer by {dateTimeLabel(application.consentDueAt)}: after that, no answer counts as consent.
          </Text>
        ) : null}
        <ActionError error={approve.error} />
        <Group gap="xs">
          <Button
            size="xs"
            loading={approve.busy}
            aria-label={`Consent to ${name}’s application`}
            onClick={() => void approve.run(() => decide({ applicationId: application.id, approve: true }))}
          >
            Consent
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={`Refuse ${name}’s application`}
            onClick={() => {
              refuse.clear();
              setRefusing(true);
            }}
          >
            Refuse
          </Button>
        </Group>
      </Stack>
      {refusing ? (
        <ConfirmDialog
          title={`Refuse ${name}’s application?`}
          confirmLabel="Refuse"
          busy={refuse.busy}
          error={refuse.error}
          onClose={() => setRefusing(false)}
          onConfirm={() =>
            void refuse
              .run(() => decide({ applicationId: application.id, approve: false }))
              .then((ok) => ok && setRefusing(false))
          }
        >
          <Text size="sm">
            The application to be {role}
            {project ? ` in ${project.title}` : ''} is then declined, and {name} and the project’s leads are
            told that you did not consent. This cannot be undone.
          </Text>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}

/** My reports' applications waiting for my consent, soonest deadline first. */
export function ConsentRequests() {
  const [result, reexecute] = useMyConsentRequests();
  return (
    <QueryList
      result={result}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      items={(data) => data.myConsentRequests}
      loadingLabel="Loading consent requests…"
      errorTitle="Consent requests could not be loaded"
      empty="No application from your reports is waiting for your consent."
      label="Applications waiting for your consent"
      render={(application) => <ConsentRequestItem key={application.id} application={application} />}
    />
  );
}

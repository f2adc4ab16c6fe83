import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import {
  useChangeProjectStatus,
  useUpdateProject,
  type ProjectStatus,
} from '@ensemble/web/projects/data-access';
import { ActionError } from './action-error';
import { dateLabel } from './labels';
import { useAction } from './use-action';

export interface PastEndPromptProps {
  project: { id: string; status: ProjectStatus; startsOn: string; endsOn: string };
  /** Today as YYYY-MM-DD (a prop so that tests fix the day). */
  today?: string;
}

function isoToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * For the owner and co-leads of a project still open after its end date: complete it (once active)
 * or extend the end date. Until then it is left out of the marketplace and of recommendations.
 */
export function PastEndPrompt({ project, today = isoToday() }: PastEndPromptProps) {
  const [, update] = useUpdateProject();
  const [, changeStatus] = useChangeProjectStatus();
  const extending = useAction();
  const completing = useAction();
  const [endsOn, setEndsOn] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = !endsOn
    ? 'Choose the new end date.'
    : endsOn < today
      ? 'Choose a day from today on.'
      : endsOn < project.startsOn
        ? 'The end date cannot be before the start date.'
        : null;

  return (
    <Alert color="yellow" variant="light" title="This project is past its end date">
      <Stack gap="sm">
        <Text size="sm">
          It ended on {dateLabel(project.endsOn)} but is still {project.status.toLowerCase()}, so it is no
          longer shown to people looking for projects.{' '}
          {project.status === 'ACTIVE'
            ? 'Mark it completed, or extend its end date.'
            : 'Extend its end date, or cancel it.'}
        </Text>
        {project.status === 'ACTIVE' ? (
          <Group>
            <Button
              size="xs"
              loading={completing.busy}
              onClick={() =>
                void completing.run(() => changeStatus({ projectId: project.id, status: 'COMPLETED' }))
              }
            >
              Mark as completed
            </Button>
          </Group>
        ) : null}
        <ActionError error={completing.error} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (!problem) void extending.run(() => update({ projectId: project.id, input: { endsOn } }));
          }}
        >
          <Group align="flex-start" gap="xs" wrap="wrap">
            <TextInput
              type="date"
              label="New end date"
              value={endsOn}
              min={today}
              error={touched ? (problem ?? undefined) : undefined}
              onChange={(event) => setEndsOn(event.currentTarget.value)}
            />
            <Button type="submit" size="sm" variant="default" mt={25} loading={extending.busy}>
              Extend
            </Button>
          </Group>
        </form>
        <ActionError error={extending.error} />
      </Stack>
    </Alert>
  );
}

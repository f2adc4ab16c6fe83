import type { ReactNode } from 'react';
import { Group, Progress, Stack, Text } from '@mantine/core';

export interface CompletenessMeterProps {
  percent: number;
  /** The most useful next step, written for the person; null when the profile is complete. */
  hint: string | null;
  /** E.g. a button that moves focus to the field the hint is about. */
  action?: ReactNode;
}

/** How complete a profile is, as a labelled progress bar, and what to do next. */
export function CompletenessMeter({ percent, hint, action }: CompletenessMeterProps) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <Stack gap="xs">
      <Text fw={600}>Your profile is {value}% complete</Text>
      <Progress
        value={value}
        size="lg"
        radius="xl"
        aria-label="Profile completeness"
        color={value === 100 ? 'teal' : 'blue'}
      />
      {hint ? (
        <Group gap="sm" wrap="wrap" align="center">
          <Text size="sm">
            <Text span fw={600} size="sm">
              Next step:
            </Text>{' '}
            {hint}
          </Text>
          {action}
        </Group>
      ) : (
        <Text size="sm">Your profile is complete. Thank you!</Text>
      )}
    </Stack>
  );
}

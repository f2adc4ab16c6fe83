import type { ReactNode } from 'react';
import { Paper, Stack, Text } from '@mantine/core';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** A way out: "Clear filters", "Go to my profile"… */
  action?: ReactNode;
}

/** What a list shows when it has nothing to show. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <Stack align="center" gap="xs" ta="center">
        <Text fw={600} size="lg">
          {title}
        </Text>
        {description ? <Text c="dimmed">{description}</Text> : null}
        {action ? <div>{action}</div> : null}
      </Stack>
    </Paper>
  );
}

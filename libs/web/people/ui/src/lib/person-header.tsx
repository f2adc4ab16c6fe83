import { Badge, Group, Stack, Text } from '@mantine/core';
import { PageTitle } from '@ensemble/web/ui';
import { PersonAvatar } from './person-avatar';
import type { PersonSummaryView } from './types';

export interface PersonHeaderProps {
  person: PersonSummaryView;
  /** Browser tab text; the person's name by default ("My profile" on the viewer's own page). */
  documentTitle?: string;
}

/** The top of a person page: picture or initials, name as the page's h1, title and department. */
export function PersonHeader({ person, documentTitle }: PersonHeaderProps) {
  return (
    <Group gap="lg" align="center" wrap="nowrap">
      <PersonAvatar person={person} size="xl" />
      <Stack gap={4} miw={0}>
        <PageTitle documentTitle={documentTitle ?? person.displayName}>{person.displayName}</PageTitle>
        {person.title ? <Text size="lg">{person.title}</Text> : null}
        {person.department ? (
          <Group gap="xs">
            <Badge variant="light" color="blue" radius="sm">
              {person.department.name}
            </Badge>
          </Group>
        ) : null}
      </Stack>
    </Group>
  );
}

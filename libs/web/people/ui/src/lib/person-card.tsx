import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PersonAvatar } from './person-avatar';
import type { PersonSummaryView } from './types';

export function personPath(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}

export interface PersonCardProps {
  person: PersonSummaryView;
}

/** A person in a list: picture, name (a link to their page), title and department. */
export function PersonCard({ person }: PersonCardProps) {
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <PersonAvatar person={person} />
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={personPath(person.id)} fw={600}>
            {person.displayName}
          </Anchor>
          {person.title ? (
            <Text size="sm" c="dimmed">
              {person.title}
            </Text>
          ) : null}
          {person.department ? <Text size="sm">{person.department.name}</Text> : null}
        </Stack>
      </Group>
    </Card>
  );
}

import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@ensemble/web/ui';
import { PersonAvatar } from './person-avatar';
import { departmentPath } from './profile-labels';
import type { PersonSummaryView } from './types';

export interface PersonHeaderProps {
  person: PersonSummaryView;
  /** One line about what the person does; omitted when null (not shared or not written). */
  headline?: string | null;
  /** Browser tab text; the person's name by default ("My profile" on the viewer's own page). */
  documentTitle?: string;
  /** Extra content under the name, e.g. a link to the public view of one's own profile. */
  children?: ReactNode;
}

/**
 * The top of a person page: picture or initials, name as the page's h1, title, headline and the
 * department (a link to the department's page).
 */
export function PersonHeader({ person, headline, documentTitle, children }: PersonHeaderProps) {
  return (
    <Group gap="lg" align="center" wrap="nowrap">
      <PersonAvatar person={person} size="xl" />
      <Stack gap={4} miw={0}>
        <PageTitle documentTitle={documentTitle ?? person.displayName}>{person.displayName}</PageTitle>
        {person.title ? <Text size="lg">{person.title}</Text> : null}
        {headline ? (
          <Text fs="italic" data-testid="headline">
            {headline}
          </Text>
        ) : null}
        {person.department ? (
          <Text size="sm">
            <Anchor component={Link} to={departmentPath(person.department.id)} inherit>
              {person.department.name}
            </Anchor>
          </Text>
        ) : null}
        {children}
      </Stack>
    </Group>
  );
}

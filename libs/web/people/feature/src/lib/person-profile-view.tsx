import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { PersonProfile } from '@ensemble/web/people/data-access';
import { ManagerChain, PeopleGrid, PersonHeader } from '@ensemble/web/people/ui';
import classes from './person-profile-view.module.css';

export interface PersonProfileViewProps {
  person: PersonProfile;
  /** Browser tab text; the person's name by default. */
  documentTitle?: string;
}

/** A person's page content, shared by /people/:id and /me. */
export function PersonProfileView({ person, documentTitle }: PersonProfileViewProps) {
  const reportCount = person.directReportCount;
  return (
    <Stack gap="xl">
      <PersonHeader person={person} documentTitle={documentTitle} />

      <section aria-labelledby="reporting-line-heading">
        <Title order={2} size="h4" mb="xs" id="reporting-line-heading">
          Reporting line
        </Title>
        <ManagerChain chain={person.managerChain} person={person} />
      </section>

      <section aria-labelledby="details-heading">
        <Title order={2} size="h4" mb="xs" id="details-heading">
          Contact and details
        </Title>
        <dl className={classes.details}>
          <dt>Email</dt>
          <dd>
            <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor>
          </dd>
          <dt>Department</dt>
          <dd>{person.department?.name ?? 'Not set'}</dd>
          <dt>Location</dt>
          <dd>{person.location ?? 'Not set'}</dd>
        </dl>
      </section>

      <section aria-labelledby="about-heading">
        <Title order={2} size="h4" mb="xs" id="about-heading">
          About
        </Title>
        {person.bio ? (
          <Text className={classes.bio}>{person.bio}</Text>
        ) : (
          <Text c="dimmed">{person.givenName} has not written a bio yet.</Text>
        )}
      </section>

      <section aria-labelledby="reports-heading">
        <Title order={2} size="h4" mb="xs" id="reports-heading">
          Direct reports{reportCount > 0 ? ` (${reportCount})` : ''}
        </Title>
        {person.directReports.length > 0 ? (
          <PeopleGrid people={person.directReports} label={`Direct reports of ${person.displayName}`} />
        ) : (
          <Text c="dimmed">{person.givenName} has no direct reports.</Text>
        )}
      </section>
    </Stack>
  );
}

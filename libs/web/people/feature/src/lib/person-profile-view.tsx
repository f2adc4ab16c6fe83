import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonProfile } from '@ensemble/web/people/data-access';
import {
  ManagerChain,
  PeopleGrid,
  PersonHeader,
  SkillGroups,
  departmentPath,
  languageName,
  localTime,
  proficiencyLabel,
} from '@ensemble/web/people/ui';
import { Markdown } from '@ensemble/web/ui';
import { EndorsableSkills } from './endorse-controls';
import classes from './person-profile-view.module.css';
import './mantine-feature-styles';

export interface PersonProfileViewProps {
  person: PersonProfile;
  /** Whether the signed-in person is looking at their own page (no endorsing oneself). */
  isViewer?: boolean;
  /** Browser tab text; the person's name by default. */
  documentTitle?: string;
}

function Topics({ id, title, topics }: { id: string; title: string; topics: readonly string[] | null }) {
  if (!topics || topics.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" mb="xs" id={id}>
        {title}
      </Title>
      <Group component="ul" gap="xs" className={classes.topics} aria-labelledby={id}>
        {topics.map((topic) => (
          <li key={topic}>
            <Badge variant="light" color="blue" radius="sm" tt="none" size="lg" fw={500}>
              {topic}
            </Badge>
          </li>
        ))}
      </Group>
    </section>
  );
}

/**
 * A person's page content (/people/:id, also for oneself). Profile fields that come back null are
 * hidden from this viewer or were never filled in: they are left out, never guessed at.
 */
export function PersonProfileView({ person, isViewer = false, documentTitle }: PersonProfileViewProps) {
  const reportCount = person.directReportCount;
  const details: Array<{ term: string; value: ReactNode }> = [
    { term: 'Email', value: <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> },
    {
      term: 'Department',
      value: person.department ? (
        <Anchor component={Link} to={departmentPath(person.department.id)}>
          {person.department.name}
        </Anchor>
      ) : (
        'Not set'
      ),
    },
  ];
  if (person.location) details.push({ term: 'Location', value: person.location });
  if (person.timeZone) {
    const time = localTime(person.timeZone);
    details.push({
      term: 'Time zone',
      value: `${person.timeZone.replace(/_/g, ' ')}${time ? ` (${time} there now)` : ''}`,
    });
  }
  if (person.spokenLanguages && person.spokenLanguages.length > 0) {
    details.push({
      term: 'Languages',
      value: (
        <ul className={classes.inlineList}>
          {person.spokenLanguages.map((entry) => (
            <li key={entry.language}>
              {languageName(entry.language)} ({proficiencyLabel(entry.proficiency).toLowerCase()})
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (person.openToProjects !== null) {
    details.push({
      term: 'Projects',
      value: person.openToProjects ? 'Open to joining projects' : 'Not looking for projects right now',
    });
  }
  if (person.hoursPerWeekAvailable !== null) {
    details.push({
      term: 'Availability',
      value:
        person.hoursPerWeekAvailable === 1
          ? '1 hour a week for projects'
          : `${person.hoursPerWeekAvailable} hours a week for projects`,
    });
  }
  if (person.links && person.links.length > 0) {
    details.push({
      term: 'Links',
      value: (
        <ul className={classes.inlineList}>
          {person.links.map((link) => (
            <li key={`${link.label}-${link.url}`}>
              <Anchor href={link.url} target="_blank" rel="noopener noreferrer nofollow">
                {link.label}
              </Anchor>
            </li>
          ))}
        </ul>
      ),
    });
  }

  const hasTopics = Boolean(person.passions?.length || person.askMeAbout?.length);

  return (
    <Stack gap="xl">
      <PersonHeader person={person} headline={person.headline} documentTitle={documentTitle}>
        {isViewer ? (
          <Text size="sm">
            This is your own profile.{' '}
            <Anchor component={Link} to="/me">
              Edit it on My profile
            </Anchor>
          </Text>
        ) : null}
      </PersonHeader>

      <section aria-labelledby="details-heading">
        <Title order={2} size="h4" mb="xs" id="details-heading">
          Contact and details
        </Title>
        <dl className={classes.details}>
          {details.map((detail) => (
            <div key={detail.term} className={classes.detail}>
              <dt>{detail.term}</dt>
              <dd>{detail.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="about-heading">
        <Title order={2} size="h4" mb="xs" id="about-heading">
          About
        </Title>
        <Stack gap="md">
          {person.bio?.trim() ? (
            <Markdown source={person.bio} headingLevel={2} />
          ) : (
            <Text c="dimmed">{isViewer ? 'You have not written a bio yet.' : `No bio shared.`}</Text>
          )}
          {hasTopics ? (
            <>
              <Topics id="passions-heading" title="Passions" topics={person.passions} />
              <Topics id="ask-me-about-heading" title="Ask me about" topics={person.askMeAbout} />
            </>
          ) : null}
        </Stack>
      </section>

      <section aria-labelledby="skills-heading">
        <Title order={2} size="h4" mb="xs" id="skills-heading">
          Skills
        </Title>
        {person.skills.length === 0 ? (
          <Text c="dimmed">
            {isViewer
              ? 'You have not added any skills yet.'
              : `${person.givenName} has not added any skills yet.`}
          </Text>
        ) : isViewer ? (
          <SkillGroups skills={person.skills} headingLevel={3} />
        ) : (
          <EndorsableSkills person={person} skills={person.skills} />
        )}
      </section>

      <section aria-labelledby="reporting-line-heading">
        <Title order={2} size="h4" mb="xs" id="reporting-line-heading">
          Reporting line
        </Title>
        <ManagerChain chain={person.managerChain} person={person} />
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

import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SearchEdge, SkillMatchEvidence } from '@ensemble/web/discovery/data-access';
import { PersonAvatar, departmentPath, personPath, skillPath } from '@ensemble/web/people/ui';
import { endorsementsLabel, fieldLabel, listLabel, projectsLabel, type useLevelNames } from './labels';
import classes from './search-page.module.css';

type LevelNames = ReturnType<typeof useLevelNames>;

export interface ResultCardProps {
  edge: SearchEdge;
  names: LevelNames;
  /** The search asked for passion: interest is part of the reason. */
  passion: boolean;
}

/** One reason: the skill held, how well, who vouches for it, where it was used, what it counted toward. */
function SkillReason({
  evidence,
  names,
  passion,
}: {
  evidence: SkillMatchEvidence;
  names: LevelNames;
  passion: boolean;
}) {
  const parts = [
    `${names.levelName(evidence.level)} (${evidence.level} of 5)`,
    endorsementsLabel(evidence.endorsementCount),
  ];
  if (evidence.evidenceCount > 0) parts.push(projectsLabel(evidence.evidenceCount));
  if (evidence.interest > 0 && (passion || evidence.interest >= 3)) {
    parts.push(`interest: ${names.interestName(evidence.interest).toLowerCase()}`);
  }
  return (
    <li>
      <Anchor component={Link} to={skillPath(evidence.skillId)} fw={600} size="sm">
        {evidence.skillName}
      </Anchor>
      <Text span size="sm">
        {': '}
        {parts.join(' · ')}
      </Text>
      {evidence.countsTowardSkillName ? (
        <Text span size="sm" c="dimmed">
          {' · counts toward '}
          {evidence.countsTowardSkillName}
        </Text>
      ) : null}
    </li>
  );
}

/**
 * A search result: who (picture, name linking to their page, title, department) and why they matched
 * (each skill asked for with its level, endorsements, project evidence and the broader skill a
 * narrower one counted toward; the text fields the words were found in).
 */
export function ResultCard({ edge, names, passion }: ResultCardProps) {
  const { person, matchedSkills, matchedFields } = edge.node;
  const headingId = `result-${person.id}`;
  const meta = [person.title, person.location].filter(Boolean).join(' · ');
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid="search-result"
    >
      <Group wrap="nowrap" align="flex-start" gap="md">
        <PersonAvatar person={person} size="lg" />
        <Stack gap={4} miw={0} className={classes.grow}>
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={personPath(person.id)} data-result-link="" className={classes.wrap}>
              {person.displayName}
            </Anchor>
          </Title>
          {meta ? (
            <Text size="sm" c="dimmed">
              {meta}
            </Text>
          ) : null}
          {person.department ? (
            <Anchor component={Link} to={departmentPath(person.department.id)} size="sm">
              {person.department.name}
            </Anchor>
          ) : null}
          {person.headline ? (
            <Text size="sm" className={classes.wrap}>
              {person.headline}
            </Text>
          ) : null}
          {matchedSkills.length > 0 || matchedFields.length > 0 ? (
            <div className={classes.reasons}>
              <Text size="sm" fw={600} component="p" m={0}>
                Why they match
              </Text>
              {matchedSkills.length > 0 ? (
                <ul
                  className={classes.reasonList}
                  aria-label={`Skills that match, for ${person.displayName}`}
                >
                  {matchedSkills.map((evidence) => (
                    <SkillReason
                      key={`${evidence.skillId}:${evidence.countsTowardSkillId ?? ''}`}
                      evidence={evidence}
                      names={names}
                      passion={passion}
                    />
                  ))}
                </ul>
              ) : null}
              {matchedFields.length > 0 ? (
                <Text size="sm">Your words are in their {listLabel(matchedFields.map(fieldLabel))}.</Text>
              ) : null}
            </div>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

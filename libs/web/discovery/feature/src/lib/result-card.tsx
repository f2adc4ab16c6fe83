import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type {
  ProjectMatchEvidence,
  SearchEdge,
  SkillMatchEvidence,
} from '@ensemble/web/discovery/data-access';
import { PersonAvatar, departmentPath, personPath, projectPath, skillPath } from '@ensemble/web/people/ui';
import {
  endorsementsLabel,
  fieldLabel,
  listLabel,
  projectFieldLabel,
  projectPartVerb,
  projectStatusLabel,
  projectsLabel,
  type useLevelNames,
} from './labels';
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
 * One project they matched through: their part in it, in the tense of its status ("Led Phoenix
 * (completed Mar 2026)", "Works on Search Platform as Backend engineer (under way)"), and what in it
 * matched.
 */
function ProjectReason({ evidence }: { evidence: ProjectMatchEvidence }) {
  return (
    <li className={classes.wrap}>
      <Text span size="sm">
        {projectPartVerb(evidence.part, evidence.status)}{' '}
      </Text>
      <Anchor component={Link} to={projectPath(evidence.projectId)} fw={600} size="sm">
        {evidence.title}
      </Anchor>
      <Text span size="sm">
        {evidence.roleTitle ? ` as ${evidence.roleTitle}` : ''} (
        {projectStatusLabel(evidence.status, evidence.completedAt)})
      </Text>
      {evidence.matchedFields.length > 0 ? (
        <Text span size="sm" c="dimmed">
          {' · matched on its '}
          {listLabel(evidence.matchedFields.map(projectFieldLabel))}
        </Text>
      ) : null}
    </li>
  );
}

/** Below this share of the question, a result says it matches only part of it (rounding aside). */
const FULL_COVERAGE = 0.999;

/**
 * A search result: who (picture, name linking to their page, title, department) and why they matched
 * (each skill asked for with its level, endorsements, project evidence and the broader skill a
 * narrower one counted toward; the projects they matched through, with their part in each; the text
 * fields the words were found in), and whether they match only part of the question.
 */
export function ResultCard({ edge, names, passion }: ResultCardProps) {
  const { person, matchedSkills, matchedFields, matchedProjects, coverage } = edge.node;
  const partial = coverage < FULL_COVERAGE;
  const hasReasons = matchedSkills.length > 0 || matchedFields.length > 0 || matchedProjects.length > 0;
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
          {hasReasons || partial ? (
            <div className={classes.reasons}>
              <div className={classes.reasonsHeader}>
                {hasReasons ? (
                  <Text size="sm" fw={600} component="p" m={0}>
                    Why they match
                  </Text>
                ) : null}
                {partial ? (
                  <Text size="xs" component="p" m={0} className={classes.partial} data-testid="partial-match">
                    Matches part of your search
                  </Text>
                ) : null}
              </div>
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
              {matchedProjects.length > 0 ? (
                <ul
                  className={classes.reasonList}
                  aria-label={`Projects that match, for ${person.displayName}`}
                >
                  {matchedProjects.map((evidence) => (
                    <ProjectReason key={evidence.projectId} evidence={evidence} />
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

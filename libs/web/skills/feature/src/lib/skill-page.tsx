import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSkill, type SkillResult, type SkillSource } from '@ensemble/web/skills/data-access';
import { skillPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState, PageTitle, errorCode, categoryLabel } from '@ensemble/web/ui';
import { LevelChart, peopleLabel } from './level-chart';
import { SkillHolders } from './skill-holders';
import { SkillOnMyProfile } from './skill-on-my-profile';
import classes from './skill-page.module.css';

type SkillDetails = SkillResult['skill'];

/** A malformed id is as absent as a removed skill, from the visitor's point of view. */
const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const NOT_FOUND_MESSAGE = 'This skill does not exist or was removed.';

const SOURCE_LABELS: Readonly<Record<SkillSource, string>> = {
  ENSEMBLE: 'Ensemble starter taxonomy',
  ESCO: 'ESCO (European Skills, Competences, Qualifications and Occupations)',
  ONET: 'O*NET',
  CUSTOM: 'Added by people at the company',
};

/** The source's page for the concept, when its key is a web address (ESCO URIs are; O*NET keys are not). */
function sourceHref(externalUri: string | null | undefined): string | null {
  if (!externalUri) return null;
  try {
    const url = new URL(externalUri);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function SkillLinks({ skills }: { skills: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <ul className={classes.inlineList}>
      {skills.map((skill) => (
        <li key={skill.id}>
          <Anchor component={Link} to={skillPath(skill.id)}>
            {skill.name}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}

function SkillView({ skill }: { skill: SkillDetails }) {
  const holderTotal = skill.levelDistribution.reduce((sum, entry) => sum + entry.count, 0);
  const href = sourceHref(skill.externalUri);
  const details: Array<{ term: string; value: ReactNode }> = [];
  if (skill.aliases.length > 0) details.push({ term: 'Also known as', value: skill.aliases.join(', ') });
  if (skill.parent) details.push({ term: 'Broader skill', value: <SkillLinks skills={[skill.parent]} /> });
  if (skill.children.length > 0)
    details.push({ term: 'Narrower skills', value: <SkillLinks skills={skill.children} /> });
  details.push({
    term: 'Source',
    value: href ? (
      <Anchor href={href} target="_blank" rel="noopener noreferrer">
        {SOURCE_LABELS[skill.source]}
        <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
      </Anchor>
    ) : (
      SOURCE_LABELS[skill.source]
    ),
  });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageTitle>{skill.name}</PageTitle>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none">
            {categoryLabel(skill.category)}
          </Badge>
          {skill.status === 'RETIRED' ? (
            <Badge variant="outline" color="gray" radius="sm" tt="none">
              Retired
            </Badge>
          ) : null}
          {skill.status === 'MERGED' ? (
            <Badge variant="outline" color="gray" radius="sm" tt="none">
              Merged
            </Badge>
          ) : null}
        </Group>
      </Stack>

      <SkillOnMyProfile
        skillId={skill.id}
        skillName={skill.name}
        levels={skill.levelDistribution}
        canAdd={skill.status === 'ACTIVE'}
      />

      {skill.status === 'MERGED' ? (
        <Alert variant="light" color="yellow" title="This skill was merged">
          {skill.mergedInto ? (
            <Text size="sm">
              It now lives on as{' '}
              <Anchor component={Link} to={skillPath(skill.mergedInto.id)} fw={600}>
                {skill.mergedInto.name}
              </Anchor>
              , with its people, endorsements and names.
            </Text>
          ) : (
            <Text size="sm">It was merged into another skill.</Text>
          )}
        </Alert>
      ) : null}
      {skill.status === 'RETIRED' ? (
        <Alert variant="light" color="gray" title="This skill was retired">
          <Text size="sm">
            It is no longer suggested when people add skills, but it stays on the profiles that list it.
          </Text>
        </Alert>
      ) : null}

      {skill.description ? <Text maw="48rem">{skill.description}</Text> : null}

      <dl className={classes.details}>
        {details.map((detail) => (
          <div key={detail.term} className={classes.detail}>
            <dt>{detail.term}</dt>
            <dd>{detail.value}</dd>
          </div>
        ))}
      </dl>
      {skill.status === 'MERGED' ? null : (
        <Anchor component={Link} to={`${skillPath(skill.id)}/experts`} w="fit-content">
          Experts and rising experts in {skill.name}
        </Anchor>
      )}

      {skill.status === 'MERGED' ? null : (
        <>
          <section aria-labelledby="skill-levels-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="skill-levels-heading">
                People by level
              </Title>
              {holderTotal === 0 ? (
                <EmptyState
                  title={`No one lists ${skill.name} with a level yet.`}
                  description={
                    skill.interestOnlyCount > 0
                      ? `${peopleLabel(skill.interestOnlyCount)} ${
                          skill.interestOnlyCount === 1 ? 'is' : 'are'
                        } interested in it without claiming a level.`
                      : undefined
                  }
                />
              ) : (
                <>
                  <LevelChart
                    distribution={skill.levelDistribution}
                    caption={`${peopleLabel(holderTotal)} ${holderTotal === 1 ? 'holds' : 'hold'} ${skill.name}`}
                  />
                  {skill.interestOnlyCount > 0 ? (
                    <Text size="sm" c="dimmed">
                      {skill.interestOnlyCount === 1
                        ? '1 more person is interested in it without claiming a level.'
                        : `${skill.interestOnlyCount.toLocaleString('en')} more people are interested in it without claiming a level.`}
                    </Text>
                  ) : null}
                </>
              )}
            </Stack>
          </section>
          {holderTotal > 0 ? (
            <SkillHolders skillId={skill.id} skillName={skill.name} distribution={skill.levelDistribution} />
          ) : null}
        </>
      )}
    </Stack>
  );
}

/** /skills/:id */
export default function SkillPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useSkill(id);
  // While another skill loads, urql still holds the previous one: never show it under this URL.
  const fresh = (result.operation?.variables as { id?: string } | undefined)?.id === id;
  const data = fresh ? result.data : undefined;
  const error = fresh ? result.error : undefined;

  if (data) return <SkillView key={data.skill.id} skill={data.skill} />;
  if (error) {
    const notFound = NOT_FOUND_CODES.has(errorCode(error) ?? '');
    return (
      <Stack gap="lg">
        <PageTitle>{notFound ? 'Skill not found' : 'This skill could not be loaded'}</PageTitle>
        <ErrorState
          error={error}
          title={notFound ? 'Not found' : 'Something went wrong'}
          messages={{ NOT_FOUND: NOT_FOUND_MESSAGE, BAD_USER_INPUT: NOT_FOUND_MESSAGE }}
          onRetry={notFound ? undefined : () => reexecute({ requestPolicy: 'network-only' })}
          action={
            <Anchor component={Link} to="/people" size="sm">
              Browse the people directory
            </Anchor>
          }
        />
      </Stack>
    );
  }
  return <LoadingState label="Loading skill…" pageTitle="Loading skill" />;
}

import { useId } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSkillExperts, type SkillExpertEntry } from '@ensemble/web/discovery/data-access';
import { PersonAvatar, personPath, skillPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState, PageTitle, errorCode } from '@ensemble/web/ui';
import { endorsementsLabel, peopleLabel, projectsLabel, useLevelNames, weightLabel } from './labels';
import { EMPTY_CRITERIA, searchPath } from './search-params';
import classes from './skill-experts-page.module.css';

/** A malformed id or an unknown skill: the page does not exist. */
const NOT_FOUND_CODES = new Set(['SKILL_NOT_FOUND', 'NOT_FOUND', 'BAD_USER_INPUT']);
const NOT_FOUND_MESSAGE = 'This skill does not exist or was removed.';

function recentLabel(count: number): string {
  if (count === 0) return 'no endorsements in the last 90 days';
  return count === 1
    ? '1 endorsement in the last 90 days'
    : `${count.toLocaleString('en')} endorsements in the last 90 days`;
}

/** Why someone is on a leaderboard: level, endorsements (and their weight), project evidence, recent momentum. */
function reasons(entry: SkillExpertEntry, levelName: (level: number) => string, rising: boolean): string[] {
  const parts = [`${levelName(entry.level)} (${entry.level} of 5)`];
  parts.push(
    entry.endorsementCount > 0
      ? `${endorsementsLabel(entry.endorsementCount)} (weight ${weightLabel(entry.endorsementWeight)})`
      : endorsementsLabel(0),
  );
  if (entry.evidenceCount > 0) parts.push(projectsLabel(entry.evidenceCount));
  if (rising || entry.recentEndorsements > 0) parts.push(recentLabel(entry.recentEndorsements));
  return parts;
}

function Leaderboard({
  title,
  description,
  entries,
  rising,
  empty,
}: {
  title: string;
  description: string;
  entries: readonly SkillExpertEntry[];
  rising: boolean;
  empty: string;
}) {
  const headingId = useId();
  const { levelName } = useLevelNames();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {entries.length === 0 ? (
          <EmptyState title={empty} />
        ) : (
          <ol className={classes.board} aria-labelledby={headingId}>
            {entries.map((entry, index) => (
              <li key={entry.person.id}>
                <Card withBorder padding="sm" radius="md" h="100%">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Text fw={700} className={classes.rank} aria-hidden="true">
                      {index + 1}
                    </Text>
                    <PersonAvatar person={entry.person} />
                    <Stack gap={2} miw={0}>
                      <Anchor
                        component={Link}
                        to={personPath(entry.person.id)}
                        fw={600}
                        className={classes.name}
                      >
                        {entry.person.displayName}
                      </Anchor>
                      {entry.person.title ? (
                        <Text size="sm" c="dimmed">
                          {entry.person.title}
                        </Text>
                      ) : null}
                      {entry.person.department ? <Text size="sm">{entry.person.department.name}</Text> : null}
                      <ul className={classes.reasons} aria-label={`Why ${entry.person.displayName} is here`}>
                        {reasons(entry, levelName, rising).map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    </Stack>
                  </Group>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </section>
  );
}

/** /skills/:id/experts: a skill's experts and rising experts, each with the reasons they are there. */
export default function SkillExpertsPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useSkillExperts(id);
  // While another skill loads, urql still holds the previous one: never show it under this URL.
  const fresh = (result.operation?.variables as { skillId?: string } | undefined)?.skillId === id;
  const data = fresh ? result.data?.skillExperts : undefined;
  const error = fresh ? result.error : undefined;

  if (data) {
    return (
      <Stack gap="lg">
        <Stack gap={4}>
          <PageTitle documentTitle={`${data.skillName} experts`}>Experts in {data.skillName}</PageTitle>
          <Text c="dimmed">
            {data.holderCount === 1 ? '1 person holds' : `${peopleLabel(data.holderCount)} hold`}{' '}
            {data.skillName}. Ranked by level, endorsements (weighted by each endorser’s own level) and
            completed projects.
          </Text>
          <Group gap="md">
            <Anchor component={Link} to={skillPath(data.skillId)} size="sm">
              About {data.skillName}
            </Anchor>
            <Anchor
              component={Link}
              to={searchPath({ ...EMPTY_CRITERIA, skills: [{ skillId: data.skillId, minLevel: 1 }] })}
              size="sm"
            >
              Search everyone with {data.skillName}
            </Anchor>
          </Group>
        </Stack>
        <div className={classes.columns}>
          <Leaderboard
            title="Experts"
            description="The highest expertise at the company."
            entries={data.experts}
            rising={false}
            empty={`No one holds ${data.skillName} with a level yet.`}
          />
          <Leaderboard
            title="Rising experts"
            description="The most (weighted) endorsements in the last 90 days, among people not listed as experts."
            entries={data.rising}
            rising
            empty="No one else was endorsed for it in the last 90 days."
          />
        </div>
      </Stack>
    );
  }
  if (error) {
    const notFound = NOT_FOUND_CODES.has(errorCode(error) ?? '');
    return (
      <Stack gap="lg">
        <PageTitle>{notFound ? 'Skill not found' : 'The experts could not be loaded'}</PageTitle>
        <ErrorState
          error={error}
          title={notFound ? 'Not found' : 'Something went wrong'}
          messages={{
            SKILL_NOT_FOUND: NOT_FOUND_MESSAGE,
            NOT_FOUND: NOT_FOUND_MESSAGE,
            BAD_USER_INPUT: NOT_FOUND_MESSAGE,
          }}
          onRetry={notFound ? undefined : () => reexecute({ requestPolicy: 'network-only' })}
          action={
            <Anchor component={Link} to="/search" size="sm">
              Search for people instead
            </Anchor>
          }
        />
      </Stack>
    );
  }
  return <LoadingState label="Loading experts…" pageTitle="Loading experts" />;
}

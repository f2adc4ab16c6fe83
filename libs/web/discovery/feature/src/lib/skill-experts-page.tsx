import { useId } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSkillExperts, type SkillExpertEntry } from '@ensemble/web/discovery/data-access';
import { PersonAvatar, personPath, skillPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState, PageTitle, errorCode } from '@ensemble/web/ui';
import { peopleLabel, projectsLabel, useLevelNames } from './labels';
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

/**
 * Each endorsement counts 0.4 + 0.12 × the endorser's own level in the skill (0 when they do not hold
 * it): docs/discovery-ranking.md. From the count and that weight, the endorsers' average level.
 */
const ENDORSEMENT_BASE = 0.4;
const ENDORSEMENT_PER_LEVEL = 0.12;

/**
 * The endorsements in words, without the ranking's arithmetic: how many colleagues, and how skilled in
 * it they are themselves ("Endorsed by 3 colleagues whose own level in Kubernetes averages Advanced
 * (4 of 5)"). The weight comes rounded to 0.01, well within half a level.
 */
export function endorsersLabel(
  count: number,
  weight: number,
  skillName: string,
  levelName: (level: number) => string,
): string {
  if (count === 0) return 'No endorsements yet';
  const levelSum = Math.max(0, (weight - ENDORSEMENT_BASE * count) / ENDORSEMENT_PER_LEVEL);
  const average = Math.min(5, Math.round(levelSum / count));
  if (count === 1) {
    return average === 0
      ? `Endorsed by 1 colleague, who does not hold ${skillName}`
      : `Endorsed by 1 colleague, who holds ${skillName} at ${levelName(average)} (${average} of 5)`;
  }
  const colleagues = `Endorsed by ${count.toLocaleString('en')} colleagues`;
  // Holders are at level 1 or more, so a level sum under 0.5 means none holds it; an average under
  // 0.5 means fewer than half do.
  if (levelSum < 0.5) return `${colleagues}, none of whom holds ${skillName}`;
  if (average === 0) return `${colleagues}, most of whom do not hold ${skillName}`;
  return `${colleagues} whose own level in ${skillName} averages ${levelName(average)} (${average} of 5)`;
}

/** Why someone is on a leaderboard: level, who endorsed them, project evidence, recent momentum. */
function reasons(
  entry: SkillExpertEntry,
  skillName: string,
  levelName: (level: number) => string,
  rising: boolean,
): string[] {
  const parts = [`${levelName(entry.level)} (${entry.level} of 5)`];
  parts.push(endorsersLabel(entry.endorsementCount, entry.endorsementWeight, skillName, levelName));
  if (entry.evidenceCount > 0) {
    const projects = projectsLabel(entry.evidenceCount);
    parts.push(projects.charAt(0).toUpperCase() + projects.slice(1));
  }
  if (rising || entry.recentEndorsements > 0) {
    const recent = recentLabel(entry.recentEndorsements);
    parts.push(recent.charAt(0).toUpperCase() + recent.slice(1));
  }
  return parts;
}

function Leaderboard({
  title,
  description,
  skillName,
  entries,
  rising,
  empty,
}: {
  title: string;
  skillName: string;
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
                        {reasons(entry, skillName, levelName, rising).map((reason) => (
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
            {data.skillName}. Ranked by level, then by endorsements (one from a colleague who is skilled in it
            counts for more) and the completed projects that used it.
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
            skillName={data.skillName}
            entries={data.experts}
            rising={false}
            empty={`No one holds ${data.skillName} with a level yet.`}
          />
          <Leaderboard
            title="Rising experts"
            description="Endorsed the most in the last 90 days (again, endorsements from colleagues skilled in it count for more), among people not listed as experts."
            skillName={data.skillName}
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

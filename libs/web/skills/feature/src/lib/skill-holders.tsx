import { useEffect, useId, useRef, useState } from 'react';
import { Anchor, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSkillHolderPages, type SkillHolderEdge } from '@ensemble/web/skills/data-access';
import { PersonAvatar, personPath } from '@ensemble/web/people/ui';
import { EmptyState, ErrorState, LoadingState } from '@ensemble/web/ui';
import { peopleLabel, type LevelCount } from './level-chart';
import classes from './skill-holders.module.css';

export interface SkillHoldersProps {
  skillId: string;
  skillName: string;
  /** Levels 1 to 5 with their names and counts (from the skill's levelDistribution). */
  distribution: readonly LevelCount[];
}

function endorsementsLabel(count: number): string {
  if (count === 0) return 'No endorsements yet';
  return count === 1 ? '1 endorsement' : `${count.toLocaleString('en')} endorsements`;
}

/** Consecutive holders at the same level (the list is sorted by level, highest first). */
function groupByLevel(edges: readonly SkillHolderEdge[]): Array<{ level: number; edges: SkillHolderEdge[] }> {
  const groups: Array<{ level: number; edges: SkillHolderEdge[] }> = [];
  for (const edge of edges) {
    const last = groups.at(-1);
    if (last && last.level === edge.node.level) last.edges.push(edge);
    else groups.push({ level: edge.node.level, edges: [edge] });
  }
  return groups;
}

function HolderItem({ edge }: { edge: SkillHolderEdge }) {
  const { person, endorsementCount } = edge.node;
  return (
    <li>
      <Card withBorder padding="sm" radius="md" h="100%">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <PersonAvatar person={person} />
          <Stack gap={2} miw={0}>
            <Anchor
              component={Link}
              to={personPath(person.id)}
              fw={600}
              className={classes.name}
              data-holder-link=""
            >
              {person.displayName}
            </Anchor>
            {person.title ? (
              <Text size="sm" c="dimmed">
                {person.title}
              </Text>
            ) : null}
            {person.department ? <Text size="sm">{person.department.name}</Text> : null}
            <Text size="sm">{endorsementsLabel(endorsementCount)}</Text>
          </Stack>
        </Group>
      </Card>
    </li>
  );
}

/**
 * Who holds the skill: grouped by level (highest first, then the most endorsed), filterable by a
 * minimum level, a page at a time with "Load more". After loading more, focus moves to the first
 * person added, so keyboard and screen reader users continue where the list grew.
 */
export function SkillHolders({ skillId, skillName, distribution }: SkillHoldersProps) {
  const [minLevel, setMinLevel] = useState(1);
  const holders = useSkillHolderPages(skillId, minLevel);
  const headingId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || holders.edges.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('[data-holder-link]')[from]?.focus();
  }, [holders.edges.length]);

  const levelName = (level: number) =>
    distribution.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
  const levelCount = (level: number) => distribution.find((entry) => entry.level === level)?.count;
  const options = distribution.map((entry) => ({
    value: String(entry.level),
    label:
      entry.level === 1
        ? 'Any level'
        : entry.level === distribution.length
          ? `${entry.name} only`
          : `${entry.name} (${entry.level}) or above`,
  }));

  let content;
  if (holders.loading) {
    content = <LoadingState label="Loading people…" />;
  } else if (holders.error && holders.edges.length === 0) {
    content = <ErrorState error={holders.error} title="People could not be loaded" onRetry={holders.retry} />;
  } else if (holders.edges.length === 0) {
    content = (
      <EmptyState
        title={
          minLevel > 1
            ? `No one holds ${skillName} at this level or above.`
            : `No one lists ${skillName} yet.`
        }
        action={
          minLevel > 1 ? (
            <Button variant="light" onClick={() => setMinLevel(1)}>
              Show every level
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    content = (
      <Stack gap="md" ref={listRef}>
        {groupByLevel(holders.edges).map((group) => {
          const count = levelCount(group.level);
          const groupHeadingId = `${headingId}-level-${group.level}`;
          return (
            <section key={group.level} aria-labelledby={groupHeadingId}>
              <Title order={3} size="h5" mb="xs" id={groupHeadingId}>
                {levelName(group.level)} ({group.level})
                {count !== undefined ? ` · ${peopleLabel(count)}` : ''}
              </Title>
              <ul className={classes.list} aria-labelledby={groupHeadingId}>
                {group.edges.map((edge) => (
                  <HolderItem key={edge.node.person.id} edge={edge} />
                ))}
              </ul>
            </section>
          );
        })}
        {holders.error ? (
          <ErrorState error={holders.error} title="More people could not be loaded" onRetry={holders.retry} />
        ) : null}
        {holders.hasNextPage || holders.loadingMore ? (
          <div>
            <Button
              variant="default"
              loading={holders.loadingMore}
              onClick={() => {
                focusFrom.current = holders.edges.length;
                holders.loadMore();
              }}
            >
              Load more people
            </Button>
          </div>
        ) : null}
      </Stack>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          Who has it
        </Title>
        <Group align="flex-end" justify="space-between" gap="md">
          <NativeSelect
            label="Level"
            value={String(minLevel)}
            onChange={(event) => setMinLevel(Number(event.currentTarget.value))}
            data={options}
            w={{ base: '100%', xs: 260 }}
          />
          {holders.totalCount !== undefined ? (
            <Text role="status" aria-live="polite" data-testid="holders-count">
              {holders.edges.length < holders.totalCount
                ? `Showing ${holders.edges.length} of ${peopleLabel(holders.totalCount)}`
                : peopleLabel(holders.totalCount)}
            </Text>
          ) : null}
        </Group>
        {content}
      </Stack>
    </section>
  );
}

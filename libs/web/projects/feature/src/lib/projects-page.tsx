import { useId, useState } from 'react';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useProjects, type ProjectsFilterInput } from '@ensemble/web/projects/data-access';
import { EmptyState, ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
import { MarketplaceFilters } from './marketplace-filters';
import {
  EMPTY_MARKETPLACE_CRITERIA,
  hasCriteria,
  marketplaceParams,
  parseMarketplaceParams,
  toProjectsFilter,
} from './marketplace-params';
import { ProjectCard } from './project-card';
import { RecommendedRoles } from './recommended-roles';
import './mantine-feature-styles';
import classes from './projects.module.css';

const VIEW_HEADINGS = {
  JOINABLE: 'Projects you can join',
  ENDED: 'Ended projects',
  ALL: 'All projects',
} as const;

interface PageProps {
  filter: ProjectsFilterInput;
  after: string | null;
  isLast: boolean;
  isFirst: boolean;
  filtered: boolean;
  onMore: (cursor: string) => void;
  onClear: () => void;
}

/** One page of results (a cursor page); the last one offers "Load more". */
function ResultsPage({ filter, after, isLast, isFirst, filtered, onMore, onClear }: PageProps) {
  const [{ data, fetching, error }, reexecute] = useProjects(filter, after);
  if (!data && fetching)
    return <LoadingState label={isFirst ? 'Loading projects…' : 'Loading more projects…'} />;
  if (!data && error)
    return (
      <ErrorState
        error={error}
        title="Projects could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return null;
  const { edges, pageInfo, totalCount } = data.projects;
  if (isFirst && edges.length === 0) {
    return filtered ? (
      <EmptyState
        title="No project matches these filters"
        description="Try fewer filters or other words."
        action={
          <Button variant="light" onClick={onClear}>
            Clear all filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="No project is open to join right now"
        description="Propose one: describe what you want to do and the roles you need."
        action={
          <Button component={Link} to="/projects/new">
            Propose a project
          </Button>
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      {isFirst ? (
        <Text size="sm" c="dimmed" role="status">
          {totalCount === 1 ? '1 project' : `${totalCount.toLocaleString('en')} projects`}
        </Text>
      ) : null}
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {edges.map((edge) => (
          <li key={edge.node.id}>
            <ProjectCard project={edge.node} />
          </li>
        ))}
      </SimpleGrid>
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Group justify="center">
          <Button variant="default" onClick={() => onMore(pageInfo.endCursor as string)}>
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The list of all projects, page after page; the cursors start over when the filters change. */
function ProjectResults({
  filter,
  filtered,
  onClear,
}: {
  filter: ProjectsFilterInput;
  filtered: boolean;
  onClear: () => void;
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Stack gap="sm">
      {cursors.map((after, index) => (
        <ResultsPage
          key={after ?? 'first'}
          filter={filter}
          after={after}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          filtered={filtered}
          onMore={(cursor) => setCursors((current) => [...current, cursor])}
          onClear={onClear}
        />
      ))}
    </Stack>
  );
}

/**
 * The project marketplace: roles recommended for me first, then the projects I may see, filtered; by
 * default those people can still join (not closed, not past their end date).
 */
export default function ProjectsPage() {
  const allHeadingId = useId();
  const [params, setParams] = useSearchParams();
  const criteria = parseMarketplaceParams(params);
  const filter = toProjectsFilter(criteria);
  const filterKey = JSON.stringify(filter);

  return (
    <Stack gap="lg" className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PageTitle>Projects</PageTitle>
        <Group gap="sm">
          <Button component={Link} to="/projects/mine" variant="default">
            My projects
          </Button>
          <Button component={Link} to="/projects/new">
            Propose a project
          </Button>
        </Group>
      </Group>
      <RecommendedRoles />
      <section aria-labelledby={allHeadingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={allHeadingId}>
            {VIEW_HEADINGS[criteria.view]}
          </Title>
          <MarketplaceFilters
            criteria={criteria}
            onChange={(next) => setParams(marketplaceParams(next), { replace: false })}
          />
          <ProjectResults
            key={filterKey}
            filter={filter}
            filtered={hasCriteria(criteria)}
            onClear={() => setParams(marketplaceParams(EMPTY_MARKETPLACE_CRITERIA))}
          />
        </Stack>
      </section>
    </Stack>
  );
}

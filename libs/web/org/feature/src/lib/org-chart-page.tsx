import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useOrgChart, type OrgChartNode } from '@ensemble/web/org/data-access';
import { EmptyState, ErrorState, LoadingState, PageTitle, errorCode } from '@ensemble/web/ui';
import { OrgTree } from './org-tree';
import { orgChartPath } from './org-paths';

const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const ROOT_NOT_FOUND = 'This person is not in the org chart: they may have left, or the link is wrong.';

/** The top of the chart and the teams that came with it, by manager id. */
function arrange(nodes: readonly OrgChartNode[]) {
  const roots = nodes.filter((node) => node.depth === 0);
  const known = new Map<string, OrgChartNode[]>();
  for (const node of nodes) {
    if (node.depth !== 1 || !node.managerId) continue;
    const team = known.get(node.managerId);
    if (team) team.push(node);
    else known.set(node.managerId, [node]);
  }
  return { roots, known };
}

/** /org, or /org?root=<personId> for one person's part of the organisation. */
export default function OrgChartPage() {
  const [params] = useSearchParams();
  const root = params.get('root') || null;
  const [result, reexecute] = useOrgChart(root, 1);
  // While another root loads, urql still holds the previous one's chart: never show it under this URL.
  const sentRoot = (result.operation?.variables as { rootId?: string | null } | undefined)?.rootId ?? null;
  const data = sentRoot === root ? result.data : undefined;
  const error = sentRoot === root ? result.error : undefined;

  let content;
  if (data) {
    const { roots, known } = arrange(data.orgChart.nodes);
    const top = roots.length === 1 ? roots[0] : undefined;
    content =
      roots.length === 0 ? (
        <EmptyState
          title="No one is in the org chart yet."
          description="People appear here once they have signed in or been imported from the HR system."
        />
      ) : (
        <Stack gap="md">
          {root ? (
            <Group gap="lg">
              <Anchor component={Link} to={orgChartPath()}>
                Show the whole organisation
              </Anchor>
              {top?.managerId ? (
                <Anchor component={Link} to={orgChartPath(top.managerId)}>
                  Up to {top.person.displayName}&rsquo;s manager
                </Anchor>
              ) : null}
            </Group>
          ) : null}
          {data.orgChart.truncated ? (
            <Alert variant="light" color="yellow" title="Not everyone is shown">
              <Text size="sm">
                This part of the organisation is large: only the first{' '}
                {data.orgChart.nodes.length.toLocaleString('en')} people are shown. Open a person&rsquo;s
                chart from their team to see more.
              </Text>
            </Alert>
          ) : null}
          <OrgTree
            // A new root is a new tree: focus and open teams start afresh.
            key={root ?? 'top'}
            roots={roots}
            known={known}
            label={top ? `Org chart from ${top.person.displayName}` : 'Org chart'}
            describedBy="org-chart-help"
            initiallyExpanded={roots
              .filter((node) => known.has(node.person.id))
              .map((node) => node.person.id)}
          />
        </Stack>
      );
  } else if (error) {
    const notFound = NOT_FOUND_CODES.has(errorCode(error) ?? '');
    content = (
      <ErrorState
        error={error}
        title={notFound ? 'Not found' : 'The org chart could not be loaded'}
        messages={{ NOT_FOUND: ROOT_NOT_FOUND, BAD_USER_INPUT: ROOT_NOT_FOUND }}
        onRetry={notFound ? undefined : () => reexecute({ requestPolicy: 'network-only' })}
        action={
          root ? (
            <Anchor component={Link} to={orgChartPath()} size="sm">
              Show the whole organisation
            </Anchor>
          ) : undefined
        }
      />
    );
  } else {
    content = <LoadingState label="Loading the org chart…" />;
  }

  return (
    <Stack gap="lg">
      <PageTitle>Org chart</PageTitle>
      <Text c="dimmed" size="sm" id="org-chart-help">
        Open a team to see who reports to whom. With the keyboard: arrow keys move through the chart, Right
        opens a team and Left closes it, Enter opens the person&rsquo;s page.
      </Text>
      {content}
    </Stack>
  );
}

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { Route, Routes, useLocation } from 'react-router';
import { TestProviders, createMockClient, type MockResolver } from '@ensemble/web/ui';
import type { OrgChartNode } from '@ensemble/web/org/data-access';
import OrgChartPage from '../org-chart-page';

function node(
  id: string,
  name: string,
  depth: number,
  managerId: string | null,
  reportCount: number,
  title: string | null = null,
): OrgChartNode {
  const [givenName = '', familyName = ''] = name.split(' ');
  return {
    depth,
    managerId,
    reportCount,
    person: { id, displayName: name, givenName, familyName, title, avatarUrl: null },
  };
}

const ada = (depth = 0) => node('p-ada', 'Ada Lovelace', depth, null, 3, 'CEO');
const alan = (depth = 1) => node('p-alan', 'Alan Turing', depth, 'p-ada', 2, 'VP Research');
const grace = node('p-grace', 'Grace Hopper', 1, 'p-ada', 0, 'Admiral');
const kath = (depth = 1) => node('p-kath', 'Katherine Johnson', depth, 'p-ada', 120, 'Head of Computing');
const bigTeam = Array.from({ length: 120 }, (_, index) =>
  node(`p-c${index}`, `Computer ${String(index).padStart(3, '0')}`, 1, 'p-kath', 0),
);

/** Answers orgChart by root, as the API does with depth 1. */
const charts: Record<string, { truncated: boolean; nodes: OrgChartNode[] }> = {
  top: { truncated: false, nodes: [ada(), alan(), grace, kath()] },
  'p-alan': {
    truncated: false,
    nodes: [
      alan(0),
      node('p-joan', 'Joan Clarke', 1, 'p-alan', 0),
      node('p-tim', 'Tim Berners-Lee', 1, 'p-alan', 0),
    ],
  },
  'p-kath': { truncated: false, nodes: [kath(0), ...bigTeam] },
};

const answer: MockResolver = ({ operationName, variables }) => {
  if (operationName !== 'OrgChart') return undefined;
  const chart = charts[(variables['rootId'] as string | null) ?? 'top'];
  return chart ? { data: { orgChart: chart } } : undefined;
};

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderChart(resolve: MockResolver = answer, url = '/org') {
  const client = createMockClient(resolve);
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <Routes>
        <Route path="/org" element={<OrgChartPage />} />
        <Route path="/people/:id" element={<h1>Person page</h1>} />
      </Routes>
      <LocationProbe />
    </TestProviders>,
  );
  return client;
}

const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name}`) });
const visibleNames = () =>
  screen.getAllByRole('treeitem').map((element) => element.getAttribute('data-tree-id'));

describe('OrgChartPage', () => {
  it('shows the top of the organisation as a tree, its first team open', () => {
    const client = renderChart();
    expect(client.requests).toEqual([{ operationName: 'OrgChart', variables: { rootId: null, depth: 1 } }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Org chart' })).toBeInTheDocument();
    const tree = screen.getByRole('tree', { name: 'Org chart from Ada Lovelace' });
    expect(tree).toHaveAccessibleDescription(/arrow keys move through the chart/);

    const top = item('Ada Lovelace');
    expect(top).toHaveAttribute('aria-expanded', 'true');
    expect(top).toHaveAttribute('aria-level', '1');
    expect(top).toHaveAccessibleName('Ada Lovelace CEO 3 reports');
    expect(within(top).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/people/p-ada');
    const team = within(top).getByRole('group');
    expect(
      within(team)
        .getAllByRole('treeitem')
        .map((element) => element.getAttribute('aria-posinset')),
    ).toEqual(['1', '2', '3']);
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'false');
    expect(item('Alan Turing')).toHaveAttribute('aria-level', '2');
    expect(item('Alan Turing')).toHaveAttribute('aria-setsize', '3');
    // A person without reports is a leaf: no aria-expanded.
    expect(item('Grace Hopper')).not.toHaveAttribute('aria-expanded');
    expect(item('Grace Hopper')).toHaveTextContent('No reports');
    // One tab stop for the whole tree.
    expect(screen.getAllByRole('treeitem').filter((element) => element.tabIndex === 0)).toEqual([top]);
  });

  it('moves with the arrow keys and opens teams lazily', async () => {
    const user = userEvent.setup();
    const client = renderChart();
    await user.tab();
    expect(item('Ada Lovelace')).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(item('Alan Turing')).toHaveFocus();
    expect(item('Alan Turing').tabIndex).toBe(0);
    expect(item('Ada Lovelace').tabIndex).toBe(-1);

    await user.keyboard('{ArrowRight}');
    expect(client.requests.at(-1)).toEqual({
      operationName: 'OrgChart',
      variables: { rootId: 'p-alan', depth: 1 },
    });
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'true');
    expect(item('Alan Turing')).toHaveFocus();
    expect(visibleNames()).toEqual(['p-ada', 'p-alan', 'p-joan', 'p-tim', 'p-grace', 'p-kath']);

    await user.keyboard('{ArrowRight}');
    expect(item('Joan Clarke')).toHaveFocus();
    expect(item('Joan Clarke')).toHaveAttribute('aria-level', '3');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(item('Grace Hopper')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(item('Alan Turing')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^Joan Clarke/ })).not.toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(item('Ada Lovelace')).toHaveFocus();

    await user.keyboard('{End}');
    expect(item('Katherine Johnson')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Ada Lovelace')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Ada Lovelace')).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'true');
    expect(item('Joan Clarke')).toBeInTheDocument();
  });

  it('opens the person with Enter', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByTestId('location')).toHaveTextContent('/people/p-grace');
    expect(screen.getByRole('heading', { name: 'Person page' })).toBeInTheDocument();
  });

  it('opens and closes a team with a click on its row, keeping a tab stop', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.click(within(item('Alan Turing')).getByText('VP Research'));
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(item('Joan Clarke')).getByText('No reports'));
    expect(item('Joan Clarke')).toHaveFocus();
    // Closing Ada's team, which holds the focus, moves focus to Ada.
    await user.click(within(item('Ada Lovelace')).getByText('CEO'));
    expect(item('Ada Lovelace')).toHaveAttribute('aria-expanded', 'false');
    expect(item('Ada Lovelace')).toHaveFocus();
    expect(item('Ada Lovelace').tabIndex).toBe(0);
  });

  it('shows a large team 50 at a time', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.keyboard('{End}{ArrowRight}');
    const team = within(item('Katherine Johnson')).getByRole('group');
    expect(within(team).getAllByRole('treeitem')).toHaveLength(51);
    const more = within(team).getByRole('treeitem', { name: 'Show 50 more (70 not shown)' });
    expect(item('Computer 000')).toHaveAttribute('aria-setsize', '120');

    await user.keyboard('{ArrowRight}{End}');
    expect(more).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(item('Computer 050')).toHaveFocus();
    expect(within(team).getAllByRole('treeitem')).toHaveLength(101);
    await user.click(within(team).getByRole('treeitem', { name: 'Show 20 more (20 not shown)' }));
    expect(within(team).getAllByRole('treeitem')).toHaveLength(120);
    expect(item('Computer 100')).toHaveFocus();
  });

  it('says a team is loading while its reports are fetched', async () => {
    const user = userEvent.setup();
    renderChart((request) => (request.variables['rootId'] === 'p-alan' ? undefined : answer(request)));
    await user.click(within(item('Alan Turing')).getByText('VP Research'));
    expect(within(item('Alan Turing')).getByRole('status')).toHaveTextContent('Loading Alan Turing’s team…');
  });

  it('starts from a person given in the URL, with ways up', () => {
    const client = renderChart(answer, '/org?root=p-alan');
    expect(client.requests).toEqual([
      { operationName: 'OrgChart', variables: { rootId: 'p-alan', depth: 1 } },
    ]);
    expect(screen.getByRole('tree', { name: 'Org chart from Alan Turing' })).toBeInTheDocument();
    expect(item('Alan Turing')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Show the whole organisation' })).toHaveAttribute('href', '/org');
    expect(screen.getByRole('link', { name: 'Up to Alan Turing’s manager' })).toHaveAttribute(
      'href',
      '/org?root=p-ada',
    );
  });

  it('says when the chart was cut short', () => {
    renderChart(() => ({ data: { orgChart: { ...charts['top'], truncated: true } } }));
    expect(screen.getByText('Not everyone is shown')).toBeInTheDocument();
  });

  it('explains an unknown root person and an empty organisation', () => {
    const { unmount } = render(
      <TestProviders
        client={createMockClient(() => ({
          error: new CombinedError({
            graphQLErrors: [new GraphQLError('No.', { extensions: { code: 'NOT_FOUND' } })],
          }),
        }))}
        initialEntries={['/org?root=p-gone']}
      >
        <Routes>
          <Route path="/org" element={<OrgChartPage />} />
        </Routes>
      </TestProviders>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This person is not in the org chart');
    expect(screen.getByRole('link', { name: 'Show the whole organisation' })).toHaveAttribute('href', '/org');
    unmount();

    renderChart(() => ({ data: { orgChart: { truncated: false, nodes: [] } } }));
    expect(screen.getByText('No one is in the org chart yet.')).toBeInTheDocument();
  });

  it('shows a loading state first', () => {
    renderChart(() => undefined);
    expect(screen.getByText('Loading the org chart…').closest('[role="status"]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });
});

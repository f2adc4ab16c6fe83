import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { TestProviders, createMockClient, type MockResolver } from '@ensemble/web/ui';
import ProjectsPage from '../projects-page';
import { PYTHON, card, errorWithCode, recommended } from './fixtures';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderPage(resolve: MockResolver, url = '/projects') {
  const client = createMockClient((request) => {
    if (request.operationName === 'Departments') return { data: { departments: [] } };
    if (request.operationName === 'SkillName')
      return { data: { skill: { id: PYTHON, name: 'Python', status: 'ACTIVE' } } };
    return resolve(request);
  });
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <Routes>
        <Route
          path="/projects"
          element={
            <>
              <ProjectsPage />
              <Location />
            </>
          }
        />
      </Routes>
    </TestProviders>,
  );
  return client;
}

function page(count: number, hasNextPage: boolean, from = 1) {
  return {
    projects: {
      totalCount: hasNextPage ? count * 2 : count,
      edges: Array.from({ length: count }, (_, index) => ({
        cursor: `c${from + index}`,
        node: card(from + index),
      })),
      pageInfo: { hasNextPage, endCursor: hasNextPage ? `c${from + count - 1}` : null },
    },
  };
}

describe('ProjectsPage', () => {
  it('shows the recommended roles first, each with its per-skill reasons, hours and seats left', () => {
    renderPage((request) => {
      if (request.operationName === 'RecommendedRoles') return { data: recommended };
      if (request.operationName === 'Projects') return { data: page(2, false) };
      return undefined;
    });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Recommended for you', 'Projects you can join']);

    const recommendedSection = screen.getByRole('region', { name: 'Recommended for you' });
    expect(
      within(recommendedSection).getByRole('link', { name: 'Pipeline engineer · Data platform' }),
    ).toHaveAttribute('href', '/projects/a0000000-0000-4000-8000-000000000001');
    expect(within(recommendedSection).getByText('2 seats left')).toBeInTheDocument();
    expect(within(recommendedSection).getByText('8 h a week needed, you have 12 h free')).toBeInTheDocument();
    const reasons = within(recommendedSection).getByRole('list', { name: 'Why Pipeline engineer fits you' });
    const items = within(reasons)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringContaining(
        'Python (must-have, level 3+): you are at level 4: meets the minimum; 2 endorsements',
      ),
      expect.stringContaining('Kubernetes (nice-to-have, level 2+): you do not list it'),
    ]);

    const all = screen.getByRole('region', { name: 'Projects you can join' });
    expect(within(all).getByRole('link', { name: 'Project 1' })).toBeInTheDocument();
    expect(within(all).getByRole('link', { name: 'Project 2' })).toBeInTheDocument();
  });

  it('reads the filters from the URL and sends them to the API', () => {
    const client = renderPage(
      (request) =>
        request.operationName === 'Projects' ? { data: page(1, false) } : { data: { recommendedRoles: [] } },
      `/projects?q=data&skill=${PYTHON}&maxHours=10&status=FORMING&status=ACTIVE`,
    );
    expect(client.requests.find((request) => request.operationName === 'Projects')?.variables).toEqual({
      filter: {
        view: 'JOINABLE',
        text: 'data',
        skillIds: [PYTHON],
        maxHoursPerWeek: 10,
        statuses: ['FORMING', 'ACTIVE'],
      },
      first: 20,
      after: null,
    });
    expect(screen.getByRole('checkbox', { name: 'Forming' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Remove skill filter Python' })).toBeInTheDocument();
  });

  it('puts a status filter into the URL', async () => {
    const user = userEvent.setup();
    renderPage((request) =>
      request.operationName === 'Projects' ? { data: page(1, false) } : { data: { recommendedRoles: [] } },
    );
    await user.click(screen.getByRole('checkbox', { name: 'Active' }));
    expect(screen.getByTestId('location')).toHaveTextContent('?status=ACTIVE');
    await user.type(
      screen.getByRole('textbox', { name: 'Words in the title, summary or description' }),
      'ml{Enter}',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('?q=ml&status=ACTIVE');
  });

  it('loads the next page with the cursor', async () => {
    const user = userEvent.setup();
    const client = renderPage((request) => {
      if (request.operationName === 'RecommendedRoles') return { data: { recommendedRoles: [] } };
      if (request.operationName !== 'Projects') return undefined;
      return request.variables['after'] === 'c2' ? { data: page(2, false, 3) } : { data: page(2, true) };
    });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      client.requests.filter((request) => request.operationName === 'Projects').at(-1)?.variables['after'],
    ).toBe('c2');
    expect(screen.getByRole('link', { name: 'Project 4' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Project 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('explains an empty result, an empty recommendation list and a failed load', () => {
    renderPage((request) => {
      if (request.operationName === 'RecommendedRoles')
        return { error: errorWithCode('INTERNAL_SERVER_ERROR') };
      return { data: page(0, false) };
    }, '/projects?status=ACTIVE');
    expect(screen.getByText('No project matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Recommendations could not be loaded');
  });

  it('says when nothing is recommended', () => {
    renderPage((request) =>
      request.operationName === 'RecommendedRoles'
        ? { data: { recommendedRoles: [] } }
        : { data: page(0, false) },
    );
    expect(screen.getByText('No recommendations yet')).toBeInTheDocument();
    expect(screen.getByText('No project is open to join right now')).toBeInTheDocument();
  });

  it('lists the projects people can still join by default, and the ended or all ones on request, in the URL', async () => {
    const user = userEvent.setup();
    const client = renderPage((request) =>
      request.operationName === 'Projects' ? { data: page(1, false) } : { data: { recommendedRoles: [] } },
    );
    const filters = () =>
      client.requests
        .filter((request) => request.operationName === 'Projects')
        .map((request) => request.variables['filter']);
    expect(filters()).toEqual([{ view: 'JOINABLE' }]);
    expect(screen.getByTestId('location')).toHaveTextContent(/^$/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'ENDED');
    expect(screen.getByTestId('location')).toHaveTextContent('?show=ended');
    expect(filters().at(-1)).toEqual({ view: 'ENDED' });
    expect(screen.getByRole('heading', { level: 2, name: 'Ended projects' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'ALL');
    expect(screen.getByTestId('location')).toHaveTextContent('?show=all');
    expect(filters().at(-1)).toEqual({ view: 'ALL' });
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^$/);
    expect(filters().at(-1)).toEqual({ view: 'JOINABLE' });
  });

  it('marks a project past its end date, and asks its leads to complete or extend it', () => {
    renderPage(
      (request) =>
        request.operationName === 'Projects'
          ? {
              data: {
                projects: {
                  totalCount: 2,
                  edges: [
                    { cursor: 'c1', node: card(1, { pastEnd: true, viewerIsLead: true }) },
                    { cursor: 'c2', node: card(2, { pastEnd: true }) },
                  ],
                  pageInfo: { hasNextPage: false, endCursor: null },
                },
              },
            }
          : { data: { recommendedRoles: [] } },
      '/projects?show=ended',
    );
    expect(screen.getAllByText('Past end date')).toHaveLength(2);
    const prompt = screen.getByRole('link', { name: 'mark it completed or extend it' });
    expect(prompt).toHaveAttribute('href', '/projects/a0000000-0000-4000-8000-000000000001');
    expect(screen.getAllByRole('link', { name: 'mark it completed or extend it' })).toHaveLength(1);
  });
});

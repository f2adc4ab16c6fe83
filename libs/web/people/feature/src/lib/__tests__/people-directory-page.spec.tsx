import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { TestProviders, createMockClient, type MockRequest } from '@ensemble/web/ui';
import PeopleDirectoryPage from '../people-directory-page';
import { departments, summary } from './fixtures';

const everyone = [
  summary('p-ada', 'Ada', 'Lovelace', 'CEO'),
  summary('p-grace', 'Grace', 'Hopper', 'Staff Engineer'),
  summary('p-alan', 'Alan', 'Turing'),
];

/** A fake `people` resolver: filters by name, pages of two with cursors "c<index>". */
function people({ variables }: MockRequest) {
  const filter = (variables['filter'] ?? {}) as { name?: string; departmentId?: string };
  const matching = everyone.filter(
    (person) =>
      (!filter.name || person.displayName.toLowerCase().includes(filter.name.toLowerCase())) &&
      (!filter.departmentId || person.department?.id === filter.departmentId),
  );
  const start = variables['after'] ? Number(String(variables['after']).slice(1)) + 1 : 0;
  const page = matching.slice(start, start + 2);
  return {
    data: {
      people: {
        totalCount: matching.length,
        pageInfo: {
          hasNextPage: start + 2 < matching.length,
          endCursor: page.length ? `c${start + page.length - 1}` : null,
        },
        edges: page.map((node, index) => ({ cursor: `c${start + index}`, node })),
      },
    },
  };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderDirectory(url = '/people') {
  const client = createMockClient((request) => {
    if (request.operationName === 'PeopleDirectory') return people(request);
    if (request.operationName === 'Departments') return { data: { departments } };
    return undefined;
  });
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <Routes>
        <Route
          path="/people"
          element={
            <>
              <PeopleDirectoryPage />
              <LocationProbe />
            </>
          }
        />
      </Routes>
    </TestProviders>,
  );
  const directoryRequests = () =>
    client.requests.filter((request) => request.operationName === 'PeopleDirectory');
  return { client, directoryRequests };
}

const names = () =>
  within(screen.getByRole('list', { name: 'People' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
const location = () => screen.getByTestId('location').textContent;

describe('PeopleDirectoryPage', () => {
  it('renders people as links to their pages and the total count', () => {
    renderDirectory();
    expect(screen.getByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(screen.getByTestId('people-count')).toHaveTextContent('3 people');
    expect(names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(screen.getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/people/p-grace');
    expect(document.title).toBe('People · Ensemble');
  });

  it('asks for the first page of 20 without filters', () => {
    const { directoryRequests } = renderDirectory();
    expect(directoryRequests()[0]?.variables).toEqual({ first: 20, after: null, filter: {} });
  });

  it('pages forward with the endCursor and back with the cursor stack', async () => {
    const user = userEvent.setup();
    const { directoryRequests } = renderDirectory();
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(pagination).getByRole('button', { name: 'Next page' }));

    expect(directoryRequests().at(-1)?.variables).toMatchObject({ after: 'c1' });
    expect(location()).toBe('/people?after=c1');
    expect(names()).toEqual(['Alan Turing']);
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));

    expect(location()).toBe('/people');
    expect(names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(directoryRequests().at(-1)?.variables).toMatchObject({ after: null });
  });

  it('searches by name after a pause in typing and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    const { directoryRequests } = renderDirectory();

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'grace');

    await waitFor(() => expect(location()).toBe('/people?name=grace'));
    // Debounced: one request for the finished word, not one per keystroke.
    const named = directoryRequests().filter(
      (request) => (request.variables['filter'] as { name?: string }).name,
    );
    expect(named.map((request) => request.variables['filter'])).toEqual([{ name: 'grace' }]);
    expect(screen.getByTestId('people-count')).toHaveTextContent('1 person matches');
    expect(names()).toEqual(['Grace Hopper']);
  });

  it('reads the filters from the URL', () => {
    const { directoryRequests } = renderDirectory('/people?name=ada&department=d-eng');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('ada');
    expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue('d-eng');
    expect(directoryRequests()[0]?.variables).toEqual({
      first: 20,
      after: null,
      filter: { name: 'ada', departmentId: 'd-eng' },
    });
  });

  it('filters by department from the departments list', async () => {
    const user = userEvent.setup();
    renderDirectory();
    const select = screen.getByRole('combobox', { name: 'Department' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All departments', 'Engineering', 'Operations']);

    await user.selectOptions(select, 'Operations');

    expect(location()).toBe('/people?department=d-ops');
    expect(screen.getByText('No one in Operations yet.')).toBeInTheDocument();
  });

  it('shows the empty state with a way to clear the filters', async () => {
    const user = userEvent.setup();
    renderDirectory('/people?name=xyz');
    expect(screen.getByTestId('people-count')).toHaveTextContent('0 people match');
    const empty = screen.getByTestId('empty-state');
    expect(empty).toHaveTextContent('No one matches “xyz”.');

    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));

    expect(location()).toBe('/people');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
    expect(names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('shows a loading state while the first page loads', () => {
    const client = createMockClient(() => undefined);
    render(
      <TestProviders client={client} initialEntries={['/people']}>
        <PeopleDirectoryPage />
      </TestProviders>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading people…');
  });
});

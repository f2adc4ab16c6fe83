import { render, screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { TestProviders, createMockClient, type MockResolver } from '@ensemble/web/ui';
import PersonPage from '../person-page';
import { grace } from './fixtures';

function renderPerson(resolve: MockResolver, id = 'p-grace') {
  const client = createMockClient(resolve);
  render(
    <TestProviders client={client} initialEntries={[`/people/${id}`]}>
      <Routes>
        <Route path="/people/:id" element={<PersonPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

function errorWithCode(code: string, message = 'Failed.') {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });
}

describe('PersonPage', () => {
  it('asks for the person in the URL', () => {
    const client = renderPerson(() => ({ data: { person: grace } }));
    expect(client.requests).toEqual([{ operationName: 'Person', variables: { id: 'p-grace' } }]);
  });

  it('shows the person: name as the h1, title, department, location, email and bio', () => {
    renderPerson(() => ({ data: { person: grace } }));
    expect(screen.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Staff Engineer')).toBeInTheDocument();
    expect(screen.getByText('Arlington')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'grace.hopper@example.com' })).toHaveAttribute(
      'href',
      'mailto:grace.hopper@example.com',
    );
    expect(screen.getByText('Compilers, COBOL and nanoseconds.')).toBeInTheDocument();
    expect(document.title).toBe('Grace Hopper · Ensemble');
  });

  it('renders the manager chain from the top of the organisation down, as links', () => {
    renderPerson(() => ({ data: { person: grace } }));
    const chain = screen.getByRole('navigation', { name: 'Manager chain' });
    const links = within(chain).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/people/p-ada', '/people/p-alan']);
    const items = within(chain).getAllByRole('listitem');
    expect(items[items.length - 1]).toHaveAttribute('aria-current', 'page');
    expect(items[items.length - 1]).toHaveTextContent('Grace Hopper');
  });

  it('lists the direct reports with links to their pages', () => {
    renderPerson(() => ({ data: { person: grace } }));
    expect(screen.getByRole('heading', { level: 2, name: 'Direct reports (2)' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Direct reports of Grace Hopper' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Katherine Johnson', '/people/p-kath'],
      ['Margaret Hamilton', '/people/p-marg'],
    ]);
  });

  it('says so when someone is at the top and has no reports', () => {
    renderPerson(() => ({
      data: { person: { ...grace, managerChain: [], directReports: [], directReportCount: 0 } },
    }));
    expect(screen.queryByRole('navigation', { name: 'Manager chain' })).not.toBeInTheDocument();
    expect(screen.getByText('Grace Hopper is at the top of the organisation.')).toBeInTheDocument();
    expect(screen.getByText('Grace has no direct reports.')).toBeInTheDocument();
  });

  it('shows the NOT_FOUND error state', () => {
    renderPerson(() => ({ error: errorWithCode('NOT_FOUND', 'Person p-gone was not found.') }), 'p-gone');
    expect(screen.getByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This person does not exist or was removed.');
    expect(screen.getByRole('link', { name: 'Browse the people directory' })).toHaveAttribute(
      'href',
      '/people',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('treats a malformed id (BAD_USER_INPUT) as not found', () => {
    renderPerson(() => ({ error: errorWithCode('BAD_USER_INPUT') }), 'not-a-uuid');
    expect(screen.getByRole('alert')).toHaveTextContent('This person does not exist or was removed.');
  });

  it('shows a friendly message and a retry for other errors', () => {
    renderPerson(() => ({ error: errorWithCode('INTERNAL_SERVER_ERROR', 'SELECT * FROM secrets failed') }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while loading this page.');
    expect(alert).not.toHaveTextContent('SELECT');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows an accessible loading state while the query runs', () => {
    renderPerson(() => undefined);
    expect(screen.getByRole('status')).toHaveTextContent('Loading profile…');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Loading profile' })).toBeInTheDocument();
  });
});

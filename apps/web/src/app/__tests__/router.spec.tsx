import { render, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { TestProviders, createMockClient } from '@ensemble/web/ui';
import { AppRoutes } from '../router';

const person = {
  id: 'p-ada',
  email: 'ada@example.com',
  displayName: 'Ada Lovelace',
  givenName: 'Ada',
  familyName: 'Lovelace',
  title: null,
  location: null,
  bio: null,
  avatarUrl: null,
  department: null,
  managerChain: [],
  directReports: [],
  directReportCount: 0,
  skills: [],
};

function Path() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function renderApp(url: string) {
  const client = createMockClient(({ operationName }) =>
    operationName === 'Viewer' || operationName === 'MyProfile' ? { data: { viewer: person } } : undefined,
  );
  render(
    <TestProviders client={client} initialEntries={[url]}>
      <AppRoutes />
      <Path />
    </TestProviders>,
  );
}

describe('AppRoutes', () => {
  it('redirects / to My profile', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/me');
  });

  it('shows a Not found page, inside the shell, for an unknown route', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my profile' })).toHaveAttribute('href', '/me');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it.each([
    ['/skills/s-1', 'Loading skill'],
    ['/departments/d-1', 'Loading department'],
    ['/org', 'Org chart'],
    ['/search', 'Search people'],
    ['/skills/s-1/experts', 'Loading experts'],
    ['/notifications', 'Notifications'],
    ['/projects', 'Projects'],
    ['/projects/new', 'Propose a project'],
    ['/projects/mine', 'My projects'],
    ['/projects/pr-1', 'Project'],
    ['/projects/pr-1/edit', 'Edit project'],
  ])('serves %s lazily inside the shell', async (url, heading) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent(url);
  });

  it('sends /projects/inbox (where application notifications link) to My projects', async () => {
    renderApp('/projects/inbox');
    expect(await screen.findByRole('heading', { level: 1, name: 'My projects' })).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/projects/mine');
  });

  it('serves the sign-in page outside the shell', async () => {
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Ensemble' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { TestProviders, createMockClient, type MockRequest, type MockResolver } from '@ensemble/web/ui';
import type { DepartmentResult } from '@ensemble/web/org/data-access';
import DepartmentPage from '../department-page';

function person(id: string, givenName: string, familyName: string, title: string | null = null) {
  return {
    id,
    givenName,
    familyName,
    displayName: `${givenName} ${familyName}`,
    title,
    avatarUrl: null,
    department: { id: 'd-platform', name: 'Platform' },
  };
}

const platform: DepartmentResult['department'] = {
  id: 'd-platform',
  name: 'Platform',
  memberCount: 30,
  head: person('p-grace', 'Grace', 'Hopper', 'Director of Platform'),
  parent: { id: 'd-eng', name: 'Engineering' },
  children: [
    { id: 'd-infra', name: 'Infrastructure', memberCount: 12 },
    { id: 'd-tools', name: 'Developer tools', memberCount: 1 },
  ],
};

const members = Array.from({ length: 30 }, (_, index) =>
  person(`p-${index}`, `Member${String(index).padStart(2, '0')}`, 'Platform'),
);

/** A fake members connection: pages of `first` with cursors "c<index>". */
function membersPage({ variables }: MockRequest) {
  const first = Number(variables['first']);
  const start = variables['after'] ? Number(String(variables['after']).slice(1)) + 1 : 0;
  const page = members.slice(start, start + first);
  return {
    data: {
      department: {
        id: 'd-platform',
        members: {
          totalCount: members.length,
          pageInfo: {
            hasNextPage: start + first < members.length,
            endCursor: page.length ? `c${start + page.length - 1}` : null,
          },
          edges: page.map((node, index) => ({ cursor: `c${start + index}`, node })),
        },
      },
    },
  };
}

const answer: MockResolver = (request) => {
  if (request.operationName === 'Department') return { data: { department: platform } };
  if (request.operationName === 'DepartmentMembers') return membersPage(request);
  return undefined;
};

function renderDepartment(resolve: MockResolver, id = 'd-platform') {
  const client = createMockClient(resolve);
  render(
    <TestProviders client={client} initialEntries={[`/departments/${id}`]}>
      <Routes>
        <Route path="/departments/:id" element={<DepartmentPage />} />
      </Routes>
    </TestProviders>,
  );
  return client;
}

const memberList = () => screen.getByRole('list', { name: 'Members of Platform' });

describe('DepartmentPage', () => {
  it('shows the department: name, member count, parent, head and sub-departments as links', () => {
    const client = renderDepartment(answer);
    expect(client.requests[0]).toEqual({ operationName: 'Department', variables: { id: 'd-platform' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Platform' })).toBeInTheDocument();
    expect(document.title).toBe('Platform · Ensemble');
    expect(screen.getByText('30 people')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Engineering' })).toHaveAttribute('href', '/departments/d-eng');
    expect(screen.getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/people/p-grace');
    expect(screen.getByText('Director of Platform')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the org chart from Grace Hopper' })).toHaveAttribute(
      'href',
      '/org?root=p-grace',
    );
    const teams = screen.getByRole('heading', { level: 2, name: 'Teams within Platform' }).closest('section');
    expect(teams).not.toBeNull();
    const links = within(teams as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Infrastructure', '/departments/d-infra'],
      ['Developer tools', '/departments/d-tools'],
    ]);
    expect(within(teams as HTMLElement).getByText('· 1 person')).toBeInTheDocument();
  });

  it('lists members a page at a time and loads more on request', async () => {
    const user = userEvent.setup();
    const client = renderDepartment(answer);
    expect(within(memberList()).getAllByRole('listitem')).toHaveLength(24);
    expect(screen.getByTestId('members-count')).toHaveTextContent('Showing 24 of 30 people');
    expect(within(memberList()).getByRole('link', { name: 'Member00 Platform' })).toHaveAttribute(
      'href',
      '/people/p-0',
    );

    await user.click(screen.getByRole('button', { name: 'Load more members' }));

    expect(client.requests.at(-1)).toEqual({
      operationName: 'DepartmentMembers',
      variables: { id: 'd-platform', first: 24, after: 'c23' },
    });
    const names = within(memberList())
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(members.map((member) => member.displayName));
    expect(screen.getByRole('link', { name: 'Member24 Platform' })).toHaveFocus();
    expect(screen.getByTestId('members-count')).toHaveTextContent('30 people');
    expect(screen.queryByRole('button', { name: 'Load more members' })).not.toBeInTheDocument();
  });

  it('says when a department has no head, sub-departments or members', () => {
    const empty = { ...platform, memberCount: 0, head: null, parent: null, children: [] };
    renderDepartment((request) =>
      request.operationName === 'Department'
        ? { data: { department: empty } }
        : {
            data: {
              department: {
                id: 'd-platform',
                members: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
              },
            },
          },
    );
    expect(screen.getByText('No one heads this department yet.')).toBeInTheDocument();
    expect(screen.getByText('No one is in Platform yet.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Teams within/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /org chart/ })).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown department', () => {
    renderDepartment(
      () => ({
        error: new CombinedError({
          graphQLErrors: [new GraphQLError('No.', { extensions: { code: 'NOT_FOUND' } })],
        }),
      }),
      'd-gone',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Department not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This department does not exist or was removed.');
  });

  it('shows a loading state while the department loads, and an error when members fail', () => {
    const { unmount } = render(
      <TestProviders client={createMockClient(() => undefined)} initialEntries={['/departments/d-platform']}>
        <Routes>
          <Route path="/departments/:id" element={<DepartmentPage />} />
        </Routes>
      </TestProviders>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading department…');
    unmount();

    renderDepartment((request) =>
      request.operationName === 'Department'
        ? { data: { department: platform } }
        : { error: new CombinedError({ networkError: new Error('offline') }) },
    );
    expect(screen.getByText('Members could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

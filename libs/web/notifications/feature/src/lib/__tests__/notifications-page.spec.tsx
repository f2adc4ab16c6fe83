import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue, never } from 'wonka';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import {
  TestProviders,
  createMockClient,
  formatDate,
  type MockRequest,
  type MockResolver,
} from '@ensemble/web/ui';
import NotificationsPage, { timeAgo } from '../notifications-page';

function operationName(query: DocumentNode): string {
  const definition = query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  return definition?.name?.value ?? '';
}

/** The shared mock client, plus mutations answered by `mutate` and recorded with their context. */
function createClient(resolve: MockResolver, mutate: MockResolver) {
  const client = createMockClient(resolve);
  const mutations: Array<MockRequest & { context: Record<string, unknown> }> = [];
  Object.assign(client, {
    executeMutation: (
      request: { query: DocumentNode; variables?: Record<string, unknown> },
      context: Record<string, unknown> = {},
    ) => {
      const mockRequest = { operationName: operationName(request.query), variables: request.variables ?? {} };
      mutations.push({ ...mockRequest, context });
      const result = mutate(mockRequest);
      return result ? fromValue({ operation: request, stale: false, hasNext: false, ...result }) : never;
    },
  });
  return Object.assign(client, { mutations });
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function notification(index: number, read: boolean) {
  return {
    id: `n0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    kind: 'saved_search.new_matches',
    message: `${index + 1} new people match your saved search “Search ${index}”.`,
    link: `/search?saved=s-${index}`,
    createdAt: minutesAgo(5 + index * 60),
    readAt: read ? minutesAgo(1) : null,
  };
}

function page(items: ReturnType<typeof notification>[], unreadCount: number, hasNextPage = false) {
  return {
    data: {
      notifications: {
        unreadCount,
        totalCount: items.length,
        pageInfo: { hasNextPage, endCursor: items.at(-1)?.id ?? null },
        edges: items.map((node) => ({ cursor: node.id, node })),
      },
    },
  };
}

function renderInbox(
  resolve: MockResolver,
  mutate: MockResolver = () => ({ data: { markNotificationsRead: 2 } }),
) {
  const client = createClient(resolve, mutate);
  render(
    <TestProviders client={client} initialEntries={['/notifications']}>
      <NotificationsPage />
    </TestProviders>,
  );
  return client;
}

describe('NotificationsPage', () => {
  it('lists notifications newest first, unread ones marked, each with its time and link', () => {
    const client = renderInbox(() => page([notification(0, false), notification(1, true)], 1));
    expect(client.requests[0]).toEqual({
      operationName: 'Notifications',
      variables: { first: 20, after: null },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(screen.getByTestId('unread-summary')).toHaveTextContent('1 unread');
    const items = within(screen.getByRole('list', { name: 'Notifications' })).getAllByTestId('notification');
    expect(items[0]).toHaveTextContent('New');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: /1 new people match/ })).toHaveAttribute(
      'href',
      '/search?saved=s-0',
    );
    expect(within(items[0] as HTMLElement).getByText('5 minutes ago')).toBeInTheDocument();
    expect(items[1]).not.toHaveTextContent('New');
    expect(within(items[1] as HTMLElement).getByText('1 hour ago')).toBeInTheDocument();
  });

  it('marks all as read', async () => {
    const user = userEvent.setup();
    const client = renderInbox(() => page([notification(0, false), notification(1, false)], 2));
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(client.mutations).toEqual([
      {
        operationName: 'MarkNotificationsRead',
        variables: {},
        context: { additionalTypenames: ['Notification'] },
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('All notifications are marked as read.');
    expect(screen.getByRole('list', { name: 'Notifications' })).toHaveFocus();
  });

  it('marks one read when it is opened', async () => {
    const user = userEvent.setup();
    const client = renderInbox(() => page([notification(0, false)], 1));
    await user.click(screen.getByRole('link', { name: /1 new people match/ }));
    expect(client.mutations.at(-1)).toMatchObject({
      operationName: 'MarkNotificationsRead',
      variables: { ids: [notification(0, false).id] },
    });
  });

  it('says when there is nothing yet', () => {
    renderInbox(() => page([], 0));
    expect(screen.getByText('No notifications yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search for people' })).toHaveAttribute('href', '/search');
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
  });

  it('loads older notifications', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 20 }, (_, index) => notification(index, true));
    const client = renderInbox(({ variables }) =>
      variables['after'] ? page([notification(20, true)], 0) : page(first, 0, true),
    );
    await user.click(screen.getByRole('button', { name: 'Load older notifications' }));
    expect(client.requests.at(-1)?.variables).toEqual({ first: 20, after: first.at(-1)?.id });
    expect(screen.getAllByTestId('notification')).toHaveLength(21);
    expect(screen.getByRole('link', { name: /21 new people match/ })).toHaveFocus();
  });
});

describe('timeAgo', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it.each([
    ['2026-11-24T11:59:30Z', 'just now'],
    ['2026-11-24T11:55:00Z', '5 minutes ago'],
    ['2026-11-24T09:00:00Z', '3 hours ago'],
    ['2026-11-23T12:00:00Z', 'yesterday'],
    // Older: the date, as the app writes dates (in the browser's locale).
    ['2026-11-01T12:00:00Z', formatDate('2026-11-01T12:00:00Z')],
  ])('%s → %s', (iso, expected) => {
    expect(timeAgo(iso, now)).toBe(expected);
  });
});

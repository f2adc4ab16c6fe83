import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type NotificationsQuery as NotificationsResult } from '@ensemble/web/graphql';
import { NOTIFICATION_CONTEXT } from './notification-context';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      unreadCount
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          message
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export type NotificationItem = NotificationsResult['notifications']['edges'][number]['node'];

interface Loaded {
  previous: NotificationItem[];
  after: string | null;
}

/** My notifications, newest first, a page at a time (`loadMore` appends the next page). */
export function useNotifications(pageSize = NOTIFICATIONS_PAGE_SIZE) {
  const [loaded, setLoaded] = useState<Loaded>({ previous: [], after: null });
  const variables = { first: pageSize, after: loaded.after };
  const [result, reexecute] = useQuery({
    query: NotificationsQuery,
    variables,
    requestPolicy: 'cache-and-network',
    context: NOTIFICATION_CONTEXT,
  });
  const sent = result.operation?.variables as Partial<typeof variables> | undefined;
  const page = (sent?.after ?? null) === loaded.after ? result.data?.notifications : undefined;
  const items = page ? [...loaded.previous, ...page.edges.map((edge) => edge.node)] : loaded.previous;

  return {
    items,
    unreadCount: page?.unreadCount,
    totalCount: page?.totalCount,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    loading: !page && !result.error && loaded.previous.length === 0,
    loadingMore: !page && !result.error && loaded.previous.length > 0,
    error: page ? undefined : result.error,
    loadMore: () => {
      if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      setLoaded({ previous: items, after: page.pageInfo.endCursor });
    },
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

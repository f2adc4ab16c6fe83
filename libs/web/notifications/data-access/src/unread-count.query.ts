import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';
import { NOTIFICATION_CONTEXT } from './notification-context';

/** How often the bell asks again, so new notifications show up without a reload. */
export const UNREAD_POLL_MS = 60_000;

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/**
 * The number of my unread notifications, for the bell in the app shell: asked once, again every
 * minute and when the tab comes back into view, and whenever notifications are marked read.
 */
export function useUnreadNotificationCount(pollMs = UNREAD_POLL_MS) {
  const [result, reexecute] = useQuery({
    query: UnreadNotificationCountQuery,
    requestPolicy: 'cache-and-network',
    context: NOTIFICATION_CONTEXT,
  });
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') reexecute({ requestPolicy: 'network-only' });
    };
    const timer = window.setInterval(refresh, pollMs);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [reexecute, pollMs]);
  return result.data?.notifications.unreadCount;
}

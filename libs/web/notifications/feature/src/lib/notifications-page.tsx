import { useEffect, useRef, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  useMarkNotificationsRead,
  useNotifications,
  type NotificationItem,
} from '@ensemble/web/notifications/data-access';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageTitle,
  formatDate,
  formatDateTime,
  mutationErrorMessage,
} from '@ensemble/web/ui';
import classes from './notifications-page.module.css';

/** "5 minutes ago", "yesterday", "Mar 3, 2026" (in the browser's locale): how long ago, in words. */
export function timeAgo(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return iso;
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return relative.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return relative.format(-Math.round(seconds / 3600), 'hour');
  if (seconds < 7 * 86_400) return relative.format(-Math.round(seconds / 86_400), 'day');
  return formatDate(iso);
}

/** Only paths inside the app are followed (a notification's link is "a path in the app"). */
function appPath(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

function NotificationEntry({
  item,
  onOpen,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
}) {
  const unread = item.readAt === null;
  const path = appPath(item.link);
  return (
    <li className={classes.item} data-unread={unread ? '' : undefined} data-testid="notification">
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {unread ? (
            <Badge size="sm" variant="filled" className={classes.badge}>
              New
            </Badge>
          ) : null}
          {path ? (
            <Anchor
              component={Link}
              to={path}
              fw={unread ? 600 : 400}
              onClick={() => onOpen(item)}
              className={classes.message}
            >
              {item.message}
            </Anchor>
          ) : (
            <Text fw={unread ? 600 : 400} className={classes.message}>
              {item.message}
            </Text>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
            {timeAgo(item.createdAt)}
          </time>
        </Text>
      </Stack>
    </li>
  );
}

/** /notifications: my notifications, newest first, unread ones marked; "Mark all as read". */
export default function NotificationsPage() {
  const notifications = useNotifications();
  const [{ fetching: marking }, markRead] = useMarkNotificationsRead();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || notifications.items.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('li')[from]?.querySelector<HTMLElement>('a')?.focus();
  }, [notifications.items.length]);

  const markAll = async () => {
    setProblem(null);
    const result = await markRead();
    if (result.error) {
      setProblem(mutationErrorMessage(result.error));
      return;
    }
    setStatus('All notifications are marked as read.');
    // The button goes away with the last unread notification: continue at the list.
    listRef.current?.focus();
  };
  // Opening an unread notification reads it.
  const onOpen = (item: NotificationItem) => {
    if (item.readAt === null) void markRead([item.id]);
  };

  const unread = notifications.unreadCount ?? 0;
  let content;
  if (notifications.loading) {
    content = <LoadingState label="Loading notifications…" />;
  } else if (notifications.error && notifications.items.length === 0) {
    content = (
      <ErrorState
        error={notifications.error}
        title="Notifications could not be loaded"
        onRetry={notifications.retry}
      />
    );
  } else if (notifications.items.length === 0) {
    content = (
      <EmptyState
        title="No notifications yet"
        description="Save a search with alerts on, and you will hear here when someone new matches."
        action={
          <Anchor component={Link} to="/search">
            Search for people
          </Anchor>
        }
      />
    );
  } else {
    content = (
      <Stack gap="md">
        <ul className={classes.list} ref={listRef} aria-label="Notifications" tabIndex={-1}>
          {notifications.items.map((item) => (
            <NotificationEntry key={item.id} item={item} onOpen={onOpen} />
          ))}
        </ul>
        {notifications.error ? (
          <ErrorState
            error={notifications.error}
            title="More notifications could not be loaded"
            onRetry={notifications.retry}
          />
        ) : null}
        {notifications.hasNextPage || notifications.loadingMore ? (
          <div>
            <Button
              variant="default"
              loading={notifications.loadingMore}
              onClick={() => {
                focusFrom.current = notifications.items.length;
                notifications.loadMore();
              }}
            >
              Load older notifications
            </Button>
          </div>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <PageTitle>Notifications</PageTitle>
          {notifications.unreadCount !== undefined ? (
            <Text c="dimmed" data-testid="unread-summary">
              {unread === 0
                ? 'Nothing unread.'
                : unread === 1
                  ? '1 unread'
                  : `${unread.toLocaleString('en')} unread`}
            </Text>
          ) : null}
        </Stack>
        {unread > 0 ? (
          <Button variant="light" loading={marking} onClick={() => void markAll()}>
            Mark all as read
          </Button>
        ) : null}
      </Group>
      <Text role="status" aria-live="polite" size="sm">
        {status}
      </Text>
      {problem ? (
        <Text c="red.8" role="alert" size="sm">
          {problem}
        </Text>
      ) : null}
      {content}
    </Stack>
  );
}

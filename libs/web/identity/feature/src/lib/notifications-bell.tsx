import { Badge, Button } from '@mantine/core';
import { Link } from 'react-router';
import { useUnreadNotificationCount } from '@ensemble/web/notifications/data-access';
import { HeaderIcon } from './header-icon';

export const NOTIFICATIONS_PATH = '/notifications';

/** "Notifications", "Notifications: 1 unread", "Notifications: 99+ unread". */
export function bellLabel(unread: number | undefined): string {
  if (!unread) return 'Notifications';
  return `Notifications: ${unread > 99 ? '99+' : unread} unread`;
}

function BellIcon() {
  return (
    <HeaderIcon>
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </HeaderIcon>
  );
}

/**
 * The bell in the header: a link to the inbox with the number of unread notifications. Only the
 * count query comes with it (from notifications data-access); the inbox page loads on demand.
 */
export function NotificationsBell({ active, onNavigate }: { active: boolean; onNavigate?: () => void }) {
  const unread = useUnreadNotificationCount();
  return (
    <Button
      component={Link}
      to={NOTIFICATIONS_PATH}
      variant={active ? 'light' : 'subtle'}
      color="gray"
      size="xs"
      px={6}
      aria-label={bellLabel(unread)}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      data-testid="notifications-bell"
    >
      <BellIcon />
      {unread ? (
        <Badge size="sm" circle={unread < 10} variant="filled" color="red.8" ml={4} aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </Badge>
      ) : null}
    </Button>
  );
}

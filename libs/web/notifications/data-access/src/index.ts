// Kept small: the app shell imports the unread count from here eagerly (the inbox page is lazy).
export {
  UnreadNotificationCountQuery,
  useUnreadNotificationCount,
  UNREAD_POLL_MS,
} from './unread-count.query';
export {
  NotificationsQuery,
  useNotifications,
  NOTIFICATIONS_PAGE_SIZE,
  type NotificationItem,
} from './notifications.query';
export { MarkNotificationsReadMutation, useMarkNotificationsRead } from './mark-notifications-read.mutation';
export { NOTIFICATION_CONTEXT } from './notification-context';

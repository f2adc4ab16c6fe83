export { NotificationsModule } from './notifications.module';
export { NotificationsService, type NewNotification, type NotificationRecord } from './notifications.service';
export { NotificationsResolver } from './notifications.resolver';

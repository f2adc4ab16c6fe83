import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const NotificationsPage = lazy(() => import('./lib/notifications-page'));

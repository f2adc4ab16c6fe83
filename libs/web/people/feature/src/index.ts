import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const MyProfilePage = lazy(() => import('./lib/my-profile-page'));
export const PeopleDirectoryPage = lazy(() => import('./lib/people-directory-page'));
export const PersonPage = lazy(() => import('./lib/person-page'));

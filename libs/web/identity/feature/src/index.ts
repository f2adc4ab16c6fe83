import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const SignInPage = lazy(() => import('./lib/sign-in-page'));
export const AppShellLayout = lazy(() => import('./lib/app-shell-layout'));

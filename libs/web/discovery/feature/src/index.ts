import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const SearchPage = lazy(() => import('./lib/search-page'));
export const SkillExpertsPage = lazy(() => import('./lib/skill-experts-page'));

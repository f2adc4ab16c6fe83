import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const DepartmentPage = lazy(() => import('./lib/department-page'));
export const OrgChartPage = lazy(() => import('./lib/org-chart-page'));

import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import { AppShellLayout, SignInPage } from '@ensemble/web/identity/feature';
import { MyProfilePage, PeopleDirectoryPage, PersonPage } from '@ensemble/web/people/feature';
import { SkillPage } from '@ensemble/web/skills/feature';
import { DepartmentPage, OrgChartPage } from '@ensemble/web/org/feature';
import { SearchPage, SkillExpertsPage } from '@ensemble/web/discovery/feature';
import { NotificationsPage } from '@ensemble/web/notifications/feature';
import {
  EditProjectPage,
  MyProjectsPage,
  NewProjectPage,
  ProjectPage,
  ProjectsPage,
} from '@ensemble/web/projects/feature';
import { LoadingState, NotFoundPage, RouteErrorBoundary } from '@ensemble/web/ui';

/** Pages are React.lazy components (one chunk each); this shows while a chunk loads. */
function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState pageTitle="Loading" />}>{children}</Suspense>;
}

/**
 * The app's routes. Declarative routing (`useRoutes` under a BrowserRouter) rather than a data router:
 * the pages load their own data through urql, and it keeps ~17 KB gzipped out of the initial bundle.
 */
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    element: (
      <Lazy>
        <SignInPage />
      </Lazy>
    ),
  },
  {
    // The shell is the layout route of every signed-in page; it has its own Suspense for pages.
    element: (
      <Lazy>
        <AppShellLayout />
      </Lazy>
    ),
    children: [
      { index: true, element: <Navigate to="/me" replace /> },
      { path: 'me', element: <MyProfilePage /> },
      { path: 'people', element: <PeopleDirectoryPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'skills/:id', element: <SkillPage /> },
      { path: 'skills/:id/experts', element: <SkillExpertsPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/new', element: <NewProjectPage /> },
      { path: 'projects/mine', element: <MyProjectsPage /> },
      // Notifications about applications and consent link here: the inbox is part of My projects.
      { path: 'projects/inbox', element: <Navigate to="/projects/mine" replace /> },
      { path: 'projects/:id', element: <ProjectPage /> },
      { path: 'projects/:id/edit', element: <EditProjectPage /> },
      { path: 'departments/:id', element: <DepartmentPage /> },
      { path: 'org', element: <OrgChartPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  const { pathname } = useLocation();
  const element = useRoutes(routes);
  return <RouteErrorBoundary resetKey={pathname}>{element}</RouteErrorBoundary>;
}

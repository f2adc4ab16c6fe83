import { lazy } from 'react';

// Each page is its own chunk: the app's router renders these lazily (React.lazy) under Suspense.
export const ProjectsPage = lazy(() => import('./lib/projects-page'));
export const ProjectPage = lazy(() => import('./lib/project-page'));
export const MyProjectsPage = lazy(() => import('./lib/my-projects-page'));
export const NewProjectPage = lazy(() =>
  import('./lib/project-form-page').then((module) => ({ default: module.NewProjectPage })),
);
export const EditProjectPage = lazy(() =>
  import('./lib/project-form-page').then((module) => ({ default: module.EditProjectPage })),
);

import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { projectPath } from './labels';

/** A link to a project in running text, or `fallback` when the project is not visible to me. */
export function ProjectLink({
  project,
  fallback = 'a project',
}: {
  project: { id: string; title: string } | null | undefined;
  fallback?: string;
}) {
  if (!project) return <>{fallback}</>;
  return (
    <Anchor underline="always" component={Link} to={projectPath(project.id)} size="sm">
      {project.title}
    </Anchor>
  );
}

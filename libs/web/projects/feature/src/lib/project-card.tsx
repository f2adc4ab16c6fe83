import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ProjectCard as ProjectCardData } from '@ensemble/web/projects/data-access';
import { STATUS_COLORS, STATUS_LABELS, dateLabel, hoursLabel, placeLabel, projectPath } from './labels';
import { Tag } from './tag';

/**
 * A project in a list: title (a link), status, summary, hours, dates, place, owner and open seats. A
 * project past its end date says so, and asks its leads to complete or extend it.
 */
export function ProjectCard({ project }: { project: ProjectCardData }) {
  const seatsLeft = project.roles.reduce((sum, role) => sum + role.seatsLeft, 0);
  return (
    <Card withBorder radius="md" padding="md" h="100%">
      <Stack gap={6}>
        {/* Wraps on a narrow card, so the status tags drop below the title instead of being cut. */}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text fw={600}>
            <Anchor component={Link} to={projectPath(project.id)}>
              {project.title}
            </Anchor>
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {project.pastEnd ? <Tag color="yellow">Past end date</Tag> : null}
            <Tag color={STATUS_COLORS[project.status]}>{STATUS_LABELS[project.status]}</Tag>
          </Group>
        </Group>
        {project.pastEnd && project.viewerIsLead ? (
          <Text size="sm" fw={500}>
            Its end date has passed:{' '}
            <Anchor component={Link} to={projectPath(project.id)}>
              mark it completed or extend it
            </Anchor>
            .
          </Text>
        ) : null}
        {project.summary ? <Text size="sm">{project.summary}</Text> : null}
        <Text size="sm" c="dimmed">
          {hoursLabel(project.hoursPerWeek)} · {dateLabel(project.startsOn)} – {dateLabel(project.endsOn)} ·{' '}
          {placeLabel(project.location, project.remote)}
        </Text>
        <Text size="sm" c="dimmed">
          Owner: {project.owner.displayName}
          {project.departmentName ? ` · ${project.departmentName}` : ''} ·{' '}
          {project.roles.length === 1 ? '1 role' : `${project.roles.length} roles`},{' '}
          {seatsLeft === 1 ? '1 seat left' : `${seatsLeft} seats left`}
        </Text>
      </Stack>
    </Card>
  );
}

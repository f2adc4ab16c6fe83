import { useId } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useRecommendedRoles } from '@ensemble/web/projects/data-access';
import { EmptyState, ErrorState, LoadingState } from '@ensemble/web/ui';
import { projectPath, seatsLeftLabel } from './labels';
import { SkillFitList, hoursFitText } from './skill-fit-list';
import { Tag } from './tag';

/** "Recommended for you": open roles that fit my skills and hours, best first, each with the reasons. */
export function RecommendedRoles() {
  const headingId = useId();
  const [{ data, fetching, error }, reexecute] = useRecommendedRoles();
  const roles = data?.recommendedRoles ?? [];

  let body;
  if (!data && fetching) body = <LoadingState label="Finding roles for you…" />;
  else if (!data && error)
    body = (
      <ErrorState
        error={error}
        title="Recommendations could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  else if (roles.length === 0)
    body = (
      <EmptyState
        title="No recommendations yet"
        description="Add skills and free hours on your profile to be matched with open roles."
      />
    );
  else
    body = (
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {roles.map((role) => (
          <li key={role.roleId}>
            <Card withBorder radius="md" padding="md">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <div>
                    <Text fw={600}>
                      <Anchor component={Link} to={projectPath(role.projectId)}>
                        {role.roleTitle} · {role.projectTitle}
                      </Anchor>
                    </Text>
                    <Text size="sm" c="dimmed">
                      {hoursFitText(role.hoursNeeded, role.freeHours, 'you')}
                      {role.activeProjects > 0
                        ? ` · ${role.activeProjects === 1 ? '1 active project' : `${role.activeProjects} active projects`}`
                        : ''}
                    </Text>
                  </div>
                  <Tag color={role.seatsLeft > 0 ? 'green' : 'gray'}>{seatsLeftLabel(role.seatsLeft)}</Tag>
                </Group>
                <SkillFitList skills={role.skills} subject="you" label={`Why ${role.roleTitle} fits you`} />
              </Stack>
            </Card>
          </li>
        ))}
      </Stack>
    );

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          Recommended for you
        </Title>
        {body}
      </Stack>
    </section>
  );
}

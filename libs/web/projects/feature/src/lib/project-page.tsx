import { useId } from 'react';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import {
  useApplicationsInbox,
  useChangeProjectStatus,
  useProject,
  type ProjectResult,
  type ProjectStatus,
} from '@ensemble/web/projects/data-access';
import { personPath } from '@ensemble/web/people/ui';
import { ErrorState, LoadingState, PageTitle, Markdown } from '@ensemble/web/ui';
import {
  CLOSED_STATUSES,
  PROJECT_NOT_FOUND_MESSAGES,
  STATUS_COLORS,
  STATUS_LABELS,
  TRANSITIONS,
  TRANSITION_LABELS,
  VISIBILITY_LABELS,
  dateLabel,
  hoursLabel,
  placeLabel,
} from './labels';
import { ActionError } from './action-error';
import { PastEndPrompt } from './past-end-prompt';
import { ProjectLeads } from './project-leads';
import { RoleCard, type ViewerRoleState } from './role-card';
import { TeamCoverage } from './team-coverage';
import { useAction } from './use-action';
import { Tag } from './tag';
import './mantine-feature-styles';
import classes from './projects.module.css';

type ProjectData = ProjectResult['project'];

function LifecycleActions({ project }: { project: ProjectData }) {
  const [, changeStatus] = useChangeProjectStatus();
  const action = useAction();
  // Past its end date, completing it is offered by the prompt beside the end date (PastEndPrompt).
  const next = TRANSITIONS[project.status].filter((status) => !(project.pastEnd && status === 'COMPLETED'));
  if (next.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {next.map((status: ProjectStatus) => (
          <Button
            key={status}
            size="xs"
            variant={status === 'CANCELLED' ? 'default' : 'filled'}
            color={status === 'CANCELLED' ? 'red' : undefined}
            loading={action.busy}
            onClick={() => void action.run(() => changeStatus({ projectId: project.id, status }))}
          >
            {TRANSITION_LABELS[status]}
          </Button>
        ))}
      </Group>
      <ActionError error={action.error} />
    </Stack>
  );
}

function ProjectView({ data }: { data: ProjectResult }) {
  const project = data.project;
  const rolesHeadingId = useId();
  const aboutHeadingId = useId();
  const closed = CLOSED_STATUSES.includes(project.status);
  const [{ data: inbox }] = useApplicationsInbox(!project.viewerIsLead);
  const pending = (inbox?.applicationsInbox ?? []).filter(
    (application) => application.projectId === project.id,
  );

  const viewerFor = (roleId: string): ViewerRoleState => {
    const application = data.myApplications.find(
      (entry) => entry.roleId === roleId && entry.status === 'PENDING',
    );
    // My applications come newest first: the latest for this role says whether it was declined.
    const latest = data.myApplications.find((entry) => entry.roleId === roleId);
    const waitlist = data.myWaitlist.find(
      (entry) => entry.roleId === roleId && (entry.status === 'WAITING' || entry.status === 'OFFERED'),
    );
    return {
      projectId: project.id,
      heldRoleId: project.viewerRoleId ?? null,
      closed,
      pastEnd: project.pastEnd,
      lead: project.viewerIsLead,
      viewerId: data.viewer?.id ?? null,
      application: application ? { id: application.id } : null,
      declineReason: latest?.status === 'DECLINED' ? (latest.declineReason ?? '') : null,
      waitlist: waitlist
        ? {
            status: waitlist.status,
            position: waitlist.position ?? null,
            offerExpiresAt: waitlist.offerExpiresAt ?? null,
          }
        : null,
    };
  };

  return (
    <Stack gap="lg" className={classes.page}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Group gap="sm" align="center">
            <PageTitle>{project.title}</PageTitle>
            <Tag color={STATUS_COLORS[project.status]} size="lg">
              {STATUS_LABELS[project.status]}
            </Tag>
          </Group>
          {project.viewerIsLead && !closed ? (
            <Button
              component={Link}
              to={`/projects/${encodeURIComponent(project.id)}/edit`}
              variant="default"
            >
              Edit project
            </Button>
          ) : null}
        </Group>
        {project.summary ? <Text size="lg">{project.summary}</Text> : null}
        <Text size="sm" c="dimmed">
          {dateLabel(project.startsOn)} – {dateLabel(project.endsOn)} · {hoursLabel(project.hoursPerWeek)} ·{' '}
          {placeLabel(project.location, project.remote)} · Visible to{' '}
          {VISIBILITY_LABELS[project.visibility].toLowerCase()}
        </Text>
        <Text size="sm">
          {'Owner: '}
          <Anchor underline="always" component={Link} to={personPath(project.owner.id)} size="sm">
            {project.owner.displayName}
          </Anchor>
          {project.leads.length > 0 ? (
            <>
              {' · Co-leads: '}
              {project.leads.map((lead, index) => (
                <span key={lead.id}>
                  {index > 0 ? ', ' : ''}
                  <Anchor underline="always" component={Link} to={personPath(lead.id)} size="sm">
                    {lead.displayName}
                  </Anchor>
                </span>
              ))}
            </>
          ) : null}
        </Text>
        {project.viewerIsLead ? <LifecycleActions project={project} /> : null}
        {project.viewerIsLead && project.pastEnd ? <PastEndPrompt project={project} /> : null}
      </Stack>

      <section aria-labelledby={aboutHeadingId}>
        <Stack gap="xs">
          <Title order={2} size="h3" id={aboutHeadingId}>
            About the project
          </Title>
          {project.description.trim() ? (
            <Markdown source={project.description} headingLevel={2} />
          ) : (
            <Text size="sm" c="dimmed">
              No description yet.
            </Text>
          )}
          {project.goals.length > 0 ? (
            <>
              <Text fw={600} size="sm">
                Goals
              </Text>
              <List size="sm">
                {project.goals.map((goal, index) => (
                  <List.Item key={`${index}-${goal}`}>{goal}</List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Stack>
      </section>

      <section aria-labelledby={rolesHeadingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={rolesHeadingId}>
            Roles
          </Title>
          {closed ? (
            <Text size="sm" c="dimmed">
              This project is {STATUS_LABELS[project.status].toLowerCase()}: nobody can join or apply any
              more.
            </Text>
          ) : null}
          {project.roles.length === 0 ? (
            <Text size="sm" c="dimmed">
              No roles yet.
            </Text>
          ) : (
            project.roles.map((role) => (
              <RoleCard
                key={role.id}
                role={role}
                viewer={viewerFor(role.id)}
                lead={project.viewerIsLead}
                applications={pending.filter((application) => application.roleId === role.id)}
              />
            ))
          )}
        </Stack>
      </section>

      <TeamCoverage coverage={project.teamCoverage} />

      {project.viewerIsLead ? <ProjectLeads project={project} closed={closed} /> : null}
    </Stack>
  );
}

/** A project: details, roles with seats and what I may do, team coverage, and the leads' tools. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useProject(id);
  if (!data && fetching) return <LoadingState pageTitle="Project" label="Loading the project…" />;
  if (!data) {
    return (
      <Stack gap="md" className={classes.page}>
        <PageTitle>Project</PageTitle>
        <ErrorState
          error={error}
          title="This project could not be shown"
          messages={PROJECT_NOT_FOUND_MESSAGES}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          action={
            <Button component={Link} to="/projects" variant="default">
              All projects
            </Button>
          }
        />
      </Stack>
    );
  }
  return <ProjectView data={data} />;
}

import { useId, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  useAcceptWaitlistOffer,
  useApplicationsInbox,
  useLeaveWaitlist,
  useMyProjects,
  useRespondToInvitation,
  type MyProjectsResult,
  type ProjectCard as ProjectCardData,
} from '@ensemble/web/projects/data-access';
import { EmptyState, ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
import { ApplicationItem } from './application-item';
import { dateLabel, projectPath } from './labels';
import { ProjectCard } from './project-card';
import { useAction } from './use-action';
import './mantine-feature-styles';
import classes from './projects.module.css';

function Section({
  title,
  children,
  description,
}: {
  title: string;
  children: ReactNode;
  description?: string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </section>
  );
}

function ProjectList({ projects, empty }: { projects: readonly ProjectCardData[]; empty: string }) {
  if (projects.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {projects.map((project) => (
        <li key={project.id}>
          <ProjectCard project={project} />
        </li>
      ))}
    </SimpleGrid>
  );
}

type Invitation = MyProjectsResult['myInvitations'][number];
type WaitlistEntry = MyProjectsResult['myWaitlist'][number];

function InvitationItem({ invitation }: { invitation: Invitation }) {
  const [, respond] = useRespondToInvitation();
  const action = useAction();
  const projectTitle = invitation.project?.title ?? 'a project';
  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Stack gap={6}>
        <Text size="sm">
          {invitation.invitedBy ? `${invitation.invitedBy.displayName} invites you` : 'You are invited'} to be{' '}
          <strong>{invitation.role.title}</strong> in{' '}
          {invitation.project ? (
            <Anchor underline="always" component={Link} to={projectPath(invitation.project.id)} size="sm">
              {projectTitle}
            </Anchor>
          ) : (
            projectTitle
          )}{' '}
          ({dateLabel(invitation.createdAt)}).
        </Text>
        {invitation.message ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {invitation.message}
          </Text>
        ) : null}
        {action.error ? (
          <Alert color="red" variant="light" role="alert">
            {action.error}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button
            size="xs"
            loading={action.busy}
            aria-label={`Accept the invitation to ${projectTitle}`}
            onClick={() => void action.run(() => respond({ id: invitation.id, accept: true }))}
          >
            Accept
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={`Decline the invitation to ${projectTitle}`}
            onClick={() => void action.run(() => respond({ id: invitation.id, accept: false }))}
          >
            Decline
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function WaitlistItem({ entry }: { entry: WaitlistEntry }) {
  const [, accept] = useAcceptWaitlistOffer();
  const [, leave] = useLeaveWaitlist();
  const action = useAction();
  const projectTitle = entry.project?.title ?? 'a project';
  const offered = entry.status === 'OFFERED';
  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Stack gap={6}>
        <Text size="sm">
          <strong>{entry.role.title}</strong> in{' '}
          {entry.project ? (
            <Anchor underline="always" component={Link} to={projectPath(entry.project.id)} size="sm">
              {projectTitle}
            </Anchor>
          ) : (
            projectTitle
          )}
          {': '}
          {offered
            ? `a seat is held for you${entry.offerExpiresAt ? ` until ${dateLabel(entry.offerExpiresAt)}` : ''}.`
            : `you are number ${entry.position ?? '–'} on the waitlist.`}
        </Text>
        {action.error ? (
          <Alert color="red" variant="light" role="alert">
            {action.error}
          </Alert>
        ) : null}
        <Group gap="xs">
          {offered ? (
            <Button
              size="xs"
              loading={action.busy}
              aria-label={`Take the seat in ${projectTitle}`}
              onClick={() => void action.run(() => accept({ roleId: entry.roleId }))}
            >
              Take the seat
            </Button>
          ) : null}
          <Button
            size="xs"
            variant="default"
            aria-label={
              offered ? `Decline the seat in ${projectTitle}` : `Leave the waitlist of ${projectTitle}`
            }
            onClick={() => void action.run(() => leave({ roleId: entry.roleId }))}
          >
            {offered ? 'Decline' : 'Leave the waitlist'}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Inbox() {
  const [{ data, fetching, error }, reexecute] = useApplicationsInbox();
  if (!data && fetching) return <LoadingState label="Loading applications…" />;
  if (!data)
    return (
      <ErrorState
        error={error}
        title="Applications could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (data.applicationsInbox.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No application is waiting for a decision.
      </Text>
    );
  return (
    <Stack gap="xs">
      {data.applicationsInbox.map((application) => (
        <ApplicationItem key={application.id} application={application} showProject />
      ))}
    </Stack>
  );
}

/** `/projects/mine`: my projects, invitations, waitlist places and the inbox of applications to decide. */
export default function MyProjectsPage() {
  const [{ data, fetching, error }, reexecute] = useMyProjects();
  let body;
  if (!data && fetching) body = <LoadingState label="Loading your projects…" />;
  else if (!data)
    body = (
      <ErrorState
        error={error}
        title="Your projects could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  else {
    const { owned, leading, member, applied } = data.myProjects;
    const nothing =
      owned.length +
        leading.length +
        member.length +
        applied.length +
        data.myInvitations.length +
        data.myWaitlist.length ===
      0;
    body = (
      <Stack gap="lg">
        <Section
          title="Applications to decide"
          description="Pending applications to projects you own or co-lead, oldest first."
        >
          <Inbox />
        </Section>
        {nothing ? (
          <EmptyState
            title="You are not in any project yet"
            description="Find one that fits your skills, or propose your own."
            action={
              <Button component={Link} to="/projects">
                Browse projects
              </Button>
            }
          />
        ) : null}
        <Section title="Invitations">
          {data.myInvitations.length === 0 ? (
            <Text size="sm" c="dimmed">
              No invitation is waiting for your answer.
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.myInvitations.map((invitation) => (
                <InvitationItem key={invitation.id} invitation={invitation} />
              ))}
            </Stack>
          )}
        </Section>
        <Section title="Waitlists">
          {data.myWaitlist.length === 0 ? (
            <Text size="sm" c="dimmed">
              You are not waiting for a seat.
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.myWaitlist.map((entry) => (
                <WaitlistItem key={entry.id} entry={entry} />
              ))}
            </Stack>
          )}
        </Section>
        <Section title="Projects I own">
          <ProjectList projects={owned} empty="You have not proposed a project." />
        </Section>
        <Section title="Projects I co-lead">
          <ProjectList projects={leading} empty="You co-lead no project." />
        </Section>
        <Section title="Projects I am a member of">
          <ProjectList projects={member} empty="You hold no role in a project." />
        </Section>
        <Section title="Projects I applied to">
          <ProjectList projects={applied} empty="No application of yours is pending." />
        </Section>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" className={classes.page}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PageTitle>My projects</PageTitle>
        <Group gap="sm">
          <Button component={Link} to="/projects" variant="default">
            All projects
          </Button>
          <Button component={Link} to="/projects/new">
            Propose a project
          </Button>
        </Group>
      </Group>
      {body}
    </Stack>
  );
}

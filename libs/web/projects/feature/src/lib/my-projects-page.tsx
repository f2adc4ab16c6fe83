import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  useAcceptWaitlistOffer,
  useApplicationsInbox,
  useLeaveWaitlist,
  useMyProjects,
  useRespondToInvitation,
  useWithdrawApplication,
  type ApplicationView,
  type MyProjectsResult,
  type ProjectCard as ProjectCardData,
} from '@ensemble/web/projects/data-access';
import { EmptyState, ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
import { ActionError } from './action-error';
import { ApplicationItem } from './application-item';
import { ConsentRequests } from './consent-requests';
import {
  APPLICATION_STATUS_COLORS,
  APPLICATION_STATUS_LABELS,
  CONSENT_LABELS,
  dateLabel,
  dateTimeLabel,
} from './labels';
import { ProjectCard } from './project-card';
import { ProjectLink } from './project-link';
import { ItemList, QueryList } from './query-list';
import { Section } from './section';
import { Tag } from './tag';
import { useAction } from './use-action';
import './mantine-feature-styles';
import classes from './projects.module.css';

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
          <strong>{invitation.role.title}</strong> in <ProjectLink project={invitation.project} /> (
          {dateLabel(invitation.createdAt)}).
        </Text>
        {invitation.message ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {invitation.message}
          </Text>
        ) : null}
        <ActionError error={action.error} />
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
          <strong>{entry.role.title}</strong> in <ProjectLink project={entry.project} />
          {': '}
          {offered
            ? `a seat is held for you${entry.offerExpiresAt ? ` until ${dateLabel(entry.offerExpiresAt)}` : ''}.`
            : `you are number ${entry.position ?? '–'} on the waitlist.`}
        </Text>
        <ActionError error={action.error} />
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

/** One of my applications: where it stands (with the decline reason), and Withdraw while it is pending. */
function MyApplicationItem({ application }: { application: ApplicationView }) {
  const [, withdraw] = useWithdrawApplication();
  const action = useAction();
  const pending = application.status === 'PENDING';
  const consent = pending ? CONSENT_LABELS[application.consentStatus] : null;
  return (
    <Card withBorder radius="md" padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text size="sm">
            <strong>{application.role.title}</strong> in <ProjectLink project={application.project} />{' '}
            (applied on {dateLabel(application.createdAt)})
          </Text>
          <Tag color={APPLICATION_STATUS_COLORS[application.status]}>
            {APPLICATION_STATUS_LABELS[application.status]}
          </Tag>
        </Group>
        {consent ? (
          <Text size="sm" c="dimmed">
            {consent}
            {application.consentStatus === 'PENDING' && application.consentDueAt
              ? ` (at the latest until ${dateTimeLabel(application.consentDueAt)})`
              : ''}
            .
          </Text>
        ) : null}
        {application.status === 'DECLINED' && application.declineReason ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            Reason: {application.declineReason}
          </Text>
        ) : null}
        <ActionError error={action.error} />
        {pending ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              loading={action.busy}
              aria-label={`Withdraw your application to ${application.project?.title ?? 'this project'}`}
              onClick={() => void action.run(() => withdraw({ id: application.id }))}
            >
              Withdraw
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function Inbox() {
  const [result, reexecute] = useApplicationsInbox();
  return (
    <QueryList
      result={result}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      items={(data) => data.applicationsInbox}
      loadingLabel="Loading applications…"
      errorTitle="Applications could not be loaded"
      empty="No application is waiting for a decision."
      label="Applications to decide"
      render={(application) => (
        <li key={application.id}>
          <ApplicationItem application={application} showProject />
        </li>
      )}
    />
  );
}

/**
 * `/projects/mine`: the inbox of applications to decide, consent requests from my reports, my
 * invitations, waitlist places, applications and projects.
 */
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
    const { owned, leading, member } = data.myProjects;
    const nothing =
      owned.length +
        leading.length +
        member.length +
        data.myApplications.length +
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
        <Section
          title="Consent requests"
          description="Your reports’ applications to roles that ask for their manager’s consent. If you do not answer by the deadline, your silence counts as consent."
        >
          <ConsentRequests />
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
          <ItemList
            items={data.myInvitations}
            empty="No invitation is waiting for your answer."
            render={(invitation) => <InvitationItem key={invitation.id} invitation={invitation} />}
          />
        </Section>
        <Section title="Waitlists">
          <ItemList
            items={data.myWaitlist}
            empty="You are not waiting for a seat."
            render={(entry) => <WaitlistItem key={entry.id} entry={entry} />}
          />
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
        <Section title="My applications" description="Newest first, with the decision once there is one.">
          <ItemList
            items={data.myApplications}
            empty="You have not applied to a role."
            render={(application) => <MyApplicationItem key={application.id} application={application} />}
          />
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

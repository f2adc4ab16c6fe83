import { useId, useState } from 'react';
import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  useAcceptWaitlistOffer,
  useApplyToRole,
  useJoinRole,
  useJoinWaitlist,
  useLeaveProject,
  useLeaveWaitlist,
  useWithdrawApplication,
  type ApplicationView,
  type ProjectRoleView,
} from '@ensemble/web/projects/data-access';
import { personPath } from '@ensemble/web/people/ui';
import { ActionError } from './action-error';
import { ApplicationItem } from './application-item';
import { ApplyDialog } from './apply-dialog';
import { JOIN_POLICY_LABELS, dateLabel, seatsLeftLabel } from './labels';
import { InviteColleague } from './invite-colleague';
import { JoinDialog } from './join-dialog';
import { RemoveMemberDialog } from './remove-member';
import { RoleCandidates } from './role-candidates';
import { useAction } from './use-action';
import { Tag } from './tag';

/** What I have to do with a role: my pending application, my waitlist place. */
export interface ViewerRoleState {
  projectId: string;
  /** The role I hold in this project, if any. */
  heldRoleId: string | null;
  closed: boolean;
  /** Past its end date and not completed: nobody new is steered to it. */
  pastEnd: boolean;
  /** The owner or a co-lead: their own project's roles are for others. */
  lead: boolean;
  /** Who I am, to leave me out of the members I may remove. */
  viewerId: string | null;
  application: { id: string } | null;
  /** My latest application to this role was declined, for this reason ('' when none was given). */
  declineReason: string | null;
  waitlist: { status: string; position: number | null; offerExpiresAt: string | null } | null;
}

function ViewerActions({ role, viewer }: { role: ProjectRoleView; viewer: ViewerRoleState }) {
  const [, join] = useJoinRole();
  const [, apply] = useApplyToRole();
  const [, withdraw] = useWithdrawApplication();
  const [, leave] = useLeaveProject();
  const [, joinWaitlist] = useJoinWaitlist();
  const [, leaveWaitlist] = useLeaveWaitlist();
  const [, acceptOffer] = useAcceptWaitlistOffer();
  const action = useAction();
  const applying = useAction();
  const [applyOpen, setApplyOpen] = useState(false);
  const [joinOpen, setJoinOpen] = useState(false);
  const roleId = role.id;
  const missing = role.viewerMissingSkills;
  // Without the must-haves, an open role that asks for them is applied to like any other.
  const mustApply = role.joinPolicy === 'OPEN' && role.joinRequiresSkills && missing.length > 0;
  const applyButton = (
    <Button
      size="xs"
      onClick={() => {
        applying.clear();
        setApplyOpen(true);
      }}
      aria-label={`Apply for ${role.title}`}
    >
      Apply
    </Button>
  );

  let content;
  if (viewer.heldRoleId === roleId) {
    content = (
      <Group gap="sm">
        <Text size="sm" fw={500}>
          You hold this role.
        </Text>
        {viewer.closed ? null : (
          <Button
            size="xs"
            variant="default"
            loading={action.busy}
            onClick={() => void action.run(() => leave({ projectId: viewer.projectId }))}
          >
            Leave the project
          </Button>
        )}
      </Group>
    );
  } else if (viewer.heldRoleId || viewer.closed) {
    content = null;
  } else if (viewer.lead) {
    content = (
      <Text size="sm" c="dimmed">
        You lead this project: its roles are for others to join.
      </Text>
    );
  } else if (viewer.application) {
    const applicationId = viewer.application.id;
    content = (
      <Group gap="sm">
        <Text size="sm" fw={500}>
          Your application is waiting for a decision.
        </Text>
        <Button
          size="xs"
          variant="default"
          loading={action.busy}
          onClick={() => void action.run(() => withdraw({ id: applicationId }))}
        >
          Withdraw application
        </Button>
      </Group>
    );
  } else if (viewer.waitlist?.status === 'OFFERED') {
    content = (
      <Group gap="sm">
        <Text size="sm" fw={500}>
          A seat is held for you
          {viewer.waitlist.offerExpiresAt ? ` until ${dateLabel(viewer.waitlist.offerExpiresAt)}` : ''}.
        </Text>
        <Button
          size="xs"
          loading={action.busy}
          onClick={() => void action.run(() => acceptOffer({ roleId }))}
        >
          Take the seat
        </Button>
        <Button size="xs" variant="default" onClick={() => void action.run(() => leaveWaitlist({ roleId }))}>
          Decline the seat
        </Button>
      </Group>
    );
  } else if (viewer.waitlist?.status === 'WAITING') {
    content = (
      <Group gap="sm">
        <Text size="sm" fw={500}>
          You are on the waitlist
          {viewer.waitlist.position ? ` (number ${viewer.waitlist.position})` : ''}.
        </Text>
        <Button
          size="xs"
          variant="default"
          loading={action.busy}
          onClick={() => void action.run(() => leaveWaitlist({ roleId }))}
        >
          Leave the waitlist
        </Button>
      </Group>
    );
  } else if (viewer.pastEnd) {
    content = (
      <Text size="sm" c="dimmed">
        This project is past its end date: its leads have been asked to complete it or extend it.
      </Text>
    );
  } else if (role.joinPolicy === 'APPLICATION' || mustApply) {
    content = (
      <Group gap="sm">
        {viewer.declineReason !== null ? (
          <Text size="sm">
            Your last application was declined
            {viewer.declineReason ? `: ${viewer.declineReason}` : '.'}
          </Text>
        ) : null}
        {mustApply ? (
          <Text size="sm">
            Joining at once needs {missing.join(', ')} at the level asked: apply, and a lead will decide.
          </Text>
        ) : null}
        {applyButton}
      </Group>
    );
  } else if (role.seatsLeft > 0) {
    content = (
      <Button
        size="xs"
        loading={action.busy}
        aria-label={`Join as ${role.title}`}
        onClick={() => {
          if (missing.length === 0) void action.run(() => join({ roleId }));
          else {
            action.clear();
            setJoinOpen(true);
          }
        }}
      >
        Join
      </Button>
    );
  } else {
    content = (
      <Button
        size="xs"
        variant="light"
        loading={action.busy}
        aria-label={`Join the waitlist for ${role.title}`}
        onClick={() => void action.run(() => joinWaitlist({ roleId }))}
      >
        Join waitlist
      </Button>
    );
  }

  return (
    <Stack gap="xs">
      {content}
      {joinOpen ? null : <ActionError error={action.error} />}
      {joinOpen ? (
        <JoinDialog
          roleTitle={role.title}
          missingSkills={missing}
          busy={action.busy}
          error={action.error}
          onClose={() => setJoinOpen(false)}
          onConfirm={() => void action.run(() => join({ roleId })).then((ok) => ok && setJoinOpen(false))}
        />
      ) : null}
      {applyOpen ? (
        <ApplyDialog
          opened
          roleTitle={role.title}
          busy={applying.busy}
          error={applying.error}
          onClose={() => setApplyOpen(false)}
          onSubmit={(message) =>
            void applying
              .run(() => apply({ roleId, message: message || null }))
              .then((ok) => ok && setApplyOpen(false))
          }
        />
      ) : null}
    </Stack>
  );
}

export interface RoleCardProps {
  role: ProjectRoleView;
  viewer: ViewerRoleState;
  /** Owner or co-lead: sees pending applications and candidate suggestions. */
  lead: boolean;
  applications: readonly ApplicationView[];
}

/** A role: seats left, policy, required skills, members, what I may do, and (for leads) applications and candidates. */
export function RoleCard({ role, viewer, lead, applications }: RoleCardProps) {
  const headingId = useId();
  const [showCandidates, setShowCandidates] = useState(true);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {role.title}
            </Title>
            <Text size="sm" c="dimmed">
              {JOIN_POLICY_LABELS[role.joinPolicy]}
              {role.managerConsent ? ' · asks the applicant’s manager' : ''}
              {role.waitlistLength > 0 ? ` · ${role.waitlistLength} waiting` : ''}
            </Text>
          </div>
          <Tag color={role.seatsLeft > 0 ? 'green' : 'gray'}>
            {seatsLeftLabel(role.seatsLeft, role.seats)}
          </Tag>
        </Group>
        {role.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {role.description}
          </Text>
        ) : null}
        <div>
          <Text size="sm" fw={600}>
            Required skills
          </Text>
          {role.skills.length === 0 ? (
            <Text size="sm" c="dimmed">
              None in particular.
            </Text>
          ) : (
            <List size="sm" aria-label={`Skills ${role.title} requires`}>
              {role.skills.map((skill) => (
                <List.Item key={skill.skill.id}>
                  {skill.skill.name}: level {skill.minLevel}+ ({skill.mustHave ? 'must-have' : 'nice-to-have'}
                  )
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text size="sm" fw={600}>
            Members
          </Text>
          {role.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody yet.
            </Text>
          ) : (
            <List size="sm" aria-label={`Members in ${role.title}`}>
              {role.members.map((member) => (
                <List.Item key={member.id}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={personPath(member.person.id)} size="sm">
                      {member.person.displayName}
                    </Anchor>
                    {lead && !viewer.closed && member.person.id !== viewer.viewerId ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${member.person.displayName} from the team`}
                        onClick={() => setRemoving({ id: member.person.id, name: member.person.displayName })}
                      >
                        Remove from team
                      </Button>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {/* In the card's flow, not in the list row: a dialog rendered in place is placed from there. */}
        {removing ? (
          <RemoveMemberDialog
            projectId={viewer.projectId}
            member={removing}
            roleTitle={role.title}
            onClose={() => setRemoving(null)}
          />
        ) : null}
        <ViewerActions role={role} viewer={viewer} />
        {lead ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Pending applications
            </Text>
            {applications.length === 0 ? (
              <Text size="sm" c="dimmed">
                No application waiting.
              </Text>
            ) : (
              applications.map((application) => (
                <ApplicationItem key={application.id} application={application} />
              ))
            )}
            {viewer.closed ? null : (
              <>
                <InviteColleague
                  roleId={role.id}
                  roleTitle={role.title}
                  exclude={role.members.map((member) => member.person.id)}
                />
                <Group justify="space-between">
                  <Text size="sm" fw={600}>
                    Suggested candidates
                  </Text>
                  <Button size="xs" variant="subtle" onClick={() => setShowCandidates((value) => !value)}>
                    {showCandidates ? 'Hide candidates' : 'Show candidates'}
                  </Button>
                </Group>
                {showCandidates ? <RoleCandidates roleId={role.id} roleTitle={role.title} /> : null}
              </>
            )}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

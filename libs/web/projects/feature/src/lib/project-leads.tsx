import { useState, type ReactNode } from 'react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '@ensemble/web/identity/data-access';
import { useAddProjectLead, useRemoveProjectLead } from '@ensemble/web/projects/data-access';
import { personPath } from '@ensemble/web/people/ui';
import { ActionError } from './action-error';
import { ConfirmDialog } from './confirm-dialog';
import { PersonPicker } from './person-picker';
import { Section } from './section';
import { Tag } from './tag';
import { useAction } from './use-action';

interface Lead {
  id: string;
  displayName: string;
  title?: string | null;
}

export interface ProjectLeadsProps {
  project: { id: string; title: string; status: string; owner: Lead; leads: readonly Lead[] };
  /** Completed or cancelled: co-leads can still be removed, but none added. */
  closed: boolean;
}

function LeadEntry({ lead, kind, action }: { lead: Lead; kind: 'Owner' | 'Co-lead'; action?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="xs" component="li">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Anchor underline="always" component={Link} to={personPath(lead.id)} fw={600} size="sm">
            {lead.displayName}
          </Anchor>
          {lead.title ? (
            <Text size="sm" c="dimmed">
              {lead.title}
            </Text>
          ) : null}
          <Tag color={kind === 'Owner' ? 'blue' : 'gray'}>{kind}</Tag>
        </Group>
        {action}
      </Group>
    </Card>
  );
}

/**
 * For the owner and co-leads (the API lets both add and remove co-leads): who leads the project, add a
 * co-lead by name, remove one (or step down) after a confirmation.
 */
export function ProjectLeads({ project, closed }: ProjectLeadsProps) {
  const [{ data: viewer }] = useViewer();
  const [, addLead] = useAddProjectLead();
  const [, removeLead] = useRemoveProjectLead();
  const adding = useAction();
  const removing = useAction();
  const [added, setAdded] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<Lead | null>(null);
  const viewerId = viewer?.viewer.id ?? null;
  const self = leaving?.id === viewerId;

  return (
    <Section
      title="Project leads"
      description="The owner and co-leads change the project, decide applications and invite colleagues."
    >
      <Stack
        gap="xs"
        component="ul"
        aria-label="Project leads"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        <LeadEntry lead={project.owner} kind="Owner" />
        {project.leads.map((lead) => (
          <LeadEntry
            key={lead.id}
            lead={lead}
            kind="Co-lead"
            action={
              <Button
                size="xs"
                variant="default"
                aria-label={
                  lead.id === viewerId ? 'Step down as co-lead' : `Remove ${lead.displayName} as co-lead`
                }
                onClick={() => {
                  removing.clear();
                  setLeaving(lead);
                }}
              >
                {lead.id === viewerId ? 'Step down' : 'Remove'}
              </Button>
            }
          />
        ))}
      </Stack>
      {project.leads.length === 0 ? (
        <Text size="sm" c="dimmed">
          No co-leads yet.
        </Text>
      ) : null}
      {closed ? null : (
        <PersonPicker
          label="Add a co-lead"
          description="Type part of a colleague’s name, then choose them: they can then change the project and decide applications."
          exclude={[project.owner.id, ...project.leads.map((lead) => lead.id)]}
          onPick={(person) => {
            setAdded(null);
            void adding
              .run(() => addLead({ projectId: project.id, personId: person.id }))
              .then((ok) => {
                if (ok) setAdded(`${person.displayName} is a co-lead now.`);
              });
          }}
        />
      )}
      <ActionError error={adding.error} />
      <Text size="sm" role="status">
        {added ?? ''}
      </Text>
      {leaving ? (
        <ConfirmDialog
          title={self ? 'Step down as co-lead?' : `Remove ${leaving.displayName} as co-lead?`}
          confirmLabel={self ? 'Step down' : 'Remove'}
          busy={removing.busy}
          error={removing.error}
          onClose={() => setLeaving(null)}
          onConfirm={() =>
            void removing
              .run(() => removeLead({ projectId: project.id, personId: leaving.id }))
              .then((ok) => ok && setLeaving(null))
          }
        >
          {project.status === 'COMPLETED' ? (
            <Text size="sm">
              {/* The API takes back the evidence leading gave (docs/adr/0020), and a closed project takes no new co-lead. */}
              {self
                ? `“${project.title}” will no longer count as evidence of your skills, except those of a role you held in it. Nobody can make you a co-lead of a completed project again.`
                : `“${project.title}” will no longer count as evidence of ${leaving.displayName}’s skills, except those of a role they held in it. Nobody can make them a co-lead of a completed project again.`}
            </Text>
          ) : (
            <Text size="sm">
              {self
                ? `You will no longer be able to change “${project.title}” or decide its applications. Only its owner or a co-lead can make you a co-lead again.`
                : `${leaving.displayName} will no longer be able to change “${project.title}” or decide its applications. You can make them a co-lead again later.`}
            </Text>
          )}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useUnsavedChangesGuard, mutationErrorMessage } from '@ensemble/web/ui';
import { useEndorse, useWithdrawEndorsement } from '@ensemble/web/people/data-access';
import { SkillGroups, type SkillView } from '@ensemble/web/people/ui';
import { DIALOG_PROPS } from './dialog-props';

/** The API's limit on an endorsement note (libs/api/skills MAX_ENDORSEMENT_NOTE). */
export const ENDORSEMENT_NOTE_MAX = 500;

interface EndorsedPerson {
  id: string;
  givenName: string;
}

interface EndorseButtonProps {
  person: EndorsedPerson;
  entry: SkillView;
  /** What happened last to this skill's endorsement, for the live region. */
  status: string;
  onStatus: (status: string) => void;
  onEndorse: () => void;
}

/**
 * Endorse (opens the dialog) or withdraw one's endorsement. One button whose label changes, so that
 * keyboard focus stays on it when the page refreshes after either.
 */
function EndorseButton({ person, entry, status, onStatus, onEndorse }: EndorseButtonProps) {
  const [withdrawing, withdraw] = useWithdrawEndorsement();
  const [error, setError] = useState<string | null>(null);
  const skillName = entry.skill.name;
  const endorsed = entry.endorsedByViewer;

  const onWithdraw = async () => {
    setError(null);
    onStatus('');
    const result = await withdraw({ personId: person.id, skillId: entry.skill.id });
    if (result.error) {
      setError(mutationErrorMessage(result.error));
      return;
    }
    onStatus(`Your endorsement of ${skillName} was withdrawn.`);
  };

  return (
    <Stack gap={4} align="flex-end">
      {endorsed ? (
        <Text size="sm" c="teal.9" fw={500}>
          You endorsed this
        </Text>
      ) : null}
      <Button
        size="xs"
        variant={endorsed ? 'default' : 'filled'}
        loading={withdrawing.fetching}
        onClick={() => {
          setError(null);
          if (endorsed) void onWithdraw();
          else {
            onStatus('');
            onEndorse();
          }
        }}
      >
        {endorsed ? (
          <>
            Withdraw endorsement<VisuallyHidden> of {skillName}</VisuallyHidden>
          </>
        ) : (
          <>
            Endorse<VisuallyHidden> {skillName}</VisuallyHidden>
          </>
        )}
      </Button>
      <div role="status" aria-live="polite">
        {status ? <Text size="sm">{status}</Text> : null}
      </div>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

interface EndorseDialogProps {
  person: EndorsedPerson;
  entry: SkillView | null;
  onClose: () => void;
  onEndorsed: (entry: SkillView) => void;
}

/** Endorsing one skill, with an optional note (plain text, at most 500 characters). */
function EndorseDialog({ person, entry, onClose, onEndorsed }: EndorseDialogProps) {
  const [endorsing, endorse] = useEndorse();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  // A fresh note and no old error each time the dialog opens for a skill.
  const skillId = entry?.skill.id ?? null;
  if (skillId !== shownFor) {
    setShownFor(skillId);
    setNote('');
    setError(null);
  }

  // A note being written is not dropped by a stray Escape, Cancel or link without asking.
  const { confirmLeave } = useUnsavedChangesGuard(entry !== null && note.trim() !== '');
  const close = () => {
    if (confirmLeave()) onClose();
  };

  const tooLong = note.length > ENDORSEMENT_NOTE_MAX;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!entry) return;
    if (tooLong) {
      setError(`Keep the note to ${ENDORSEMENT_NOTE_MAX} characters.`);
      return;
    }
    setError(null);
    const result = await endorse({
      input: { personId: person.id, skillId: entry.skill.id, note: note.trim() ? note.trim() : null },
    });
    if (result.error) {
      setError(mutationErrorMessage(result.error));
      return;
    }
    onEndorsed(entry);
  };

  return (
    <Modal
      {...DIALOG_PROPS}
      opened={entry !== null}
      onClose={close}
      title={entry ? `Endorse ${person.givenName} for ${entry.skill.name}` : 'Endorse'}
    >
      {entry ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">
              Vouch for {person.givenName}’s {entry.skill.name} if you have seen it at work. A short note
              helps others know why.
            </Text>
            <Textarea
              label="Note (optional)"
              description={`What did you see? ${note.length} of ${ENDORSEMENT_NOTE_MAX} characters.`}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              minRows={3}
              autosize
              maxRows={8}
              error={tooLong ? `Keep the note to ${ENDORSEMENT_NOTE_MAX} characters.` : null}
              data-autofocus
            />
            {error ? (
              <Alert color="red" variant="light" role="alert" title="Not endorsed">
                <Text size="sm">{error}</Text>
              </Alert>
            ) : null}
            <Group gap="sm" justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={endorsing.fetching}>
                Endorse
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}

export interface EndorsableSkillsProps {
  person: EndorsedPerson;
  skills: readonly SkillView[];
}

/**
 * A colleague's skills by category, each with Endorse (a small dialog with an optional note) or, once
 * endorsed, Withdraw. Interest-only skills cannot be endorsed. The person page never uses this for the
 * viewer's own profile. The one dialog sits after the list, so the page's heading outline stays in order.
 */
export function EndorsableSkills({ person, skills }: EndorsableSkillsProps) {
  const [dialogFor, setDialogFor] = useState<SkillView | null>(null);
  const [statuses, setStatuses] = useState<Readonly<Record<string, string>>>({});
  const setStatus = (skillId: string, status: string) =>
    setStatuses((current) => ({ ...current, [skillId]: status }));

  return (
    <>
      <SkillGroups
        skills={skills}
        headingLevel={3}
        renderActions={(entry) =>
          entry.level === null ? null : (
            <EndorseButton
              person={person}
              entry={entry}
              status={statuses[entry.skill.id] ?? ''}
              onStatus={(status) => setStatus(entry.skill.id, status)}
              onEndorse={() => setDialogFor(entry)}
            />
          )
        }
      />
      <EndorseDialog
        person={person}
        entry={dialogFor}
        onClose={() => setDialogFor(null)}
        onEndorsed={(entry) => {
          setDialogFor(null);
          setStatus(entry.skill.id, `You endorsed ${person.givenName} for ${entry.skill.name}.`);
        }}
      />
    </>
  );
}

import { useRef, useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  useRemoveMySkill,
  useSetMySkill,
  useSetMySkillInterest,
  useSkillLevels,
  useSkillSuggestions,
  type MyProfileResult,
  type PersonSkillDetails,
} from '@ensemble/web/people/data-access';
import { SkillGroups } from '@ensemble/web/people/ui';
import {
  ErrorState,
  LoadingState,
  SkillSearchPicker,
  mutationErrorMessage,
  type PickedSkill,
} from '@ensemble/web/ui';
import { SkillForm, EMPTY_SKILL_FORM, type SkillFormValues } from './skill-form';
import { FIELD_IDS } from './field-ids';
import { DIALOG_PROPS } from '../dialog-props';

type Viewer = MyProfileResult['viewer'];

function formValuesOf(entry: PersonSkillDetails): SkillFormValues {
  return {
    level: entry.level ?? '',
    years: entry.years ?? '',
    interest: entry.interest,
    wantsToGrow: entry.wantsToGrow,
  };
}

type Dialog = { mode: 'edit' | 'remove'; entry: PersonSkillDetails } | null;

/** "My profile" skills: add one with the picker, edit or remove the ones listed. */
export function SkillsEditor({ person }: { person: Viewer }) {
  const [{ data: scales, error: scalesError }, reloadScales] = useSkillLevels();
  const [, setSkill] = useSetMySkill();
  const [, setInterest] = useSetMySkillInterest();
  const [removal, removeSkill] = useRemoveMySkill();
  const [picked, setPicked] = useState<PickedSkill | null>(null);
  const [lastAdded, setLastAdded] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [listStatus, setListStatus] = useState('');
  const listHeadingRef = useRef<HTMLHeadingElement>(null);

  /** setMySkill with a level; setMySkillInterest for interest only. Resolves to an error message or null. */
  const save = async (skillId: string, values: SkillFormValues): Promise<string | null> => {
    const result =
      values.level === ''
        ? await setInterest({ skillId, interest: values.interest, wantsToGrow: values.wantsToGrow })
        : await setSkill({
            input: {
              skillId,
              level: values.level,
              years: values.years === '' ? null : values.years,
              interest: values.interest,
              wantsToGrow: values.wantsToGrow,
            },
          });
    return result.error ? mutationErrorMessage(result.error) : null;
  };

  const confirmRemove = async (entry: PersonSkillDetails) => {
    setRemoveError(null);
    const result = await removeSkill({ skillId: entry.skill.id });
    if (result.error) {
      setRemoveError(mutationErrorMessage(result.error));
      return;
    }
    setDialog(null);
    setListStatus(`${entry.skill.name} was removed from your profile.`);
    // The Remove button is gone with the skill: continue from the list's heading.
    requestAnimationFrame(() => listHeadingRef.current?.focus());
  };

  const alreadyListed = picked ? person.skills.find((entry) => entry.skill.id === picked.id) : undefined;

  let addForm;
  if (scales) {
    addForm = (
      <SkillForm
        idPrefix="add-skill"
        levels={scales.skillLevels}
        interests={scales.interestLevels}
        initial={EMPTY_SKILL_FORM}
        allowInterestOnly
        submitLabel="Add skill"
        savedLabel={`${lastAdded} is on your profile now.`}
        resetOnSave
        picker={
          <SkillSearchPicker
            id={FIELD_IDS.skills}
            label="Skill"
            useSuggestions={useSkillSuggestions}
            onPick={setPicked}
            picked={picked}
            onUnpick={() => setPicked(null)}
            description={
              alreadyListed
                ? `${alreadyListed.skill.name} is already on your profile: adding it again updates its level and details.`
                : undefined
            }
          />
        }
        precheck={() => (picked ? null : 'Choose a skill from the suggestions first.')}
        onSubmit={async (values) => {
          if (!picked) return 'Choose a skill from the suggestions first.';
          const error = await save(picked.id, values);
          if (!error) setLastAdded(picked.name);
          return error;
        }}
        onSaved={() => setPicked(null)}
      />
    );
  } else if (scalesError) {
    addForm = (
      <ErrorState error={scalesError} onRetry={() => reloadScales({ requestPolicy: 'network-only' })} />
    );
  } else {
    addForm = <LoadingState label="Loading skill levels…" />;
  }

  const entry = dialog?.entry;
  return (
    <section aria-labelledby="skills-heading">
      <Title order={2} size="h4" mb="xs" id="skills-heading">
        Skills
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        What you are good at, how well, and what you would like to do more of. Colleagues can endorse skills
        you list with a level.
      </Text>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            Add a skill
          </Title>
          {addForm}
        </Paper>

        <div>
          <Title order={3} size="h5" mb="sm" id="my-skills-heading" ref={listHeadingRef} tabIndex={-1}>
            Your skills ({person.skills.length})
          </Title>
          <div role="status" aria-live="polite">
            {listStatus ? (
              <Text size="sm" mb="sm">
                {listStatus}
              </Text>
            ) : null}
          </div>
          {person.skills.length === 0 ? (
            <Text c="dimmed">No skills yet: add the first one above.</Text>
          ) : (
            <SkillGroups
              skills={person.skills}
              headingLevel={4}
              renderActions={(skillEntry) => (
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="xs"
                    disabled={!scales}
                    onClick={() => {
                      setListStatus('');
                      setDialog({ mode: 'edit', entry: skillEntry });
                    }}
                  >
                    Edit<VisuallyHidden> {skillEntry.skill.name}</VisuallyHidden>
                  </Button>
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => {
                      setListStatus('');
                      setRemoveError(null);
                      setDialog({ mode: 'remove', entry: skillEntry });
                    }}
                  >
                    Remove<VisuallyHidden> {skillEntry.skill.name}</VisuallyHidden>
                  </Button>
                </Group>
              )}
            />
          )}
        </div>
      </Stack>

      <Modal
        {...DIALOG_PROPS}
        opened={dialog?.mode === 'edit'}
        onClose={() => setDialog(null)}
        title={entry ? `Edit ${entry.skill.name}` : 'Edit skill'}
        size="lg"
      >
        {entry && scales && dialog?.mode === 'edit' ? (
          <SkillForm
            key={entry.skill.id}
            idPrefix="edit-skill"
            levels={scales.skillLevels}
            interests={scales.interestLevels}
            initial={formValuesOf(entry)}
            allowInterestOnly={entry.level === null}
            submitLabel="Save changes"
            savedLabel={`${entry.skill.name} saved.`}
            onSubmit={(values) => save(entry.skill.id, values)}
            onSaved={() => {
              setDialog(null);
              setListStatus(`${entry.skill.name} was updated.`);
            }}
            extraActions={
              <Button variant="default" onClick={() => setDialog(null)}>
                Cancel
              </Button>
            }
          />
        ) : null}
      </Modal>

      <Modal
        {...DIALOG_PROPS}
        opened={dialog?.mode === 'remove'}
        onClose={() => setDialog(null)}
        title={entry ? `Remove ${entry.skill.name} from your profile?` : 'Remove skill'}
      >
        {entry && dialog?.mode === 'remove' ? (
          <Stack gap="md">
            <Text size="sm">
              {entry.endorsementCount > 0
                ? `Its ${entry.endorsementCount === 1 ? 'endorsement' : `${entry.endorsementCount} endorsements`} will be deleted too, and will not come back if you add the skill again.`
                : 'You can add it again at any time.'}
            </Text>
            {removeError ? (
              <Alert color="red" variant="light" role="alert" title="Not removed">
                <Text size="sm">{removeError}</Text>
              </Alert>
            ) : null}
            <Group gap="sm" justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                Keep it
              </Button>
              <Button color="red" loading={removal.fetching} onClick={() => void confirmRemove(entry)}>
                Remove skill
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </section>
  );
}

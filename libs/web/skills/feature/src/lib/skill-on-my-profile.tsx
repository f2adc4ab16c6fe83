import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAddMySkill, useMySkill } from '@ensemble/web/skills/data-access';
import { errorMessage } from '@ensemble/web/ui';

/** My profile's page, where skills are edited (a route of the people feature, linked by path). */
const MY_PROFILE_PATH = '/me';

const ADD_ERRORS: Readonly<Record<string, string>> = {
  SKILL_RETIRED: 'This skill was retired: it can no longer be added to profiles.',
  SKILL_NOT_FOUND: 'This skill does not exist any more.',
};

export interface SkillOnMyProfileProps {
  skillId: string;
  skillName: string;
  /** The five levels in words, as the skill's distribution names them. */
  levels: ReadonlyArray<{ level: number; name: string }>;
  /** Merged and retired skills cannot be added (they are still shown when held). */
  canAdd: boolean;
}

/**
 * The skill on the signed-in person's profile: "On your profile (level 4: Advanced)" with a link to
 * edit it there, or "Add to my profile" with a level picker (also for a skill held as an interest only,
 * which keeps its interest).
 */
export function SkillOnMyProfile({ skillId, skillName, levels, canAdd }: SkillOnMyProfileProps) {
  const headingId = useId();
  const { holding } = useMySkill(skillId);
  const [addState, add] = useAddMySkill();
  const [level, setLevel] = useState('');
  const [missingLevel, setMissingLevel] = useState(false);
  const heldRef = useRef<HTMLDivElement>(null);

  const added = addState.data?.setMySkill;
  // The answer of the mutation counts at once (the profile query refreshes after it).
  const heldLevel = added?.level ?? holding?.level ?? null;
  const levelName = (value: number) =>
    levels.find((entry) => entry.level === value)?.name ?? `Level ${value}`;

  // After adding, the form is gone: focus goes to what replaced it, which says so.
  const justAdded = Boolean(added);
  useEffect(() => {
    if (justAdded) heldRef.current?.focus();
  }, [justAdded]);

  // Loading (or the profile could not be read): the page is about the skill; say nothing yet.
  if (holding === undefined && !added) return null;

  if (heldLevel !== null) {
    return (
      <Paper withBorder p="sm" radius="md" maw="36rem">
        <div ref={heldRef} tabIndex={-1} role="status">
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              {justAdded ? 'Added to your profile' : 'On your profile'} (level {heldLevel}:{' '}
              {levelName(heldLevel)})
            </Text>
            <Anchor component={Link} to={MY_PROFILE_PATH} size="sm">
              Edit on my profile
            </Anchor>
          </Group>
        </div>
      </Paper>
    );
  }
  if (!canAdd) return null;

  const interestOnly = holding !== null && holding !== undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!level) {
      setMissingLevel(true);
      return;
    }
    void add(skillId, Number(level));
  };

  return (
    <Paper withBorder p="sm" radius="md" maw="36rem" component="section" aria-labelledby={headingId}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h5" id={headingId}>
            {interestOnly ? 'Add your level' : 'Add to my profile'}
          </Title>
          <Text size="sm" c="dimmed">
            {interestOnly
              ? `${skillName} is on your profile as an interest. Say how good you are at it, so colleagues can find you for it.`
              : `Do you have ${skillName}? Add it with your level, so colleagues can find you for it.`}
          </Text>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect
              label="Your level"
              value={level}
              required
              error={missingLevel && !level ? 'Choose your level.' : undefined}
              data={[
                { value: '', label: 'Choose…' },
                ...levels.map((entry) => ({
                  value: String(entry.level),
                  label: `${entry.level}: ${entry.name}`,
                })),
              ]}
              onChange={(event) => {
                setLevel(event.currentTarget.value);
                setMissingLevel(false);
              }}
            />
            <Button type="submit" loading={addState.fetching}>
              {interestOnly ? 'Add my level' : 'Add to my profile'}
            </Button>
          </Group>
          {addState.error ? (
            <Alert color="red" variant="light" title="Not added" role="alert">
              <Text size="sm">{errorMessage(addState.error, ADD_ERRORS)}</Text>
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

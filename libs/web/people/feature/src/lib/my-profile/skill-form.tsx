import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, NativeSelect, NumberInput, Stack, Switch } from '@mantine/core';
import type { SkillLevelsResult } from '@ensemble/web/people/data-access';
import { SaveStatus, type SaveState } from '@ensemble/web/ui';

export interface SkillFormValues {
  /** '' for interest only (no claim of ability). */
  level: number | '';
  /** '' when not given. */
  years: number | '';
  interest: number;
  wantsToGrow: boolean;
}

export const EMPTY_SKILL_FORM: SkillFormValues = { level: '', years: '', interest: 0, wantsToGrow: false };

export interface SkillFormProps {
  /** Distinguishes the controls' ids when several forms are on the page ("add", a skill id…). */
  idPrefix: string;
  levels: SkillLevelsResult['skillLevels'];
  interests: SkillLevelsResult['interestLevels'];
  initial: SkillFormValues;
  /** Offer "No level: interest only" (new skills and skills that have no level yet). */
  allowInterestOnly: boolean;
  submitLabel: string;
  /** The skill picker, when adding. */
  picker?: ReactNode;
  /** Checks that are not about these fields (e.g. "choose a skill"); a message stops the save. */
  precheck?: () => string | null;
  /** Saves; resolves to an error message, or null when saved. */
  onSubmit: (values: SkillFormValues) => Promise<string | null>;
  /** Runs after a successful save, e.g. to reset the form or close a dialog. */
  onSaved?: () => void;
  savedLabel: string;
  /** Back to `initial` after a save (the add form); the edit form keeps what was saved. */
  resetOnSave?: boolean;
  extraActions?: ReactNode;
}

/** Level (each in words), years of experience, interest (in words) and "want to grow" for one skill. */
export function SkillForm({
  idPrefix,
  levels,
  interests,
  initial,
  allowInterestOnly,
  submitLabel,
  picker,
  precheck,
  onSubmit,
  onSaved,
  savedLabel,
  resetOnSave = false,
  extraActions,
}: SkillFormProps) {
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [levelError, setLevelError] = useState<string | null>(null);

  const set = <K extends keyof SkillFormValues>(key: K, value: SkillFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key === 'level' || key === 'interest' || key === 'wantsToGrow') setLevelError(null);
    if (state === 'saved') setState('idle');
  };

  const selectedLevel = levels.find((level) => level.level === values.level);
  const selectedInterest = interests.find((interest) => interest.interest === values.interest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = precheck?.() ?? null;
    if (problem) {
      setState('error');
      setMessage(problem);
      return;
    }
    if (values.level === '' && !allowInterestOnly) {
      setLevelError('Choose a level.');
      setState('error');
      setMessage('Choose a level for this skill.');
      return;
    }
    if (values.level === '' && values.interest === 0 && !values.wantsToGrow) {
      setLevelError('Choose a level, or say how interested you are or that you want to grow in it.');
      setState('error');
      setMessage('Choose a level, or say how interested you are or that you want to grow in it.');
      return;
    }
    setState('saving');
    setMessage(null);
    const error = await onSubmit(values);
    if (error) {
      setState('error');
      setMessage(error);
      return;
    }
    setState('saved');
    if (resetOnSave) setValues(initial);
    onSaved?.();
  };

  const levelOptions = [
    ...(allowInterestOnly || values.level === ''
      ? [{ value: '', label: allowInterestOnly ? 'No level: interest only' : 'Choose a level' }]
      : []),
    ...levels.map((level) => ({
      value: String(level.level),
      label: `${level.level} · ${level.name}: ${level.description}`,
    })),
  ];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {picker}
        <NativeSelect
          id={`${idPrefix}-level`}
          label="Level"
          description={
            selectedLevel
              ? `${selectedLevel.name}: ${selectedLevel.description}`
              : 'Interest only: you do not claim this ability yet, so it cannot be endorsed.'
          }
          value={values.level === '' ? '' : String(values.level)}
          onChange={(event) =>
            set('level', event.currentTarget.value ? Number(event.currentTarget.value) : '')
          }
          data={levelOptions}
          error={levelError}
        />
        <Group gap="md" align="flex-start" wrap="wrap">
          <NumberInput
            id={`${idPrefix}-years`}
            label="Years of experience"
            description="Optional, 0 to 60."
            value={values.years}
            onChange={(value) =>
              set('years', typeof value === 'number' ? value : value === '' ? '' : Number(value))
            }
            min={0}
            max={60}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            w={{ base: '100%', xs: 180 }}
          />
          <NativeSelect
            id={`${idPrefix}-interest`}
            label="Interest"
            description={
              selectedInterest ? `${selectedInterest.name}: ${selectedInterest.description}` : undefined
            }
            value={String(values.interest)}
            onChange={(event) => set('interest', Number(event.currentTarget.value))}
            data={interests.map((interest) => ({
              value: String(interest.interest),
              label: `${interest.name}: ${interest.description}`,
            }))}
            style={{ flex: '1 1 16rem' }}
          />
        </Group>
        <Switch
          id={`${idPrefix}-grow`}
          label="I want to grow in this skill"
          checked={values.wantsToGrow}
          onChange={(event) => set('wantsToGrow', event.currentTarget.checked)}
        />
        <Group gap="sm">
          <Button type="submit" loading={state === 'saving'}>
            {submitLabel}
          </Button>
          {extraActions}
        </Group>
        <SaveStatus state={state} error={message} savedLabel={savedLabel} />
      </Stack>
    </form>
  );
}

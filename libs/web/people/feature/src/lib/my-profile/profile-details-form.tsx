import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { hasGraphQLErrorCode } from '@ensemble/web/graphql';
import { signInPageHref } from '@ensemble/web/identity/data-access';
import {
  KEEPS_CHANGES_ATTRIBUTE,
  draftKey,
  readDraft,
  removeDraft,
  useUnsavedChangesGuard,
  writeDraft,
  Markdown,
  SaveStatus,
  TopicsInput,
  fieldProblems,
  mutationErrorMessage,
  type SaveState,
} from '@ensemble/web/ui';
import {
  useUpdateMyProfile,
  type FieldVisibility,
  type LanguageProficiency,
  type MyProfileResult,
  type ProfileField,
} from '@ensemble/web/people/data-access';
import { COMMON_LANGUAGES, PROFICIENCY_OPTIONS, languageName } from '@ensemble/web/people/ui';
import { FIELD_IDS } from './field-ids';
import {
  PROFILE_LIMITS,
  changedFields,
  draftValues,
  formValuesOf,
  rowKey,
  validateProfile,
  type ProfileFormErrors,
  type ProfileFormValues,
} from './profile-form-values';
import { VisibilityControl } from './visibility-control';
import classes from './my-profile.module.css';

type Viewer = MyProfileResult['viewer'];

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired — sign in again; your changes are kept.';

/** Defaults of the API (profile-fields.ts DEFAULT_VISIBILITY) for fields the person never changed. */
const DEFAULT_VISIBILITY: Readonly<Record<ProfileField, FieldVisibility>> = {
  HEADLINE: 'EVERYONE',
  BIO: 'EVERYONE',
  LOCATION: 'EVERYONE',
  TIME_ZONE: 'EVERYONE',
  SPOKEN_LANGUAGES: 'EVERYONE',
  LINKS: 'EVERYONE',
  HOURS_PER_WEEK_AVAILABLE: 'MANAGER_CHAIN_AND_TEAM',
  OPEN_TO_PROJECTS: 'EVERYONE',
  PASSIONS: 'EVERYONE',
  ASK_ME_ABOUT: 'EVERYONE',
};

let timeZones: string[] | undefined;
function allTimeZones(): string[] {
  if (!timeZones) {
    try {
      timeZones = Intl.supportedValuesOf('timeZone');
    } catch {
      timeZones = [];
    }
    if (!timeZones.includes('UTC')) timeZones = ['UTC', ...timeZones];
  }
  return timeZones;
}

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

/** A field with its visibility select beside it (below it on narrow screens). */
function FieldRow({
  children,
  field,
  fieldLabel,
  visibility,
}: {
  children: ReactNode;
  field: ProfileField;
  fieldLabel: string;
  visibility: Partial<Record<ProfileField, FieldVisibility>>;
}) {
  return (
    <div className={classes.fieldRow}>
      <div className={classes.fieldInput}>{children}</div>
      <div className={classes.fieldVisibility}>
        <VisibilityControl
          field={field}
          fieldLabel={fieldLabel}
          value={visibility[field] ?? DEFAULT_VISIBILITY[field]}
        />
      </div>
    </div>
  );
}

export interface ProfileDetailsFormProps {
  person: Viewer;
}

/**
 * Every profile field, saved together with "Save profile" (updateMyProfile sends only what changed),
 * each with who may see it (saved at once).
 */
export function ProfileDetailsForm({ person }: ProfileDetailsFormProps) {
  const storageKey = draftKey(person.id, 'profile');
  // What was typed and not saved comes back after a reload or after signing in again.
  const [initial] = useState(() => {
    const savedValues = formValuesOf(person);
    return { saved: savedValues, draft: draftValues(readDraft(storageKey), savedValues) };
  });
  const [saved, setSaved] = useState(initial.saved);
  const [values, setValues] = useState(initial.draft ?? initial.saved);
  const [restored, setRestored] = useState(initial.draft !== null);
  const [errors, setErrors] = useState<ProfileFormErrors>({});
  const [state, setState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  const [bioTab, setBioTab] = useState<string | null>('write');
  const [, update] = useUpdateMyProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const { pathname, search } = useLocation();

  const dirty = Object.keys(changedFields(saved, values)).length > 0;
  useUnsavedChangesGuard(dirty);
  useEffect(() => {
    if (dirty) writeDraft(storageKey, values);
    else removeDraft(storageKey);
  }, [storageKey, dirty, values]);

  const visibility = useMemo(
    () =>
      Object.fromEntries((person.myFieldVisibility ?? []).map((entry) => [entry.field, entry.visibility])),
    [person.myFieldVisibility],
  ) as Partial<Record<ProfileField, FieldVisibility>>;

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));
    if (state === 'saved') setState('idle');
  };

  const save = async () => {
    const problems = validateProfile(values);
    if (Object.values(problems).some(Boolean)) {
      setErrors(problems);
      setState('error');
      setSessionExpired(false);
      setMessage('Some fields need a change before saving: see the messages next to them.');
      // Take keyboard users to the first field with a problem.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const input = changedFields(saved, values);
    if (Object.keys(input).length === 0) {
      setState('saved');
      setMessage(null);
      return;
    }
    setState('saving');
    setMessage(null);
    const result = await update({ input });
    if (result.error || !result.data) {
      // The form keeps every value typed; the draft in storage keeps them across signing in again.
      const expired = hasGraphQLErrorCode(result.error, 'UNAUTHENTICATED');
      setSessionExpired(expired);
      setErrors(fieldProblems(result.error) as ProfileFormErrors);
      setState('error');
      setMessage(expired ? SESSION_EXPIRED_MESSAGE : mutationErrorMessage(result.error));
      return;
    }
    const next = formValuesOf(result.data.updateMyProfile);
    setSaved(next);
    setValues(next);
    setErrors({});
    setRestored(false);
    setSessionExpired(false);
    setState('saved');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const discard = () => {
    setValues(saved);
    setErrors({});
    setState('idle');
    setMessage(null);
    setRestored(false);
    setSessionExpired(false);
  };

  const zones = allTimeZones();
  const zoneOptions =
    values.timeZone && !zones.includes(values.timeZone) ? [values.timeZone, ...zones] : zones;
  const localZone = browserTimeZone();

  const languageOptions = (current: string) => {
    const tags =
      COMMON_LANGUAGES.includes(current) || !current ? COMMON_LANGUAGES : [current, ...COMMON_LANGUAGES];
    return [
      { value: '', label: 'Choose a language' },
      ...tags
        .map((tag) => ({ value: tag, label: languageName(tag) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    ];
  };

  return (
    <section aria-labelledby="about-you-heading">
      <Title order={2} size="h4" mb="xs" id="about-you-heading">
        About you
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Everything here is optional. Choose who can see each field: that choice is saved at once; the fields
        themselves are saved with “Save profile”.
      </Text>
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="about-you-heading">
        <Stack gap="lg">
          {restored ? (
            <Alert color="blue" variant="light" role="status" title="Your unsaved changes are back">
              <Text size="sm">
                We restored what you typed before and had not saved yet. Save your profile to keep it.
              </Text>
              <Button variant="default" size="compact-sm" mt="xs" onClick={discard}>
                Discard them
              </Button>
            </Alert>
          ) : null}
          <FieldRow field="HEADLINE" fieldLabel="headline" visibility={visibility}>
            <TextInput
              id={FIELD_IDS.headline}
              label="Headline"
              description="One line about what you do, e.g. “Backend engineer who loves making slow things fast”."
              value={values.headline}
              onChange={(event) => set('headline', event.currentTarget.value)}
              error={errors.headline}
              maxLength={PROFILE_LIMITS.headline + 20}
            />
          </FieldRow>

          <FieldRow field="BIO" fieldLabel="bio" visibility={visibility}>
            <Tabs value={bioTab} onChange={setBioTab}>
              <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
                <Text component="label" htmlFor={FIELD_IDS.bio} size="sm" fw={500}>
                  Bio
                </Text>
                <Tabs.List aria-label="Bio: write or preview">
                  <Tabs.Tab value="write">Write</Tabs.Tab>
                  <Tabs.Tab value="preview">Preview</Tabs.Tab>
                </Tabs.List>
              </Group>
              <Tabs.Panel value="write" pt="xs">
                <Textarea
                  id={FIELD_IDS.bio}
                  description="Markdown works: **bold**, *italic*, [a link](https://example.com), lists starting with “- ”."
                  value={values.bio}
                  onChange={(event) => set('bio', event.currentTarget.value)}
                  error={errors.bio}
                  minRows={5}
                  autosize
                  maxRows={16}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {values.bio.length} of {PROFILE_LIMITS.bio} characters
                </Text>
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="xs">
                <div className={classes.preview}>
                  {values.bio.trim() ? (
                    <Markdown source={values.bio} headingLevel={3} aria-label="Bio preview" />
                  ) : (
                    <Text c="dimmed">Nothing to preview yet: write your bio first.</Text>
                  )}
                </div>
              </Tabs.Panel>
            </Tabs>
          </FieldRow>

          <FieldRow field="LOCATION" fieldLabel="location" visibility={visibility}>
            <TextInput
              id={FIELD_IDS.location}
              label="Location"
              description="Where you work from, e.g. “Berlin office” or “Remote, Lisbon”."
              value={values.location}
              onChange={(event) => set('location', event.currentTarget.value)}
              error={errors.location}
            />
          </FieldRow>

          <FieldRow field="TIME_ZONE" fieldLabel="time zone" visibility={visibility}>
            <NativeSelect
              id={FIELD_IDS.timeZone}
              label="Time zone"
              description="So colleagues know when to reach you."
              value={values.timeZone}
              onChange={(event) => set('timeZone', event.currentTarget.value)}
              data={[
                { value: '', label: 'Not set' },
                ...zoneOptions.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
              ]}
              error={errors.timeZone}
            />
            {localZone && localZone !== values.timeZone && zones.includes(localZone) ? (
              <Button variant="subtle" size="compact-sm" mt={4} onClick={() => set('timeZone', localZone)}>
                Use this device’s time zone ({localZone.replace(/_/g, ' ')})
              </Button>
            ) : null}
          </FieldRow>

          <FieldRow field="SPOKEN_LANGUAGES" fieldLabel="languages" visibility={visibility}>
            <fieldset className={classes.fieldset}>
              <legend className={classes.legend}>Languages you speak</legend>
              <Stack gap="xs">
                {values.spokenLanguages.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None yet.
                  </Text>
                ) : null}
                {values.spokenLanguages.map((row, index) => {
                  const name = row.language ? languageName(row.language) : `language ${index + 1}`;
                  const update = (patch: Partial<typeof row>) =>
                    set(
                      'spokenLanguages',
                      values.spokenLanguages.map((other) =>
                        other.key === row.key ? { ...other, ...patch } : other,
                      ),
                    );
                  return (
                    <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
                      <NativeSelect
                        label={
                          <>
                            Language<VisuallyHidden> {index + 1}</VisuallyHidden>
                          </>
                        }
                        value={row.language}
                        onChange={(event) => update({ language: event.currentTarget.value })}
                        data={languageOptions(row.language)}
                        className={classes.grow}
                      />
                      <NativeSelect
                        label={
                          <>
                            Proficiency<VisuallyHidden> in {name}</VisuallyHidden>
                          </>
                        }
                        value={row.proficiency}
                        onChange={(event) =>
                          update({ proficiency: event.currentTarget.value as LanguageProficiency })
                        }
                        data={PROFICIENCY_OPTIONS.map((option) => ({
                          value: option.value,
                          label: option.label,
                        }))}
                        className={classes.grow}
                      />
                      <CloseButton
                        aria-label={`Remove ${name}`}
                        mb={4}
                        onClick={() =>
                          set(
                            'spokenLanguages',
                            values.spokenLanguages.filter((other) => other.key !== row.key),
                          )
                        }
                      />
                    </Group>
                  );
                })}
                {errors.spokenLanguages ? (
                  <Text size="sm" c="red.9" role="alert">
                    {errors.spokenLanguages}
                  </Text>
                ) : null}
                <div>
                  <Button
                    id={FIELD_IDS.spokenLanguages}
                    variant="default"
                    size="xs"
                    disabled={values.spokenLanguages.length >= PROFILE_LIMITS.spokenLanguages}
                    onClick={() =>
                      set('spokenLanguages', [
                        ...values.spokenLanguages,
                        { key: rowKey(), language: '', proficiency: 'PROFESSIONAL_WORKING' },
                      ])
                    }
                  >
                    Add a language
                  </Button>
                </div>
              </Stack>
            </fieldset>
          </FieldRow>

          <FieldRow field="LINKS" fieldLabel="links" visibility={visibility}>
            <fieldset className={classes.fieldset}>
              <legend className={classes.legend}>Links</legend>
              <Stack gap="xs">
                {values.links.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None yet: add your blog, portfolio or code.
                  </Text>
                ) : null}
                {values.links.map((row, index) => {
                  const update = (patch: Partial<typeof row>) =>
                    set(
                      'links',
                      values.links.map((other) => (other.key === row.key ? { ...other, ...patch } : other)),
                    );
                  return (
                    <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
                      <TextInput
                        label={
                          <>
                            Link text<VisuallyHidden> {index + 1}</VisuallyHidden>
                          </>
                        }
                        placeholder="Blog"
                        value={row.label}
                        onChange={(event) => update({ label: event.currentTarget.value })}
                        className={classes.grow}
                      />
                      <TextInput
                        label={
                          <>
                            Address<VisuallyHidden> of link {index + 1}</VisuallyHidden>
                          </>
                        }
                        type="url"
                        placeholder="https://…"
                        value={row.url}
                        onChange={(event) => update({ url: event.currentTarget.value })}
                        className={classes.grow2}
                      />
                      <CloseButton
                        aria-label={`Remove link ${row.label.trim() || index + 1}`}
                        mb={4}
                        onClick={() =>
                          set(
                            'links',
                            values.links.filter((other) => other.key !== row.key),
                          )
                        }
                      />
                    </Group>
                  );
                })}
                {errors.links ? (
                  <Text size="sm" c="red.9" role="alert">
                    {errors.links}
                  </Text>
                ) : null}
                <div>
                  <Button
                    id={FIELD_IDS.links}
                    variant="default"
                    size="xs"
                    disabled={values.links.length >= PROFILE_LIMITS.links}
                    onClick={() => set('links', [...values.links, { key: rowKey(), label: '', url: '' }])}
                  >
                    Add a link
                  </Button>
                </div>
              </Stack>
            </fieldset>
          </FieldRow>

          <FieldRow field="HOURS_PER_WEEK_AVAILABLE" fieldLabel="hours for projects" visibility={visibility}>
            <NumberInput
              id={FIELD_IDS.hoursPerWeekAvailable}
              label="Hours per week available for projects"
              description="0 to 40; leave empty if you would rather not say."
              value={values.hoursPerWeekAvailable}
              onChange={(value) =>
                set(
                  'hoursPerWeekAvailable',
                  typeof value === 'number' ? value : value === '' ? '' : Number(value),
                )
              }
              min={0}
              max={PROFILE_LIMITS.hoursPerWeek}
              allowDecimal={false}
              allowNegative={false}
              error={errors.hoursPerWeekAvailable}
              w={{ base: '100%', sm: 220 }}
            />
          </FieldRow>

          <FieldRow field="OPEN_TO_PROJECTS" fieldLabel="openness to projects" visibility={visibility}>
            <Switch
              id={FIELD_IDS.openToProjects}
              label="Open to joining projects"
              checked={values.openToProjects}
              onChange={(event) => set('openToProjects', event.currentTarget.checked)}
            />
          </FieldRow>

          <FieldRow field="PASSIONS" fieldLabel="passions" visibility={visibility}>
            <TopicsInput
              id={FIELD_IDS.passions}
              label="Passions"
              description="Press Enter after each one. People who share them can find you."
              addLabel="Add a passion"
              value={values.passions}
              onChange={(topics) => set('passions', topics)}
              max={PROFILE_LIMITS.passions}
              maxLength={PROFILE_LIMITS.topic}
              error={errors.passions}
            />
          </FieldRow>

          <FieldRow field="ASK_ME_ABOUT" fieldLabel="“ask me about” topics" visibility={visibility}>
            <TopicsInput
              id={FIELD_IDS.askMeAbout}
              label="Ask me about"
              description="Topics colleagues are welcome to ask you about."
              addLabel="Add a topic to be asked about"
              value={values.askMeAbout}
              onChange={(topics) => set('askMeAbout', topics)}
              max={PROFILE_LIMITS.askMeAbout}
              maxLength={PROFILE_LIMITS.topic}
              error={errors.askMeAbout}
            />
          </FieldRow>

          <Group gap="md" align="center">
            <Button type="submit" loading={state === 'saving'}>
              Save profile
            </Button>
            <Button variant="subtle" onClick={discard}>
              Discard changes
            </Button>
          </Group>
          <SaveStatus
            state={state}
            error={message}
            savedLabel="Profile saved"
            savingLabel="Saving your profile…"
            onRetry={message && !Object.values(errors).some(Boolean) ? () => void save() : undefined}
            errorAction={
              sessionExpired ? (
                <Anchor
                  component={Link}
                  to={signInPageHref(pathname + search)}
                  size="sm"
                  {...{ [KEEPS_CHANGES_ATTRIBUTE]: true }}
                >
                  Sign in again
                </Anchor>
              ) : null
            }
          />
        </Stack>
      </form>
    </section>
  );
}

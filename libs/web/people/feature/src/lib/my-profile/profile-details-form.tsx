import { useMemo, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { signInPageHref } from '@ensemble/web/identity/data-access';
import { KEEPS_CHANGES_ATTRIBUTE, SaveStatus, TopicsInput, type SaveState } from '@ensemble/web/ui';
import type { MyProfileResult } from '@ensemble/web/people/data-access';
import { BioField } from './bio-field';
import { FIELD_IDS } from './field-ids';
import { FieldRow, type VisibilityByField } from './field-row';
import { LinksField } from './links-field';
import { PROFILE_LIMITS } from './profile-form-values';
import { SpokenLanguagesField } from './spoken-languages-field';
import { TimeZoneField } from './time-zone-field';
import { useProfileDraft } from './use-profile-draft';

export interface ProfileDetailsFormProps {
  person: MyProfileResult['viewer'];
}

/** "Save profile", "Discard changes", and how the last save went (with a way back in when signed out). */
function SaveBar({
  state,
  message,
  canRetry,
  sessionExpired,
  onRetry,
  onDiscard,
}: {
  state: SaveState;
  message: string | null;
  canRetry: boolean;
  sessionExpired: boolean;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const { pathname, search } = useLocation();
  return (
    <>
      <Group gap="md" align="center">
        <Button type="submit" loading={state === 'saving'}>
          Save profile
        </Button>
        <Button variant="subtle" onClick={onDiscard}>
          Discard changes
        </Button>
      </Group>
      <SaveStatus
        state={state}
        error={message}
        savedLabel="Profile saved"
        savingLabel="Saving your profile…"
        onRetry={message && canRetry ? onRetry : undefined}
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
    </>
  );
}

/**
 * Every profile field, saved together with "Save profile" (updateMyProfile sends only what changed),
 * each with who may see it (saved at once).
 */
export function ProfileDetailsForm({ person }: ProfileDetailsFormProps) {
  const { values, errors, state, message, sessionExpired, restored, set, save, discard, formRef } =
    useProfileDraft(person);

  const visibility = useMemo(
    () =>
      Object.fromEntries((person.myFieldVisibility ?? []).map((entry) => [entry.field, entry.visibility])),
    [person.myFieldVisibility],
  ) as VisibilityByField;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
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
            <BioField value={values.bio} onChange={(bio) => set('bio', bio)} error={errors.bio} />
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
            <TimeZoneField
              value={values.timeZone}
              onChange={(zone) => set('timeZone', zone)}
              error={errors.timeZone}
            />
          </FieldRow>

          <FieldRow field="SPOKEN_LANGUAGES" fieldLabel="languages" visibility={visibility}>
            <SpokenLanguagesField
              value={values.spokenLanguages}
              onChange={(rows) => set('spokenLanguages', rows)}
              error={errors.spokenLanguages}
            />
          </FieldRow>

          <FieldRow field="LINKS" fieldLabel="links" visibility={visibility}>
            <LinksField value={values.links} onChange={(rows) => set('links', rows)} error={errors.links} />
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

          <SaveBar
            state={state}
            message={message}
            canRetry={!Object.values(errors).some(Boolean)}
            sessionExpired={sessionExpired}
            onRetry={() => void save()}
            onDiscard={discard}
          />
        </Stack>
      </form>
    </section>
  );
}

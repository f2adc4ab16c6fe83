import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMyProfile, type MyProfileResult } from '@ensemble/web/people/data-access';
import { CompletenessMeter, PersonHeader, personPath } from '@ensemble/web/people/ui';
import { ErrorState, LoadingState, PageTitle, errorMessage } from '@ensemble/web/ui';
import { AvatarSection } from './my-profile/avatar-section';
import { fieldIdForStep } from './my-profile/field-ids';
import { ProfileDetailsForm } from './my-profile/profile-details-form';
import { SkillsEditor } from './my-profile/skills-editor';
import './mantine-feature-styles';

function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView?.({ block: 'center' });
  element.focus();
}

type Step = { field: string; hint: string };

/** A new hire's first visit (0%): a welcome and the three most useful first steps. */
function Welcome({ givenName, steps }: { givenName: string; steps: readonly Step[] }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="welcome-heading">
      <Title order={2} size="h4" id="welcome-heading">
        Welcome to Ensemble, {givenName}!
      </Title>
      <Text size="sm" mt="xs">
        Your profile is how colleagues find you for their questions and projects. Start with these:
      </Text>
      <List type="ordered" mt="sm" spacing="xs">
        {steps.slice(0, 3).map((step) => {
          const fieldId = fieldIdForStep(step.field);
          return (
            <List.Item key={step.field}>
              {fieldId ? (
                <Anchor component="button" type="button" ta="start" onClick={() => focusField(fieldId)}>
                  {step.hint}
                </Anchor>
              ) : (
                step.hint
              )}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

export interface MyProfileEditorProps {
  person: MyProfileResult['viewer'];
  /** Refetches the profile (after the picture changed, which is not GraphQL). */
  onRefresh: () => void;
  /** fetch for the picture's REST calls (tests). */
  fetchImpl?: typeof fetch;
}

/** The editor: completeness, photo, every profile field with its visibility, and skills. */
export function MyProfileEditor({ person, onRefresh, fetchImpl }: MyProfileEditorProps) {
  const completeness = person.profileCompleteness;
  const nextStep = completeness?.nextStep ?? null;
  const nextFieldId = nextStep ? fieldIdForStep(nextStep.field) : null;
  return (
    <Stack gap="xl">
      <PersonHeader person={person} headline={person.headline} documentTitle="My profile">
        <Anchor component={Link} to={personPath(person.id)} size="sm">
          See your profile as colleagues see it
        </Anchor>
      </PersonHeader>

      {completeness && completeness.percent === 0 && completeness.nextSteps.length > 0 ? (
        <Welcome givenName={person.givenName} steps={completeness.nextSteps} />
      ) : completeness ? (
        <section aria-labelledby="completeness-heading">
          <Title order={2} size="h4" mb="xs" id="completeness-heading">
            Profile completeness
          </Title>
          <CompletenessMeter
            percent={completeness.percent}
            hint={nextStep?.hint ?? null}
            action={
              nextFieldId ? (
                <Button variant="light" size="compact-sm" onClick={() => focusField(nextFieldId)}>
                  Take me there
                </Button>
              ) : undefined
            }
          />
        </section>
      ) : null}

      <AvatarSection person={person} onChanged={onRefresh} fetchImpl={fetchImpl} />
      {/* Keyed by person: a new sign-in in the same tab starts from that person's saved values. */}
      <ProfileDetailsForm key={person.id} person={person} />
      <SkillsEditor person={person} />
    </Stack>
  );
}

/** /me: the signed-in person edits their own profile. */
export default function MyProfilePage() {
  const [{ data, error }, reexecute] = useMyProfile();
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // The last profile loaded: a refresh that fails (connection down) must not swap the editor, and
  // what is being typed in it, for an error page.
  const [shown, setShown] = useState<MyProfileResult['viewer'] | null>(null);
  if (data && data.viewer !== shown) setShown(data.viewer);
  const person = data?.viewer ?? shown;

  if (person) {
    return (
      <Stack gap="md">
        {error ? (
          <Alert color="yellow" variant="light" role="status" title="Your profile could not be refreshed">
            <Text size="sm">
              {errorMessage(error)} What you see may be out of date; nothing you typed is lost.
            </Text>
            <Button variant="default" size="compact-sm" mt="xs" onClick={refresh}>
              Refresh
            </Button>
          </Alert>
        ) : null}
        <MyProfileEditor person={person} onRefresh={refresh} />
      </Stack>
    );
  }
  if (error) {
    return (
      <Stack gap="lg">
        <PageTitle>My profile</PageTitle>
        <ErrorState error={error} onRetry={refresh} />
      </Stack>
    );
  }
  return <LoadingState label="Loading your profile…" pageTitle="My profile" />;
}

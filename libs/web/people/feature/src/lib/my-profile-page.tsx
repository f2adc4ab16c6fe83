import { useCallback } from 'react';
import { Anchor, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMyProfile, type MyProfileResult } from '@ensemble/web/people/data-access';
import { CompletenessMeter, PersonHeader, personPath } from '@ensemble/web/people/ui';
import { ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
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

      {completeness ? (
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

  if (data) return <MyProfileEditor person={data.viewer} onRefresh={refresh} />;
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

import { Stack } from '@mantine/core';
import { useMyProfile } from '@ensemble/web/people/data-access';
import { ErrorState, LoadingState, PageTitle } from '@ensemble/web/ui';
import { PersonProfileView } from './person-profile-view';

/** /me: the signed-in person's own page. */
export default function MyProfilePage() {
  const [{ data, error }, reexecute] = useMyProfile();

  if (data) return <PersonProfileView person={data.viewer} documentTitle="My profile" />;
  if (error) {
    return (
      <Stack gap="lg">
        <PageTitle>My profile</PageTitle>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Stack>
    );
  }
  return <LoadingState label="Loading your profile…" pageTitle="My profile" />;
}

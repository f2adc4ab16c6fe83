import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { usePerson } from '@ensemble/web/people/data-access';
import { ErrorState, KNOWN_ERROR_MESSAGES, LoadingState, PageTitle, errorCode } from '@ensemble/web/ui';
import { PersonProfileView } from './person-profile-view';

/** A malformed id is as absent as a removed person, from the visitor's point of view. */
const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);
const NOT_FOUND_MESSAGE = KNOWN_ERROR_MESSAGES['NOT_FOUND'] ?? 'This person does not exist or was removed.';

/** /people/:id: a colleague's page (endorse their skills here), or one's own, read-only. */
export default function PersonPage() {
  const { id = '' } = useParams();
  const [{ data, error }, reexecute] = usePerson(id);

  if (data) return <PersonProfileView person={data.person} isViewer={data.viewer.id === data.person.id} />;
  if (error) {
    const notFound = NOT_FOUND_CODES.has(errorCode(error) ?? '');
    return (
      <Stack gap="lg">
        <PageTitle>{notFound ? 'Person not found' : 'This profile could not be loaded'}</PageTitle>
        <ErrorState
          error={error}
          title={notFound ? 'Not found' : 'Something went wrong'}
          messages={{ BAD_USER_INPUT: NOT_FOUND_MESSAGE }}
          onRetry={notFound ? undefined : () => reexecute({ requestPolicy: 'network-only' })}
          action={
            <Anchor component={Link} to="/people" size="sm">
              Browse the people directory
            </Anchor>
          }
        />
      </Stack>
    );
  }
  return <LoadingState label="Loading profile…" pageTitle="Loading profile" />;
}

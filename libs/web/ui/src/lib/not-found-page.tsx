import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from './page-title';

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  return (
    <Stack gap="md" align="flex-start">
      <PageTitle>Page not found</PageTitle>
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <Anchor component={Link} to="/me">
        Go to my profile
      </Anchor>
    </Stack>
  );
}

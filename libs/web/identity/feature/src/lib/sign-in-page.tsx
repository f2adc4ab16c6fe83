import { Alert, Button, Container, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { samlLoginHref } from '@ensemble/web/identity/data-access';
import { PageTitle, clearAllDrafts } from '@ensemble/web/ui';

/**
 * /sign-in: explains single sign-on and starts it. The `returnTo` query parameter (set when a
 * signed-out visitor opened a deep link) is passed on only when it is a same-origin relative path.
 */
export default function SignInPage() {
  const [params] = useSearchParams();
  const signedOut = params.get('signedOut') === '1';
  const loginHref = samlLoginHref(params.get('returnTo'));
  // Signing out ends the unsaved drafts of this tab too (the next person at this browser never sees them).
  useEffect(() => {
    if (signedOut) clearAllDrafts();
  }, [signedOut]);

  return (
    <>
      <header>
        <Container size="xs" pt="lg">
          <Text fw={700} fz="xl">
            Ensemble
          </Text>
        </Container>
      </header>
      <Container size="xs" py="xl" component="main" id="main-content">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap="lg">
            {signedOut ? (
              <Alert color="green" variant="light" role="status" title="You have signed out">
                See you soon. Sign in again whenever you need to.
              </Alert>
            ) : null}
            <PageTitle documentTitle="Sign in">Sign in to Ensemble</PageTitle>
            <Text>
              Ensemble uses your company&apos;s single sign-on (SSO). You will be taken to your company&apos;s
              sign-in page and brought back here once you are signed in. Ensemble never sees your password.
            </Text>
            <Group>
              <Button component="a" href={loginHref} size="md">
                Sign in with SSO
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              Trouble signing in? Contact your IT help desk: your Ensemble account comes from your company
              directory.
            </Text>
          </Stack>
        </Paper>
      </Container>
    </>
  );
}

import { Alert } from '@mantine/core';

/** Why an action failed, next to the button that ran it (announced: role="alert"); nothing when it did not. */
export function ActionError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {error}
    </Alert>
  );
}

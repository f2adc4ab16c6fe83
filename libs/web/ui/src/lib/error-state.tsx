import type { ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';

/** Messages for the error codes people meet; anything else gets the generic message. */
export const KNOWN_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  NOT_FOUND: 'This person does not exist or was removed.',
  UNAUTHENTICATED: 'Your session has ended. Taking you to sign in…',
  FORBIDDEN: 'You do not have access to this.',
  TOO_MANY_REQUESTS: 'Ensemble received too many requests from you in the last minute. Wait a moment, then try again.',
};
export const GENERIC_ERROR_MESSAGE =
  'Something went wrong while loading this page. Please try again in a moment.';
export const NETWORK_ERROR_MESSAGE = 'Ensemble could not be reached. Check your connection and try again.';

interface ErrorLike {
  graphQLErrors?: ReadonlyArray<{ extensions?: Record<string, unknown> | null }>;
  networkError?: unknown;
}

/** The first `extensions.code` of a GraphQL (urql CombinedError-shaped) error. */
export function errorCode(error: unknown): string | undefined {
  const graphQLErrors = (error as ErrorLike | null | undefined)?.graphQLErrors ?? [];
  for (const graphQLError of graphQLErrors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The message to show for an error: a known code's message, else a friendly generic one. */
export function errorMessage(error: unknown, messages: Readonly<Record<string, string>> = {}): string {
  const code = errorCode(error);
  if (code && messages[code]) return messages[code];
  if (code && KNOWN_ERROR_MESSAGES[code]) return KNOWN_ERROR_MESSAGES[code];
  if (!code && (error as ErrorLike | null | undefined)?.networkError) return NETWORK_ERROR_MESSAGE;
  return GENERIC_ERROR_MESSAGE;
}

export interface ErrorStateProps {
  error: unknown;
  title?: string;
  /** Per-page messages by code, on top of KNOWN_ERROR_MESSAGES. */
  messages?: Readonly<Record<string, string>>;
  /** Offers a "Try again" button. */
  onRetry?: () => void;
  /** Another way out, e.g. a link back to the directory. */
  action?: ReactNode;
}

/** An error explained in words; never internals (the API sends none). */
export function ErrorState({
  error,
  title = 'Something went wrong',
  messages,
  onRetry,
  action,
}: ErrorStateProps) {
  return (
    <Stack gap="sm" align="stretch">
      <Alert color="red" variant="light" title={title} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(error, messages)}</Text>
          {onRetry ? (
            <Button variant="default" size="xs" onClick={onRetry}>
              Try again
            </Button>
          ) : null}
        </Stack>
      </Alert>
      {/* Outside the tinted alert, so links keep their contrast. */}
      {action ? <div>{action}</div> : null}
    </Stack>
  );
}

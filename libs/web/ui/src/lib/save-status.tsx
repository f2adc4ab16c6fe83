import type { ReactNode } from 'react';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveStatusProps {
  state: SaveState;
  /** Shown while saving ("Saving…" by default). */
  savingLabel?: string;
  /** Shown after a successful save ("Saved" by default). */
  savedLabel?: string;
  /** The readable error when `state` is "error". */
  error?: string | null;
  /** Keeps the error inline (small red text) instead of an alert box. */
  compact?: boolean;
  /** Offers "Retry" in the error alert (what was typed is still in the form). */
  onRetry?: () => void;
  /** More in the error alert, e.g. a "Sign in again" link. */
  errorAction?: ReactNode;
  id?: string;
}

/**
 * Where a form says how saving went: a polite live region for "Saving…" and "Saved", an alert for
 * errors (announced at once). The live region is always rendered so that screen readers notice changes.
 */
export function SaveStatus({
  state,
  savingLabel = 'Saving…',
  savedLabel = 'Saved',
  error,
  compact = false,
  onRetry,
  errorAction,
  id,
}: SaveStatusProps) {
  const errorText = state === 'error' ? (error ?? 'This was not saved. Please try again.') : null;
  return (
    <div id={id}>
      <div role="status" aria-live="polite">
        {state === 'saving' ? (
          <Group gap={6} wrap="nowrap">
            <Loader size={14} aria-hidden="true" />
            <Text size="sm" c="dimmed">
              {savingLabel}
            </Text>
          </Group>
        ) : state === 'saved' ? (
          <Text size="sm" c="teal.9" fw={500}>
            {savedLabel}
          </Text>
        ) : null}
      </div>
      {errorText ? (
        compact ? (
          <Text size="sm" c="red.9" role="alert">
            {errorText}
          </Text>
        ) : (
          <Alert color="red" variant="light" role="alert" title="Not saved" mt="xs">
            <Text size="sm">{errorText}</Text>
            {onRetry || errorAction ? (
              <Group gap="sm" mt="xs" wrap="wrap">
                {onRetry ? (
                  <Button size="compact-sm" variant="filled" color="red" onClick={onRetry}>
                    Retry
                  </Button>
                ) : null}
                {errorAction}
              </Group>
            ) : null}
          </Alert>
        )
      ) : null}
    </div>
  );
}

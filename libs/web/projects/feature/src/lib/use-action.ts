import { useCallback, useState } from 'react';
import type { OperationResult } from 'urql';
import { mutationErrorMessage } from '@ensemble/web/ui';
import { PROJECT_ERROR_MESSAGES } from './labels';

/**
 * Runs one of a component's mutations and keeps its error as a readable message (by extensions.code),
 * so each button can show what went wrong next to it. `run` resolves true on success. `messages` must
 * be a stable object (a constant, or memoised).
 */
export function useAction(messages: Readonly<Record<string, string>> = PROJECT_ERROR_MESSAGES) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<OperationResult>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const result = await action();
        if (result.error) {
          setError(mutationErrorMessage(result.error, messages));
          return false;
        }
        return true;
      } finally {
        setBusy(false);
      }
    },
    [messages],
  );
  const clear = useCallback(() => setError(null), []);
  return { error, busy, run, clear };
}

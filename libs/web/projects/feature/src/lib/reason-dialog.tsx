import { useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { DIALOG_PROPS } from './dialog-props';
import { DialogFooter } from './confirm-dialog';

export interface ReasonDialogProps {
  /** e.g. "Decline Ann Lee's application". */
  title: string;
  /** What will happen, above the reason (optional). */
  intro?: string;
  description: string;
  /** The error under an empty reason. */
  missingMessage: string;
  submitLabel: string;
  /** Fewest characters a reason needs (after trimming); 1 by default. */
  minLength?: number;
  maxLength: number;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}

/** A destructive decision that owes the person it affects a reason: the reason is required. */
export function ReasonDialog({
  title,
  intro,
  description,
  missingMessage,
  submitLabel,
  minLength = 1,
  maxLength,
  busy,
  error,
  onClose,
  onSubmit,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const problem =
    trimmed === '' ? missingMessage : trimmed.length < minLength ? `At least ${minLength} characters.` : null;
  return (
    <Modal {...DIALOG_PROPS} opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!problem) onSubmit(trimmed);
        }}
      >
        <Stack gap="sm">
          {intro ? <Text size="sm">{intro}</Text> : null}
          <Textarea
            label="Reason"
            description={description}
            autosize
            minRows={3}
            maxLength={maxLength}
            withAsterisk
            value={reason}
            // Re-checked as the reason is typed once a submit has shown the problem.
            error={touched ? (problem ?? undefined) : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <DialogFooter
            error={error}
            busy={busy}
            submitLabel={submitLabel}
            submitColor="red"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

import { useState } from 'react';
import { Modal, Stack, Textarea } from '@mantine/core';
import { DIALOG_PROPS } from './dialog-props';
import { DialogFooter } from './confirm-dialog';

export interface DeclineDialogProps {
  opened: boolean;
  /** e.g. "Decline Ann Lee's application". */
  title: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}

/** Declining an application asks for a reason (the applicant sees it). */
export function DeclineDialog({ opened, title, busy, error, onClose, onSubmit }: DeclineDialogProps) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Modal {...DIALOG_PROPS} opened={opened} onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!missing) onSubmit(reason.trim());
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Reason"
            description="The applicant sees it."
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            error={touched && missing ? 'Say why, so the applicant knows.' : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <DialogFooter
            error={error}
            busy={busy}
            submitLabel="Decline"
            submitColor="red"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

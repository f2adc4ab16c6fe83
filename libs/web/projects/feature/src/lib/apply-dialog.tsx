import { useState } from 'react';
import { Modal, Stack, Textarea } from '@mantine/core';
import { DIALOG_PROPS } from './dialog-props';
import { DialogFooter } from './confirm-dialog';

export const MAX_APPLICATION_MESSAGE = 2000;

export interface ApplyDialogProps {
  opened: boolean;
  roleTitle: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (message: string) => void;
}

/** Applying to a role filled by application: an optional message to the leads ("why me"). */
export function ApplyDialog({ opened, roleTitle, busy, error, onClose, onSubmit }: ApplyDialogProps) {
  const [message, setMessage] = useState('');
  const tooLong = message.length > MAX_APPLICATION_MESSAGE;
  return (
    <Modal {...DIALOG_PROPS} opened={opened} onClose={onClose} title={`Apply for ${roleTitle}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooLong) onSubmit(message.trim());
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Message to the project leads"
            description="Why you, in a few sentences (optional, at most 2,000 characters)."
            autosize
            minRows={4}
            value={message}
            error={
              tooLong ? `At most ${MAX_APPLICATION_MESSAGE.toLocaleString('en')} characters.` : undefined
            }
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <DialogFooter
            error={error}
            busy={busy}
            submitLabel="Send application"
            disabled={tooLong}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

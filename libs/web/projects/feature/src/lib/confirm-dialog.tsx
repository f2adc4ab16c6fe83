import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { ActionError } from './action-error';
import { DIALOG_PROPS } from './dialog-props';

export interface DialogFooterProps {
  /** Why the last submit failed. */
  error: string | null;
  busy: boolean;
  submitLabel: string;
  submitColor?: string;
  disabled?: boolean;
  onCancel: () => void;
}

/** The end of a dialog's form: the error of the last submit, then Cancel and the submit button. */
export function DialogFooter({
  error,
  busy,
  submitLabel,
  submitColor,
  disabled,
  onCancel,
}: DialogFooterProps) {
  return (
    <>
      <ActionError error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" color={submitColor} loading={busy} disabled={disabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}

export interface ConfirmDialogProps {
  /** The question, e.g. "Remove Ann Lee as co-lead?". */
  title: string;
  /** What will happen. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: () => void;
}

/** Asks before an action that cannot simply be undone; the error stays in the dialog, which stays open. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  error,
  onClose,
  onConfirm,
}: ConfirmDialogProps) {
  return (
    <Modal {...DIALOG_PROPS} opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <Stack gap="sm">
          {children}
          <DialogFooter
            error={error}
            busy={busy}
            submitLabel={confirmLabel}
            submitColor="red"
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

import { ReasonDialog } from './reason-dialog';

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
  if (!opened) return null;
  return (
    <ReasonDialog
      title={title}
      description="The applicant sees it."
      missingMessage="Say why, so the applicant knows."
      submitLabel="Decline"
      maxLength={2000}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={onSubmit}
    />
  );
}

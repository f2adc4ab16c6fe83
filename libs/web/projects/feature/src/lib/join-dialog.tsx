import { Modal, Stack, Text, List } from '@mantine/core';
import { DIALOG_PROPS } from './dialog-props';
import { DialogFooter } from './confirm-dialog';

export interface JoinDialogProps {
  roleTitle: string;
  /** The role's must-have skills I do not hold at the level it asks for. */
  missingSkills: readonly string[];
  busy: boolean;
  error: string | null;
  onClose: () => void;
  onConfirm: () => void;
}

/** Before joining a role without some of its must-have skills: say which, then let the person decide. */
export function JoinDialog({ roleTitle, missingSkills, busy, error, onClose, onConfirm }: JoinDialogProps) {
  return (
    <Modal {...DIALOG_PROPS} opened onClose={onClose} title={`Join as ${roleTitle}?`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">This role asks for skills your profile does not show at the level it needs:</Text>
          <List size="sm" aria-label="Must-have skills you lack">
            {missingSkills.map((skill) => (
              <List.Item key={skill}>{skill}</List.Item>
            ))}
          </List>
          <Text size="sm">
            You can still join: the team will expect you to learn them. If you have them, add them to your
            profile first.
          </Text>
          <DialogFooter error={error} busy={busy} submitLabel="Join anyway" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

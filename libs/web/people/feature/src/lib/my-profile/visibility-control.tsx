import { useState } from 'react';
import { NativeSelect } from '@mantine/core';
import {
  useSetMyFieldVisibility,
  type FieldVisibility,
  type ProfileField,
} from '@ensemble/web/people/data-access';
import { VISIBILITY_OPTIONS } from '@ensemble/web/people/ui';
import { SaveStatus, mutationErrorMessage, type SaveState } from '@ensemble/web/ui';

export interface VisibilityControlProps {
  field: ProfileField;
  /** The field's name in a sentence, e.g. "headline" → "Who can see your headline". */
  fieldLabel: string;
  value: FieldVisibility;
}

/** Who may see one profile field; saved as soon as it changes (setMyFieldVisibility). */
export function VisibilityControl({ field, fieldLabel, value }: VisibilityControlProps) {
  const [, setVisibility] = useSetMyFieldVisibility();
  const [chosen, setChosen] = useState<FieldVisibility | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const statusId = `visibility-${field}-status`;

  const change = async (next: FieldVisibility) => {
    const previous = chosen;
    setChosen(next);
    setState('saving');
    setError(null);
    const result = await setVisibility({ field, visibility: next });
    if (result.error) {
      setChosen(previous);
      setState('error');
      setError(mutationErrorMessage(result.error));
      return;
    }
    const saved = result.data?.setMyFieldVisibility.myFieldVisibility?.find((entry) => entry.field === field);
    setChosen(saved?.visibility ?? next);
    setState('saved');
  };

  return (
    <div>
      <NativeSelect
        label={`Who can see your ${fieldLabel}`}
        size="xs"
        value={chosen ?? value}
        onChange={(event) => void change(event.currentTarget.value as FieldVisibility)}
        data={VISIBILITY_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
        aria-describedby={statusId}
        data-testid={`visibility-${field}`}
      />
      <SaveStatus
        id={statusId}
        state={state}
        error={error}
        compact
        savingLabel="Saving who can see it…"
        savedLabel="Visibility saved"
      />
    </div>
  );
}

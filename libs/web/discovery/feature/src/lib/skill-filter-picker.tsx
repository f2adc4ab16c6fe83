import { useSkillSuggestions } from '@ensemble/web/people/data-access';
import { SkillSearchPicker } from '@ensemble/web/ui';

export interface SkillFilterPickerProps {
  /** Skills already filtered on (not offered again). */
  exclude: readonly string[];
  onPick: (skill: { id: string; name: string }) => void;
  disabled?: boolean;
  description?: string;
}

/** Adds a skill filter to a search: the shared skill picker over the `skills(search)` autocomplete. */
export function SkillFilterPicker(props: SkillFilterPickerProps) {
  return <SkillSearchPicker label="Add a skill" useSuggestions={useSkillSuggestions} {...props} />;
}

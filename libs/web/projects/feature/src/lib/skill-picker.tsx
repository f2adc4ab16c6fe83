import { useSkillSuggestions } from '@ensemble/web/people/data-access';
import { SkillSearchPicker, type SkillSearchPickerProps } from '@ensemble/web/ui';

export { SKILL_PICKER_DEBOUNCE_MS } from '@ensemble/web/ui';

export type SkillPickerProps = Omit<SkillSearchPickerProps, 'useSuggestions'>;

/** Picks a skill for a project filter or a role's requirements (the shared skill picker). */
export function SkillPicker(props: SkillPickerProps) {
  return <SkillSearchPicker useSuggestions={useSkillSuggestions} {...props} />;
}

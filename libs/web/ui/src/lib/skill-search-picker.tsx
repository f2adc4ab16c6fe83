import { Text } from '@mantine/core';
import { categoryLabel } from './skill-category';
import { SEARCH_PICKER_DEBOUNCE_MS, SearchPicker, type UseSearchSuggestions } from './search-picker';

export const SKILL_PICKER_DEBOUNCE_MS = SEARCH_PICKER_DEBOUNCE_MS;

export interface SkillSuggestionEntry {
  matchedAlias?: string | null;
  skill: { id: string; name: string; category: string };
}

/** The shape of `useSkillSuggestions` (an urql query hook) that the picker reads. */
export type UseSkillSuggestions = UseSearchSuggestions<{ skills: readonly SkillSuggestionEntry[] }>;

export interface PickedSkill {
  id: string;
  name: string;
}

export interface SkillSearchPickerProps {
  label: string;
  /** Skills already chosen (not offered again). */
  exclude?: readonly string[];
  onPick: (skill: PickedSkill) => void;
  description?: string;
  error?: string;
  disabled?: boolean;
  id?: string;
  /** Keeps the picked skill in the box (null when none) for a form that adds it on submit. */
  picked?: PickedSkill | null;
  /** Typing over the picked skill's name unpicks it (with `picked`). */
  onUnpick?: () => void;
  useSuggestions: UseSkillSuggestions;
}

/**
 * Picks a skill from the `skills(search)` autocomplete: type part of a name (or an alias), then choose a
 * suggestion. Pass `useSkillSuggestions` from @ensemble/web/people/data-access as `useSuggestions`.
 */
export function SkillSearchPicker({
  description,
  onPick,
  exclude = [],
  picked,
  ...props
}: SkillSearchPickerProps) {
  return (
    <SearchPicker
      {...props}
      exclude={exclude}
      picked={picked === undefined ? undefined : (picked?.name ?? null)}
      description={description ?? 'Type, then choose from the suggestions.'}
      placeholder="e.g. Python, negotiation, k8s"
      optionsLabel="Skill suggestions"
      lookingMessage="Looking for skills…"
      noMatchMessage={(search) => `No skill matches “${search}”. Try another name.`}
      options={(data) => data.skills}
      optionId={(entry) => entry.skill.id}
      optionText={(entry) => entry.skill.name}
      onPick={(entry) => onPick({ id: entry.skill.id, name: entry.skill.name })}
      renderOption={(entry) => (
        <>
          <Text size="sm" fw={500} span>
            {entry.skill.name}
          </Text>
          <Text size="xs" span>
            {' · '}
            {categoryLabel(entry.skill.category)}
            {entry.matchedAlias ? ` · also known as ${entry.matchedAlias}` : ''}
          </Text>
        </>
      )}
    />
  );
}

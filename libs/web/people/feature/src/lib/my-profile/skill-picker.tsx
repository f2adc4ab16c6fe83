import { useEffect, useState } from 'react';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSkillSuggestions } from '@ensemble/web/people/data-access';
import { categoryLabel } from '@ensemble/web/ui';
import { FIELD_IDS } from './field-ids';

export const SKILL_SEARCH_DEBOUNCE_MS = 250;

export interface PickedSkill {
  id: string;
  name: string;
  category: string;
}

export interface SkillPickerProps {
  value: PickedSkill | null;
  onChange: (skill: PickedSkill | null) => void;
  error?: string | null;
  /** A note under the box, e.g. that the picked skill is already on the profile. */
  description?: string;
}

/**
 * Type part of a skill's name (or an alias such as “k8s”), then pick one of the suggestions with the
 * arrow keys and Enter, or the mouse. Suggestions come from the `skills(search)` autocomplete, asked
 * once typing pauses.
 */
export function SkillPicker({ value, onChange, error, description }: SkillPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, SKILL_SEARCH_DEBOUNCE_MS);
  // Nothing to look up while a picked skill's name is in the box.
  const lookup = value && value.name === search ? '' : debounced;
  const [{ data, fetching, error: queryError }] = useSkillSuggestions(lookup);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // Follow the parent when it clears the picked skill (after adding it).
  const [syncedValue, setSyncedValue] = useState(value);
  if (syncedValue !== value) {
    setSyncedValue(value);
    if (!value) setSearch('');
  }

  const suggestions = lookup.trim() && data ? data.skills : [];
  const waiting =
    search.trim() !== '' && (search !== debounced || fetching) && !(value && value.name === search);

  useEffect(() => {
    // Highlight the best suggestion so Enter picks it.
    if (suggestions.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const pick = (skillId: string) => {
    const suggestion = suggestions.find((entry) => entry.skill.id === skillId);
    if (!suggestion) return;
    onChange({ id: suggestion.skill.id, name: suggestion.skill.name, category: suggestion.skill.category });
    setSearch(suggestion.skill.name);
    combobox.closeDropdown();
  };

  // The list box holds options only; a message about it sits beside it, not inside.
  let empty: string | null = null;
  if (queryError) empty = 'Suggestions could not be loaded. Keep typing to try again.';
  else if (suggestions.length === 0)
    empty = waiting ? 'Looking for skills…' : `No skill matches “${search.trim()}”. Try another name.`;

  return (
    // In place rather than in a portal, so the list stays inside the page's landmarks.
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          id={FIELD_IDS.skills}
          label="Skill"
          description={description ?? 'Start typing, then choose from the suggestions.'}
          placeholder="e.g. TypeScript, negotiation, k8s"
          value={search}
          error={error}
          autoComplete="off"
          rightSection={waiting ? <Loader size={14} aria-hidden="true" /> : null}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setSearch(text);
            if (value) onChange(null);
            if (text.trim()) combobox.openDropdown();
            else combobox.closeDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => {
            if (search.trim() && !(value && value.name === search)) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!search.trim() || Boolean(value && value.name === search)}>
        <Combobox.Options aria-label="Skill suggestions">
          {suggestions.map((entry) => (
            <Combobox.Option value={entry.skill.id} key={entry.skill.id}>
              <Text size="sm" fw={500} span>
                {entry.skill.name}
              </Text>
              {/* Inherits the option's colour, which changes when the option is highlighted. */}
              <Text size="xs" span>
                {' · '}
                {categoryLabel(entry.skill.category)}
                {entry.matchedAlias ? ` · also known as ${entry.matchedAlias}` : ''}
              </Text>
            </Combobox.Option>
          ))}
        </Combobox.Options>
        {empty ? <Combobox.Empty>{empty}</Combobox.Empty> : null}
      </Combobox.Dropdown>
    </Combobox>
  );
}

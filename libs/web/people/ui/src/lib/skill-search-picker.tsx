import { useEffect, useState } from 'react';
import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { categoryLabel } from './profile-labels';

export const SKILL_PICKER_DEBOUNCE_MS = 200;

export interface SkillSuggestionEntry {
  matchedAlias?: string | null;
  skill: { id: string; name: string; category: string };
}

/** The shape of `useSkillSuggestions` (an urql query hook) that the picker reads. */
export type UseSkillSuggestions = (
  search: string,
) => readonly [{ data?: { skills: readonly SkillSuggestionEntry[] } | null; fetching: boolean; error?: unknown }, ...unknown[]];

export interface SkillSearchPickerProps {
  label: string;
  /** Skills already chosen (not offered again). */
  exclude: readonly string[];
  onPick: (skill: { id: string; name: string }) => void;
  description?: string;
  error?: string;
  disabled?: boolean;
  useSuggestions: UseSkillSuggestions;
}

/**
 * Picks a skill from the `skills(search)` autocomplete: type part of a name (or an alias), then choose a
 * suggestion with the arrow keys and Enter, or the mouse. The list renders in place (no portal), so it
 * stays inside the page's landmarks. The query comes in as `useSuggestions` (a ui library cannot
 * reach data-access): pass `useSkillSuggestions` from @ensemble/web/people/data-access.
 */
export function SkillSearchPicker({
  label,
  exclude,
  onPick,
  description,
  error,
  disabled = false,
  useSuggestions,
}: SkillSearchPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SKILL_PICKER_DEBOUNCE_MS);
  const [{ data, fetching, error: loadError }] = useSuggestions(debounced);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const suggestions =
    debounced.trim() && data ? data.skills.filter((entry) => !exclude.includes(entry.skill.id)) : [];
  const waiting = search.trim() !== '' && (search !== debounced || fetching);

  useEffect(() => {
    // Highlight the best suggestion so Enter picks it.
    if (suggestions.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const pick = (skillId: string) => {
    const suggestion = suggestions.find((entry) => entry.skill.id === skillId);
    if (!suggestion) return;
    onPick({ id: suggestion.skill.id, name: suggestion.skill.name });
    setSearch('');
    combobox.closeDropdown();
  };

  let empty: string | null = null;
  if (loadError) empty = 'Suggestions could not be loaded. Keep typing to try again.';
  else if (suggestions.length === 0)
    empty = waiting ? 'Looking for skills…' : `No skill matches “${search.trim()}”. Try another name.`;

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={label}
          description={description ?? 'Type, then choose from the suggestions.'}
          placeholder="e.g. Python, negotiation, k8s"
          value={search}
          error={error}
          disabled={disabled}
          autoComplete="off"
          rightSection={waiting ? <Loader size={14} aria-hidden="true" /> : null}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setSearch(text);
            if (text.trim()) combobox.openDropdown();
            else combobox.closeDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => {
            if (search.trim()) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!search.trim()}>
        <Combobox.Options aria-label="Skill suggestions">
          {suggestions.map((entry) => (
            <Combobox.Option value={entry.skill.id} key={entry.skill.id}>
              <Text size="sm" fw={500} span>
                {entry.skill.name}
              </Text>
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

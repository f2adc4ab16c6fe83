import { useEffect, useState, type ReactNode } from 'react';
import { Combobox, Loader, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

export const SEARCH_PICKER_DEBOUNCE_MS = 200;

/** The shape of an urql query hook over the typed text that a picker reads (only its first item). */
export type UseSearchSuggestions<Data> = (
  search: string,
) => readonly [{ data?: Data | null; fetching: boolean; error?: unknown }, ...unknown[]];

export interface SearchPickerProps<Data, Option> {
  label: string;
  description: string;
  placeholder: string;
  /** The list box's name, e.g. "Skill suggestions". */
  optionsLabel: string;
  /** Shown while the lookup runs, e.g. "Looking for skills…". */
  lookingMessage: string;
  /** Shown when nothing matches the typed text. */
  noMatchMessage: (search: string) => string;
  /** Ids already chosen (not offered again). */
  exclude: readonly string[];
  onPick: (option: Option) => void;
  useSuggestions: UseSearchSuggestions<Data>;
  /** The suggestions in the query's data. */
  options: (data: Data) => readonly Option[];
  optionId: (option: Option) => string;
  renderOption: (option: Option) => ReactNode;
  error?: string;
  disabled?: boolean;
  id?: string;
  /**
   * For a picker inside a form with its own submit: the picked option's name, kept in the box (null
   * when nothing is picked). Without it the box empties after each pick, ready for the next.
   */
  picked?: string | null;
  /** The name a picked option shows in the box (with `picked`). */
  optionText?: (option: Option) => string;
  /** Typing over the picked name unpicks it (with `picked`). */
  onUnpick?: () => void;
}

/**
 * Picks one thing from an autocomplete query: type part of a name, then choose a suggestion with the
 * arrow keys and Enter, or the mouse; the box empties for the next pick (with `picked`, it keeps the
 * pick's name until the form clears it). The list renders in place (no portal), so it stays inside
 * the page's landmarks. The query comes in as `useSuggestions` (a ui library cannot reach
 * data-access), asked with the text once typing pauses.
 */
export function SearchPicker<Data, Option>({
  label,
  description,
  placeholder,
  optionsLabel,
  lookingMessage,
  noMatchMessage,
  exclude,
  onPick,
  useSuggestions,
  options,
  optionId,
  renderOption,
  error,
  disabled = false,
  id,
  picked,
  optionText,
  onUnpick,
}: SearchPickerProps<Data, Option>) {
  const [search, setSearch] = useState(picked ?? '');
  const [debounced] = useDebouncedValue(search, SEARCH_PICKER_DEBOUNCE_MS);
  // Nothing to look up while a picked option's name is in the box.
  const showingPick = picked != null && picked === search;
  const lookup = showingPick ? '' : debounced;
  const [{ data, fetching, error: loadError }] = useSuggestions(lookup);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  // Follow the form when it clears the pick (after saving it).
  const [syncedPick, setSyncedPick] = useState(picked);
  if (syncedPick !== picked) {
    setSyncedPick(picked);
    if (!picked) setSearch('');
  }

  const suggestions =
    lookup.trim() && data ? options(data).filter((option) => !exclude.includes(optionId(option))) : [];
  const waiting = search.trim() !== '' && (search !== debounced || fetching) && !showingPick;

  useEffect(() => {
    // Highlight the best suggestion so Enter picks it.
    if (suggestions.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  const pick = (id: string) => {
    const suggestion = suggestions.find((option) => optionId(option) === id);
    if (!suggestion) return;
    onPick(suggestion);
    setSearch(picked !== undefined && optionText ? optionText(suggestion) : '');
    combobox.closeDropdown();
  };

  let empty: string | null = null;
  if (loadError) empty = 'Suggestions could not be loaded. Keep typing to try again.';
  else if (suggestions.length === 0) empty = waiting ? lookingMessage : noMatchMessage(search.trim());

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          id={id}
          label={label}
          description={description}
          placeholder={placeholder}
          value={search}
          error={error}
          disabled={disabled}
          autoComplete="off"
          rightSection={waiting ? <Loader size={14} aria-hidden="true" /> : null}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setSearch(text);
            if (picked) {
              // Unpicked by typing, not cleared by the form: the box keeps the text.
              setSyncedPick(null);
              onUnpick?.();
            }
            if (text.trim()) combobox.openDropdown();
            else combobox.closeDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => {
            if (search.trim() && !showingPick) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!search.trim() || showingPick}>
        <Combobox.Options aria-label={optionsLabel}>
          {suggestions.map((option) => (
            <Combobox.Option value={optionId(option)} key={optionId(option)}>
              {renderOption(option)}
            </Combobox.Option>
          ))}
        </Combobox.Options>
        {empty ? <Combobox.Empty>{empty}</Combobox.Empty> : null}
      </Combobox.Dropdown>
    </Combobox>
  );
}

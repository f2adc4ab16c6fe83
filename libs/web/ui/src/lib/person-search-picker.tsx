import { Text } from '@mantine/core';
import { SearchPicker, type UseSearchSuggestions } from './search-picker';

export interface PersonSuggestionEntry {
  id: string;
  displayName: string;
  title?: string | null;
  department?: { name: string } | null;
}

/** The shape of `usePersonSuggestions` (an urql query hook over the people directory) that the picker reads. */
export type UsePersonSuggestions = UseSearchSuggestions<{
  people: { edges: readonly { node: PersonSuggestionEntry }[] };
}>;

export interface PersonSearchPickerProps {
  label: string;
  /** People already chosen, or who may not be chosen (not offered). */
  exclude: readonly string[];
  onPick: (person: PersonSuggestionEntry) => void;
  description?: string;
  error?: string;
  disabled?: boolean;
  useSuggestions: UsePersonSuggestions;
}

/**
 * Picks a colleague by name: type part of their name, then choose a suggestion (with their title and
 * department to tell namesakes apart). Pass `usePersonSuggestions` from @ensemble/web/people/data-access
 * as `useSuggestions`.
 */
export function PersonSearchPicker({ description, ...props }: PersonSearchPickerProps) {
  return (
    <SearchPicker
      {...props}
      description={description ?? 'Type part of a name, then choose from the suggestions.'}
      placeholder="e.g. Ann Lee"
      optionsLabel="People suggestions"
      lookingMessage="Looking for colleagues…"
      noMatchMessage={(search) => `Nobody’s name contains “${search}”.`}
      options={(data) => data.people.edges.map((edge) => edge.node)}
      optionId={(person) => person.id}
      renderOption={(person) => {
        const details = [person.title, person.department?.name].filter(Boolean).join(' · ');
        return (
          <>
            <Text size="sm" fw={500} span>
              {person.displayName}
            </Text>
            {details ? (
              <Text size="xs" span>
                {' · '}
                {details}
              </Text>
            ) : null}
          </>
        );
      }}
    />
  );
}

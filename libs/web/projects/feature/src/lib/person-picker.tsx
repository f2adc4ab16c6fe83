import { usePersonSuggestions } from '@ensemble/web/people/data-access';
import { PersonSearchPicker, type PersonSearchPickerProps } from '@ensemble/web/ui';

export type PersonPickerProps = Omit<PersonSearchPickerProps, 'useSuggestions'>;

/** Picks a colleague by name (a co-lead, someone to invite): the shared person picker over the directory. */
export function PersonPicker(props: PersonPickerProps) {
  return <PersonSearchPicker useSuggestions={usePersonSuggestions} {...props} />;
}

export { SEARCH_PICKER_DEBOUNCE_MS as PERSON_PICKER_DEBOUNCE_MS } from '@ensemble/web/ui';

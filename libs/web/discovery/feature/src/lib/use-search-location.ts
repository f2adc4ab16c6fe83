import { useEffect, useState, type FormEvent } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useLocation, useSearchParams } from 'react-router';
import { useMySavedSearches } from '@ensemble/web/discovery/data-access';
import { fromSavedCriteria, readCriteria, writeCriteria, type SearchCriteria } from './search-params';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 200;

/** This history entry was made by typing in the search box (further typing replaces it). */
interface SearchHistoryState {
  typed?: boolean;
  /** The saved search a link asked for (?saved=<id>) is not one of mine. */
  missingSaved?: boolean;
}

function isTypedEntry(state: unknown): boolean {
  return (state as SearchHistoryState | null)?.typed === true;
}

/**
 * The search as the URL holds it, and the text in the search box, which runs ahead of the URL while
 * the visitor types. Also opens a saved search that a link asks for (?saved=<id>).
 */
export function useSearchLocation() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const criteria = readCriteria(searchParams);
  const savedId = searchParams.get('saved');

  // The search box follows the URL when that changes from elsewhere (back/forward, a chip removed,
  // "did you mean", an example), but not when the change is a pause in the visitor's own typing: on a
  // slow device a key pressed before that change renders would otherwise be overwritten and lost.
  const [text, setText] = useState(criteria.query);
  const [syncedQuery, setSyncedQuery] = useState(criteria.query);
  const [typedQuery, setTypedQuery] = useState<string | null>(null);
  if (syncedQuery !== criteria.query) {
    setSyncedQuery(criteria.query);
    setTypedQuery(null);
    if (criteria.query !== typedQuery) setText(criteria.query);
  }

  const go = (next: SearchCriteria, options: { typed?: boolean; replace?: boolean } = {}) => {
    // Typing refines one search: its first pause adds a history entry, later ones replace it.
    const replace = options.replace ?? Boolean(options.typed && isTypedEntry(location.state));
    setSearchParams(writeCriteria(next), { replace, state: options.typed ? { typed: true } : null });
  };

  const commitQuery = useDebouncedCallback((query: string) => {
    if (query === criteria.query) return;
    setTypedQuery(query);
    go({ ...criteria, query }, { typed: true });
  }, SEARCH_DEBOUNCE_MS);

  /** Typing: the box shows it at once, the search runs when typing pauses. */
  const type = (value: string) => {
    setText(value);
    commitQuery(value);
  };
  /** Any other change to the search runs at once. */
  const change = (next: SearchCriteria) => {
    commitQuery.cancel();
    go(next);
  };
  const setQuery = (query: string) => {
    setText(query);
    change({ ...criteria, query });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commitQuery.cancel();
    if (text !== criteria.query) go({ ...criteria, query: text });
  };

  // ?saved=<id> (from a notification or a shared link): open that saved search's criteria.
  const [saved, reexecuteSaved] = useMySavedSearches();
  const savedList = saved.data?.mySavedSearches;
  useEffect(() => {
    if (!savedId || !savedList) return;
    const found = savedList.find((entry) => entry.id === savedId);
    const next = found ? fromSavedCriteria(found.criteria) : readCriteria(searchParams);
    const state: SearchHistoryState | null = found ? null : { missingSaved: true };
    setSearchParams(writeCriteria(next), { replace: true, state });
  }, [savedId, savedList, searchParams, setSearchParams]);
  const missingSaved = (location.state as SearchHistoryState | null)?.missingSaved === true;
  const savedFailed = savedId && saved.error && !savedList ? saved.error : null;

  return {
    criteria,
    savedId,
    text,
    setText,
    type,
    change,
    setQuery,
    submit,
    missingSaved,
    savedFailed,
    retrySaved: () => reexecuteSaved({ requestPolicy: 'network-only' }),
  };
}

import { useEffect, useRef } from 'react';
import { Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PeopleSearchInput, useSearchPeople } from '@ensemble/web/discovery/data-access';
import { EmptyState, ErrorState, errorCode } from '@ensemble/web/ui';
import { peopleLabel, useLevelNames } from './labels';
import type { ChipItem } from './removable-chips';
import { ResultCard } from './result-card';
import { EMPTY_CRITERIA, MAX_QUERY_LENGTH, searchPath, type SearchCriteria } from './search-params';
import classes from './search-page.module.css';

/** Searches to start from when nothing is asked yet. */
export const EXAMPLE_SEARCHES = [
  'kubernetes in Berlin',
  'python',
  'who loves machine learning',
  'design in London',
];

const ERROR_MESSAGES: Readonly<Record<string, string>> = {
  SEARCH_EMPTY:
    'There is nothing left to search for: only filler words remain. Type a skill, a name, a place or a passion, or choose a filter.',
  SEARCH_QUERY_TOO_LONG: `A search can be at most ${MAX_QUERY_LENGTH} characters long. Shorten it and try again.`,
  SKILL_NOT_FOUND:
    'One of the chosen skills does not exist any more (it may have been merged or retired). Remove it from the filters.',
  BAD_USER_INPUT:
    'Some of the filters in this link are not valid (perhaps it is an old link). Clear the filters and try again.',
};

/** The start page's examples: links, so each is a shareable search of its own. */
function Examples() {
  return (
    <ul className={classes.examples} aria-label="Example searches">
      {EXAMPLE_SEARCHES.map((example) => (
        <li key={example}>
          <Anchor component={Link} to={searchPath({ ...EMPTY_CRITERIA, query: example })}>
            {example}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}

type PeopleSearch = ReturnType<typeof useSearchPeople>;
type LevelNames = ReturnType<typeof useLevelNames>;

/** The people found, best first, and "Load more people" while there are more. */
function ResultsList({
  view,
  search,
  names,
}: {
  view: NonNullable<PeopleSearch['view']>;
  search: PeopleSearch;
  names: LevelNames;
}) {
  const resultsRef = useRef<HTMLOListElement>(null);
  // After "Load more people", focus moves to the first of the new results.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || view.edges.length <= from) return;
    focusFrom.current = null;
    resultsRef.current?.querySelectorAll<HTMLElement>('[data-result-link]')[from]?.focus();
  }, [view]);

  return (
    <Stack gap="md">
      <ol
        className={classes.results}
        ref={resultsRef}
        aria-label="Search results"
        aria-busy={search.updating || search.loadingMore}
        data-updating={search.updating ? '' : undefined}
      >
        {view.edges.map((edge) => (
          <li key={edge.node.person.id}>
            <ResultCard edge={edge} names={names} passion={view.interpretation.passion} />
          </li>
        ))}
      </ol>
      {search.moreError ? (
        <ErrorState error={search.moreError} title="More people could not be loaded" onRetry={search.retry} />
      ) : null}
      {!search.updating && (view.hasNextPage || search.loadingMore) ? (
        <div>
          <Button
            variant="default"
            loading={search.loadingMore}
            onClick={() => {
              focusFrom.current = view.edges.length;
              search.loadMore();
            }}
          >
            Load more people
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}

export interface SearchResultsProps {
  criteria: SearchCriteria;
  /** Null while nothing is asked, or a saved search is being opened. */
  input: PeopleSearchInput | null;
  search: PeopleSearch;
  names: LevelNames;
  /** A saved search is being opened (?saved=<id>), and why it could not be, if so. */
  savedId: string | null;
  savedFailed: unknown;
  retrySaved: () => void;
  /** What to offer removing when no one matches: the understood parts and the filters. */
  widen: readonly ChipItem[];
  onChange: (next: SearchCriteria) => void;
  className?: string;
}

/** The results region: its live status line, then the people found (or why there are none). */
export function SearchResults({
  criteria,
  input,
  search,
  names,
  savedId,
  savedFailed,
  retrySaved,
  widen,
  onChange,
  className,
}: SearchResultsProps) {
  const view = search.view;
  const errorCodeValue = search.error ? errorCode(search.error) : undefined;
  const fresh = view !== null && !search.updating;

  let statusText = '';
  if (input && (search.loading || search.updating)) statusText = 'Searching…';
  else if (input && view && !search.error && !savedId) {
    statusText =
      view.totalCount === 0
        ? 'No one matches.'
        : view.edges.length < view.totalCount
          ? `${peopleLabel(view.totalCount)} match. Showing the best ${view.edges.length}.`
          : `${peopleLabel(view.totalCount)} match.`;
  }

  let results;
  if (savedFailed) {
    results = (
      <ErrorState error={savedFailed} title="Your saved search could not be opened" onRetry={retrySaved} />
    );
  } else if (savedId) {
    results = <Text c="dimmed">Opening your saved search…</Text>;
  } else if (!input || errorCodeValue === 'SEARCH_EMPTY') {
    results = (
      <EmptyState
        title={
          errorCodeValue === 'SEARCH_EMPTY'
            ? 'Nothing left to search for'
            : 'Find colleagues by skill, place or passion'
        }
        description={
          <>
            {errorCodeValue === 'SEARCH_EMPTY'
              ? 'Only filler words remain. '
              : 'Type what you are looking for: a skill, a name, a project, a place, or what people love to work on. People who match more of it come first. '}
            For example:
          </>
        }
        action={<Examples />}
      />
    );
  } else if (search.error) {
    results = (
      <ErrorState
        error={search.error}
        title="The search did not work"
        messages={ERROR_MESSAGES}
        onRetry={errorCodeValue && ERROR_MESSAGES[errorCodeValue] ? undefined : search.retry}
        action={
          errorCodeValue === 'BAD_USER_INPUT' || errorCodeValue === 'SKILL_NOT_FOUND' ? (
            <Button
              variant="default"
              size="xs"
              onClick={() => onChange({ ...EMPTY_CRITERIA, query: criteria.query })}
            >
              Clear all filters
            </Button>
          ) : undefined
        }
      />
    );
  } else if (!view || (search.updating && view.totalCount === 0)) {
    results = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-hidden="true" />
      </Stack>
    );
  } else if (view.totalCount === 0 && fresh) {
    results = (
      <EmptyState
        title={
          criteria.query.trim() ? `No one matches “${criteria.query.trim()}”` : 'No one matches these filters'
        }
        description={
          widen.length > 1
            ? 'Try removing one of these:'
            : widen.length === 1
              ? 'Try removing it, or search for something else.'
              : 'Try other words: a skill, a name, a title, a project or a place.'
        }
        action={
          widen.length > 0 ? (
            <ul className={classes.suggestions} aria-label="Ways to widen the search">
              {widen.map((chip) => (
                <li key={chip.key}>
                  <Button variant="default" size="xs" onClick={chip.onRemove}>
                    Remove {chip.kind.toLowerCase()}: {chip.value}
                  </Button>
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  } else {
    results = <ResultsList view={view} search={search} names={names} />;
  }

  return (
    <section aria-labelledby="search-results-heading" className={className}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="search-results-heading">
          Results
        </Title>
        <Text role="status" aria-live="polite" data-testid="search-status" size="sm">
          {statusText}
        </Text>
        {results}
      </Stack>
    </section>
  );
}

import './mantine-feature-styles';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Drawer, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { Link, useLocation, useSearchParams } from 'react-router';
import {
  useDepartmentNames,
  useMySavedSearches,
  useSearchPeople,
  useSkillName,
  type SearchInterpretation,
  type SearchView,
} from '@ensemble/web/discovery/data-access';
import { EmptyState, ErrorState, PageTitle, errorCode } from '@ensemble/web/ui';
import { hoursLabel, peopleLabel, useLevelNames } from './labels';
import {
  asksForPassion,
  containsPhrase,
  containsWord,
  removePassionWords,
  removePhrase,
  removeWord,
} from './query-edit';
import { RemovableChips, type ChipItem } from './removable-chips';
import { ResultCard } from './result-card';
import { SavedSearchesPanel } from './saved-searches-panel';
import { SearchFilters } from './search-filters';
import {
  EMPTY_CRITERIA,
  MAX_QUERY_LENGTH,
  MAX_SKILL_FILTERS,
  fromSavedCriteria,
  hasFilters,
  readCriteria,
  searchPath,
  toSearchInput,
  writeCriteria,
  type SearchCriteria,
} from './search-params';
import classes from './search-page.module.css';

/** From this width (Mantine's md) the filters sit beside the results; below it they open in a drawer. */
export const FILTERS_BESIDE_RESULTS_QUERY = '(min-width: 62em)';

/** How long typing pauses before the search runs. */
export const SEARCH_DEBOUNCE_MS = 200;

const SEARCH_INPUT_ID = 'people-search-input';

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

/** This history entry was made by typing in the search box (further typing replaces it). */
interface SearchHistoryState {
  typed?: boolean;
  /** The saved search a link asked for (?saved=<id>) is not one of mine. */
  missingSaved?: boolean;
}

function isTypedEntry(state: unknown): boolean {
  return (state as SearchHistoryState | null)?.typed === true;
}

/** Looks up the name of a skill filter that came from the URL, and reports it (null when it is gone). */
function SkillNameLookup({ id, onName }: { id: string; onName: (id: string, name: string | null) => void }) {
  const [{ data, error }] = useSkillName(id);
  const name = data?.skill.name;
  useEffect(() => {
    if (name) onName(id, name);
    else if (error) onName(id, null);
  }, [id, name, error, onName]);
  return null;
}

type RecognisedSkill = SearchInterpretation['skills'][number];

/**
 * The interpretation's parts still present in the text being typed (a removed word's chip goes at
 * once). A recognised skill only ranks; its chip offers to require it (`requireSkill`, null when no
 * further skill filter fits) unless it is a filter already.
 */
function interpretationChips(
  interpretation: SearchInterpretation,
  text: string,
  setQuery: (query: string) => void,
  filteredSkillIds: readonly string[],
  requireSkill: ((skill: RecognisedSkill) => void) | null,
): ChipItem[] {
  const chips: ChipItem[] = [];
  for (const skill of interpretation.skills) {
    if (!containsPhrase(text, skill.matchedText)) continue;
    const required = filteredSkillIds.includes(skill.skillId);
    chips.push({
      key: `skill:${skill.skillId}`,
      kind: 'Skill',
      value: skill.name,
      description: `skill ${skill.name} from the search`,
      note:
        skill.via === 'typo'
          ? `corrected from “${skill.matchedText}”`
          : skill.via === 'alias'
            ? `from “${skill.matchedText}”`
            : undefined,
      onRemove: () => setQuery(removePhrase(text, skill.matchedText)),
      action:
        requireSkill && !required
          ? {
              label: 'Require',
              accessibleName: `Require ${skill.name} as a filter`,
              onAction: () => requireSkill(skill),
            }
          : undefined,
    });
  }
  if (
    interpretation.location &&
    interpretation.locationText &&
    containsPhrase(text, interpretation.locationText)
  ) {
    const locationText = interpretation.locationText;
    chips.push({
      key: 'place',
      kind: 'Place',
      value: interpretation.location,
      description: `place ${interpretation.location} from the search`,
      onRemove: () => setQuery(removePhrase(text, locationText, { withPreposition: true })),
    });
  }
  if (interpretation.passion && asksForPassion(text)) {
    chips.push({
      key: 'passion',
      kind: 'Passion',
      value: 'interest counts',
      description: 'passion from the search',
      onRemove: () => setQuery(removePassionWords(text)),
    });
  }
  for (const term of interpretation.terms) {
    if (!containsWord(text, term)) continue;
    chips.push({
      key: `term:${term}`,
      kind: 'Words',
      value: term,
      description: `word ${term} from the search`,
      onRemove: () => setQuery(removeWord(text, term)),
    });
  }
  return chips;
}

function filterChips(
  criteria: SearchCriteria,
  skillName: (id: string) => string | null,
  departmentName: (id: string) => string | null,
  levelName: (level: number) => string,
  onChange: (next: SearchCriteria) => void,
): ChipItem[] {
  const chips: ChipItem[] = [];
  for (const skill of criteria.skills) {
    const name = skillName(skill.skillId) ?? 'Unknown skill';
    const level =
      skill.minLevel > 1 ? `${levelName(skill.minLevel)}${skill.minLevel < 5 ? ' or above' : ''}` : null;
    chips.push({
      key: `skill:${skill.skillId}`,
      kind: 'Skill',
      value: level ? `${name}, ${level}` : name,
      description: `skill filter ${name}`,
      onRemove: () =>
        onChange({ ...criteria, skills: criteria.skills.filter((other) => other.skillId !== skill.skillId) }),
    });
  }
  for (const id of criteria.departmentIds) {
    const name = departmentName(id) ?? 'A department';
    chips.push({
      key: `dept:${id}`,
      kind: 'Department',
      value: name,
      description: `department ${name}`,
      onRemove: () =>
        onChange({ ...criteria, departmentIds: criteria.departmentIds.filter((other) => other !== id) }),
    });
  }
  if (criteria.location) {
    chips.push({
      key: 'place',
      kind: 'Place',
      value: criteria.location,
      description: `place ${criteria.location}`,
      onRemove: () => onChange({ ...criteria, location: null }),
    });
  }
  if (criteria.minHoursPerWeek !== null) {
    chips.push({
      key: 'hours',
      kind: 'Availability',
      value: hoursLabel(criteria.minHoursPerWeek),
      description: 'free hours filter',
      onRemove: () => onChange({ ...criteria, minHoursPerWeek: null }),
    });
  }
  if (criteria.openToProjects !== null) {
    const value = criteria.openToProjects ? 'open to projects' : 'not open to projects';
    chips.push({
      key: 'open',
      kind: 'Availability',
      value,
      description: `filter ${value}`,
      onRemove: () => onChange({ ...criteria, openToProjects: null }),
    });
  }
  for (const passion of criteria.passions) {
    chips.push({
      key: `passion:${passion}`,
      kind: 'Passion',
      value: passion,
      description: `passion ${passion}`,
      onRemove: () =>
        onChange({ ...criteria, passions: criteria.passions.filter((other) => other !== passion) }),
    });
  }
  return chips;
}

/** A skill's name as a result's reasons give it (held, or the broader skill it counted toward). */
function matchedSkillName(view: SearchView | null, id: string): string | null {
  for (const edge of view?.edges ?? []) {
    for (const evidence of edge.node.matchedSkills) {
      if (evidence.skillId === id) return evidence.skillName;
      if (evidence.countsTowardSkillId === id && evidence.countsTowardSkillName)
        return evidence.countsTowardSkillName;
    }
  }
  return null;
}

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

/** /search: find colleagues by skill, place, passion and availability, and see why each matched. */
export default function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const criteria = readCriteria(searchParams);
  const savedId = searchParams.get('saved');
  const names = useLevelNames();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  // Small screens put the search box and the results first; the filters wait in a drawer.
  const filtersBeside = useMediaQuery(FILTERS_BESIDE_RESULTS_QUERY, true, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);

  // The search box is ahead of the URL while the visitor types; it follows the URL when that changes
  // from elsewhere (back/forward, a chip removed, "did you mean", an example).
  const [text, setText] = useState(criteria.query);
  const [syncedQuery, setSyncedQuery] = useState(criteria.query);
  if (syncedQuery !== criteria.query) {
    setSyncedQuery(criteria.query);
    setText(criteria.query);
  }

  const go = (next: SearchCriteria, options: { typed?: boolean; replace?: boolean } = {}) => {
    // Typing refines one search: its first pause adds a history entry, later ones replace it.
    const replace = options.replace ?? Boolean(options.typed && isTypedEntry(location.state));
    setSearchParams(writeCriteria(next), { replace, state: options.typed ? { typed: true } : null });
  };

  const commitQuery = useDebouncedCallback((query: string) => {
    if (query === criteria.query) return;
    go({ ...criteria, query }, { typed: true });
  }, SEARCH_DEBOUNCE_MS);

  const change = (next: SearchCriteria) => {
    commitQuery.cancel();
    go(next);
  };
  const setQuery = (query: string) => {
    setText(query);
    change({ ...criteria, query });
  };
  const onSubmit = (event: FormEvent) => {
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

  // Names of skill filters: picked ones are known; others come from the results or a lookup.
  const [knownSkillNames, setKnownSkillNames] = useState<ReadonlyMap<string, string | null>>(new Map());
  const rememberSkillName = useCallback((id: string, name: string | null) => {
    setKnownSkillNames((known) => (known.get(id) === name ? known : new Map(known).set(id, name)));
  }, []);
  // A skill recognised in the text becomes a filter: its words leave the text (where it only ranked)
  // and it joins the skill filters, at any level, as if picked in the filters panel.
  const requireSkill = (skill: RecognisedSkill) => {
    rememberSkillName(skill.skillId, skill.name);
    const query = removePhrase(text, skill.matchedText);
    setText(query);
    change({
      ...criteria,
      query,
      skills: criteria.skills.some((other) => other.skillId === skill.skillId)
        ? criteria.skills
        : [...criteria.skills, { skillId: skill.skillId, minLevel: 1 }],
    });
  };

  const input = savedId ? null : toSearchInput(criteria);
  const search = useSearchPeople(input);
  const view: SearchView | null = search.view;

  const skillName = (id: string): string | null => {
    const known = knownSkillNames.get(id);
    if (known) return known;
    return (
      view?.facets.skills.find((facet) => facet.id === id)?.name ??
      view?.interpretation.skills.find((skill) => skill.skillId === id)?.name ??
      matchedSkillName(view, id) ??
      null
    );
  };
  const facetDepartmentName = (id: string) =>
    view?.facets.departments.find((facet) => facet.id === id)?.name ?? null;
  const otherDepartmentName = useDepartmentNames(
    view !== null && criteria.departmentIds.some((id) => facetDepartmentName(id) === null),
  );
  const departmentName = (id: string) => facetDepartmentName(id) ?? otherDepartmentName(id);
  const unnamedSkills = criteria.skills.filter((skill) => !knownSkillNames.has(skill.skillId));

  const focusSearchBox = useCallback(() => inputRef.current?.focus(), []);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !view || view.edges.length <= from) return;
    focusFrom.current = null;
    resultsRef.current?.querySelectorAll<HTMLElement>('[data-result-link]')[from]?.focus();
  }, [view]);

  const errorCodeValue = search.error ? errorCode(search.error) : undefined;
  const fresh = view !== null && !search.updating;
  const textChips = view
    ? interpretationChips(
        view.interpretation,
        text,
        setQuery,
        criteria.skills.map((skill) => skill.skillId),
        criteria.skills.length < MAX_SKILL_FILTERS ? requireSkill : null,
      )
    : [];
  const requirable = textChips.some((chip) => chip.action);
  const appliedChips = filterChips(criteria, skillName, departmentName, names.levelName, change);
  const filtered = hasFilters(criteria);
  const firstSkillName = criteria.skills[0]
    ? skillName(criteria.skills[0].skillId)
    : (view?.interpretation.skills[0]?.name ?? null);
  const defaultName =
    criteria.query.trim() ||
    appliedChips.map((chip) => (typeof chip.value === 'string' ? chip.value : chip.kind)).join(', ');

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
  if (savedId && saved.error && !savedList) {
    results = (
      <ErrorState
        error={saved.error}
        title="Your saved search could not be opened"
        onRetry={() => reexecuteSaved({ requestPolicy: 'network-only' })}
      />
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
              onClick={() => change({ ...EMPTY_CRITERIA, query: criteria.query })}
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
    const suggestions = [...textChips, ...appliedChips];
    results = (
      <EmptyState
        title={
          criteria.query.trim() ? `No one matches “${criteria.query.trim()}”` : 'No one matches these filters'
        }
        description={
          suggestions.length > 1
            ? 'Try removing one of these:'
            : suggestions.length === 1
              ? 'Try removing it, or search for something else.'
              : 'Try other words: a skill, a name, a title, a project or a place.'
        }
        action={
          suggestions.length > 0 ? (
            <ul className={classes.suggestions} aria-label="Ways to widen the search">
              {suggestions.map((chip) => (
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
    results = (
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
          <ErrorState
            error={search.moreError}
            title="More people could not be loaded"
            onRetry={search.retry}
          />
        ) : null}
        {fresh && (view.hasNextPage || search.loadingMore) ? (
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

  const filters = (withHeading: boolean) => (
    <SearchFilters
      criteria={criteria}
      facets={input && view ? view.facets : null}
      levelSkillName={firstSkillName}
      textSkillIds={view?.interpretation.skills.map((skill) => skill.skillId) ?? []}
      skillName={skillName}
      names={names}
      onChange={change}
      onSkillNamed={(skill) => rememberSkillName(skill.id, skill.name)}
      withHeading={withHeading}
    />
  );
  const showLabel =
    input && view && fresh && !search.error
      ? view.totalCount === 0
        ? 'Show results (no one matches)'
        : `Show ${peopleLabel(view.totalCount)}`
      : 'Show results';

  const didYouMean = view?.interpretation.didYouMean;
  return (
    <Stack gap="md">
      {unnamedSkills.map((skill) => (
        <SkillNameLookup key={skill.skillId} id={skill.skillId} onName={rememberSkillName} />
      ))}
      <PageTitle
        documentTitle={criteria.query.trim() ? `${criteria.query.trim()} · Search` : 'Search people'}
      >
        Search people
      </PageTitle>

      <form role="search" onSubmit={onSubmit} className={classes.searchForm}>
        <TextInput
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          type="search"
          label="Search for people"
          description="Skills (with their aliases), names, titles, projects, a place (“in Berlin”, “in Germany”, “remote”), or passions (“who loves design”). People who match more of it come first."
          placeholder="e.g. kubernetes in Berlin"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          size="md"
          rightSection={
            search.updating || (search.loading && input) ? <Loader size={16} aria-hidden="true" /> : null
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            commitQuery(value);
          }}
        />
      </form>

      {missingSaved ? (
        <Alert color="yellow" variant="light" title="That saved search is gone">
          <Text size="sm">It was deleted, or it is not one of yours. Here is an empty search instead.</Text>
        </Alert>
      ) : null}

      {didYouMean && fresh && didYouMean !== criteria.query.trim().toLowerCase() ? (
        <Text>
          Did you mean{' '}
          <Anchor component="button" type="button" fw={600} onClick={() => setQuery(didYouMean)}>
            {didYouMean}
          </Anchor>
          ?
        </Text>
      ) : null}

      {filtersBeside ? null : (
        <>
          <Button
            variant="default"
            w="fit-content"
            aria-haspopup="dialog"
            aria-expanded={filtersOpen}
            onClick={() => setFiltersOpen(true)}
          >
            {appliedChips.length > 0 ? `Filters (${appliedChips.length})` : 'Filters'}
          </Button>
          {/* The filters scroll between the title and "Show N people", which stays within reach. */}
          <Drawer.Root
            opened={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            position="right"
            size="md"
            classNames={{
              content: classes.drawerContent,
              title: classes.drawerTitle,
              body: classes.drawerBody,
            }}
          >
            <Drawer.Overlay />
            <Drawer.Content>
              {/* Mantine renders a <header>: a second banner landmark inside the dialog. */}
              <Drawer.Header component="div">
                <Drawer.Title>Refine</Drawer.Title>
                <Drawer.CloseButton aria-label="Close the filters" />
              </Drawer.Header>
              <Drawer.Body>{filters(false)}</Drawer.Body>
              <div className={classes.drawerFooter}>
                <Button fullWidth onClick={() => setFiltersOpen(false)}>
                  {showLabel}
                </Button>
              </div>
            </Drawer.Content>
          </Drawer.Root>
        </>
      )}

      <RemovableChips
        label="Understood as"
        items={textChips}
        onEmptied={focusSearchBox}
        hint={
          requirable
            ? 'Your words rank people: those who match more of them come first. A recognised skill ranks too; “Require” makes it a filter everyone shown must hold.'
            : 'Your words rank people: those who match more of them come first.'
        }
      />
      <RemovableChips
        label="Filters"
        items={appliedChips}
        onEmptied={focusSearchBox}
        after={
          filtered ? (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                change({ ...EMPTY_CRITERIA, query: criteria.query });
                focusSearchBox();
              }}
            >
              Clear all filters
            </Button>
          ) : null
        }
      />

      <div className={classes.layout}>
        {filtersBeside ? <div className={classes.filtersArea}>{filters(true)}</div> : null}
        <section aria-labelledby="search-results-heading" className={classes.resultsArea}>
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
        <div className={classes.savedArea}>
          <SavedSearchesPanel criteria={criteria} defaultName={defaultName} />
        </div>
      </div>
    </Stack>
  );
}

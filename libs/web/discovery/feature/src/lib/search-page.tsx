import './mantine-feature-styles';
import { useCallback, useRef } from 'react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useSearchPeople } from '@ensemble/web/discovery/data-access';
import { PageTitle } from '@ensemble/web/ui';
import { peopleLabel, useLevelNames } from './labels';
import { removePhrase } from './query-edit';
import { RemovableChips } from './removable-chips';
import { SavedSearchesPanel } from './saved-searches-panel';
import { filterChips, interpretationChips, type RecognisedSkill } from './search-chips';
import { FiltersDrawer } from './filters-drawer';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';
import { EMPTY_CRITERIA, MAX_SKILL_FILTERS, hasFilters, toSearchInput } from './search-params';
import { SearchResults } from './search-results';
import { useFilterNames } from './use-filter-names';
import { useSearchLocation } from './use-search-location';
import classes from './search-page.module.css';

/** From this width (Mantine's md) the filters sit beside the results; below it they open in a drawer. */
export const FILTERS_BESIDE_RESULTS_QUERY = '(min-width: 62em)';

/** /search: find colleagues by skill, place, passion and availability, and see why each matched. */
export default function SearchPage() {
  const {
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
    retrySaved,
  } = useSearchLocation();
  const names = useLevelNames();
  const inputRef = useRef<HTMLInputElement>(null);
  // Small screens put the search box and the results first; the filters wait in a drawer.
  const filtersBeside = useMediaQuery(FILTERS_BESIDE_RESULTS_QUERY, true, { getInitialValueInEffect: false });

  const input = savedId ? null : toSearchInput(criteria);
  const search = useSearchPeople(input);
  const view = search.view;
  const { skillName, departmentName, rememberSkillName, lookups } = useFilterNames(criteria, view);

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

  const focusSearchBox = useCallback(() => inputRef.current?.focus(), []);

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
  const firstSkillName = criteria.skills[0]
    ? skillName(criteria.skills[0].skillId)
    : (view?.interpretation.skills[0]?.name ?? null);
  const defaultName =
    criteria.query.trim() ||
    appliedChips.map((chip) => (typeof chip.value === 'string' ? chip.value : chip.kind)).join(', ');

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
      {lookups}
      <PageTitle
        documentTitle={criteria.query.trim() ? `${criteria.query.trim()} · Search` : 'Search people'}
      >
        Search people
      </PageTitle>

      <SearchBox
        ref={inputRef}
        text={text}
        onType={type}
        onSubmit={submit}
        busy={search.updating || Boolean(search.loading && input)}
      />

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
        <FiltersDrawer count={appliedChips.length} showLabel={showLabel}>
          {filters(false)}
        </FiltersDrawer>
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
          hasFilters(criteria) ? (
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
        <SearchResults
          className={classes.resultsArea}
          criteria={criteria}
          input={input}
          search={search}
          names={names}
          savedId={savedId}
          savedFailed={savedFailed}
          retrySaved={retrySaved}
          widen={[...textChips, ...appliedChips]}
          onChange={change}
        />
        <div className={classes.savedArea}>
          <SavedSearchesPanel criteria={criteria} defaultName={defaultName} />
        </div>
      </div>
    </Stack>
  );
}

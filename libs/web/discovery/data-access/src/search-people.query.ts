import { useState } from 'react';
import { useQuery } from 'urql';
import {
  graphql,
  type PeopleSearchInput,
  type SearchPeopleQuery as SearchPeopleResult,
} from '@ensemble/web/graphql';

export const SEARCH_PAGE_SIZE = 20;

export const SearchPeopleQuery = graphql(`
  query SearchPeople($input: PeopleSearchInput!, $first: Int!, $after: String) {
    searchPeople(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          score
          coverage
          matchedFields
          matchedSkills {
            skillId
            skillName
            countsTowardSkillId
            countsTowardSkillName
            level
            endorsementCount
            endorsementWeight
            evidenceCount
            interest
          }
          matchedProjects {
            projectId
            title
            part
            roleTitle
            status
            completedAt
            matchedFields
          }
          person {
            ...PersonSummary
            headline
            location
          }
        }
      }
      interpretation {
        skills {
          skillId
          name
          matchedText
          via
        }
        location
        locationText
        terms
        passion
        didYouMean
      }
      facets {
        departments {
          id
          name
          count
        }
        locations {
          value
          count
        }
        skills {
          id
          name
          count
        }
        levels {
          level
          count
        }
      }
    }
  }
`);

type Connection = SearchPeopleResult['searchPeople'];
export type SearchEdge = Connection['edges'][number];
export type SearchInterpretation = Connection['interpretation'];
export type SearchFacets = Connection['facets'];
export type SkillMatchEvidence = SearchEdge['node']['matchedSkills'][number];
export type ProjectMatchEvidence = SearchEdge['node']['matchedProjects'][number];

/** What the search page shows: the results of one search (all pages loaded so far). */
export interface SearchView {
  /** The search these results belong to (a stable key of its input). */
  key: string;
  edges: SearchEdge[];
  totalCount: number;
  hasNextPage: boolean;
  interpretation: SearchInterpretation;
  facets: SearchFacets;
}

interface Pages {
  key: string;
  /** The search (kept with its key: a new object with the same criteria starts no other request). */
  input: PeopleSearchInput | null;
  /** Edges of the pages before the current one. */
  previous: SearchEdge[];
  /** The current (last) page's cursor. */
  after: string | null;
}

/** A stable key for a search input: the same criteria give the same key whatever the object identity. */
export function searchKey(input: PeopleSearchInput | null): string {
  return input ? JSON.stringify(input) : '';
}

/**
 * People search, a page at a time. `input` null means there is nothing to search for yet (nothing is
 * asked). While another search loads, the last results stay on show (`updating`) so the page never
 * blanks between keystrokes; cached searches (back button, retyping) answer at once and are refreshed
 * in the background (cache-and-network). `loadMore` appends the next page.
 */
export function useSearchPeople(input: PeopleSearchInput | null, pageSize = SEARCH_PAGE_SIZE) {
  const key = searchKey(input);
  const [pages, setPages] = useState<Pages>({ key, input, previous: [], after: null });
  const [lastView, setLastView] = useState<SearchView | null>(null);
  let current = pages;
  if (pages.key !== key) {
    current = { key, input, previous: [], after: null };
    setPages(current);
  }

  const stableInput = current.input;
  const variables = { input: stableInput ?? {}, first: pageSize, after: current.after };
  const [result, reexecute] = useQuery({
    query: SearchPeopleQuery,
    variables,
    pause: stableInput === null,
    requestPolicy: 'cache-and-network',
  });

  // urql keeps the previous variables' data while the next ones load: only use data for these ones.
  const sent = result.operation?.variables as Partial<typeof variables> | undefined;
  const fresh =
    stableInput !== null &&
    sent !== undefined &&
    searchKey(sent.input ?? null) === key &&
    (sent.after ?? null) === current.after
      ? result.data?.searchPeople
      : undefined;
  const freshError =
    stableInput !== null && sent !== undefined && searchKey(sent.input ?? null) === key
      ? result.error
      : undefined;

  let view: SearchView | null = null;
  if (fresh) {
    view = {
      key,
      edges: current.previous.length ? [...current.previous, ...fresh.edges] : fresh.edges,
      totalCount: fresh.totalCount,
      hasNextPage: fresh.pageInfo.hasNextPage,
      interpretation: fresh.interpretation,
      facets: fresh.facets,
    };
    if (
      !lastView ||
      lastView.key !== view.key ||
      lastView.edges.length !== view.edges.length ||
      lastView.edges.at(-1) !== view.edges.at(-1) ||
      lastView.facets !== view.facets ||
      lastView.totalCount !== view.totalCount
    ) {
      setLastView(view);
    }
  }

  const loadMore = () => {
    if (!fresh?.pageInfo.hasNextPage || !fresh.pageInfo.endCursor) return;
    setPages({ key, input: stableInput, previous: view?.edges ?? [], after: fresh.pageInfo.endCursor });
  };

  const waiting = stableInput !== null && !fresh && !freshError;
  const loadingMore = waiting && current.previous.length > 0;
  const failed = fresh ? undefined : freshError;
  const moreFailed = failed !== undefined && current.previous.length > 0;
  // While a further page loads, or another search, show what was there.
  const shown = view ?? (stableInput !== null && lastView ? lastView : null);
  return {
    /** The results to show: this search's, or the previous search's while this one loads. */
    view: shown,
    /** Nothing to show yet: the first search is loading. */
    loading: waiting && !shown,
    /** The results on show belong to an earlier search; this one is loading. */
    updating: waiting && !loadingMore && shown !== null && shown.key !== key,
    /** A further page of this search is loading. */
    loadingMore,
    /** This search failed (what `view` holds, if anything, is an earlier search's). */
    error: moreFailed ? undefined : failed,
    /** A further page of this search failed (`view` holds the pages before it). */
    moreError: moreFailed ? failed : undefined,
    loadMore,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

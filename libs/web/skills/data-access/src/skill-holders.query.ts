import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type SkillHoldersQuery as SkillHoldersResult } from '@ensemble/web/graphql';

export const SKILL_HOLDERS_PAGE_SIZE = 20;

export const SkillHoldersQuery = graphql(`
  query SkillHolders($id: ID!, $first: Int!, $after: String, $minLevel: Int!) {
    skill(id: $id) {
      id
      holders(first: $first, after: $after, minLevel: $minLevel) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            level
            endorsementCount
            person {
              ...PersonSummary
            }
          }
        }
      }
    }
  }
`);

export type SkillHolderEdge = SkillHoldersResult['skill']['holders']['edges'][number];

interface Loaded {
  /** The skill and minimum level the pages belong to. */
  key: string;
  /** Edges of the pages before the current one. */
  previous: SkillHolderEdge[];
  /** The current (last) page's cursor. */
  after: string | null;
  /** The total of the last page loaded, shown while the next one loads. */
  totalCount?: number;
}

/**
 * The holders of a skill at or above a level, highest level first, a page at a time: `loadMore` appends
 * the next page to `edges`. Changing the skill or the level starts again from the first page.
 */
export function useSkillHolderPages(id: string, minLevel: number, pageSize = SKILL_HOLDERS_PAGE_SIZE) {
  const key = `${id}:${minLevel}`;
  const [loaded, setLoaded] = useState<Loaded>({ key, previous: [], after: null });
  const current = loaded.key === key ? loaded : { key, previous: [], after: null };
  if (current !== loaded) setLoaded(current);

  const variables = { id, minLevel, first: pageSize, after: current.after };
  const [result, reexecute] = useQuery({
    query: SkillHoldersQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  // urql keeps the previous variables' data while the next page loads: only use data for these ones.
  const sent = result.operation?.variables as Partial<typeof variables> | undefined;
  const fresh =
    sent?.id === id && sent.minLevel === minLevel && (sent.after ?? null) === current.after
      ? result.data
      : undefined;
  const page = fresh?.skill.holders;

  const loadMore = () => {
    if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    setLoaded({
      key,
      previous: [...current.previous, ...page.edges],
      after: page.pageInfo.endCursor,
      totalCount: page.totalCount,
    });
  };
  return {
    edges: page ? [...current.previous, ...page.edges] : current.previous,
    totalCount: page?.totalCount ?? current.totalCount,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    /** The first page is loading (nothing to show yet). */
    loading: !page && !result.error && current.previous.length === 0,
    /** A further page is loading. */
    loadingMore: !page && !result.error && current.previous.length > 0,
    error: page ? undefined : result.error,
    loadMore,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

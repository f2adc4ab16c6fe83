import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type DepartmentMembersQuery as DepartmentMembersResult } from '@ensemble/web/graphql';

export const DEPARTMENT_MEMBERS_PAGE_SIZE = 24;

export const DepartmentMembersQuery = graphql(`
  query DepartmentMembers($id: ID!, $first: Int!, $after: String) {
    department(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...PersonSummary
          }
        }
      }
    }
  }
`);

export type DepartmentMemberEdge = DepartmentMembersResult['department']['members']['edges'][number];

interface Loaded {
  /** The department the pages belong to. */
  id: string;
  /** Edges of the pages before the current one. */
  previous: DepartmentMemberEdge[];
  /** The current (last) page's cursor. */
  after: string | null;
  /** The total of the last page loaded, shown while the next one loads. */
  totalCount?: number;
}

/**
 * A department's active members in name order, a page at a time: `loadMore` appends the next page to
 * `edges`. Another department starts again from the first page.
 */
export function useDepartmentMemberPages(id: string, pageSize = DEPARTMENT_MEMBERS_PAGE_SIZE) {
  const [loaded, setLoaded] = useState<Loaded>({ id, previous: [], after: null });
  const current = loaded.id === id ? loaded : { id, previous: [], after: null };
  if (current !== loaded) setLoaded(current);

  const variables = { id, first: pageSize, after: current.after };
  const [result, reexecute] = useQuery({
    query: DepartmentMembersQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  // urql keeps the previous variables' data while the next page loads: only use data for these ones.
  const sent = result.operation?.variables as Partial<typeof variables> | undefined;
  const fresh = sent?.id === id && (sent.after ?? null) === current.after ? result.data : undefined;
  const page = fresh?.department.members;

  const loadMore = () => {
    if (!page?.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    setLoaded({
      id,
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

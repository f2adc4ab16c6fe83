import { useQuery } from 'urql';
import { graphql, type OrgChartQuery as OrgChartResult } from '@ensemble/web/graphql';

export const OrgChartQuery = graphql(`
  query OrgChart($rootId: ID, $depth: Int!) {
    orgChart(rootId: $rootId, depth: $depth) {
      truncated
      nodes {
        depth
        managerId
        reportCount
        person {
          id
          displayName
          givenName
          familyName
          title
          avatarUrl
        }
      }
    }
  }
`);

export type OrgChartNode = OrgChartResult['orgChart']['nodes'][number];

/**
 * A subtree of the organisation, breadth first: `rootId` and `depth` levels of reports below it, or
 * everyone without a manager when `rootId` is null. Expand a node by asking again with its id. With
 * `pause`, nothing is fetched (a collapsed node).
 */
export function useOrgChart(rootId: string | null, depth: number, pause = false) {
  return useQuery({
    query: OrgChartQuery,
    variables: { rootId, depth },
    pause,
    requestPolicy: 'cache-first',
  });
}

import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      givenName
      familyName
      avatarUrl
    }
  }
`);

/** The signed-in person, for the app shell. An UNAUTHENTICATED error sends the browser to sign-in. */
export function useViewer() {
  return useQuery({ query: ViewerQuery, requestPolicy: 'cache-first' });
}

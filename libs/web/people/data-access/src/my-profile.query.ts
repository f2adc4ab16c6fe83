import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    viewer {
      ...PersonProfile
    }
  }
`);

/** The signed-in person's own profile. */
export function useMyProfile() {
  return useQuery({ query: MyProfileQuery, requestPolicy: 'cache-and-network' });
}

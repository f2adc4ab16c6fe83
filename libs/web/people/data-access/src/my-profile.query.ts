import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    viewer {
      ...PersonProfile
      myFieldVisibility {
        field
        visibility
      }
      profileCompleteness {
        percent
        nextStep {
          field
          hint
        }
        nextSteps {
          field
          hint
        }
      }
    }
  }
`);

/** The signed-in person's own profile, with who may see each field and how complete it is. */
export function useMyProfile() {
  return useQuery({ query: MyProfileQuery, requestPolicy: 'cache-and-network' });
}

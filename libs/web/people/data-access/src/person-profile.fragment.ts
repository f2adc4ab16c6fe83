import { graphql } from '@ensemble/web/graphql';

/** Everything a person page shows; shared by the person page and "My profile". */
export const PersonProfileFragment = graphql(`
  fragment PersonProfile on Person {
    id
    email
    displayName
    givenName
    familyName
    title
    location
    bio
    avatarUrl
    department {
      id
      name
    }
    managerChain {
      ...PersonSummary
    }
    directReports {
      ...PersonSummary
    }
    directReportCount
  }
`);

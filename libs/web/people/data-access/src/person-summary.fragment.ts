import { graphql } from '@ensemble/web/graphql';

/** What a list entry (directory card, manager chain link, direct report) shows of a person. */
export const PersonSummaryFragment = graphql(`
  fragment PersonSummary on Person {
    id
    displayName
    givenName
    familyName
    title
    avatarUrl
    department {
      id
      name
    }
  }
`);

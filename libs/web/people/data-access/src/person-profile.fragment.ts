import { graphql } from '@ensemble/web/graphql';

/**
 * Everything a person page shows; shared by the person page and "My profile". The profile fields
 * (headline, bio, languages, …) are null when the person keeps them from this viewer or left them empty.
 */
export const PersonProfileFragment = graphql(`
  fragment PersonProfile on Person {
    id
    email
    displayName
    givenName
    familyName
    title
    headline
    location
    timeZone
    bio
    avatarUrl
    spokenLanguages {
      language
      proficiency
    }
    links {
      label
      url
    }
    hoursPerWeekAvailable
    openToProjects
    passions
    askMeAbout
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
    skills {
      ...PersonSkillDetails
    }
  }
`);

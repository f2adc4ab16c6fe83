import { graphql } from '@ensemble/web/graphql';

/**
 * One skill on a profile as the person page and "My profile" show it, with the five newest
 * endorsements (for their notes and evidence).
 */
export const PersonSkillDetailsFragment = graphql(`
  fragment PersonSkillDetails on PersonSkill {
    skill {
      id
      name
      category
      status
    }
    level
    levelDescription
    years
    interest
    interestDescription
    wantsToGrow
    endorsementCount
    endorsedByViewer
    topEndorsers {
      id
      displayName
      title
      avatarUrl
      level
    }
    endorsements(first: 5) {
      id
      note
      evidenceProjectId
      createdAt
      endorser {
        id
        displayName
      }
    }
  }
`);

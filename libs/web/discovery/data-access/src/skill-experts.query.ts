import { useQuery } from 'urql';
import { graphql } from '@ensemble/web/graphql';

/** How many people each leaderboard shows. */
export const EXPERTS_SHOWN = 10;

export const SkillExpertsQuery = graphql(`
  query SkillExperts($skillId: ID!, $first: Int!) {
    skillExperts(skillId: $skillId, first: $first) {
      skillId
      skillName
      holderCount
      experts {
        ...SkillExpertEntry
      }
      rising {
        ...SkillExpertEntry
      }
    }
  }

  fragment SkillExpertEntry on SkillExpert {
    level
    expertise
    endorsementCount
    endorsementWeight
    evidenceCount
    recentEndorsements
    person {
      ...PersonSummary
    }
  }
`);

/**
 * A skill's leaderboards: its experts (highest expertise first) and rising experts (most weighted
 * endorsements in the last 90 days). SKILL_NOT_FOUND for an unknown skill, BAD_USER_INPUT for a
 * malformed id.
 */
export function useSkillExperts(skillId: string, first = EXPERTS_SHOWN) {
  return useQuery({
    query: SkillExpertsQuery,
    variables: { skillId, first },
    requestPolicy: 'cache-and-network',
  });
}

import { graphql } from '@ensemble/web/graphql';

/** Read by codegen only: the client preset inlines these fragments into each operation that uses them. */
export const ProjectFieldsFragments = graphql(`
  fragment ProjectCardFields on Project {
    id
    title
    summary
    status
    hoursPerWeek
    startsOn
    endsOn
    location
    remote
    visibility
    departmentName
    pastEnd
    viewerIsLead
    owner {
      id
      displayName
    }
    roles {
      id
      title
      seats
      seatsLeft
      joinPolicy
    }
  }

  fragment RoleSkillFit on RequiredSkillFit {
    skillId
    skillName
    minLevel
    mustHave
    level
    meetsMinimum
    interested
    endorsementCount
    evidenceCount
  }

  fragment ProjectRoleFields on ProjectRole {
    id
    projectId
    title
    description
    seats
    seatsLeft
    seatsTaken
    joinPolicy
    managerConsent
    consentDays
    waitlistLength
    joinRequiresSkills
    viewerMissingSkills
    skills {
      minLevel
      mustHave
      skill {
        id
        name
      }
    }
    members {
      id
      person {
        ...PersonSummary
      }
    }
  }

  fragment ApplicationFields on ProjectApplication {
    id
    status
    message
    consentStatus
    consentDueAt
    createdAt
    decidedAt
    declineReason
    projectId
    roleId
    applicant {
      ...PersonSummary
    }
    role {
      id
      title
      seatsLeft
    }
    project {
      id
      title
    }
  }
`);

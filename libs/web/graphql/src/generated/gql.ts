/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n': typeof types.SaveSearchDocument;
  '\n  mutation SetSavedSearchAlerts($id: ID!, $alerts: Boolean!) {\n    setSavedSearchAlerts(id: $id, alerts: $alerts) {\n      id\n      alerts\n      tooBroad\n      matchCount\n    }\n  }\n': typeof types.SetSavedSearchAlertsDocument;
  '\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n': typeof types.DeleteSavedSearchDocument;
  '\n  query MySavedSearches {\n    mySavedSearches {\n      ...SavedSearchFields\n    }\n  }\n\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    alerts\n    tooBroad\n    matchCount\n    createdAt\n    lastCheckedAt\n    criteria {\n      query\n      skills {\n        skillId\n        minLevel\n      }\n      passions\n      departmentIds\n      location\n      minHoursPerWeek\n      openToProjects\n    }\n  }\n': typeof types.MySavedSearchesDocument;
  '\n  query SearchPeople($input: PeopleSearchInput!, $first: Int!, $after: String) {\n    searchPeople(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          coverage\n          matchedFields\n          matchedSkills {\n            skillId\n            skillName\n            countsTowardSkillId\n            countsTowardSkillName\n            level\n            endorsementCount\n            endorsementWeight\n            evidenceCount\n            interest\n          }\n          matchedProjects {\n            projectId\n            title\n            part\n            roleTitle\n            status\n            completedAt\n            matchedFields\n          }\n          person {\n            ...PersonSummary\n            headline\n            location\n          }\n        }\n      }\n      interpretation {\n        skills {\n          skillId\n          name\n          matchedText\n          via\n        }\n        location\n        locationText\n        terms\n        passion\n        didYouMean\n      }\n      facets {\n        departments {\n          id\n          name\n          count\n        }\n        locations {\n          value\n          count\n        }\n        skills {\n          id\n          name\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n': typeof types.SearchPeopleDocument;
  '\n  query SkillExperts($skillId: ID!, $first: Int!) {\n    skillExperts(skillId: $skillId, first: $first) {\n      skillId\n      skillName\n      holderCount\n      experts {\n        ...SkillExpertEntry\n      }\n      rising {\n        ...SkillExpertEntry\n      }\n    }\n  }\n\n  fragment SkillExpertEntry on SkillExpert {\n    level\n    expertise\n    endorsementCount\n    endorsementWeight\n    evidenceCount\n    recentEndorsements\n    person {\n      ...PersonSummary\n    }\n  }\n': typeof types.SkillExpertsDocument;
  '\n  query SkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      status\n    }\n  }\n': typeof types.SkillNameDocument;
  '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query DepartmentMembers($id: ID!, $first: Int!, $after: String) {\n    department(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n': typeof types.DepartmentMembersDocument;
  '\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      memberCount\n      head {\n        ...PersonSummary\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n': typeof types.DepartmentDocument;
  '\n  query OrgChart($rootId: ID, $depth: Int!) {\n    orgChart(rootId: $rootId, depth: $depth) {\n      truncated\n      nodes {\n        depth\n        managerId\n        reportCount\n        person {\n          id\n          displayName\n          givenName\n          familyName\n          title\n          avatarUrl\n        }\n      }\n    }\n  }\n': typeof types.OrgChartDocument;
  '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  mutation Endorse($input: EndorseInput!) {\n    endorse(input: $input) {\n      id\n      personId\n      skillId\n      note\n      createdAt\n    }\n  }\n': typeof types.EndorseDocument;
  '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n      myFieldVisibility {\n        field\n        visibility\n      }\n      profileCompleteness {\n        percent\n        nextStep {\n          field\n          hint\n        }\n        nextSteps {\n          field\n          hint\n        }\n      }\n    }\n  }\n': typeof types.MyProfileDocument;
  '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n': typeof types.PeopleDirectoryDocument;
  '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    headline\n    location\n    timeZone\n    bio\n    avatarUrl\n    spokenLanguages {\n      language\n      proficiency\n    }\n    links {\n      label\n      url\n    }\n    hoursPerWeekAvailable\n    openToProjects\n    passions\n    askMeAbout\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n    skills {\n      ...PersonSkillDetails\n    }\n  }\n': typeof types.PersonProfileFragmentDoc;
  '\n  fragment PersonSkillDetails on PersonSkill {\n    skill {\n      id\n      name\n      category\n      status\n    }\n    level\n    levelDescription\n    years\n    interest\n    interestDescription\n    wantsToGrow\n    endorsementCount\n    endorsedByViewer\n    topEndorsers {\n      id\n      displayName\n      title\n      avatarUrl\n      level\n    }\n    endorsements(first: 5) {\n      id\n      note\n      evidenceProjectId\n      createdAt\n      endorser {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.PersonSkillDetailsFragmentDoc;
  '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n': typeof types.PersonSummaryFragmentDoc;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n    viewer {\n      id\n    }\n  }\n': typeof types.PersonDocument;
  '\n  mutation RemoveMySkill($skillId: ID!) {\n    removeMySkill(skillId: $skillId)\n  }\n': typeof types.RemoveMySkillDocument;
  '\n  mutation SetMyFieldVisibility($field: ProfileField!, $visibility: FieldVisibility!) {\n    setMyFieldVisibility(field: $field, visibility: $visibility) {\n      id\n      myFieldVisibility {\n        field\n        visibility\n      }\n    }\n  }\n': typeof types.SetMyFieldVisibilityDocument;
  '\n  mutation SetMySkillInterest($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {\n    setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) {\n      ...PersonSkillDetails\n    }\n  }\n': typeof types.SetMySkillInterestDocument;
  '\n  mutation SetMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      ...PersonSkillDetails\n    }\n  }\n': typeof types.SetMySkillDocument;
  '\n  query SkillLevels {\n    skillLevels {\n      level\n      name\n      description\n    }\n    interestLevels {\n      interest\n      name\n      description\n    }\n  }\n': typeof types.SkillLevelsDocument;
  '\n  query SkillSuggestions($search: String!, $first: Int!) {\n    skills(search: $search, first: $first) {\n      match\n      matchedAlias\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n': typeof types.SkillSuggestionsDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      headline\n      bio\n      location\n      timeZone\n      spokenLanguages {\n        language\n        proficiency\n      }\n      links {\n        label\n        url\n      }\n      hoursPerWeekAvailable\n      openToProjects\n      passions\n      askMeAbout\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  mutation WithdrawEndorsement($personId: ID!, $skillId: ID!) {\n    withdrawEndorsement(personId: $personId, skillId: $skillId)\n  }\n': typeof types.WithdrawEndorsementDocument;
  '\n  query ApplicationsInbox {\n    applicationsInbox {\n      ...ApplicationFields\n    }\n  }\n': typeof types.ApplicationsInboxDocument;
  '\n  query CandidatesForRole($roleId: ID!, $first: Int!) {\n    candidatesForRole(roleId: $roleId, first: $first) {\n      score\n      coverage\n      freeHours\n      hoursNeeded\n      activeProjects\n      person {\n        ...PersonSummary\n      }\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n': typeof types.CandidatesForRoleDocument;
  '\n  query MyConsentRequests {\n    myConsentRequests {\n      ...ApplicationFields\n    }\n  }\n': typeof types.MyConsentRequestsDocument;
  '\n  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {\n    decideApplication(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n      declineReason\n    }\n  }\n': typeof types.DecideApplicationDocument;
  '\n  mutation InviteToRole($roleId: ID!, $personId: ID!, $message: String) {\n    inviteToRole(roleId: $roleId, personId: $personId, message: $message) {\n      id\n      status\n      personId\n      roleId\n    }\n  }\n': typeof types.InviteToRoleDocument;
  '\n  mutation RespondToInvitation($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToInvitation(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n': typeof types.RespondToInvitationDocument;
  '\n  mutation DecideManagerConsent($applicationId: ID!, $approve: Boolean!) {\n    decideManagerConsent(applicationId: $applicationId, approve: $approve) {\n      id\n      status\n      consentStatus\n    }\n  }\n': typeof types.DecideManagerConsentDocument;
  '\n  mutation JoinRole($roleId: ID!) {\n    joinRole(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n': typeof types.JoinRoleDocument;
  '\n  mutation ApplyToRole($roleId: ID!, $message: String) {\n    applyToRole(roleId: $roleId, message: $message) {\n      id\n      status\n      roleId\n      projectId\n    }\n  }\n': typeof types.ApplyToRoleDocument;
  '\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawApplicationDocument;
  '\n  mutation LeaveProject($projectId: ID!) {\n    leaveProject(projectId: $projectId)\n  }\n': typeof types.LeaveProjectDocument;
  '\n  mutation JoinWaitlist($roleId: ID!) {\n    joinWaitlist(roleId: $roleId) {\n      id\n      status\n      position\n      roleId\n    }\n  }\n': typeof types.JoinWaitlistDocument;
  '\n  mutation LeaveWaitlist($roleId: ID!) {\n    leaveWaitlist(roleId: $roleId)\n  }\n': typeof types.LeaveWaitlistDocument;
  '\n  mutation AcceptWaitlistOffer($roleId: ID!) {\n    acceptWaitlistOffer(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n': typeof types.AcceptWaitlistOfferDocument;
  '\n  mutation RemoveProjectMember($projectId: ID!, $personId: ID!, $reason: String!) {\n    removeProjectMember(projectId: $projectId, personId: $personId, reason: $reason)\n  }\n': typeof types.RemoveProjectMemberDocument;
  '\n  query MyProjects {\n    myProjects {\n      owned {\n        ...ProjectCardFields\n      }\n      leading {\n        ...ProjectCardFields\n      }\n      member {\n        ...ProjectCardFields\n      }\n    }\n    myInvitations {\n      id\n      status\n      message\n      createdAt\n      projectId\n      invitedBy {\n        id\n        displayName\n      }\n      role {\n        id\n        title\n        seatsLeft\n      }\n      project {\n        id\n        title\n      }\n    }\n    myApplications {\n      ...ApplicationFields\n    }\n    myWaitlist {\n      id\n      status\n      position\n      offerExpiresAt\n      projectId\n      roleId\n      role {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n': typeof types.MyProjectsDocument;
  '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.CreateProjectDocument;
  '\n  mutation UpdateProject($projectId: ID!, $input: UpdateProjectInput!) {\n    updateProject(projectId: $projectId, input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.UpdateProjectDocument;
  '\n  mutation ChangeProjectStatus($projectId: ID!, $status: ProjectStatus!) {\n    changeProjectStatus(projectId: $projectId, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.ChangeProjectStatusDocument;
  '\n  mutation AddProjectRole($projectId: ID!, $input: ProjectRoleInput!) {\n    addProjectRole(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n': typeof types.AddProjectRoleDocument;
  '\n  mutation UpdateProjectRole($roleId: ID!, $input: UpdateProjectRoleInput!) {\n    updateProjectRole(roleId: $roleId, input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateProjectRoleDocument;
  '\n  mutation RemoveProjectRole($roleId: ID!) {\n    removeProjectRole(roleId: $roleId)\n  }\n': typeof types.RemoveProjectRoleDocument;
  '\n  fragment ProjectCardFields on Project {\n    id\n    title\n    summary\n    status\n    hoursPerWeek\n    startsOn\n    endsOn\n    location\n    remote\n    visibility\n    departmentName\n    pastEnd\n    viewerIsLead\n    owner {\n      id\n      displayName\n    }\n    roles {\n      id\n      title\n      seats\n      seatsLeft\n      joinPolicy\n    }\n  }\n\n  fragment RoleSkillFit on RequiredSkillFit {\n    skillId\n    skillName\n    minLevel\n    mustHave\n    level\n    meetsMinimum\n    interested\n    endorsementCount\n    evidenceCount\n  }\n\n  fragment ProjectRoleFields on ProjectRole {\n    id\n    projectId\n    title\n    description\n    seats\n    seatsLeft\n    seatsTaken\n    joinPolicy\n    managerConsent\n    consentDays\n    waitlistLength\n    joinRequiresSkills\n    viewerMissingSkills\n    skills {\n      minLevel\n      mustHave\n      skill {\n        id\n        name\n      }\n    }\n    members {\n      id\n      person {\n        ...PersonSummary\n      }\n    }\n  }\n\n  fragment ApplicationFields on ProjectApplication {\n    id\n    status\n    message\n    consentStatus\n    consentDueAt\n    createdAt\n    decidedAt\n    declineReason\n    projectId\n    roleId\n    applicant {\n      ...PersonSummary\n    }\n    role {\n      id\n      title\n      seatsLeft\n    }\n    project {\n      id\n      title\n    }\n  }\n': typeof types.ProjectCardFieldsFragmentDoc;
  '\n  mutation AddProjectLead($projectId: ID!, $personId: ID!) {\n    addProjectLead(projectId: $projectId, personId: $personId) {\n      id\n      leads {\n        id\n      }\n    }\n  }\n': typeof types.AddProjectLeadDocument;
  '\n  mutation RemoveProjectLead($projectId: ID!, $personId: ID!) {\n    removeProjectLead(projectId: $projectId, personId: $personId)\n  }\n': typeof types.RemoveProjectLeadDocument;
  '\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      goals\n      status\n      startsOn\n      endsOn\n      hoursPerWeek\n      location\n      remote\n      visibility\n      departmentName\n      createdAt\n      completedAt\n      viewerIsLead\n      viewerRoleId\n      pastEnd\n      owner {\n        ...PersonSummary\n      }\n      leads {\n        ...PersonSummary\n      }\n      roles {\n        ...ProjectRoleFields\n      }\n      teamCoverage {\n        coveredCount\n        gapCount\n        skills {\n          skillId\n          skillName\n          minLevel\n          mustHave\n          covered\n          coveredBy {\n            level\n            person {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n    }\n    myApplications {\n      id\n      status\n      roleId\n      projectId\n      declineReason\n    }\n    myWaitlist {\n      id\n      status\n      position\n      roleId\n      projectId\n      offerExpiresAt\n    }\n  }\n': typeof types.ProjectDocument;
  '\n  query Projects($filter: ProjectsFilterInput, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ProjectsDocument;
  '\n  query RecommendedRoles($first: Int!) {\n    recommendedRoles(first: $first) {\n      projectId\n      projectTitle\n      roleId\n      roleTitle\n      score\n      coverage\n      seatsLeft\n      hoursNeeded\n      freeHours\n      activeProjects\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n': typeof types.RecommendedRolesDocument;
  '\n  mutation AddMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      level\n      interest\n      skill {\n        id\n      }\n    }\n  }\n': typeof types.AddMySkillDocument;
  '\n  query MySkillsOnProfile {\n    viewer {\n      id\n      skills {\n        level\n        interest\n        skill {\n          id\n        }\n      }\n    }\n  }\n': typeof types.MySkillsOnProfileDocument;
  '\n  query SkillHolders($id: ID!, $first: Int!, $after: String, $minLevel: Int!) {\n    skill(id: $id) {\n      id\n      holders(first: $first, after: $after, minLevel: $minLevel) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            level\n            endorsementCount\n            person {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SkillHoldersDocument;
  '\n  query Skill($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      category\n      description\n      externalUri\n      source\n      status\n      aliases\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      mergedInto {\n        id\n        name\n      }\n      levelDistribution {\n        level\n        name\n        count\n      }\n      interestOnlyCount\n    }\n  }\n': typeof types.SkillDocument;
};
const documents: Documents = {
  '\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n':
    types.SaveSearchDocument,
  '\n  mutation SetSavedSearchAlerts($id: ID!, $alerts: Boolean!) {\n    setSavedSearchAlerts(id: $id, alerts: $alerts) {\n      id\n      alerts\n      tooBroad\n      matchCount\n    }\n  }\n':
    types.SetSavedSearchAlertsDocument,
  '\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n':
    types.DeleteSavedSearchDocument,
  '\n  query MySavedSearches {\n    mySavedSearches {\n      ...SavedSearchFields\n    }\n  }\n\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    alerts\n    tooBroad\n    matchCount\n    createdAt\n    lastCheckedAt\n    criteria {\n      query\n      skills {\n        skillId\n        minLevel\n      }\n      passions\n      departmentIds\n      location\n      minHoursPerWeek\n      openToProjects\n    }\n  }\n':
    types.MySavedSearchesDocument,
  '\n  query SearchPeople($input: PeopleSearchInput!, $first: Int!, $after: String) {\n    searchPeople(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          coverage\n          matchedFields\n          matchedSkills {\n            skillId\n            skillName\n            countsTowardSkillId\n            countsTowardSkillName\n            level\n            endorsementCount\n            endorsementWeight\n            evidenceCount\n            interest\n          }\n          matchedProjects {\n            projectId\n            title\n            part\n            roleTitle\n            status\n            completedAt\n            matchedFields\n          }\n          person {\n            ...PersonSummary\n            headline\n            location\n          }\n        }\n      }\n      interpretation {\n        skills {\n          skillId\n          name\n          matchedText\n          via\n        }\n        location\n        locationText\n        terms\n        passion\n        didYouMean\n      }\n      facets {\n        departments {\n          id\n          name\n          count\n        }\n        locations {\n          value\n          count\n        }\n        skills {\n          id\n          name\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n':
    types.SearchPeopleDocument,
  '\n  query SkillExperts($skillId: ID!, $first: Int!) {\n    skillExperts(skillId: $skillId, first: $first) {\n      skillId\n      skillName\n      holderCount\n      experts {\n        ...SkillExpertEntry\n      }\n      rising {\n        ...SkillExpertEntry\n      }\n    }\n  }\n\n  fragment SkillExpertEntry on SkillExpert {\n    level\n    expertise\n    endorsementCount\n    endorsementWeight\n    evidenceCount\n    recentEndorsements\n    person {\n      ...PersonSummary\n    }\n  }\n':
    types.SkillExpertsDocument,
  '\n  query SkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      status\n    }\n  }\n':
    types.SkillNameDocument,
  '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  query DepartmentMembers($id: ID!, $first: Int!, $after: String) {\n    department(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n':
    types.DepartmentMembersDocument,
  '\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      memberCount\n      head {\n        ...PersonSummary\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n':
    types.DepartmentDocument,
  '\n  query OrgChart($rootId: ID, $depth: Int!) {\n    orgChart(rootId: $rootId, depth: $depth) {\n      truncated\n      nodes {\n        depth\n        managerId\n        reportCount\n        person {\n          id\n          displayName\n          givenName\n          familyName\n          title\n          avatarUrl\n        }\n      }\n    }\n  }\n':
    types.OrgChartDocument,
  '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n':
    types.DepartmentsDocument,
  '\n  mutation Endorse($input: EndorseInput!) {\n    endorse(input: $input) {\n      id\n      personId\n      skillId\n      note\n      createdAt\n    }\n  }\n':
    types.EndorseDocument,
  '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n      myFieldVisibility {\n        field\n        visibility\n      }\n      profileCompleteness {\n        percent\n        nextStep {\n          field\n          hint\n        }\n        nextSteps {\n          field\n          hint\n        }\n      }\n    }\n  }\n':
    types.MyProfileDocument,
  '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n':
    types.PeopleDirectoryDocument,
  '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    headline\n    location\n    timeZone\n    bio\n    avatarUrl\n    spokenLanguages {\n      language\n      proficiency\n    }\n    links {\n      label\n      url\n    }\n    hoursPerWeekAvailable\n    openToProjects\n    passions\n    askMeAbout\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n    skills {\n      ...PersonSkillDetails\n    }\n  }\n':
    types.PersonProfileFragmentDoc,
  '\n  fragment PersonSkillDetails on PersonSkill {\n    skill {\n      id\n      name\n      category\n      status\n    }\n    level\n    levelDescription\n    years\n    interest\n    interestDescription\n    wantsToGrow\n    endorsementCount\n    endorsedByViewer\n    topEndorsers {\n      id\n      displayName\n      title\n      avatarUrl\n      level\n    }\n    endorsements(first: 5) {\n      id\n      note\n      evidenceProjectId\n      createdAt\n      endorser {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.PersonSkillDetailsFragmentDoc,
  '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n':
    types.PersonSummaryFragmentDoc,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n    viewer {\n      id\n    }\n  }\n':
    types.PersonDocument,
  '\n  mutation RemoveMySkill($skillId: ID!) {\n    removeMySkill(skillId: $skillId)\n  }\n':
    types.RemoveMySkillDocument,
  '\n  mutation SetMyFieldVisibility($field: ProfileField!, $visibility: FieldVisibility!) {\n    setMyFieldVisibility(field: $field, visibility: $visibility) {\n      id\n      myFieldVisibility {\n        field\n        visibility\n      }\n    }\n  }\n':
    types.SetMyFieldVisibilityDocument,
  '\n  mutation SetMySkillInterest($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {\n    setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) {\n      ...PersonSkillDetails\n    }\n  }\n':
    types.SetMySkillInterestDocument,
  '\n  mutation SetMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      ...PersonSkillDetails\n    }\n  }\n':
    types.SetMySkillDocument,
  '\n  query SkillLevels {\n    skillLevels {\n      level\n      name\n      description\n    }\n    interestLevels {\n      interest\n      name\n      description\n    }\n  }\n':
    types.SkillLevelsDocument,
  '\n  query SkillSuggestions($search: String!, $first: Int!) {\n    skills(search: $search, first: $first) {\n      match\n      matchedAlias\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n':
    types.SkillSuggestionsDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      headline\n      bio\n      location\n      timeZone\n      spokenLanguages {\n        language\n        proficiency\n      }\n      links {\n        label\n        url\n      }\n      hoursPerWeekAvailable\n      openToProjects\n      passions\n      askMeAbout\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  mutation WithdrawEndorsement($personId: ID!, $skillId: ID!) {\n    withdrawEndorsement(personId: $personId, skillId: $skillId)\n  }\n':
    types.WithdrawEndorsementDocument,
  '\n  query ApplicationsInbox {\n    applicationsInbox {\n      ...ApplicationFields\n    }\n  }\n':
    types.ApplicationsInboxDocument,
  '\n  query CandidatesForRole($roleId: ID!, $first: Int!) {\n    candidatesForRole(roleId: $roleId, first: $first) {\n      score\n      coverage\n      freeHours\n      hoursNeeded\n      activeProjects\n      person {\n        ...PersonSummary\n      }\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n':
    types.CandidatesForRoleDocument,
  '\n  query MyConsentRequests {\n    myConsentRequests {\n      ...ApplicationFields\n    }\n  }\n':
    types.MyConsentRequestsDocument,
  '\n  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {\n    decideApplication(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n      declineReason\n    }\n  }\n':
    types.DecideApplicationDocument,
  '\n  mutation InviteToRole($roleId: ID!, $personId: ID!, $message: String) {\n    inviteToRole(roleId: $roleId, personId: $personId, message: $message) {\n      id\n      status\n      personId\n      roleId\n    }\n  }\n':
    types.InviteToRoleDocument,
  '\n  mutation RespondToInvitation($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToInvitation(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n':
    types.RespondToInvitationDocument,
  '\n  mutation DecideManagerConsent($applicationId: ID!, $approve: Boolean!) {\n    decideManagerConsent(applicationId: $applicationId, approve: $approve) {\n      id\n      status\n      consentStatus\n    }\n  }\n':
    types.DecideManagerConsentDocument,
  '\n  mutation JoinRole($roleId: ID!) {\n    joinRole(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n':
    types.JoinRoleDocument,
  '\n  mutation ApplyToRole($roleId: ID!, $message: String) {\n    applyToRole(roleId: $roleId, message: $message) {\n      id\n      status\n      roleId\n      projectId\n    }\n  }\n':
    types.ApplyToRoleDocument,
  '\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawApplicationDocument,
  '\n  mutation LeaveProject($projectId: ID!) {\n    leaveProject(projectId: $projectId)\n  }\n':
    types.LeaveProjectDocument,
  '\n  mutation JoinWaitlist($roleId: ID!) {\n    joinWaitlist(roleId: $roleId) {\n      id\n      status\n      position\n      roleId\n    }\n  }\n':
    types.JoinWaitlistDocument,
  '\n  mutation LeaveWaitlist($roleId: ID!) {\n    leaveWaitlist(roleId: $roleId)\n  }\n':
    types.LeaveWaitlistDocument,
  '\n  mutation AcceptWaitlistOffer($roleId: ID!) {\n    acceptWaitlistOffer(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n':
    types.AcceptWaitlistOfferDocument,
  '\n  mutation RemoveProjectMember($projectId: ID!, $personId: ID!, $reason: String!) {\n    removeProjectMember(projectId: $projectId, personId: $personId, reason: $reason)\n  }\n':
    types.RemoveProjectMemberDocument,
  '\n  query MyProjects {\n    myProjects {\n      owned {\n        ...ProjectCardFields\n      }\n      leading {\n        ...ProjectCardFields\n      }\n      member {\n        ...ProjectCardFields\n      }\n    }\n    myInvitations {\n      id\n      status\n      message\n      createdAt\n      projectId\n      invitedBy {\n        id\n        displayName\n      }\n      role {\n        id\n        title\n        seatsLeft\n      }\n      project {\n        id\n        title\n      }\n    }\n    myApplications {\n      ...ApplicationFields\n    }\n    myWaitlist {\n      id\n      status\n      position\n      offerExpiresAt\n      projectId\n      roleId\n      role {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n':
    types.MyProjectsDocument,
  '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.CreateProjectDocument,
  '\n  mutation UpdateProject($projectId: ID!, $input: UpdateProjectInput!) {\n    updateProject(projectId: $projectId, input: $input) {\n      id\n      title\n    }\n  }\n':
    types.UpdateProjectDocument,
  '\n  mutation ChangeProjectStatus($projectId: ID!, $status: ProjectStatus!) {\n    changeProjectStatus(projectId: $projectId, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.ChangeProjectStatusDocument,
  '\n  mutation AddProjectRole($projectId: ID!, $input: ProjectRoleInput!) {\n    addProjectRole(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n':
    types.AddProjectRoleDocument,
  '\n  mutation UpdateProjectRole($roleId: ID!, $input: UpdateProjectRoleInput!) {\n    updateProjectRole(roleId: $roleId, input: $input) {\n      id\n    }\n  }\n':
    types.UpdateProjectRoleDocument,
  '\n  mutation RemoveProjectRole($roleId: ID!) {\n    removeProjectRole(roleId: $roleId)\n  }\n':
    types.RemoveProjectRoleDocument,
  '\n  fragment ProjectCardFields on Project {\n    id\n    title\n    summary\n    status\n    hoursPerWeek\n    startsOn\n    endsOn\n    location\n    remote\n    visibility\n    departmentName\n    pastEnd\n    viewerIsLead\n    owner {\n      id\n      displayName\n    }\n    roles {\n      id\n      title\n      seats\n      seatsLeft\n      joinPolicy\n    }\n  }\n\n  fragment RoleSkillFit on RequiredSkillFit {\n    skillId\n    skillName\n    minLevel\n    mustHave\n    level\n    meetsMinimum\n    interested\n    endorsementCount\n    evidenceCount\n  }\n\n  fragment ProjectRoleFields on ProjectRole {\n    id\n    projectId\n    title\n    description\n    seats\n    seatsLeft\n    seatsTaken\n    joinPolicy\n    managerConsent\n    consentDays\n    waitlistLength\n    joinRequiresSkills\n    viewerMissingSkills\n    skills {\n      minLevel\n      mustHave\n      skill {\n        id\n        name\n      }\n    }\n    members {\n      id\n      person {\n        ...PersonSummary\n      }\n    }\n  }\n\n  fragment ApplicationFields on ProjectApplication {\n    id\n    status\n    message\n    consentStatus\n    consentDueAt\n    createdAt\n    decidedAt\n    declineReason\n    projectId\n    roleId\n    applicant {\n      ...PersonSummary\n    }\n    role {\n      id\n      title\n      seatsLeft\n    }\n    project {\n      id\n      title\n    }\n  }\n':
    types.ProjectCardFieldsFragmentDoc,
  '\n  mutation AddProjectLead($projectId: ID!, $personId: ID!) {\n    addProjectLead(projectId: $projectId, personId: $personId) {\n      id\n      leads {\n        id\n      }\n    }\n  }\n':
    types.AddProjectLeadDocument,
  '\n  mutation RemoveProjectLead($projectId: ID!, $personId: ID!) {\n    removeProjectLead(projectId: $projectId, personId: $personId)\n  }\n':
    types.RemoveProjectLeadDocument,
  '\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      goals\n      status\n      startsOn\n      endsOn\n      hoursPerWeek\n      location\n      remote\n      visibility\n      departmentName\n      createdAt\n      completedAt\n      viewerIsLead\n      viewerRoleId\n      pastEnd\n      owner {\n        ...PersonSummary\n      }\n      leads {\n        ...PersonSummary\n      }\n      roles {\n        ...ProjectRoleFields\n      }\n      teamCoverage {\n        coveredCount\n        gapCount\n        skills {\n          skillId\n          skillName\n          minLevel\n          mustHave\n          covered\n          coveredBy {\n            level\n            person {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n    }\n    myApplications {\n      id\n      status\n      roleId\n      projectId\n      declineReason\n    }\n    myWaitlist {\n      id\n      status\n      position\n      roleId\n      projectId\n      offerExpiresAt\n    }\n  }\n':
    types.ProjectDocument,
  '\n  query Projects($filter: ProjectsFilterInput, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ProjectsDocument,
  '\n  query RecommendedRoles($first: Int!) {\n    recommendedRoles(first: $first) {\n      projectId\n      projectTitle\n      roleId\n      roleTitle\n      score\n      coverage\n      seatsLeft\n      hoursNeeded\n      freeHours\n      activeProjects\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n':
    types.RecommendedRolesDocument,
  '\n  mutation AddMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      level\n      interest\n      skill {\n        id\n      }\n    }\n  }\n':
    types.AddMySkillDocument,
  '\n  query MySkillsOnProfile {\n    viewer {\n      id\n      skills {\n        level\n        interest\n        skill {\n          id\n        }\n      }\n    }\n  }\n':
    types.MySkillsOnProfileDocument,
  '\n  query SkillHolders($id: ID!, $first: Int!, $after: String, $minLevel: Int!) {\n    skill(id: $id) {\n      id\n      holders(first: $first, after: $after, minLevel: $minLevel) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            level\n            endorsementCount\n            person {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.SkillHoldersDocument,
  '\n  query Skill($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      category\n      description\n      externalUri\n      source\n      status\n      aliases\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      mergedInto {\n        id\n        name\n      }\n      levelDistribution {\n        level\n        name\n        count\n      }\n      interestOnlyCount\n    }\n  }\n':
    types.SkillDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      ...SavedSearchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSavedSearchAlerts($id: ID!, $alerts: Boolean!) {\n    setSavedSearchAlerts(id: $id, alerts: $alerts) {\n      id\n      alerts\n      tooBroad\n      matchCount\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSavedSearchAlerts($id: ID!, $alerts: Boolean!) {\n    setSavedSearchAlerts(id: $id, alerts: $alerts) {\n      id\n      alerts\n      tooBroad\n      matchCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySavedSearches {\n    mySavedSearches {\n      ...SavedSearchFields\n    }\n  }\n\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    alerts\n    tooBroad\n    matchCount\n    createdAt\n    lastCheckedAt\n    criteria {\n      query\n      skills {\n        skillId\n        minLevel\n      }\n      passions\n      departmentIds\n      location\n      minHoursPerWeek\n      openToProjects\n    }\n  }\n',
): (typeof documents)['\n  query MySavedSearches {\n    mySavedSearches {\n      ...SavedSearchFields\n    }\n  }\n\n  fragment SavedSearchFields on SavedSearch {\n    id\n    name\n    alerts\n    tooBroad\n    matchCount\n    createdAt\n    lastCheckedAt\n    criteria {\n      query\n      skills {\n        skillId\n        minLevel\n      }\n      passions\n      departmentIds\n      location\n      minHoursPerWeek\n      openToProjects\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPeople($input: PeopleSearchInput!, $first: Int!, $after: String) {\n    searchPeople(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          coverage\n          matchedFields\n          matchedSkills {\n            skillId\n            skillName\n            countsTowardSkillId\n            countsTowardSkillName\n            level\n            endorsementCount\n            endorsementWeight\n            evidenceCount\n            interest\n          }\n          matchedProjects {\n            projectId\n            title\n            part\n            roleTitle\n            status\n            completedAt\n            matchedFields\n          }\n          person {\n            ...PersonSummary\n            headline\n            location\n          }\n        }\n      }\n      interpretation {\n        skills {\n          skillId\n          name\n          matchedText\n          via\n        }\n        location\n        locationText\n        terms\n        passion\n        didYouMean\n      }\n      facets {\n        departments {\n          id\n          name\n          count\n        }\n        locations {\n          value\n          count\n        }\n        skills {\n          id\n          name\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchPeople($input: PeopleSearchInput!, $first: Int!, $after: String) {\n    searchPeople(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          coverage\n          matchedFields\n          matchedSkills {\n            skillId\n            skillName\n            countsTowardSkillId\n            countsTowardSkillName\n            level\n            endorsementCount\n            endorsementWeight\n            evidenceCount\n            interest\n          }\n          matchedProjects {\n            projectId\n            title\n            part\n            roleTitle\n            status\n            completedAt\n            matchedFields\n          }\n          person {\n            ...PersonSummary\n            headline\n            location\n          }\n        }\n      }\n      interpretation {\n        skills {\n          skillId\n          name\n          matchedText\n          via\n        }\n        location\n        locationText\n        terms\n        passion\n        didYouMean\n      }\n      facets {\n        departments {\n          id\n          name\n          count\n        }\n        locations {\n          value\n          count\n        }\n        skills {\n          id\n          name\n          count\n        }\n        levels {\n          level\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SkillExperts($skillId: ID!, $first: Int!) {\n    skillExperts(skillId: $skillId, first: $first) {\n      skillId\n      skillName\n      holderCount\n      experts {\n        ...SkillExpertEntry\n      }\n      rising {\n        ...SkillExpertEntry\n      }\n    }\n  }\n\n  fragment SkillExpertEntry on SkillExpert {\n    level\n    expertise\n    endorsementCount\n    endorsementWeight\n    evidenceCount\n    recentEndorsements\n    person {\n      ...PersonSummary\n    }\n  }\n',
): (typeof documents)['\n  query SkillExperts($skillId: ID!, $first: Int!) {\n    skillExperts(skillId: $skillId, first: $first) {\n      skillId\n      skillName\n      holderCount\n      experts {\n        ...SkillExpertEntry\n      }\n      rising {\n        ...SkillExpertEntry\n      }\n    }\n  }\n\n  fragment SkillExpertEntry on SkillExpert {\n    level\n    expertise\n    endorsementCount\n    endorsementWeight\n    evidenceCount\n    recentEndorsements\n    person {\n      ...PersonSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query SkillName($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    notifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentMembers($id: ID!, $first: Int!, $after: String) {\n    department(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentMembers($id: ID!, $first: Int!, $after: String) {\n    department(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...PersonSummary\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      memberCount\n      head {\n        ...PersonSummary\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Department($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      memberCount\n      head {\n        ...PersonSummary\n      }\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChart($rootId: ID, $depth: Int!) {\n    orgChart(rootId: $rootId, depth: $depth) {\n      truncated\n      nodes {\n        depth\n        managerId\n        reportCount\n        person {\n          id\n          displayName\n          givenName\n          familyName\n          title\n          avatarUrl\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgChart($rootId: ID, $depth: Int!) {\n    orgChart(rootId: $rootId, depth: $depth) {\n      truncated\n      nodes {\n        depth\n        managerId\n        reportCount\n        person {\n          id\n          displayName\n          givenName\n          familyName\n          title\n          avatarUrl\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n',
): (typeof documents)['\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Endorse($input: EndorseInput!) {\n    endorse(input: $input) {\n      id\n      personId\n      skillId\n      note\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation Endorse($input: EndorseInput!) {\n    endorse(input: $input) {\n      id\n      personId\n      skillId\n      note\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n      myFieldVisibility {\n        field\n        visibility\n      }\n      profileCompleteness {\n        percent\n        nextStep {\n          field\n          hint\n        }\n        nextSteps {\n          field\n          hint\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n      myFieldVisibility {\n        field\n        visibility\n      }\n      profileCompleteness {\n        percent\n        nextStep {\n          field\n          hint\n        }\n        nextSteps {\n          field\n          hint\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    headline\n    location\n    timeZone\n    bio\n    avatarUrl\n    spokenLanguages {\n      language\n      proficiency\n    }\n    links {\n      label\n      url\n    }\n    hoursPerWeekAvailable\n    openToProjects\n    passions\n    askMeAbout\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n    skills {\n      ...PersonSkillDetails\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    headline\n    location\n    timeZone\n    bio\n    avatarUrl\n    spokenLanguages {\n      language\n      proficiency\n    }\n    links {\n      label\n      url\n    }\n    hoursPerWeekAvailable\n    openToProjects\n    passions\n    askMeAbout\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n    skills {\n      ...PersonSkillDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonSkillDetails on PersonSkill {\n    skill {\n      id\n      name\n      category\n      status\n    }\n    level\n    levelDescription\n    years\n    interest\n    interestDescription\n    wantsToGrow\n    endorsementCount\n    endorsedByViewer\n    topEndorsers {\n      id\n      displayName\n      title\n      avatarUrl\n      level\n    }\n    endorsements(first: 5) {\n      id\n      note\n      evidenceProjectId\n      createdAt\n      endorser {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonSkillDetails on PersonSkill {\n    skill {\n      id\n      name\n      category\n      status\n    }\n    level\n    levelDescription\n    years\n    interest\n    interestDescription\n    wantsToGrow\n    endorsementCount\n    endorsedByViewer\n    topEndorsers {\n      id\n      displayName\n      title\n      avatarUrl\n      level\n    }\n    endorsements(first: 5) {\n      id\n      note\n      evidenceProjectId\n      createdAt\n      endorser {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n    viewer {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n    viewer {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMySkill($skillId: ID!) {\n    removeMySkill(skillId: $skillId)\n  }\n',
): (typeof documents)['\n  mutation RemoveMySkill($skillId: ID!) {\n    removeMySkill(skillId: $skillId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyFieldVisibility($field: ProfileField!, $visibility: FieldVisibility!) {\n    setMyFieldVisibility(field: $field, visibility: $visibility) {\n      id\n      myFieldVisibility {\n        field\n        visibility\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyFieldVisibility($field: ProfileField!, $visibility: FieldVisibility!) {\n    setMyFieldVisibility(field: $field, visibility: $visibility) {\n      id\n      myFieldVisibility {\n        field\n        visibility\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMySkillInterest($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {\n    setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) {\n      ...PersonSkillDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMySkillInterest($skillId: ID!, $interest: Int!, $wantsToGrow: Boolean!) {\n    setMySkillInterest(skillId: $skillId, interest: $interest, wantsToGrow: $wantsToGrow) {\n      ...PersonSkillDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      ...PersonSkillDetails\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      ...PersonSkillDetails\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SkillLevels {\n    skillLevels {\n      level\n      name\n      description\n    }\n    interestLevels {\n      interest\n      name\n      description\n    }\n  }\n',
): (typeof documents)['\n  query SkillLevels {\n    skillLevels {\n      level\n      name\n      description\n    }\n    interestLevels {\n      interest\n      name\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SkillSuggestions($search: String!, $first: Int!) {\n    skills(search: $search, first: $first) {\n      match\n      matchedAlias\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SkillSuggestions($search: String!, $first: Int!) {\n    skills(search: $search, first: $first) {\n      match\n      matchedAlias\n      skill {\n        id\n        name\n        category\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      headline\n      bio\n      location\n      timeZone\n      spokenLanguages {\n        language\n        proficiency\n      }\n      links {\n        label\n        url\n      }\n      hoursPerWeekAvailable\n      openToProjects\n      passions\n      askMeAbout\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      headline\n      bio\n      location\n      timeZone\n      spokenLanguages {\n        language\n        proficiency\n      }\n      links {\n        label\n        url\n      }\n      hoursPerWeekAvailable\n      openToProjects\n      passions\n      askMeAbout\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawEndorsement($personId: ID!, $skillId: ID!) {\n    withdrawEndorsement(personId: $personId, skillId: $skillId)\n  }\n',
): (typeof documents)['\n  mutation WithdrawEndorsement($personId: ID!, $skillId: ID!) {\n    withdrawEndorsement(personId: $personId, skillId: $skillId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApplicationsInbox {\n    applicationsInbox {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  query ApplicationsInbox {\n    applicationsInbox {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CandidatesForRole($roleId: ID!, $first: Int!) {\n    candidatesForRole(roleId: $roleId, first: $first) {\n      score\n      coverage\n      freeHours\n      hoursNeeded\n      activeProjects\n      person {\n        ...PersonSummary\n      }\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CandidatesForRole($roleId: ID!, $first: Int!) {\n    candidatesForRole(roleId: $roleId, first: $first) {\n      score\n      coverage\n      freeHours\n      hoursNeeded\n      activeProjects\n      person {\n        ...PersonSummary\n      }\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyConsentRequests {\n    myConsentRequests {\n      ...ApplicationFields\n    }\n  }\n',
): (typeof documents)['\n  query MyConsentRequests {\n    myConsentRequests {\n      ...ApplicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {\n    decideApplication(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n      declineReason\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {\n    decideApplication(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n      declineReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToRole($roleId: ID!, $personId: ID!, $message: String) {\n    inviteToRole(roleId: $roleId, personId: $personId, message: $message) {\n      id\n      status\n      personId\n      roleId\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToRole($roleId: ID!, $personId: ID!, $message: String) {\n    inviteToRole(roleId: $roleId, personId: $personId, message: $message) {\n      id\n      status\n      personId\n      roleId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToInvitation($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToInvitation(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToInvitation($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToInvitation(id: $id, accept: $accept, reason: $reason) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideManagerConsent($applicationId: ID!, $approve: Boolean!) {\n    decideManagerConsent(applicationId: $applicationId, approve: $approve) {\n      id\n      status\n      consentStatus\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideManagerConsent($applicationId: ID!, $approve: Boolean!) {\n    decideManagerConsent(applicationId: $applicationId, approve: $approve) {\n      id\n      status\n      consentStatus\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinRole($roleId: ID!) {\n    joinRole(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinRole($roleId: ID!) {\n    joinRole(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyToRole($roleId: ID!, $message: String) {\n    applyToRole(roleId: $roleId, message: $message) {\n      id\n      status\n      roleId\n      projectId\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyToRole($roleId: ID!, $message: String) {\n    applyToRole(roleId: $roleId, message: $message) {\n      id\n      status\n      roleId\n      projectId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveProject($projectId: ID!) {\n    leaveProject(projectId: $projectId)\n  }\n',
): (typeof documents)['\n  mutation LeaveProject($projectId: ID!) {\n    leaveProject(projectId: $projectId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinWaitlist($roleId: ID!) {\n    joinWaitlist(roleId: $roleId) {\n      id\n      status\n      position\n      roleId\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinWaitlist($roleId: ID!) {\n    joinWaitlist(roleId: $roleId) {\n      id\n      status\n      position\n      roleId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveWaitlist($roleId: ID!) {\n    leaveWaitlist(roleId: $roleId)\n  }\n',
): (typeof documents)['\n  mutation LeaveWaitlist($roleId: ID!) {\n    leaveWaitlist(roleId: $roleId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptWaitlistOffer($roleId: ID!) {\n    acceptWaitlistOffer(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptWaitlistOffer($roleId: ID!) {\n    acceptWaitlistOffer(roleId: $roleId) {\n      id\n      roleId\n      projectId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProjectMember($projectId: ID!, $personId: ID!, $reason: String!) {\n    removeProjectMember(projectId: $projectId, personId: $personId, reason: $reason)\n  }\n',
): (typeof documents)['\n  mutation RemoveProjectMember($projectId: ID!, $personId: ID!, $reason: String!) {\n    removeProjectMember(projectId: $projectId, personId: $personId, reason: $reason)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProjects {\n    myProjects {\n      owned {\n        ...ProjectCardFields\n      }\n      leading {\n        ...ProjectCardFields\n      }\n      member {\n        ...ProjectCardFields\n      }\n    }\n    myInvitations {\n      id\n      status\n      message\n      createdAt\n      projectId\n      invitedBy {\n        id\n        displayName\n      }\n      role {\n        id\n        title\n        seatsLeft\n      }\n      project {\n        id\n        title\n      }\n    }\n    myApplications {\n      ...ApplicationFields\n    }\n    myWaitlist {\n      id\n      status\n      position\n      offerExpiresAt\n      projectId\n      roleId\n      role {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyProjects {\n    myProjects {\n      owned {\n        ...ProjectCardFields\n      }\n      leading {\n        ...ProjectCardFields\n      }\n      member {\n        ...ProjectCardFields\n      }\n    }\n    myInvitations {\n      id\n      status\n      message\n      createdAt\n      projectId\n      invitedBy {\n        id\n        displayName\n      }\n      role {\n        id\n        title\n        seatsLeft\n      }\n      project {\n        id\n        title\n      }\n    }\n    myApplications {\n      ...ApplicationFields\n    }\n    myWaitlist {\n      id\n      status\n      position\n      offerExpiresAt\n      projectId\n      roleId\n      role {\n        id\n        title\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProject($projectId: ID!, $input: UpdateProjectInput!) {\n    updateProject(projectId: $projectId, input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProject($projectId: ID!, $input: UpdateProjectInput!) {\n    updateProject(projectId: $projectId, input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeProjectStatus($projectId: ID!, $status: ProjectStatus!) {\n    changeProjectStatus(projectId: $projectId, status: $status) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeProjectStatus($projectId: ID!, $status: ProjectStatus!) {\n    changeProjectStatus(projectId: $projectId, status: $status) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddProjectRole($projectId: ID!, $input: ProjectRoleInput!) {\n    addProjectRole(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddProjectRole($projectId: ID!, $input: ProjectRoleInput!) {\n    addProjectRole(projectId: $projectId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProjectRole($roleId: ID!, $input: UpdateProjectRoleInput!) {\n    updateProjectRole(roleId: $roleId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProjectRole($roleId: ID!, $input: UpdateProjectRoleInput!) {\n    updateProjectRole(roleId: $roleId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProjectRole($roleId: ID!) {\n    removeProjectRole(roleId: $roleId)\n  }\n',
): (typeof documents)['\n  mutation RemoveProjectRole($roleId: ID!) {\n    removeProjectRole(roleId: $roleId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProjectCardFields on Project {\n    id\n    title\n    summary\n    status\n    hoursPerWeek\n    startsOn\n    endsOn\n    location\n    remote\n    visibility\n    departmentName\n    pastEnd\n    viewerIsLead\n    owner {\n      id\n      displayName\n    }\n    roles {\n      id\n      title\n      seats\n      seatsLeft\n      joinPolicy\n    }\n  }\n\n  fragment RoleSkillFit on RequiredSkillFit {\n    skillId\n    skillName\n    minLevel\n    mustHave\n    level\n    meetsMinimum\n    interested\n    endorsementCount\n    evidenceCount\n  }\n\n  fragment ProjectRoleFields on ProjectRole {\n    id\n    projectId\n    title\n    description\n    seats\n    seatsLeft\n    seatsTaken\n    joinPolicy\n    managerConsent\n    consentDays\n    waitlistLength\n    joinRequiresSkills\n    viewerMissingSkills\n    skills {\n      minLevel\n      mustHave\n      skill {\n        id\n        name\n      }\n    }\n    members {\n      id\n      person {\n        ...PersonSummary\n      }\n    }\n  }\n\n  fragment ApplicationFields on ProjectApplication {\n    id\n    status\n    message\n    consentStatus\n    consentDueAt\n    createdAt\n    decidedAt\n    declineReason\n    projectId\n    roleId\n    applicant {\n      ...PersonSummary\n    }\n    role {\n      id\n      title\n      seatsLeft\n    }\n    project {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment ProjectCardFields on Project {\n    id\n    title\n    summary\n    status\n    hoursPerWeek\n    startsOn\n    endsOn\n    location\n    remote\n    visibility\n    departmentName\n    pastEnd\n    viewerIsLead\n    owner {\n      id\n      displayName\n    }\n    roles {\n      id\n      title\n      seats\n      seatsLeft\n      joinPolicy\n    }\n  }\n\n  fragment RoleSkillFit on RequiredSkillFit {\n    skillId\n    skillName\n    minLevel\n    mustHave\n    level\n    meetsMinimum\n    interested\n    endorsementCount\n    evidenceCount\n  }\n\n  fragment ProjectRoleFields on ProjectRole {\n    id\n    projectId\n    title\n    description\n    seats\n    seatsLeft\n    seatsTaken\n    joinPolicy\n    managerConsent\n    consentDays\n    waitlistLength\n    joinRequiresSkills\n    viewerMissingSkills\n    skills {\n      minLevel\n      mustHave\n      skill {\n        id\n        name\n      }\n    }\n    members {\n      id\n      person {\n        ...PersonSummary\n      }\n    }\n  }\n\n  fragment ApplicationFields on ProjectApplication {\n    id\n    status\n    message\n    consentStatus\n    consentDueAt\n    createdAt\n    decidedAt\n    declineReason\n    projectId\n    roleId\n    applicant {\n      ...PersonSummary\n    }\n    role {\n      id\n      title\n      seatsLeft\n    }\n    project {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddProjectLead($projectId: ID!, $personId: ID!) {\n    addProjectLead(projectId: $projectId, personId: $personId) {\n      id\n      leads {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddProjectLead($projectId: ID!, $personId: ID!) {\n    addProjectLead(projectId: $projectId, personId: $personId) {\n      id\n      leads {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProjectLead($projectId: ID!, $personId: ID!) {\n    removeProjectLead(projectId: $projectId, personId: $personId)\n  }\n',
): (typeof documents)['\n  mutation RemoveProjectLead($projectId: ID!, $personId: ID!) {\n    removeProjectLead(projectId: $projectId, personId: $personId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      goals\n      status\n      startsOn\n      endsOn\n      hoursPerWeek\n      location\n      remote\n      visibility\n      departmentName\n      createdAt\n      completedAt\n      viewerIsLead\n      viewerRoleId\n      pastEnd\n      owner {\n        ...PersonSummary\n      }\n      leads {\n        ...PersonSummary\n      }\n      roles {\n        ...ProjectRoleFields\n      }\n      teamCoverage {\n        coveredCount\n        gapCount\n        skills {\n          skillId\n          skillName\n          minLevel\n          mustHave\n          covered\n          coveredBy {\n            level\n            person {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n    }\n    myApplications {\n      id\n      status\n      roleId\n      projectId\n      declineReason\n    }\n    myWaitlist {\n      id\n      status\n      position\n      roleId\n      projectId\n      offerExpiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Project($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      goals\n      status\n      startsOn\n      endsOn\n      hoursPerWeek\n      location\n      remote\n      visibility\n      departmentName\n      createdAt\n      completedAt\n      viewerIsLead\n      viewerRoleId\n      pastEnd\n      owner {\n        ...PersonSummary\n      }\n      leads {\n        ...PersonSummary\n      }\n      roles {\n        ...ProjectRoleFields\n      }\n      teamCoverage {\n        coveredCount\n        gapCount\n        skills {\n          skillId\n          skillName\n          minLevel\n          mustHave\n          covered\n          coveredBy {\n            level\n            person {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    viewer {\n      id\n    }\n    myApplications {\n      id\n      status\n      roleId\n      projectId\n      declineReason\n    }\n    myWaitlist {\n      id\n      status\n      position\n      roleId\n      projectId\n      offerExpiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Projects($filter: ProjectsFilterInput, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Projects($filter: ProjectsFilterInput, $first: Int!, $after: String) {\n    projects(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendedRoles($first: Int!) {\n    recommendedRoles(first: $first) {\n      projectId\n      projectTitle\n      roleId\n      roleTitle\n      score\n      coverage\n      seatsLeft\n      hoursNeeded\n      freeHours\n      activeProjects\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecommendedRoles($first: Int!) {\n    recommendedRoles(first: $first) {\n      projectId\n      projectTitle\n      roleId\n      roleTitle\n      score\n      coverage\n      seatsLeft\n      hoursNeeded\n      freeHours\n      activeProjects\n      skills {\n        ...RoleSkillFit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      level\n      interest\n      skill {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMySkill($input: SetMySkillInput!) {\n    setMySkill(input: $input) {\n      level\n      interest\n      skill {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySkillsOnProfile {\n    viewer {\n      id\n      skills {\n        level\n        interest\n        skill {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySkillsOnProfile {\n    viewer {\n      id\n      skills {\n        level\n        interest\n        skill {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SkillHolders($id: ID!, $first: Int!, $after: String, $minLevel: Int!) {\n    skill(id: $id) {\n      id\n      holders(first: $first, after: $after, minLevel: $minLevel) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            level\n            endorsementCount\n            person {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SkillHolders($id: ID!, $first: Int!, $after: String, $minLevel: Int!) {\n    skill(id: $id) {\n      id\n      holders(first: $first, after: $after, minLevel: $minLevel) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            level\n            endorsementCount\n            person {\n              ...PersonSummary\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Skill($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      category\n      description\n      externalUri\n      source\n      status\n      aliases\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      mergedInto {\n        id\n        name\n      }\n      levelDistribution {\n        level\n        name\n        count\n      }\n      interestOnlyCount\n    }\n  }\n',
): (typeof documents)['\n  query Skill($id: ID!) {\n    skill(id: $id) {\n      id\n      name\n      category\n      description\n      externalUri\n      source\n      status\n      aliases\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      mergedInto {\n        id\n        name\n      }\n      levelDistribution {\n        level\n        name\n        count\n      }\n      interestOnlyCount\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

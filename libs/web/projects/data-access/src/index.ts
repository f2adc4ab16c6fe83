// One file per operation (or a few closely related ones): the typed document and the hook that runs it.
// project-fields.fragment.ts is read by codegen only: the client preset inlines its fragments.
export { PROJECTS_CONTEXT } from './projects-cache';
export { ProjectsQuery, useProjects, PROJECTS_PAGE_SIZE } from './projects.query';
export {
  RecommendedRolesQuery,
  useRecommendedRoles,
  RECOMMENDED_ROLES_SHOWN,
} from './recommended-roles.query';
export { ProjectQuery, useProject } from './project.query';
export { CandidatesForRoleQuery, useCandidatesForRole, CANDIDATES_SHOWN } from './candidates-for-role.query';
export { MyProjectsQuery, useMyProjects } from './my-projects.query';
export { ApplicationsInboxQuery, useApplicationsInbox } from './applications-inbox.query';
export { MyConsentRequestsQuery, useMyConsentRequests } from './consent-requests.query';
export {
  CreateProjectMutation,
  UpdateProjectMutation,
  ChangeProjectStatusMutation,
  AddProjectRoleMutation,
  UpdateProjectRoleMutation,
  RemoveProjectRoleMutation,
  useCreateProject,
  useUpdateProject,
  useChangeProjectStatus,
  useAddProjectRole,
  useUpdateProjectRole,
  useRemoveProjectRole,
} from './project-editing.mutations';
export {
  AddProjectLeadMutation,
  RemoveProjectLeadMutation,
  useAddProjectLead,
  useRemoveProjectLead,
} from './project-leads.mutations';
export {
  JoinRoleMutation,
  ApplyToRoleMutation,
  WithdrawApplicationMutation,
  LeaveProjectMutation,
  JoinWaitlistMutation,
  LeaveWaitlistMutation,
  AcceptWaitlistOfferMutation,
  RemoveProjectMemberMutation,
  useRemoveProjectMember,
  useJoinRole,
  useApplyToRole,
  useWithdrawApplication,
  useLeaveProject,
  useJoinWaitlist,
  useLeaveWaitlist,
  useAcceptWaitlistOffer,
} from './membership.mutations';
export {
  DecideApplicationMutation,
  DecideManagerConsentMutation,
  InviteToRoleMutation,
  RespondToInvitationMutation,
  useDecideApplication,
  useDecideManagerConsent,
  useInviteToRole,
  useRespondToInvitation,
} from './decisions.mutations';
export type {
  ProjectsFilterInput,
  ProjectsView,
  ProjectStatus,
  ProjectVisibility,
  JoinPolicy,
  ApplicationStatus,
  ConsentStatus,
  CreateProjectInput,
  UpdateProjectInput,
  ProjectRoleInput,
  RoleSkillInput,
  ProjectCardFieldsFragment as ProjectCard,
  ProjectRoleFieldsFragment as ProjectRoleView,
  RoleSkillFitFragment as RoleSkillFit,
  ApplicationFieldsFragment as ApplicationView,
  ProjectQuery as ProjectResult,
  RecommendedRolesQuery as RecommendedRolesResult,
  CandidatesForRoleQuery as CandidatesForRoleResult,
  MyProjectsQuery as MyProjectsResult,
  ApplicationsInboxQuery as ApplicationsInboxResult,
  MyConsentRequestsQuery as MyConsentRequestsResult,
  ProjectsQuery as ProjectsResult,
} from '@ensemble/web/graphql';

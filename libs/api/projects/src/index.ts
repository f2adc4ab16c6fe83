export { ProjectsModule } from './projects.module';
export {
  ProjectsService,
  type MemberRecord,
  type MyProjectsRecord,
  type ProjectChanges,
  type ProjectSpec,
  type ProjectsFilter,
  type RoleRecord,
  type RoleSkillRecord,
  type RoleSpec,
} from './services/projects.service';
export {
  MembershipService,
  type ApplicationRecord,
  type DeadlineReport,
  type InvitationRecord,
  type WaitlistRecord,
} from './services/membership.service';
export {
  TRANSITIONS,
  visibleSql,
  viewerRef,
  type ProjectRecord,
  type ProjectStatusName,
  type ViewerRef,
  type VisibilityName,
} from './services/project-rules';
export { ProjectsResolver } from './projects.resolver';
export { ProjectRolesResolver, ProjectMemberFieldsResolver } from './project-roles.resolver';
export {
  MembershipResolver,
  ApplicationFieldsResolver,
  InvitationFieldsResolver,
  WaitlistEntryFieldsResolver,
} from './membership.resolver';
export { ProjectEvidenceModule, ProjectMembershipEvidence } from './evidence/project-membership-evidence';
export {
  ProjectHistoryService,
  type CompletedProjectPart,
  type ProjectPartName,
} from './evidence/project-history.service';
export {
  Project,
  ProjectRole,
  ProjectRoleSkill,
  ProjectMember,
  ProjectApplication,
  ProjectInvitation,
  WaitlistEntry,
  MyProjects,
  ProjectStatus,
  ProjectVisibility,
  JoinPolicy,
  ApplicationStatus,
  ConsentStatus,
  InvitationStatus,
  WaitlistStatus,
} from './dto/project.types';
export * from './projects.errors';
export { ProjectMatchingResolver } from './matching/matching.resolver';
export { ProjectMatchingService } from './matching/matching.service';

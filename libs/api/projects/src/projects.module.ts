import { Module } from '@nestjs/common';
import { PeopleModule } from '@ensemble/api/people';
import { NotificationsModule } from '@ensemble/api/notifications';
import { PeopleIndexModule } from '@ensemble/api/people-index';
import { ProjectsService } from './services/projects.service';
import { MembershipService } from './services/membership.service';
import { ProjectsResolver } from './projects.resolver';
import { ProjectMemberFieldsResolver, ProjectRolesResolver } from './project-roles.resolver';
import {
  ApplicationFieldsResolver,
  InvitationFieldsResolver,
  MembershipResolver,
  WaitlistEntryFieldsResolver,
} from './membership.resolver';
import { ProjectEvidenceModule } from './evidence/project-membership-evidence';
import { ProjectHistoryService } from './evidence/project-history.service';
import { ProjectMatchingService } from './matching/matching.service';
import { ProjectMatchingResolver } from './matching/matching.resolver';

/**
 * Projects, roles with seats, applications, invitations, waitlists and the lifecycle. It also binds
 * ENDORSEMENT_EVIDENCE app-wide (ProjectEvidenceModule), so endorsements can name a shared project.
 */
@Module({
  imports: [PeopleModule, NotificationsModule, ProjectEvidenceModule, PeopleIndexModule],
  providers: [
    ProjectsService,
    MembershipService,
    ProjectsResolver,
    ProjectRolesResolver,
    ProjectMemberFieldsResolver,
    MembershipResolver,
    ApplicationFieldsResolver,
    InvitationFieldsResolver,
    WaitlistEntryFieldsResolver,
    ProjectMatchingService,
    ProjectMatchingResolver,
    ProjectHistoryService,
  ],
  exports: [ProjectsService, MembershipService, ProjectHistoryService],
})
export class ProjectsModule {}

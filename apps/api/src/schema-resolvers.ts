import { PeopleSearchResolver, SavedSearchesResolver } from '@ensemble/api/discovery';
import {
  ApplicationFieldsResolver,
  InvitationFieldsResolver,
  MembershipResolver,
  ProjectMemberFieldsResolver,
  ProjectRolesResolver,
  ProjectsResolver,
  WaitlistEntryFieldsResolver,
  ProjectMatchingResolver,
} from '@ensemble/api/projects';
import { NotificationsResolver } from '@ensemble/api/notifications';
import { DepartmentsResolver, OrgResolver, PeopleResolver, ProfileResolver } from '@ensemble/api/people';
import {
  MySkillsResolver,
  PersonSkillFieldsResolver,
  PersonSkillsResolver,
  SkillAdminResolver,
  SkillHolderFieldsResolver,
  SkillHoldersResolver,
  SkillsResolver,
} from '@ensemble/api/skills';

/**
 * Every resolver of the API, for emitting the SDL offline (tools/schema/emit.ts). The schema test
 * (schema.int-spec.ts) fails when this list and the running app disagree.
 */
export const API_RESOLVERS = [
  PeopleResolver,
  DepartmentsResolver,
  ProfileResolver,
  OrgResolver,
  SkillsResolver,
  SkillAdminResolver,
  PersonSkillsResolver,
  PersonSkillFieldsResolver,
  MySkillsResolver,
  SkillHoldersResolver,
  SkillHolderFieldsResolver,
  PeopleSearchResolver,
  SavedSearchesResolver,
  NotificationsResolver,
  ProjectsResolver,
  ProjectRolesResolver,
  ProjectMemberFieldsResolver,
  MembershipResolver,
  ApplicationFieldsResolver,
  InvitationFieldsResolver,
  WaitlistEntryFieldsResolver,
  ProjectMatchingResolver,
];

import { mapSkill } from '@ensemble/api/skills';
import type { ProjectRecord } from '../services/project-rules';
import type { MemberRecord, MyProjectsRecord, RoleRecord, RoleSkillRecord } from '../services/projects.service';
import type { ApplicationRecord, InvitationRecord, WaitlistRecord } from '../services/membership.service';
import {
  ApplicationStatus,
  ConsentStatus,
  InvitationStatus,
  JoinPolicy,
  ProjectStatus,
  ProjectVisibility,
  WaitlistStatus,
  type MyProjects,
  type Project,
  type ProjectApplication,
  type ProjectInvitation,
  type ProjectMember,
  type ProjectRole,
  type ProjectRoleSkill,
  type WaitlistEntry,
} from './project.types';

export function mapProject(record: ProjectRecord): Project {
  return {
    ...record,
    visibility: record.visibility as ProjectVisibility,
    status: record.status as ProjectStatus,
  };
}

export function mapMyProjects(record: MyProjectsRecord): MyProjects {
  return {
    owned: record.owned.map(mapProject),
    leading: record.leading.map(mapProject),
    member: record.member.map(mapProject),
    applied: record.applied.map(mapProject),
  };
}

export function mapRole(record: RoleRecord): ProjectRole {
  return {
    ...record,
    seatsLeft: Math.max(0, record.seats - record.seatsTaken),
    joinPolicy: record.joinPolicy as JoinPolicy,
  };
}

export function mapRoleSkill(record: RoleSkillRecord): ProjectRoleSkill {
  return { skill: mapSkill(record.skill), minLevel: record.minLevel, mustHave: record.mustHave };
}

export function mapMember(record: MemberRecord): ProjectMember {
  return { ...record };
}

export function mapApplication(record: ApplicationRecord): ProjectApplication {
  return {
    ...record,
    status: record.status as ApplicationStatus,
    consentStatus: record.consentStatus as ConsentStatus,
  };
}

export function mapInvitation(record: InvitationRecord): ProjectInvitation {
  return { ...record, status: record.status as InvitationStatus };
}

export function mapWaitlistEntry(record: WaitlistRecord): WaitlistEntry {
  return { ...record, status: record.status as WaitlistStatus };
}

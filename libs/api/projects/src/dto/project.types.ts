import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ensemble/api/core';
import { Skill } from '@ensemble/api/skills';

export enum ProjectStatus {
  PROPOSED = 'proposed',
  FORMING = 'forming',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Lifecycle: proposed → forming → active → completed, or cancelled before completion.',
});

export enum ProjectVisibility {
  COMPANY = 'company',
  DEPARTMENT = 'department',
  INVITE_ONLY = 'invite_only',
}
registerEnumType(ProjectVisibility, {
  name: 'ProjectVisibility',
  description:
    'Who sees a project besides its owner, co-leads, members and invited people: everyone, the owner’s department (and HR), or nobody else.',
});

export enum JoinPolicy {
  OPEN = 'open',
  APPLICATION = 'application',
}
registerEnumType(JoinPolicy, {
  name: 'JoinPolicy',
  description:
    'Open: anyone who sees the project joins at once. Application: a project lead accepts or declines.',
});

export enum ApplicationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
  CLOSED = 'closed',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Closed: the project completed or was cancelled while the application was pending.',
});

export enum ConsentStatus {
  NOT_REQUIRED = 'not_required',
  PENDING = 'pending',
  APPROVED = 'approved',
  REFUSED = 'refused',
  LAPSED = 'lapsed',
}
registerEnumType(ConsentStatus, {
  name: 'ConsentStatus',
  description:
    'The applicant’s manager’s consent. Lapsed: the manager did not answer in time, which counts as yes.',
});

export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  CLOSED = 'closed',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

export enum WaitlistStatus {
  WAITING = 'waiting',
  OFFERED = 'offered',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  EXPIRED = 'expired',
  LEFT = 'left',
  CLOSED = 'closed',
}
registerEnumType(WaitlistStatus, {
  name: 'WaitlistStatus',
  description: 'Offered: a seat is held for this person until offerExpiresAt.',
});

export enum ProjectsView {
  JOINABLE = 'joinable',
  ENDED = 'ended',
  ALL = 'all',
}
registerEnumType(ProjectsView, {
  name: 'ProjectsView',
  description:
    'Joinable: proposed, forming or active and not past its end date (full roles still have a waitlist). Ended: completed, cancelled, or past its end date. All: every project.',
});

@ObjectType({ description: 'A project people assemble a team around.' })
export class Project {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Markdown as written by the project’s leads; render it sanitised.' })
  description!: string;
  @Field(() => [String]) goals!: string[];
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) startsOn!: string;
  @Field({ description: 'ISO date (YYYY-MM-DD), on or after startsOn.' }) endsOn!: string;
  @Field(() => Int, { description: 'Hours a week each member is expected to give, 1 to 40.' })
  hoursPerWeek!: number;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field() remote!: boolean;
  @Field(() => ProjectVisibility) visibility!: ProjectVisibility;
  @Field(() => ID, { nullable: true, description: 'The owner’s department (who sees a department project).' })
  departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => ProjectStatus) status!: ProjectStatus;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field({ description: 'Whether I am the owner or a co-lead (and so may change the project and decide).' })
  viewerIsLead!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The role I hold in this project, if I am an active member.',
  })
  viewerRoleId!: string | null;
  @Field({
    description:
      'Still proposed, forming or active after its end date: not offered to others; its leads are asked to complete it or extend endsOn.',
  })
  pastEnd!: boolean;
  /** Resolved by field resolvers. */
  ownerId!: string;
}

export const ProjectConnection = ConnectionType(Project, 'Project');

@ObjectType({ description: 'A skill a role requires, at a minimum level.' })
export class ProjectRoleSkill {
  @Field(() => Skill) skill!: Skill;
  @Field(() => Int, { description: '1 to 5.' }) minLevel!: number;
  @Field({ description: 'True: must-have; false: nice-to-have.' }) mustHave!: boolean;
}

@ObjectType({ description: 'A role in a project, with a number of seats.' })
export class ProjectRole {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int, { description: '1 to 50.' }) seats!: number;
  @Field(() => Int, { description: 'Seats held by members or by a waitlist offer.' }) seatsTaken!: number;
  @Field(() => Int) seatsLeft!: number;
  @Field(() => JoinPolicy) joinPolicy!: JoinPolicy;
  @Field({ description: 'Whether an applicant’s manager is asked to consent.' }) managerConsent!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Days the manager has to answer; silence after that counts as yes.',
  })
  consentDays!: number | null;
  @Field(() => Int, { description: 'People waiting for a seat.' }) waitlistLength!: number;
  @Field({
    description:
      'Open roles only: joining at once needs every must-have skill at its minimum level; others may apply instead. False by default.',
  })
  joinRequiresSkills!: boolean;
}

@ObjectType({ description: 'A person holding a role in a project.' })
export class ProjectMember {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID) personId!: string;
  @Field() joinedAt!: Date;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
}

@ObjectType({ description: 'A request to join a role filled by application.' })
export class ProjectApplication {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Plain text, shown as written.' }) message!:
    string | null;
  @Field(() => ApplicationStatus) status!: ApplicationStatus;
  @Field(() => ConsentStatus) consentStatus!: ConsentStatus;
  @Field(() => Date, { nullable: true, description: 'When the manager’s silence starts to count as yes.' })
  consentDueAt!: Date | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({ description: 'An invitation by a project lead to take a role.' })
export class ProjectInvitation {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ID, { nullable: true }) invitedById!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({ description: 'A place in the queue for a full role.' })
export class WaitlistEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => WaitlistStatus) status!: WaitlistStatus;
  @Field(() => Int, { nullable: true, description: '1 for the next in line, while waiting.' }) position!:
    number | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) offerExpiresAt!: Date | null;
}

@ObjectType({ description: 'The projects I am involved in, newest first in each list.' })
export class MyProjects {
  @Field(() => [Project]) owned!: Project[];
  @Field(() => [Project], { description: 'Projects I co-lead.' }) leading!: Project[];
  @Field(() => [Project], { description: 'Projects where I hold a role.' }) member!: Project[];
  @Field(() => [Project], { description: 'Projects with a pending application of mine.' })
  applied!: Project[];
}

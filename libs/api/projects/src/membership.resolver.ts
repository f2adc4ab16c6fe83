import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentUser,
  signedIn,
  type GraphQLRequestContext,
  type NoArgs,
  type Principal,
} from '@ensemble/api/core';
import { PeopleService, Person, mapPerson } from '@ensemble/api/people';
import {
  Project,
  ProjectApplication,
  ProjectInvitation,
  ProjectMember,
  ProjectRole,
  WaitlistEntry,
} from './dto/project.types';
import {
  ApplyToRoleArgs,
  DecideArgs,
  DecideConsentArgs,
  IdArgs,
  InviteArgs,
  ProjectIdArgs,
  RemoveMemberArgs,
  RoleIdArgs,
} from './dto/project.inputs';
import { mapApplication, mapInvitation, mapMember, mapProject, mapRole, mapWaitlistEntry } from './dto/map';
import { MembershipService } from './services/membership.service';
import { ProjectsService } from './services/projects.service';
import { viewerRef } from './services/project-rules';
import { projectsLoaders } from './projects.loaders';

/** Joining projects: join, apply, decide, consent, leave, invitations and the waitlist. */
@Resolver()
@Authenticated()
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

  @Mutation(() => ProjectMember, {
    description:
      'Joins an open role at once; joining again returns the same membership. ROLE_FULL (then joinWaitlist), APPLICATION_REQUIRED, MUST_HAVE_SKILLS_MISSING (then applyToRole), OWN_PROJECT, ALREADY_MEMBER, PROJECT_CLOSED.',
  })
  async joinRole(
    @CurrentUser() principal: Principal,
    @Args() { roleId }: RoleIdArgs,
  ): Promise<ProjectMember> {
    return mapMember(await this.service.join(viewerRef(principal), roleId));
  }

  @Mutation(() => ProjectApplication, {
    description:
      'Applies to a role filled by application, or to an open role whose must-have skills I lack when it asks for them; applying again returns the pending application. ROLE_IS_OPEN, OWN_PROJECT, APPLICATION_PENDING, ALREADY_MEMBER, PROJECT_CLOSED.',
  })
  async applyToRole(
    @CurrentUser() principal: Principal,
    @Args() { roleId, message }: ApplyToRoleArgs,
  ): Promise<ProjectApplication> {
    return mapApplication(await this.service.apply(viewerRef(principal), roleId, message ?? null));
  }

  @Mutation(() => ProjectApplication, {
    description: 'Withdraws my pending application. APPLICATION_ALREADY_DECIDED.',
  })
  async withdrawApplication(
    @CurrentUser() principal: Principal,
    @Args() { id }: IdArgs,
  ): Promise<ProjectApplication> {
    return mapApplication(await this.service.withdraw(viewerRef(principal), id));
  }

  @Mutation(() => ProjectApplication, {
    description:
      'Accepts (taking a seat) or declines (with a reason) a pending application, as owner or co-lead. NOT_PROJECT_LEAD, APPLICATION_ALREADY_DECIDED, CONSENT_PENDING, ROLE_FULL, PROJECT_CLOSED.',
  })
  async decideApplication(
    @CurrentUser() principal: Principal,
    @Args() { id, accept, reason }: DecideArgs,
  ): Promise<ProjectApplication> {
    return mapApplication(await this.service.decide(viewerRef(principal), id, accept, reason ?? null));
  }

  @Mutation(() => ProjectApplication, {
    description:
      'As the applicant’s manager, consents to or refuses an application (a refusal declines it). NOT_APPLICANTS_MANAGER, CONSENT_NOT_PENDING.',
  })
  async decideManagerConsent(
    @CurrentUser() principal: Principal,
    @Args() { applicationId, approve }: DecideConsentArgs,
  ): Promise<ProjectApplication> {
    return mapApplication(await this.service.decideConsent(viewerRef(principal), applicationId, approve));
  }

  @Mutation(() => Boolean, {
    description:
      'Leaves the project; the seat is offered to the next person on the waitlist. NOT_MEMBER, PROJECT_CLOSED.',
  })
  leaveProject(@CurrentUser() principal: Principal, @Args() { projectId }: ProjectIdArgs): Promise<boolean> {
    return this.service.leave(viewerRef(principal), projectId);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a member from the team (owner and co-leads), saying why: the member is notified, the removal audited, and the seat offered to the next person on the waitlist. NOT_PROJECT_LEAD, NOT_MEMBER (already gone), CANNOT_REMOVE_SELF, BAD_USER_INPUT (reason), PROJECT_CLOSED.',
  })
  removeProjectMember(
    @CurrentUser() principal: Principal,
    @Args() { projectId, personId, reason }: RemoveMemberArgs,
  ): Promise<boolean> {
    return this.service.removeMember(viewerRef(principal), projectId, personId, reason);
  }

  @Mutation(() => ProjectInvitation, {
    description:
      'Invites a colleague to a role (owner and co-leads); inviting again returns the pending invitation.',
  })
  async inviteToRole(
    @CurrentUser() principal: Principal,
    @Args() { roleId, personId, message }: InviteArgs,
  ): Promise<ProjectInvitation> {
    return mapInvitation(await this.service.invite(viewerRef(principal), roleId, personId, message ?? null));
  }

  @Mutation(() => ProjectInvitation, {
    description:
      'Accepts (taking a seat) or declines an invitation addressed to me. INVITATION_ALREADY_ANSWERED, ROLE_FULL.',
  })
  async respondToInvitation(
    @CurrentUser() principal: Principal,
    @Args() { id, accept, reason }: DecideArgs,
  ): Promise<ProjectInvitation> {
    return mapInvitation(
      await this.service.respondToInvitation(viewerRef(principal), id, accept, reason ?? null),
    );
  }

  @Mutation(() => WaitlistEntry, {
    description:
      'Queues for a full open role; queuing again returns my place. ROLE_NOT_FULL, WAITLIST_NOT_AVAILABLE, OWN_PROJECT, MUST_HAVE_SKILLS_MISSING.',
  })
  async joinWaitlist(
    @CurrentUser() principal: Principal,
    @Args() { roleId }: RoleIdArgs,
  ): Promise<WaitlistEntry> {
    return mapWaitlistEntry(await this.service.joinWaitlist(viewerRef(principal), roleId));
  }

  @Mutation(() => Boolean, {
    description: 'Leaves a waitlist, declining a seat held for me; false when I was not on it.',
  })
  leaveWaitlist(@CurrentUser() principal: Principal, @Args() { roleId }: RoleIdArgs): Promise<boolean> {
    return this.service.leaveWaitlist(viewerRef(principal), roleId);
  }

  @Mutation(() => ProjectMember, {
    description: 'Takes the seat offered to me from the waitlist. NO_WAITLIST_OFFER.',
  })
  async acceptWaitlistOffer(
    @CurrentUser() principal: Principal,
    @Args() { roleId }: RoleIdArgs,
  ): Promise<ProjectMember> {
    return mapMember(await this.service.acceptWaitlistOffer(viewerRef(principal), roleId));
  }

  @Query(() => [ProjectApplication], {
    description: 'Pending applications to projects I own or co-lead, oldest first.',
  })
  async applicationsInbox(@CurrentUser() principal: Principal): Promise<ProjectApplication[]> {
    return (await this.service.inbox(viewerRef(principal))).map(mapApplication);
  }

  @Query(() => [ProjectApplication], { description: 'My applications, newest first.' })
  async myApplications(@CurrentUser() principal: Principal): Promise<ProjectApplication[]> {
    return (await this.service.myApplications(viewerRef(principal))).map(mapApplication);
  }

  @Query(() => [ProjectApplication], { description: 'My reports’ applications waiting for my consent.' })
  async myConsentRequests(@CurrentUser() principal: Principal): Promise<ProjectApplication[]> {
    return (await this.service.consentRequests(viewerRef(principal))).map(mapApplication);
  }

  @Query(() => [ProjectInvitation], { description: 'Invitations waiting for my answer, newest first.' })
  async myInvitations(@CurrentUser() principal: Principal): Promise<ProjectInvitation[]> {
    return (await this.service.myInvitations(viewerRef(principal))).map(mapInvitation);
  }

  @Query(() => [WaitlistEntry], { description: 'My places in waitlists, and seats offered to me.' })
  async myWaitlist(@CurrentUser() principal: Principal): Promise<WaitlistEntry[]> {
    return (await this.service.myWaitlist(viewerRef(principal))).map(mapWaitlistEntry);
  }
}

/** The project, role and people an application, invitation or waitlist place refers to (DataLoader-backed). */
abstract class RequestFields {
  constructor(
    protected readonly projects: ProjectsService,
    protected readonly people: PeopleService,
  ) {}

  protected loaders(context: GraphQLRequestContext) {
    return projectsLoaders(context.loaders, this.projects, this.people);
  }

  protected async loadProject(
    principal: Principal,
    projectId: string,
    context: GraphQLRequestContext,
  ): Promise<Project | null> {
    const project = await this.loaders(context).projectById(viewerRef(principal)).load(projectId);
    return project ? mapProject(project) : null;
  }

  protected async loadRole(roleId: string, context: GraphQLRequestContext): Promise<ProjectRole> {
    const role = await this.loaders(context).roleById().load(roleId);
    if (!role) throw new Error(`Role ${roleId} was not found`);
    return mapRole(role);
  }

  protected async loadPerson(personId: string, context: GraphQLRequestContext): Promise<Person> {
    const person = await this.loaders(context).personById().load(personId);
    if (!person) throw new Error(`Person ${personId} was not found`);
    return mapPerson(person);
  }
}

@Resolver(() => ProjectApplication)
@Authenticated()
export class ApplicationFieldsResolver extends RequestFields {
  constructor(projects: ProjectsService, people: PeopleService) {
    super(projects, people);
  }

  @ResolveField(() => Person)
  applicant(application: ProjectApplication, _args: NoArgs, context: GraphQLRequestContext): Promise<Person> {
    return this.loadPerson(application.personId, context);
  }

  @ResolveField(() => Project, { nullable: true, description: 'Null when I may not see the project.' })
  project(
    application: ProjectApplication,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Project | null> {
    const principal = signedIn(context);
    return this.loadProject(principal, application.projectId, context);
  }

  @ResolveField(() => ProjectRole)
  role(application: ProjectApplication, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectRole> {
    return this.loadRole(application.roleId, context);
  }
}

@Resolver(() => ProjectInvitation)
@Authenticated()
export class InvitationFieldsResolver extends RequestFields {
  constructor(projects: ProjectsService, people: PeopleService) {
    super(projects, people);
  }

  @ResolveField(() => Person)
  person(invitation: ProjectInvitation, _args: NoArgs, context: GraphQLRequestContext): Promise<Person> {
    return this.loadPerson(invitation.personId, context);
  }

  @ResolveField(() => Person, { nullable: true })
  async invitedBy(
    invitation: ProjectInvitation,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Person | null> {
    return invitation.invitedById ? this.loadPerson(invitation.invitedById, context) : null;
  }

  @ResolveField(() => Project, { nullable: true, description: 'Null when I may not see the project.' })
  project(
    invitation: ProjectInvitation,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Project | null> {
    const principal = signedIn(context);
    return this.loadProject(principal, invitation.projectId, context);
  }

  @ResolveField(() => ProjectRole)
  role(invitation: ProjectInvitation, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectRole> {
    return this.loadRole(invitation.roleId, context);
  }
}

@Resolver(() => WaitlistEntry)
@Authenticated()
export class WaitlistEntryFieldsResolver extends RequestFields {
  constructor(projects: ProjectsService, people: PeopleService) {
    super(projects, people);
  }

  @ResolveField(() => Project, { nullable: true, description: 'Null when I may not see the project.' })
  project(entry: WaitlistEntry, _args: NoArgs, context: GraphQLRequestContext): Promise<Project | null> {
    const principal = signedIn(context);
    return this.loadProject(principal, entry.projectId, context);
  }

  @ResolveField(() => ProjectRole)
  role(entry: WaitlistEntry, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectRole> {
    return this.loadRole(entry.roleId, context);
  }
}

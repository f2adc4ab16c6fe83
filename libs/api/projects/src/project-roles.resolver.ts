import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  Authenticated,
  CurrentUser,
  groupByKeys,
  signedIn,
  type GraphQLRequestContext,
  type NoArgs,
  type Principal,
} from '@ensemble/api/core';
import { PeopleService, Person, mapPerson } from '@ensemble/api/people';
import { ProjectMember, ProjectRole, ProjectRoleSkill } from './dto/project.types';
import { AddProjectRoleArgs, RoleIdArgs, UpdateProjectRoleArgs } from './dto/project.inputs';
import { mapMember, mapRole, mapRoleSkill } from './dto/map';
import { ProjectsService } from './services/projects.service';
import { missingMustHaves, viewerRef } from './services/project-rules';
import { projectsLoaders } from './projects.loaders';

@Resolver(() => ProjectRole)
@Authenticated()
export class ProjectRolesResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly people: PeopleService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => ProjectRole, {
    description:
      'Adds a role (owner and co-leads). BAD_USER_INPUT (seats outside 1–50, minLevel outside 1–5, consent on an open role), SKILL_NOT_FOUND, NOT_PROJECT_LEAD, PROJECT_CLOSED.',
  })
  async addProjectRole(
    @CurrentUser() principal: Principal,
    @Args() { projectId, input }: AddProjectRoleArgs,
  ): Promise<ProjectRole> {
    return mapRole(await this.service.addRole(viewerRef(principal), projectId, input));
  }

  @Mutation(() => ProjectRole, {
    description:
      'Changes a role; skills, when given, replace the required skills. SEATS_BELOW_TAKEN when seats < seatsTaken.',
  })
  async updateProjectRole(
    @CurrentUser() principal: Principal,
    @Args() { roleId, input }: UpdateProjectRoleArgs,
  ): Promise<ProjectRole> {
    return mapRole(await this.service.updateRole(viewerRef(principal), roleId, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a role nobody has held. ROLE_HAS_MEMBERS otherwise.' })
  removeProjectRole(@CurrentUser() principal: Principal, @Args() { roleId }: RoleIdArgs): Promise<boolean> {
    return this.service.removeRole(viewerRef(principal), roleId);
  }

  @ResolveField(() => [ProjectRoleSkill], { description: 'Required skills: must-haves first, then by name.' })
  async skills(
    role: ProjectRole,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<ProjectRoleSkill[]> {
    return (await this.loaders(context).skillsByRoleId().load(role.id)).map(mapRoleSkill);
  }

  @ResolveField(() => [ProjectMember], { description: 'Active members in this role.' })
  async members(role: ProjectRole, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectMember[]> {
    const members = await this.loaders(context).membersByProjectId().load(role.projectId);
    return members.filter((member) => member.roleId === role.id).map(mapMember);
  }

  @ResolveField(() => [String], {
    description:
      'The must-have skills I do not hold at their minimum level, by name (what joining would ask of me; empty when I meet them all).',
  })
  async viewerMissingSkills(
    role: ProjectRole,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<string[]> {
    const principal = signedIn(context);
    const missing = await context.loaders
      .get('projects.viewerMissingSkills', async (roleIds: readonly string[]) =>
        groupByKeys(
          roleIds,
          await missingMustHaves(this.dataSource, principal.personId, roleIds),
          (row) => row.roleId,
        ),
      )
      .load(role.id);
    return missing.map((row) => row.name);
  }

  private loaders(context: GraphQLRequestContext) {
    return projectsLoaders(context.loaders, this.service, this.people);
  }
}

@Resolver(() => ProjectMember)
@Authenticated()
export class ProjectMemberFieldsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => Person)
  async person(member: ProjectMember, _args: NoArgs, context: GraphQLRequestContext): Promise<Person> {
    const person = await projectsLoaders(context.loaders, this.service, this.people)
      .personById()
      .load(member.personId);
    if (!person) throw new Error(`Member ${member.id} has no person`);
    return mapPerson(person);
  }

  @ResolveField(() => ProjectRole)
  async role(member: ProjectMember, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectRole> {
    // Through the project's roles (one statement for the page, shared with Project.roles), not by id:
    // a member's role then costs no statement of its own, however the loads interleave.
    const roles = await projectsLoaders(context.loaders, this.service, this.people)
      .rolesByProjectId()
      .load(member.projectId);
    const role = roles.find((candidate) => candidate.id === member.roleId);
    if (!role) throw new Error(`Member ${member.id} has no role`);
    return mapRole(role);
  }
}

import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentUser,
  type GraphQLRequestContext,
  type NoArgs,
  type Principal,
} from '@ensemble/api/core';
import { PeopleService, Person, mapPerson } from '@ensemble/api/people';
import {
  MyProjects,
  Project,
  ProjectConnection,
  ProjectMember,
  ProjectRole,
  type ProjectStatus,
} from './dto/project.types';
import {
  ChangeProjectStatusArgs,
  CreateProjectInput,
  IdArgs,
  ProjectPersonArgs,
  ProjectsArgs,
  UpdateProjectArgs,
} from './dto/project.inputs';
import { mapMember, mapMyProjects, mapProject, mapRole } from './dto/map';
import { ProjectsService, type ProjectsFilter } from './services/projects.service';
import { viewerRef, type ProjectStatusName } from './services/project-rules';
import { projectsLoaders } from './projects.loaders';

@Resolver(() => Project)
@Authenticated()
export class ProjectsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => Project, { description: 'A project I may see. PROJECT_NOT_FOUND otherwise.' })
  async project(@CurrentUser() principal: Principal, @Args() { id }: IdArgs): Promise<Project> {
    return mapProject(await this.service.get(viewerRef(principal), id));
  }

  @Query(() => ProjectConnection, { description: 'Projects I may see, newest first, filtered.' })
  async projects(@CurrentUser() principal: Principal, @Args() { filter, first, after }: ProjectsArgs) {
    const page = await this.service.list(
      viewerRef(principal),
      {
        ...filter,
        statuses: filter?.statuses as ProjectStatusName[] | null | undefined,
        view: filter?.view as ProjectsFilter['view'],
      },
      first,
      after,
    );
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: mapProject(edge.node) })),
    };
  }

  @Query(() => MyProjects, { description: 'Projects I own, co-lead, hold a role in, or applied to.' })
  async myProjects(@CurrentUser() principal: Principal): Promise<MyProjects> {
    return mapMyProjects(await this.service.mine(viewerRef(principal)));
  }

  @Mutation(() => Project, {
    description:
      'Proposes a project (status PROPOSED) with its roles; I own it. BAD_USER_INPUT (e.g. endsOn before startsOn, seats outside 1–50, minLevel outside 1–5), SKILL_NOT_FOUND, SKILL_RETIRED.',
  })
  async createProject(
    @CurrentUser() principal: Principal,
    @Args('input') input: CreateProjectInput,
  ): Promise<Project> {
    return mapProject(await this.service.create(viewerRef(principal), input));
  }

  @Mutation(() => Project, {
    description: 'Changes a project (owner and co-leads). NOT_PROJECT_LEAD, PROJECT_CLOSED.',
  })
  async updateProject(
    @CurrentUser() principal: Principal,
    @Args() { projectId, input }: UpdateProjectArgs,
  ): Promise<Project> {
    return mapProject(await this.service.update(viewerRef(principal), projectId, input));
  }

  @Mutation(() => Project, { description: 'Makes a colleague a co-lead (owner and co-leads).' })
  async addProjectLead(
    @CurrentUser() principal: Principal,
    @Args() { projectId, personId }: ProjectPersonArgs,
  ): Promise<Project> {
    return mapProject(await this.service.addLead(viewerRef(principal), projectId, personId));
  }

  @Mutation(() => Boolean, {
    description: 'Removes a co-lead (owner and co-leads); false when they were not one.',
  })
  removeProjectLead(
    @CurrentUser() principal: Principal,
    @Args() { projectId, personId }: ProjectPersonArgs,
  ): Promise<boolean> {
    return this.service.removeLead(viewerRef(principal), projectId, personId);
  }

  @Mutation(() => Project, {
    description:
      'Moves the project along its lifecycle: PROPOSED → FORMING → ACTIVE → COMPLETED, or CANCELLED before completion (owner and co-leads). Completing records the project as evidence of its members’ role skills and asks them to endorse each other. INVALID_STATUS_TRANSITION, NOT_PROJECT_LEAD.',
  })
  async changeProjectStatus(
    @CurrentUser() principal: Principal,
    @Args() { projectId, status }: ChangeProjectStatusArgs,
  ): Promise<Project> {
    return mapProject(
      await this.service.changeStatus(
        viewerRef(principal),
        projectId,
        status as ProjectStatus & ProjectStatusName,
      ),
    );
  }

  @ResolveField(() => Person)
  async owner(project: Project, _args: NoArgs, context: GraphQLRequestContext): Promise<Person> {
    const person = await this.loaders(context).personById().load(project.ownerId);
    if (!person) throw new Error(`The owner of project ${project.id} was not found`);
    return mapPerson(person);
  }

  @ResolveField(() => [Person], { description: 'Co-leads, in the order they were added.' })
  async leads(project: Project, _args: NoArgs, context: GraphQLRequestContext): Promise<Person[]> {
    return (await this.loaders(context).leadsByProjectId().load(project.id)).map(mapPerson);
  }

  @ResolveField(() => [ProjectRole], { description: 'Roles, in the order they were added.' })
  async roles(project: Project, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectRole[]> {
    return (await this.loaders(context).rolesByProjectId().load(project.id)).map(mapRole);
  }

  @ResolveField(() => [ProjectMember], { description: 'Active members, in the order they joined.' })
  async members(project: Project, _args: NoArgs, context: GraphQLRequestContext): Promise<ProjectMember[]> {
    return (await this.loaders(context).membersByProjectId().load(project.id)).map(mapMember);
  }

  private loaders(context: GraphQLRequestContext) {
    return projectsLoaders(context.loaders, this.service, this.people);
  }
}

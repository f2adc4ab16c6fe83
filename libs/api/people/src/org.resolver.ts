import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, ConnectionArgs, type GraphQLRequestContext, type NoArgs } from '@ensemble/api/core';
import { Department, Person, PersonConnection, mapDepartment, mapPerson } from './dto/person.type';
import { DepartmentArgs, OrgChart, OrgChartArgs } from './dto/org.type';
import { OrgService } from './services/org.service';
import { PeopleService } from './services/people.service';
import { peopleLoaders } from './people.loaders';
import { viewerOf } from './profile/profile-visibility.service';

/** Department pages and the interactive org chart. */
@Resolver(() => Department)
@Authenticated()
export class OrgResolver {
  constructor(
    private readonly org: OrgService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => Department, { description: 'One department; NOT_FOUND when there is none.' })
  async department(@Args() { id }: DepartmentArgs): Promise<Department> {
    return mapDepartment(await this.org.getDepartment(id));
  }

  @Query(() => OrgChart, {
    description:
      'A subtree of the organisation for a lazily expanding org chart: call again with rootId set to a node to expand it.',
  })
  async orgChart(@Args() args: OrgChartArgs): Promise<OrgChart> {
    const { entries, truncated } = await this.org.orgChart(args.rootId, args.depth);
    return {
      truncated,
      nodes: entries.map(({ person, reportCount, depth }) => ({
        person: mapPerson(person),
        reportCount,
        depth,
        managerId: person.managerId,
      })),
    };
  }

  @ResolveField(() => PersonConnection, { description: 'Active members, in name order.' })
  async members(
    @Parent() department: Department,
    @Args() args: ConnectionArgs,
    @Context() context: GraphQLRequestContext,
  ) {
    // A connection per department: meant for one department page, not for a list of departments.
    const page = await this.people.directory({
      first: args.first,
      after: args.after,
      departmentId: department.id,
      viewer: viewerOf(context),
    });
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: mapPerson(edge.node) })),
    };
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The member whose manager is outside the department and who has the most reports.',
  })
  async head(
    department: Department,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Person | null> {
    const loaders = peopleLoaders(context.loaders, this.people);
    const headId = await loaders.headIdByDepartmentId(this.org).load(department.id);
    if (!headId) return null;
    const head = await loaders.personById().load(headId);
    return head ? mapPerson(head) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  async parent(
    department: Department,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Department | null> {
    if (!department.parentId) return null;
    const parent = await peopleLoaders(context.loaders, this.people)
      .departmentById()
      .load(department.parentId);
    return parent ? mapDepartment(parent) : null;
  }

  @ResolveField(() => [Department], { description: 'Sub-departments, in name order.' })
  async children(
    department: Department,
    _args: NoArgs,
    context: GraphQLRequestContext,
  ): Promise<Department[]> {
    const children = await peopleLoaders(context.loaders, this.people)
      .childrenByDepartmentId(this.org)
      .load(department.id);
    return children.map(mapDepartment);
  }
}

import { Args, Context, Info, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Authenticated, CurrentUser, whenReady, type GraphQLRequestContext, type MaybePromise, type NoArgs, type Principal } from '@ensemble/api/core';
import { Department, Person, PersonConnection, mapDepartment, mapPerson } from './dto/person.type';
import { PeopleArgs, PersonArgs } from './dto/people.args';
import { PeopleService } from './services/people.service';
import { peopleLoaders } from './people.loaders';
import { selectedFieldNames } from './selection';
import { ProfilePrefetchRegistry } from './profile/profile-prefetch';

@Resolver(() => Person)
@Authenticated()
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly prefetch: ProfilePrefetchRegistry,
  ) {}

  @Query(() => Person, { description: 'The signed-in person.' })
  async viewer(
    @CurrentUser() principal: Principal,
    @Context() context: GraphQLRequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    return this.profileOwner(principal.personId, principal, context, info);
  }

  @Query(() => Person, { description: 'One person by id; NOT_FOUND when there is no such person.' })
  async person(
    @Args() { id }: PersonArgs,
    @CurrentUser() principal: Principal,
    @Context() context: GraphQLRequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    return this.profileOwner(id, principal, context, info);
  }

  /**
   * A profile page's owner in one statement, with what the selected fields below will need; the other
   * statements the page needs (reports, other domains' fields) start at the same time.
   */
  private async profileOwner(
    id: string,
    principal: Principal,
    context: GraphQLRequestContext,
    info: GraphQLResolveInfo,
  ): Promise<Person> {
    const selected = selectedFieldNames(info);
    const owner = peopleLoaders(context.loaders, this.service).profileOwner(
      id,
      { personId: principal.personId, roles: principal.roles },
      selected,
    );
    this.prefetch.prefetch(context, id, selected);
    return mapPerson(await owner);
  }

  @Query(() => PersonConnection, { description: 'The people directory, in name order.' })
  async people(@CurrentUser() principal: Principal, @Args() args: PeopleArgs) {
    const page = await this.service.directory({
      viewer: { personId: principal.personId, roles: principal.roles },
      location: args.filter?.location,
      first: args.first,
      after: args.after,
      name: args.filter?.name,
      departmentId: args.filter?.departmentId,
    });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: mapPerson(edge.node) })) };
  }

  @ResolveField(() => Department, { nullable: true })
  department(person: Person, _args: NoArgs, context: GraphQLRequestContext): MaybePromise<Department | null> {
    if (!person.departmentId) return null;
    const department = peopleLoaders(context.loaders, this.service).departmentById().get(person.departmentId);
    return whenReady(department, (found) => (found ? mapDepartment(found) : null));
  }

  @ResolveField(() => Person, { nullable: true, description: "The person's direct manager." })
  async manager(person: Person, _args: NoArgs, context: GraphQLRequestContext): Promise<Person | null> {
    if (!person.managerId) return null;
    const manager = await peopleLoaders(context.loaders, this.service).personById().load(person.managerId);
    return manager ? mapPerson(manager) : null;
  }

  @ResolveField(() => [Person], { description: 'Managers from the nearest up to the top of the organisation.' })
  async managerChain(person: Person, _args: NoArgs, context: GraphQLRequestContext): Promise<Person[]> {
    if (!person.managerId) return [];
    const chain = await peopleLoaders(context.loaders, this.service).managerChainByPersonId().load(person.id);
    return chain.map(mapPerson);
  }

  @ResolveField(() => [Person], { description: 'Active people who report to this person, in name order.' })
  async directReports(person: Person, _args: NoArgs, context: GraphQLRequestContext): Promise<Person[]> {
    const reports = await peopleLoaders(context.loaders, this.service).directReports(person.id);
    return reports.map(mapPerson);
  }

  @ResolveField(() => Int)
  directReportCount(person: Person, _args: NoArgs, context: GraphQLRequestContext): Promise<number> {
    return peopleLoaders(context.loaders, this.service).directReportCount(person.id);
  }
}

@Resolver(() => Department)
@Authenticated()
export class DepartmentsResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => [Department], { description: 'All departments, in name order.' })
  async departments(): Promise<Department[]> {
    return (await this.service.listDepartments()).map(mapDepartment);
  }

  @ResolveField(() => Int, { description: 'Active people in this department.' })
  memberCount(department: Department, _args: NoArgs, context: GraphQLRequestContext): Promise<number> {
    return peopleLoaders(context.loaders, this.service).memberCountByDepartmentId().load(department.id);
  }
}

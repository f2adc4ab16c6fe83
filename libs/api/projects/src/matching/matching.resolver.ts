import { Args, Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, groupByKeys, type GraphQLRequestContext, type NoArgs, type Principal } from '@ensemble/api/core';
import { PeopleService, mapPerson, peopleLoaders } from '@ensemble/api/people';
import { Project } from '../dto/project.types';
import { ProjectsService } from '../services/projects.service';
import { viewerRef } from '../services/project-rules';
import { NotProjectLeadError, RoleNotFoundError } from '../projects.errors';
import { projectsLoaders } from '../projects.loaders';
import { ProjectMatchingService, type CoverageRecord } from './matching.service';
import {
  CandidatesForRoleArgs,
  RecommendedRolesArgs,
  RoleCandidate,
  RoleRecommendation,
  TeamCoverage,
} from './matching.types';

/** Matching both ways (docs/project-matching.md): candidates for a role, roles for me, team coverage. */
@Resolver(() => Project)
@Authenticated()
export class ProjectMatchingResolver {
  constructor(
    private readonly matching: ProjectMatchingService,
    private readonly projects: ProjectsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [RoleCandidate], {
    description: "People for a role, best first, each with every required skill explained. For the project's owner, co-leads, HR and admins.",
  })
  async candidatesForRole(
    @CurrentUser() principal: Principal,
    @Args() { roleId, first }: CandidatesForRoleArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<RoleCandidate[]> {
    const viewer = viewerRef(principal);
    // The role (its project only if the viewer may see it, its skills and team) and the people index's
    // catch-up do not depend on each other: one statement each, at the same time.
    const [role, index] = await Promise.all([this.matching.roleForMatching(viewer, roleId), this.matching.currentPeopleIndex()]);
    if (!role) throw new RoleNotFoundError();
    if (!role.project.viewerIsLead && !viewer.privileged) throw new NotProjectLeadError();
    const candidates = await this.matching.candidatesForRole({ personId: principal.personId, roles: principal.roles }, role, index, first);
    // The index already knows each candidate's department and relationship to the viewer.
    peopleLoaders(context.loaders, this.people).primePage(principal.personId, candidates);
    return candidates.map(({ person, score, coverage, freeHours, hoursNeeded, activeProjects, skills }) => ({
      person: mapPerson(person),
      score,
      coverage,
      freeHours,
      hoursNeeded,
      activeProjects,
      skills,
    }));
  }

  @Query(() => [RoleRecommendation], {
    description: 'Open roles recommended to me, best first, with the reasons (my skills against each required skill, hours, interest, load).',
  })
  recommendedRoles(@CurrentUser() principal: Principal, @Args() { first }: RecommendedRolesArgs): Promise<RoleRecommendation[]> {
    return this.matching.recommendedRoles({ personId: principal.personId, roles: principal.roles }, first);
  }

  @ResolveField(() => TeamCoverage, { description: "Which required skills the team covers at each role's minimum level, and which are gaps." })
  async teamCoverage(project: Project, _args: NoArgs, context: GraphQLRequestContext): Promise<TeamCoverage> {
    const records = await context.loaders
      .get('projects.teamCoverage', async (ids: readonly string[]) => groupByKeys(ids, await this.matching.teamCoverage(ids), (r: CoverageRecord) => r.projectId))
      .load(project.id);
    // The domain's own person loader: one statement for every project's coverers on the page.
    const people = await projectsLoaders(context.loaders, this.projects, this.people)
      .personById()
      .loadMany([...new Set(records.flatMap((record) => record.coveredBy.map((c) => c.personId)))]);
    const byId = new Map(
      people.flatMap((entity) => (entity && !(entity instanceof Error) ? [[entity.id, mapPerson(entity)] as const] : [])),
    );
    const skills = records.map((record) => {
      const coveredBy = record.coveredBy.flatMap((c) => {
        const person = byId.get(c.personId);
        return person ? [{ person, level: c.level }] : [];
      });
      return { skillId: record.skillId, skillName: record.skillName, minLevel: record.minLevel, mustHave: record.mustHave, covered: coveredBy.length > 0, coveredBy };
    });
    const coveredCount = skills.filter((skill) => skill.covered).length;
    return { coveredCount, gapCount: skills.length - coveredCount, skills };
  }
}

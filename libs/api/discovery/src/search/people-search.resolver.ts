import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type GraphQLRequestContext, type Principal } from '@ensemble/api/core';
import { PeopleService, mapPerson, peopleLoaders } from '@ensemble/api/people';
import { PeopleSearchService } from './people-search.service';
import { PeopleSearchConnection, ProjectPart, SearchPeopleArgs } from './people-search.types';
import { ExpertsService } from '../experts/experts.service';
import { SkillExperts, SkillExpertsArgs } from '../experts/experts.types';

@Resolver()
@Authenticated()
export class PeopleSearchResolver {
  constructor(
    private readonly search: PeopleSearchService,
    private readonly people: PeopleService,
    private readonly experts: ExpertsService,
  ) {}

  @Query(() => SkillExperts, { description: "A skill's experts and rising experts (the leadership view of internal expertise)." })
  async skillExperts(@Args() { skillId, first }: SkillExpertsArgs): Promise<SkillExperts> {
    const record = await this.experts.forSkill(skillId, first);
    const ids = [...record.experts, ...record.rising].map((entry) => entry.personId);
    const people = new Map((ids.length ? await this.people.findByIds(ids) : []).map((person) => [person.id, person]));
    const withPerson = (entries: typeof record.experts) =>
      entries.flatMap((entry) => {
        const person = people.get(entry.personId);
        return person ? [{ ...entry, person: mapPerson(person) }] : [];
      });
    return { ...record, experts: withPerson(record.experts), rising: withPerson(record.rising) };
  }

  @Query(() => PeopleSearchConnection, {
    description:
      'Find colleagues by free text, skills (with minimum levels), passions, department, place and availability, best first, each with the reasons it matched. Fields hidden from you never match, rank or count.',
  })
  async searchPeople(
    @CurrentUser() principal: Principal,
    @Args() { input, first, after }: SearchPeopleArgs,
    @Context() context: GraphQLRequestContext,
  ): Promise<PeopleSearchConnection> {
    const result = await this.search.search({ personId: principal.personId, roles: principal.roles }, { ...input, first, after });
    // The index already knows each person's department and relationship to the viewer.
    peopleLoaders(context.loaders, this.people).primePage(principal.personId, result.hits);
    const edges = result.hits.map((hit) => ({
      cursor: hit.cursor,
      node: {
        person: mapPerson(hit.person),
        score: hit.score,
        matchedSkills: hit.skills,
        matchedFields: hit.textFields,
        matchedProjects: hit.projects.map((project) => ({ ...project, part: project.part as ProjectPart })),
        coverage: hit.coverage,
      },
    }));
    const { interpretation } = result;
    return {
      edges,
      pageInfo: {
        hasNextPage: result.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: result.totalCount,
      interpretation: {
        skills: interpretation.skills,
        location: interpretation.location?.value ?? null,
        locationText: interpretation.location?.matchedText ?? null,
        terms: interpretation.terms,
        passion: interpretation.passion,
        didYouMean: interpretation.didYouMean,
      },
      facets: result.facets,
    };
  }
}

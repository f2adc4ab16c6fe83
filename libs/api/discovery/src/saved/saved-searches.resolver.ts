import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type Principal } from '@ensemble/api/core';
import { SavedSearchesService, type SavedSearchRecord } from './saved-searches.service';
import { SaveSearchInput, SavedSearch, SavedSearchIdArgs, SetSavedSearchAlertsArgs } from './saved-searches.types';

export function mapSavedSearch(record: SavedSearchRecord): SavedSearch {
  const c = record.criteria;
  return {
    ...record,
    criteria: {
      query: c.query ?? null,
      skills: (c.skills ?? []).map((s) => ({ skillId: s.skillId, minLevel: s.minLevel ?? null })),
      passions: [...(c.passions ?? [])],
      departmentIds: [...(c.departmentIds ?? [])],
      location: c.location ?? null,
      minHoursPerWeek: c.minHoursPerWeek ?? null,
      openToProjects: c.openToProjects ?? null,
    },
  };
}

@Resolver(() => SavedSearch)
@Authenticated()
export class SavedSearchesResolver {
  constructor(private readonly service: SavedSearchesService) {}

  @Query(() => [SavedSearch], { description: 'My saved searches, oldest first.' })
  async mySavedSearches(@CurrentUser() principal: Principal): Promise<SavedSearch[]> {
    return (await this.service.list(principal.personId)).map(mapSavedSearch);
  }

  @Mutation(() => SavedSearch, { description: 'Saves a search (it runs once now, as a check); alerts notify me of people who newly match.' })
  async saveSearch(@CurrentUser() principal: Principal, @Args('input') input: SaveSearchInput): Promise<SavedSearch> {
    const { query, skills, passions, departmentIds, location, minHoursPerWeek, openToProjects } = input.search;
    const criteria = {
      query: query ?? null,
      skills: (skills ?? []).map((s) => ({ skillId: s.skillId, minLevel: s.minLevel ?? null })),
      passions: passions ?? [],
      departmentIds: departmentIds ?? [],
      location: location ?? null,
      minHoursPerWeek: minHoursPerWeek ?? null,
      openToProjects: openToProjects ?? null,
    };
    return mapSavedSearch(await this.service.save({ personId: principal.personId, roles: principal.roles }, input.name, criteria, input.alerts));
  }

  @Mutation(() => SavedSearch)
  async setSavedSearchAlerts(@CurrentUser() principal: Principal, @Args() { id, alerts }: SetSavedSearchAlertsArgs): Promise<SavedSearch> {
    return mapSavedSearch(await this.service.setAlerts(principal.personId, id, alerts));
  }

  @Mutation(() => Boolean)
  deleteSavedSearch(@CurrentUser() principal: Principal, @Args() { id }: SavedSearchIdArgs): Promise<boolean> {
    return this.service.remove(principal.personId, id);
  }
}

import type DataLoader from 'dataloader';
import { byKeys, type LoaderRegistry } from '@ensemble/api/core';
import type { PeopleService } from '@ensemble/api/people';
import type {
  SkillHoldersPage,
  SkillHoldersQuery,
  SkillHoldersService,
  SkillLevelCounts,
} from './services/skill-holders.service';

type PersonRecord = Awaited<ReturnType<PeopleService['findByIds']>>[number];

/**
 * Per-request loaders for the skill page: whatever the number of skills or holders, the distribution
 * costs one statement, each distinct page of holders one, and the holders' people one.
 */
export function skillHoldersLoaders(registry: LoaderRegistry, service: SkillHoldersService) {
  return {
    levelCountsBySkillId: (): DataLoader<string, SkillLevelCounts> =>
      registry.get('skills.levelCounts', (skillIds: readonly string[]) => service.levelCounts(skillIds)),
    // Keyed by the page arguments: skills asked for with the same ones share a statement.
    holdersBySkillId: (query: SkillHoldersQuery): DataLoader<string, SkillHoldersPage> =>
      registry.get(
        `skills.holders:${query.first}:${query.minLevel}:${query.after ?? ''}`,
        async (skillIds: readonly string[]) => {
          const pages = await service.holdersOf(skillIds, query);
          return skillIds.map((id) => pages.get(id) ?? { rows: [], totalCount: 0 });
        },
      ),
    holderById: (people: PeopleService): DataLoader<string, PersonRecord | null> =>
      registry.get('skills.holderById', async (ids: readonly string[]) =>
        byKeys(ids, await people.findByIds(ids), (person) => person.id),
      ),
  };
}

import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry } from '@ensemble/api/core';
import type { SkillsService } from './services/skills.service';
import type { SkillEntity } from './entities/skill.entity';
import type { SkillAliasEntity } from './entities/skill-alias.entity';

/** The skills domain's per-request DataLoaders (one SQL statement per field per page, not per row). */
export function skillsLoaders(registry: LoaderRegistry, skills: SkillsService) {
  return {
    skillById: (): DataLoader<string, SkillEntity | null> =>
      registry.get('skills.skillById', async (ids: readonly string[]) =>
        byKeys(ids, await skills.findByIds(ids), (skill) => skill.id),
      ),
    aliasesBySkillId: (): DataLoader<string, SkillAliasEntity[]> =>
      registry.get('skills.aliasesBySkillId', async (ids: readonly string[]) =>
        groupByKeys(ids, await skills.aliasesOf(ids), (alias) => alias.skillId),
      ),
    childrenByParentId: (): DataLoader<string, SkillEntity[]> =>
      registry.get('skills.childrenByParentId', async (ids: readonly string[]) =>
        groupByKeys(ids, await skills.childrenOf(ids), (skill) => skill.parentId as string),
      ),
  };
}

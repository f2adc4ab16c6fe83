import type DataLoader from 'dataloader';
import type { LoaderRegistry } from '@ensemble/api/core';
import type {
  EndorsementRecord,
  PersonSkillRecord,
  PersonSkillsService,
} from './services/person-skills.service';

/** Key of a (person, skill) pair for DataLoader, whose keys compare by identity. */
function pairKey(personId: string, skillId: string): string {
  return `${personId}/${skillId}`;
}

/**
 * Per-request loaders for profile skills: whatever the page size, a page of people costs one
 * statement for all their skills (with counts and top endorsers) and one per distinct `first` for
 * endorsement lists.
 */
export function personSkillsLoaders(registry: LoaderRegistry, service: PersonSkillsService) {
  return {
    // Keyed by viewer too: endorsedByViewer differs per viewer (a registry lives for one request, so
    // this only matters if a request ever resolved as several viewers).
    skillsByPersonId: (viewerId: string): DataLoader<string, PersonSkillRecord[]> =>
      registry.get(`skills.personSkills:${viewerId}`, async (personIds: readonly string[]) => {
        const skills = await service.skillsOf(personIds, viewerId);
        return personIds.map((id) => skills.get(id) ?? []);
      }),
    endorsementsByPersonSkill: (first: number) => {
      const loader: DataLoader<string, EndorsementRecord[]> = registry.get(
        `skills.endorsements:${first}`,
        async (keys: readonly string[]) => {
          const pairs = keys.map((key) => {
            const [personId, skillId] = key.split('/');
            return { personId, skillId };
          });
          const grouped = new Map<string, EndorsementRecord[]>();
          for (const endorsement of await service.endorsementsOf(pairs, first)) {
            const key = pairKey(endorsement.personId, endorsement.skillId);
            const list = grouped.get(key);
            if (list) list.push(endorsement);
            else grouped.set(key, [endorsement]);
          }
          return keys.map((key) => grouped.get(key) ?? []);
        },
      );
      return { load: (personId: string, skillId: string) => loader.load(pairKey(personId, skillId)) };
    },
  };
}

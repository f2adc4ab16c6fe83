import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry } from '@ensemble/api/core';
import type { PeopleService } from './services/people.service';
import type { OrgService } from './services/org.service';
import type { Relationship } from './profile/profile-visibility';
import type { PersonEntity } from './entities/person.entity';
import type { DepartmentEntity } from './entities/department.entity';

/** The people domain's per-request DataLoaders (one SQL statement per field per page, not per row). */
export function peopleLoaders(registry: LoaderRegistry, people: PeopleService) {
  return {
    personById: (): DataLoader<string, PersonEntity | null> =>
      registry.get('people.personById', async (ids: readonly string[]) =>
        byKeys(ids, await people.findByIds(ids), (person) => person.id),
      ),
    departmentById: (): DataLoader<string, DepartmentEntity | null> =>
      registry.get('people.departmentById', async (ids: readonly string[]) =>
        byKeys(ids, await people.findDepartmentsByIds(ids), (department) => department.id),
      ),
    reportsByManagerId: (): DataLoader<string, PersonEntity[]> =>
      registry.get('people.reportsByManagerId', async (ids: readonly string[]) =>
        groupByKeys(ids, await people.reportsOf(ids), (person) => person.managerId as string),
      ),
    reportCountByManagerId: (): DataLoader<string, number> =>
      registry.get('people.reportCountByManagerId', async (ids: readonly string[]) => {
        const counts = await people.reportCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    managerChainByPersonId: (): DataLoader<string, PersonEntity[]> =>
      registry.get('people.managerChainByPersonId', async (ids: readonly string[]) => {
        const chains = await people.managerChains(ids);
        return ids.map((id) => chains.get(id) ?? []);
      }),
    /** How the (one, per-request) viewer stands towards each profile owner on the page. */
    relationshipToViewer: (viewerId: string): DataLoader<string, Relationship> =>
      registry.get(`people.relationshipToViewer:${viewerId}`, async (ownerIds: readonly string[]) => {
        const { viewerManagerId, managedByViewer } = await people.relationships(viewerId, ownerIds);
        return ownerIds.map((id) => ({ inManagerChain: managedByViewer.has(id), viewerManagerId }));
      }),
    headIdByDepartmentId: (org: OrgService): DataLoader<string, string | null> =>
      registry.get('people.headIdByDepartmentId', async (ids: readonly string[]) => {
        const heads = await org.headIds(ids);
        return ids.map((id) => heads.get(id) ?? null);
      }),
    childrenByDepartmentId: (org: OrgService): DataLoader<string, DepartmentEntity[]> =>
      registry.get('people.childrenByDepartmentId', async (ids: readonly string[]) =>
        groupByKeys(ids, await org.childrenOf(ids), (department) => department.parentId as string),
      ),
    memberCountByDepartmentId: (): DataLoader<string, number> =>
      registry.get('people.memberCountByDepartmentId', async (ids: readonly string[]) => {
        const counts = await people.memberCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  };
}

import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry } from '@ensemble/api/core';
import type { PeopleService } from './services/people.service';
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
    memberCountByDepartmentId: (): DataLoader<string, number> =>
      registry.get('people.memberCountByDepartmentId', async (ids: readonly string[]) => {
        const counts = await people.memberCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  };
}

import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry, type PeekableLoader } from '@ensemble/api/core';
import { MAX_MANAGER_CHAIN, type PeopleService, type PersonWithDepartment } from './services/people.service';
import type { OrgService } from './services/org.service';
import { isPrivileged, type Relationship, type Viewer } from './profile/profile-visibility';
import { PROFILE_FIELDS } from './profile/profile-fields';
import { prefetched } from './profile/profile-prefetch';
import type { PersonEntity } from './entities/person.entity';
import type { DepartmentEntity } from './entities/department.entity';
import type { DepartmentRecord } from './dto/person.type';

/** Person fields whose answer may depend on how the viewer stands towards the owner (field privacy). */
const RELATIONSHIP_FIELDS: ReadonlySet<string> = new Set<string>([...PROFILE_FIELDS, 'bioPlainText']);

/** Managers whose direct reports were asked for in a request, so that their count comes from the same rows. */
const reportsRequested = new WeakMap<LoaderRegistry, Set<string>>();

function requestedReports(registry: LoaderRegistry): Set<string> {
  let requested = reportsRequested.get(registry);
  if (!requested) {
    requested = new Set();
    reportsRequested.set(registry, requested);
  }
  return requested;
}

/**
 * How far up the owner's manager chain a profile query needs to go: the whole chain when it shows the
 * chain or when a private field may depend on whether the viewer is in it, one level for `manager`.
 */
export function managerDepthFor(selected: ReadonlySet<string>, viewer: Viewer, ownerId: string): number {
  if (selected.has('managerChain')) return MAX_MANAGER_CHAIN;
  const relationshipMatters = viewer.personId !== ownerId && !isPrivileged(viewer);
  if (relationshipMatters && [...selected].some((field) => RELATIONSHIP_FIELDS.has(field)))
    return MAX_MANAGER_CHAIN;
  return selected.has('manager') ? 1 : 0;
}

/**
 * The people domain's per-request DataLoaders (one SQL statement per field per page, not per row).
 * Statements that return people with their departments prime `personById` and `departmentById`, so
 * fields below them (department, manager) cost nothing more.
 */
export function peopleLoaders(registry: LoaderRegistry, people: PeopleService): PeopleLoaders {
  // Field resolvers ask for the loaders once per row: build them once per request.
  let loaders = loadersByRegistry.get(registry);
  if (!loaders) loadersByRegistry.set(registry, (loaders = createPeopleLoaders(registry, people)));
  return loaders;
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
const loadersByRegistry = new WeakMap<LoaderRegistry, PeopleLoaders>();

function createPeopleLoaders(registry: LoaderRegistry, people: PeopleService) {
  const personById = (): DataLoader<string, PersonEntity | null> =>
    registry.get('people.personById', async (ids: readonly string[]) =>
      byKeys(ids, await people.findByIds(ids), (person) => person.id),
    );
  const departmentById = (): PeekableLoader<string, DepartmentRecord | null> =>
    registry.getPeekable('people.departmentById', async (ids: readonly string[]) =>
      byKeys(ids, await people.findDepartmentsByIds(ids), (department) => department.id),
    );
  const prime = (entries: readonly PersonWithDepartment[]): PersonEntity[] =>
    entries.map(({ person, department }) => {
      personById().prime(person.id, person);
      if (department) departmentById().prime(department.id, department);
      return person;
    });
  const reportsByManagerId = (): DataLoader<string, PersonEntity[]> =>
    registry.get('people.reportsByManagerId', async (ids: readonly string[]) => {
      const reports = prime(await people.reportsOf(ids));
      return groupByKeys(ids, reports, (person) => person.managerId as string);
    });
  const reportCountByManagerId = (): DataLoader<string, number> =>
    registry.get('people.reportCountByManagerId', async (ids: readonly string[]) => {
      // Managers whose reports this request loads anyway are counted from those rows, not by SQL.
      const requested = requestedReports(registry);
      const fromRows = ids.filter((id) => requested.has(id));
      const toCount = ids.filter((id) => !requested.has(id));
      const [lists, counts] = await Promise.all([
        reportsByManagerId().loadMany(fromRows),
        toCount.length ? people.reportCounts(toCount) : Promise.resolve(new Map<string, number>()),
      ]);
      const listed = new Map<string, number>();
      for (const [index, id] of fromRows.entries()) {
        const list = lists[index];
        if (list instanceof Error) throw list;
        listed.set(id, list.length);
      }
      return ids.map((id) => listed.get(id) ?? counts.get(id) ?? 0);
    });
  const managerChainByPersonId = (): DataLoader<string, PersonEntity[]> =>
    registry.get('people.managerChainByPersonId', async (ids: readonly string[]) => {
      const chains = await people.managerChains(ids);
      return ids.map((id) => prime(chains.get(id) ?? []));
    });
  /** How the (one, per-request) viewer stands towards each profile owner on the page. */
  const relationshipToViewer = (viewerId: string): PeekableLoader<string, Relationship> =>
    registry.getPeekable(`people.relationshipToViewer:${viewerId}`, async (ownerIds: readonly string[]) => {
      const { viewerManagerId, managedByViewer } = await people.relationships(viewerId, ownerIds);
      return ownerIds.map((id) => ({ inManagerChain: managedByViewer.has(id), viewerManagerId }));
    });

  /** Active direct reports in name order. */
  const directReports = (managerId: string): Promise<PersonEntity[]> => {
    requestedReports(registry).add(managerId);
    return reportsByManagerId().load(managerId);
  };
  const directReportCount = (managerId: string): Promise<number> => reportCountByManagerId().load(managerId);

  /**
   * What a caller already holds in memory for a page of people (the people index: each one's department
   * and how they stand towards the viewer), given to the loaders their fields use, so that `department`
   * and the private fields cost no statement.
   */
  const primePage = (
    viewerId: string,
    page: ReadonlyArray<{ person: { id: string }; department: DepartmentRecord | null; relationship: Relationship }>,
  ): void => {
    const relationships = relationshipToViewer(viewerId);
    for (const { person, department, relationship } of page) {
      relationships.prime(person.id, relationship);
      if (department) departmentById().prime(department.id, department);
    }
  };

  return {
    personById,
    primePage,
    departmentById,
    directReports,
    directReportCount,
    managerChainByPersonId,
    relationshipToViewer,
    /**
     * The owner of a profile page (person or viewer), in one statement with their department, their
     * manager chain as far as `selected` needs it and what the privacy policy needs to know about the
     * viewer; primes the loaders the page's fields use instead of letting each issue its own statement,
     * and starts the direct reports' statement at the same time when they are selected.
     */
    profileOwner: async (
      id: string,
      viewer: Viewer,
      selected: ReadonlySet<string>,
    ): Promise<PersonEntity> => {
      const loading = people.profileOwner(id, viewer.personId, managerDepthFor(selected, viewer, id));
      // Reports are keyed by the owner's id, known already: their statement runs beside the owner's.
      if (selected.has('directReports')) prefetched(directReports(id));
      else if (selected.has('directReportCount')) prefetched(directReportCount(id));
      const found = await loading;
      const [owner] = prime([found.owner]);
      const managers = prime(found.managers);
      if (found.completeChain) {
        managerChainByPersonId().prime(owner.id, managers);
        relationshipToViewer(viewer.personId).prime(owner.id, {
          inManagerChain: managers.some((manager) => manager.id === viewer.personId),
          viewerManagerId: found.viewerManagerId,
        });
      }
      return owner;
    },
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

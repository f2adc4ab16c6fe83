import type DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderRegistry } from '@ensemble/api/core';
import type { PeopleService } from '@ensemble/api/people';
import type {
  MemberRecord,
  ProjectsService,
  RoleRecord,
  RoleSkillRecord,
} from './services/projects.service';
import type { ProjectRecord, ViewerRef } from './services/project-rules';

type PersonEntity = Awaited<ReturnType<PeopleService['findByIds']>>[number];

/**
 * Per-request loaders of the projects domain: whatever the page size, a page of projects costs one
 * statement per field (roles, their skills, members, leads, people), never one per project.
 */
export function projectsLoaders(registry: LoaderRegistry, projects: ProjectsService, people: PeopleService) {
  const roleById = (): DataLoader<string, RoleRecord | null> =>
    registry.get('projects.roleById', async (ids: readonly string[]) =>
      byKeys(ids, await projects.rolesByIds(ids), (role) => role.id),
    );
  return {
    /** Projects the viewer may see (null for the others). */
    projectById: (viewer: ViewerRef): DataLoader<string, ProjectRecord | null> =>
      registry.get(`projects.projectById:${viewer.personId}`, async (ids: readonly string[]) =>
        byKeys(ids, await projects.byIds(viewer, ids), (project) => project.id),
      ),
    rolesByProjectId: (): DataLoader<string, RoleRecord[]> =>
      registry.get('projects.rolesByProjectId', async (ids: readonly string[]) => {
        const roles = await projects.rolesOf(ids);
        for (const role of roles) roleById().prime(role.id, role);
        return groupByKeys(ids, roles, (role) => role.projectId);
      }),
    roleById,
    skillsByRoleId: (): DataLoader<string, RoleSkillRecord[]> =>
      registry.get('projects.skillsByRoleId', async (ids: readonly string[]) =>
        groupByKeys(ids, await projects.skillsOfRoles(ids), (skill) => skill.roleId),
      ),
    membersByProjectId: (): DataLoader<string, MemberRecord[]> =>
      registry.get('projects.membersByProjectId', async (ids: readonly string[]) =>
        groupByKeys(ids, await projects.membersOf(ids), (member) => member.projectId),
      ),
    /**
     * Co-leads with their person rows, in the loader's own two statements: going through personById
     * would batch them with whichever other people happen to load in the same tick, and the number of
     * statements would depend on timing.
     */
    leadsByProjectId: (): DataLoader<string, PersonEntity[]> =>
      registry.get('projects.leadsByProjectId', async (ids: readonly string[]) => {
        const leads = await projects.leadsOf(ids);
        const found = leads.length ? await people.findByIds([...new Set(leads.map((lead) => lead.personId))]) : [];
        const byId = new Map(found.map((person) => [person.id, person]));
        return groupByKeys(ids, leads, (lead) => lead.projectId).map((list) =>
          list.flatMap((lead) => (byId.has(lead.personId) ? [byId.get(lead.personId) as PersonEntity] : [])),
        );
      }),
    personById: (): DataLoader<string, PersonEntity | null> =>
      registry.get('projects.personById', async (ids: readonly string[]) =>
        byKeys(ids, await people.findByIds(ids), (person) => person.id),
      ),
  };
}


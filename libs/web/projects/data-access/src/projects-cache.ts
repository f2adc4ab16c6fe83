/**
 * urql's document cache refetches a query when a mutation returns a type the query contains. Lists
 * that may be empty (no typename to match) and Boolean results (leaveProject, removeProjectRole) name
 * none, so every project query and mutation carries these typenames: any change to projects refreshes
 * what the pages show. Defined once so the object is stable across renders.
 */
export const PROJECTS_CONTEXT = {
  additionalTypenames: [
    'Project',
    'ProjectRole',
    'ProjectMember',
    'ProjectApplication',
    'ProjectInvitation',
    'WaitlistEntry',
    'RoleRecommendation',
  ],
};

// One file per operation: the typed document and the hook that runs it.
export { DepartmentQuery, useDepartment } from './department.query';
export {
  DepartmentMembersQuery,
  useDepartmentMemberPages,
  DEPARTMENT_MEMBERS_PAGE_SIZE,
  type DepartmentMemberEdge,
} from './department-members.query';
export { OrgChartQuery, useOrgChart, type OrgChartNode } from './org-chart.query';
export type { DepartmentQuery as DepartmentResult } from '@ensemble/web/graphql';

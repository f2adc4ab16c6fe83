/** How someone took part in a project: its owner, a co-lead, or a member holding a seat. */
export type ProjectPartName = 'owner' | 'co_lead' | 'member';

/**
 * A project as the index holds it (PROJECT_SELECT in people-index.service.ts): one under way (forming,
 * active) or completed; proposed and cancelled projects are not searched. `team` is the project_part
 * view (docs/adr/0020): [personId, part, the title of the role whose seat they hold or null];
 * `seers` are the people who always see it besides its owner (co-leads, members past and present,
 * pending invitations), as `visibleSql` in projects' project-rules has the rule.
 */
export interface ProjectDocument {
  id: string;
  status: 'forming' | 'active' | 'completed';
  title: string;
  summary: string;
  description: string;
  visibility: 'company' | 'department' | 'invite_only';
  departmentId: string | null;
  ownerId: string;
  /** Ms since the epoch; null while under way. */
  completedAt: number | null;
  team: Array<[personId: string, part: ProjectPartName, roleTitle: string | null]> | null;
  skills: string[] | null;
  seers: string[] | null;
}

import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@ensemble/api/core';
import {
  NotProjectLeadError,
  OwnProjectError,
  ProjectClosedError,
  ProjectNotFoundError,
} from '../projects.errors';

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 500;
export const MAX_DESCRIPTION = 20_000;
export const MAX_GOALS = 20;
export const MAX_GOAL = 300;
export const MAX_HOURS = 40;
export const MAX_SEATS = 50;
export const MAX_LEVEL = 5;
export const MAX_ROLES = 20;
export const MAX_ROLE_SKILLS = 20;
export const MAX_ROLE_DESCRIPTION = 5000;
export const MAX_MESSAGE = 2000;
export const MAX_CONSENT_DAYS = 60;
export const DEFAULT_CONSENT_DAYS = 5;
/** How long a seat offered from the waitlist is held for the person offered it. */
export const WAITLIST_OFFER_HOURS = 72;
/** Bounds of the reason a lead gives when removing a member (the member reads it). */
export const MIN_REMOVAL_REASON = 10;
export const MAX_REMOVAL_REASON = 1000;

export type ProjectStatusName = 'proposed' | 'forming' | 'active' | 'completed' | 'cancelled';
export type VisibilityName = 'company' | 'department' | 'invite_only';

/** The lifecycle: where each status may go next. */
export const TRANSITIONS: Record<ProjectStatusName, readonly ProjectStatusName[]> = {
  proposed: ['forming', 'cancelled'],
  forming: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export const CLOSED_STATUSES: readonly ProjectStatusName[] = ['completed', 'cancelled'];

/** Who is asking, as the SQL needs it: the person and whether HR/admin privileges apply. */
export interface ViewerRef {
  personId: string;
  privileged: boolean;
}

export function viewerRef(principal: Principal): ViewerRef {
  return { personId: principal.personId, privileged: hasRole(principal, 'hr', 'admin') };
}

/**
 * Whether the viewer (`$viewer`, uuid) may see the project aliased `p`; `$privileged` (boolean) is HR
 * or admin. Owners, co-leads, members (past and present) and people with a pending invitation always
 * see it; company projects everyone; department projects the owner's department and HR/admin;
 * invite-only projects nobody else.
 */
export function visibleSql(viewer: string, privileged: string, p = 'p'): string {
  return `(${p}.visibility = 'company'
    OR ${p}.owner_id = ${viewer}
    OR (${p}.visibility = 'department'
        AND (${privileged} OR ${p}.department_id = (SELECT vp.department_id FROM person vp WHERE vp.id = ${viewer})))
    OR EXISTS (SELECT 1 FROM project_lead vl WHERE vl.project_id = ${p}.id AND vl.person_id = ${viewer})
    OR EXISTS (SELECT 1 FROM project_member vm WHERE vm.project_id = ${p}.id AND vm.person_id = ${viewer})
    OR EXISTS (SELECT 1 FROM project_invitation vi
                WHERE vi.project_id = ${p}.id AND vi.person_id = ${viewer} AND vi.status = 'pending'))`;
}

export interface ProjectRecord {
  id: string;
  ownerId: string;
  title: string;
  summary: string;
  description: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  location: string | null;
  remote: boolean;
  visibility: VisibilityName;
  departmentId: string | null;
  departmentName: string | null;
  status: ProjectStatusName;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  viewerIsLead: boolean;
  viewerRoleId: string | null;
  pastEnd: boolean;
}

export interface ProjectRow {
  id: string;
  owner_id: string;
  title: string;
  summary: string;
  description: string;
  goals: string[];
  starts_on: string;
  ends_on: string;
  hours_per_week: number;
  location: string | null;
  remote: boolean;
  visibility: VisibilityName;
  department_id: string | null;
  department_name: string | null;
  status: ProjectStatusName;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  viewer_is_lead: boolean;
  viewer_role_id: string | null;
  past_end: boolean;
}

/**
 * A project still proposed, forming or active after its end date (`p`): nobody new is steered to it,
 * and its leads are asked to complete it or extend it.
 */
export function pastEndSql(p = 'p'): string {
  return `(${p}.ends_on < current_date AND ${p}.status IN ('proposed', 'forming', 'active'))`;
}

/** Columns of a project as ProjectRow reads them, for the viewer `$viewer` (p: project, d: department). */
export function projectColumns(viewer: string): string {
  return `p.id, p.owner_id, p.title, p.summary, p.description, p.goals, p.starts_on::text AS starts_on,
    p.ends_on::text AS ends_on, p.hours_per_week, p.location, p.remote, p.visibility, p.department_id,
    d.name AS department_name, p.status, p.created_at, p.updated_at, p.completed_at,
    (p.owner_id = ${viewer} OR EXISTS (SELECT 1 FROM project_lead cl WHERE cl.project_id = p.id AND cl.person_id = ${viewer}))
      AS viewer_is_lead,
    (SELECT cm.role_id FROM project_member cm
      WHERE cm.project_id = p.id AND cm.person_id = ${viewer} AND cm.left_at IS NULL) AS viewer_role_id,
    ${pastEndSql('p')} AS past_end`;
}

export function projectFromRow(row: ProjectRow): ProjectRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    goals: row.goals,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    hoursPerWeek: row.hours_per_week,
    location: row.location,
    remote: row.remote,
    visibility: row.visibility,
    departmentId: row.department_id,
    departmentName: row.department_name,
    status: row.status,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    completedAt: row.completed_at ? new Date(row.completed_at) : null,
    viewerIsLead: row.viewer_is_lead,
    viewerRoleId: row.viewer_role_id,
    pastEnd: row.past_end,
  };
}

/** What the write paths need to know about a project, read under a row lock. */
export interface LockedProject {
  id: string;
  ownerId: string;
  title: string;
  status: ProjectStatusName;
  visible: boolean;
  viewerIsLead: boolean;
}

/**
 * Reads a project under a row lock: FOR SHARE for joins and decisions (they run side by side but wait
 * for a status change), FOR UPDATE for changes to the project itself. PROJECT_NOT_FOUND when it does
 * not exist or the viewer may not see it.
 */
export async function lockProject(
  manager: EntityManager,
  projectId: string,
  viewer: ViewerRef,
  mode: 'share' | 'update',
): Promise<LockedProject> {
  const rows: Array<{
    id: string;
    owner_id: string;
    title: string;
    status: ProjectStatusName;
    visible: boolean;
    is_lead: boolean;
  }> = await manager.query(
    `SELECT p.id, p.owner_id, p.title, p.status, ${visibleSql('$2', '$3')} AS visible,
              (p.owner_id = $2 OR EXISTS (SELECT 1 FROM project_lead l WHERE l.project_id = p.id AND l.person_id = $2)) AS is_lead
         FROM project p WHERE p.id = $1 FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'} OF p`,
    [projectId, viewer.personId, viewer.privileged],
  );
  const row = rows[0];
  if (!row || !row.visible) throw new ProjectNotFoundError();
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    status: row.status,
    visible: row.visible,
    viewerIsLead: row.is_lead,
  };
}

export function assertLead(project: LockedProject): void {
  if (!project.viewerIsLead) throw new NotProjectLeadError();
}

/** The owner and co-leads do not join, apply to or queue for their own project's roles. */
export function assertNotLead(project: LockedProject): void {
  if (project.viewerIsLead) throw new OwnProjectError();
}

export function assertOpen(project: Pick<LockedProject, 'status'>): void {
  if (CLOSED_STATUSES.includes(project.status)) throw new ProjectClosedError(project.status);
}

/** The owner and co-leads of a project, except `except`. */
export async function leadIds(manager: EntityManager, projectId: string, except?: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT owner_id AS id FROM project WHERE id = $1
     UNION SELECT person_id FROM project_lead WHERE project_id = $1`,
    [projectId],
  );
  return rows.map((row) => row.id).filter((id) => id !== except);
}

export async function displayName(manager: EntityManager, personId: string): Promise<string> {
  const [row]: Array<{ name: string }> = await manager.query(
    `SELECT given_name || ' ' || family_name AS name FROM person WHERE id = $1`,
    [personId],
  );
  return row?.name ?? 'Someone';
}

export function projectLink(projectId: string): string {
  return `/projects/${projectId}`;
}

/** Serialises one person's membership changes in one project (join, apply, accept, leave, offers). */
export async function lockPersonInProject(
  manager: EntityManager,
  projectId: string,
  personId: string,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 42))`, [
    projectId,
    personId,
  ]);
}

/**
 * The must-have skills of each role that the person does not hold at the role's minimum level, by
 * name, in one statement (`db`: a transaction's manager or the data source).
 */
export async function missingMustHaves(
  db: Pick<EntityManager, 'query'>,
  personId: string,
  roleIds: readonly string[],
): Promise<Array<{ roleId: string; name: string }>> {
  const rows: Array<{ role_id: string; name: string }> = await db.query(
    `SELECT rs.role_id, s.name FROM project_role_skill rs JOIN skill s ON s.id = rs.skill_id
       LEFT JOIN person_skill ps ON ps.person_id = $1 AND ps.skill_id = rs.skill_id
      WHERE rs.role_id = ANY($2::uuid[]) AND rs.must_have AND coalesce(ps.level, 0) < rs.min_level
      ORDER BY rs.role_id, s.name`,
    [personId, [...roleIds]],
  );
  return rows.map((row) => ({ roleId: row.role_id, name: row.name }));
}

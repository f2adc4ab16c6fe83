import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BadUserInputError,
  Transactions,
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  sql,
  toConnection,
  type Connection,
  type FieldProblem,
} from '@ensemble/api/core';
import { NotificationsService, type NewNotification } from '@ensemble/api/notifications';
import {
  SkillNotFoundError,
  SkillRetiredError,
  escapeLike,
  skillFromRow,
  type SkillEntity,
  type SkillRow,
} from '@ensemble/api/skills';
import {
  InvalidTransitionError,
  PersonNotFoundError,
  ProjectNotFoundError,
  RoleHasMembersError,
  RoleNotFoundError,
  SeatsBelowTakenError,
} from '../projects.errors';
import {
  DEFAULT_CONSENT_DAYS,
  TRANSITIONS,
  assertLead,
  assertOpen,
  displayName,
  lockProject,
  pastEndSql,
  projectColumns,
  projectFromRow,
  projectLink,
  visibleSql,
  type ProjectRecord,
  type ProjectRow,
  type ProjectStatusName,
  type ViewerRef,
  type VisibilityName,
} from './project-rules';
import { recordCompletionEvidence, withdrawUncoveredEvidence } from '../evidence/completion-evidence';

export interface RoleSkillSpec {
  skillId: string;
  minLevel: number;
  mustHave: boolean;
}

export interface RoleSpec {
  title: string;
  description?: string | null;
  seats: number;
  joinPolicy: 'open' | 'application';
  managerConsent: boolean;
  consentDays?: number | null;
  joinRequiresSkills?: boolean;
  skills: RoleSkillSpec[];
}

export type RoleChanges = Partial<Omit<RoleSpec, 'description' | 'consentDays'>> & {
  description?: string;
  consentDays?: number;
};

export interface ProjectSpec {
  title: string;
  summary: string;
  description: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  location?: string | null;
  remote: boolean;
  visibility: VisibilityName;
  roles: RoleSpec[];
}

export type ProjectChanges = Partial<Omit<ProjectSpec, 'roles' | 'location'>> & { location?: string };

export interface ProjectsFilter {
  skillIds?: readonly string[] | null;
  departmentId?: string | null;
  maxHoursPerWeek?: number | null;
  statuses?: readonly ProjectStatusName[] | null;
  text?: string | null;
  /** Default: joinable, or all when statuses are given. */
  view?: 'joinable' | 'ended' | 'all' | null;
}

export interface RoleRecord {
  id: string;
  projectId: string;
  title: string;
  description: string;
  seats: number;
  seatsTaken: number;
  joinPolicy: 'open' | 'application';
  managerConsent: boolean;
  consentDays: number | null;
  waitlistLength: number;
  joinRequiresSkills: boolean;
}

export interface RoleSkillRecord {
  roleId: string;
  skill: SkillEntity;
  minLevel: number;
  mustHave: boolean;
}

export interface MemberRecord {
  id: string;
  projectId: string;
  roleId: string;
  personId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface MyProjectsRecord {
  owned: ProjectRecord[];
  leading: ProjectRecord[];
  member: ProjectRecord[];
  applied: ProjectRecord[];
}

interface RoleRow {
  id: string;
  project_id: string;
  title: string;
  description: string;
  seats: number;
  seats_taken: number;
  join_policy: 'open' | 'application';
  manager_consent: boolean;
  consent_days: number | null;
  waitlist_length: number;
  join_requires_skills: boolean;
}

const ROLE_COLUMNS = `r.id, r.project_id, r.title, r.description, r.seats, r.seats_taken, r.join_policy,
  r.manager_consent, r.consent_days, r.join_requires_skills,
  (SELECT count(*)::int FROM project_waitlist w WHERE w.role_id = r.id AND w.status = 'waiting') AS waitlist_length`;

export const MEMBER_COLUMNS = `m.id, m.project_id, m.role_id, m.person_id, m.joined_at, m.left_at`;

export interface MemberRow {
  id: string;
  project_id: string;
  role_id: string;
  person_id: string;
  joined_at: Date;
  left_at: Date | null;
}

export function memberFromRow(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    roleId: row.role_id,
    personId: row.person_id,
    joinedAt: new Date(row.joined_at),
    leftAt: row.left_at ? new Date(row.left_at) : null,
  };
}

function roleFromRow(row: RoleRow): RoleRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    description: row.description,
    seats: row.seats,
    seatsTaken: row.seats_taken,
    joinPolicy: row.join_policy,
    managerConsent: row.manager_consent,
    consentDays: row.consent_days,
    waitlistLength: row.waitlist_length,
    joinRequiresSkills: row.join_requires_skills,
  };
}

const SKILL_COLUMNS = `s.id AS skill_id, s.name AS skill_name, s.normalized_name AS skill_normalized_name,
  s.description AS skill_description, s.category AS skill_category, s.parent_id AS skill_parent_id,
  s.source AS skill_source, s.external_uri AS skill_external_uri, s.status AS skill_status,
  s.merged_into_id AS skill_merged_into_id, s.holder_count AS skill_holder_count,
  s.created_at AS skill_created_at, s.updated_at AS skill_updated_at`;

type RoleSkillRow = { [K in keyof SkillRow as `skill_${K}`]: SkillRow[K] } & {
  role_id: string;
  min_level: number;
  must_have: boolean;
};

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Problems no decorator can see: real calendar dates, their order, consent on open roles, repeated skills. */
function projectProblems(spec: { startsOn: string; endsOn: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isRealDate(spec.startsOn)) problems.push({ field: 'startsOn', problems: ['is not a real date'] });
  if (!isRealDate(spec.endsOn)) problems.push({ field: 'endsOn', problems: ['is not a real date'] });
  if (!problems.length && spec.endsOn < spec.startsOn) {
    problems.push({ field: 'endsOn', problems: ['must be on or after startsOn'] });
  }
  return problems;
}

function roleProblems(
  role: { joinPolicy: 'open' | 'application'; managerConsent: boolean; skills?: readonly RoleSkillSpec[] },
  prefix: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (role.managerConsent && role.joinPolicy !== 'application') {
    problems.push({
      field: `${prefix}managerConsent`,
      problems: [
        'manager consent needs joinPolicy APPLICATION (an open role has no applicants to ask about)',
      ],
    });
  }
  const seen = new Set<string>();
  for (const skill of role.skills ?? []) {
    if (seen.has(skill.skillId)) {
      problems.push({ field: `${prefix}skills`, problems: [`lists skill ${skill.skillId} more than once`] });
    }
    seen.add(skill.skillId);
  }
  return problems;
}

function refuse(problems: FieldProblem[]): void {
  if (!problems.length) return;
  const summary = problems.map((problem) => `${problem.field} ${problem.problems.join('; ')}`).join('; ');
  throw new BadUserInputError(`Invalid project: ${summary}.`, problems);
}

/**
 * Projects, their co-leads, roles and lifecycle. Every write runs in one transaction that checks
 * everything before it writes, so a refused request changes nothing; notifications are recorded in the
 * same transaction.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
  ) {}

  async create(viewer: ViewerRef, spec: ProjectSpec): Promise<ProjectRecord> {
    refuse([
      ...projectProblems(spec),
      ...spec.roles.flatMap((role, index) => roleProblems(role, `roles.${index}.`)),
    ]);
    const id = await this.transactions.run(async (manager) => {
      await this.checkSkills(
        manager,
        spec.roles.flatMap((role) => role.skills.map((skill) => skill.skillId)),
      );
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO project (owner_id, title, summary, description, goals, starts_on, ends_on, hours_per_week,
                              location, remote, visibility, department_id)
         SELECT $1, $2, $3, $4, $5::text[], $6::date, $7::date, $8, $9, $10, $11, p.department_id
           FROM person p WHERE p.id = $1
         RETURNING id`,
        [
          viewer.personId,
          spec.title.trim(),
          spec.summary,
          spec.description,
          spec.goals.map((goal) => goal.trim()),
          spec.startsOn,
          spec.endsOn,
          spec.hoursPerWeek,
          spec.location?.trim() || null,
          spec.remote,
          spec.visibility,
        ],
      );
      if (!row) throw new PersonNotFoundError();
      for (const role of spec.roles) await this.insertRole(manager, row.id, role);
      return row.id;
    });
    return this.get(viewer, id);
  }

  async update(viewer: ViewerRef, projectId: string, changes: ProjectChanges): Promise<ProjectRecord> {
    await this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'update');
      assertLead(project);
      assertOpen(project);
      const [current]: Array<{ starts_on: string; ends_on: string }> = await manager.query(
        `SELECT starts_on::text, ends_on::text FROM project WHERE id = $1`,
        [projectId],
      );
      refuse(
        projectProblems({
          startsOn: changes.startsOn ?? current.starts_on,
          endsOn: changes.endsOn ?? current.ends_on,
        }),
      );
      await manager.query(
        `UPDATE project SET
           title = coalesce($2, title), summary = coalesce($3, summary), description = coalesce($4, description),
           goals = coalesce($5::text[], goals), starts_on = coalesce($6::date, starts_on),
           ends_on = coalesce($7::date, ends_on), hours_per_week = coalesce($8, hours_per_week),
           location = CASE WHEN $9::text IS NULL THEN location ELSE nullif(btrim($9::text), '') END,
           remote = coalesce($10, remote), visibility = coalesce($11, visibility), updated_at = now()
         WHERE id = $1`,
        [
          projectId,
          changes.title?.trim() ?? null,
          changes.summary ?? null,
          changes.description ?? null,
          changes.goals?.map((goal) => goal.trim()) ?? null,
          changes.startsOn ?? null,
          changes.endsOn ?? null,
          changes.hoursPerWeek ?? null,
          changes.location ?? null,
          changes.remote ?? null,
          changes.visibility ?? null,
        ],
      );
    });
    return this.get(viewer, projectId);
  }

  async addLead(viewer: ViewerRef, projectId: string, personId: string): Promise<ProjectRecord> {
    await this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'update');
      assertLead(project);
      assertOpen(project);
      const [person]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM person WHERE id = $1 AND status = 'active'`,
        [personId],
      );
      if (!person) throw new PersonNotFoundError();
      if (personId === project.ownerId) return;
      const added: unknown[] = await manager.query(
        `INSERT INTO project_lead (project_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [projectId, personId],
      );
      if (added.length && personId !== viewer.personId) {
        await this.notifications.notify(
          [
            {
              personId,
              kind: 'project.lead_added',
              message: `${await displayName(manager, viewer.personId)} made you a co-lead of “${project.title}”.`,
              link: projectLink(projectId),
            },
          ],
          manager,
        );
      }
    });
    return this.get(viewer, projectId);
  }

  /**
   * Removes a co-lead; false when they were not one. Returns no project: a co-lead who removed
   * themselves may no longer see it. From a completed project, they also lose the evidence they had
   * as its co-lead (what a seat of theirs covers stays), as if they had not led it.
   */
  async removeLead(viewer: ViewerRef, projectId: string, personId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'update');
      assertLead(project);
      const removed = await sql.affected(
        manager,
        `DELETE FROM project_lead WHERE project_id = $1 AND person_id = $2`,
        [projectId, personId],
      );
      if (removed > 0 && project.status === 'completed')
        await withdrawUncoveredEvidence(manager, projectId, personId);
      return removed > 0;
    });
  }

  /**
   * Moves a project along its lifecycle. Completing it leaves evidence on the skills its team used
   * (recordCompletionEvidence: members for their role's skills, the owner and co-leads for every skill
   * the project requires; discovery ranks with it) and asks the team to endorse each other; completing
   * or cancelling closes pending applications, invitations and waitlists. The team is notified of
   * every change.
   */
  async changeStatus(
    viewer: ViewerRef,
    projectId: string,
    status: ProjectStatusName,
  ): Promise<ProjectRecord> {
    await this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'update');
      assertLead(project);
      if (project.status === status) return;
      const allowed = TRANSITIONS[project.status];
      if (!allowed.includes(status)) throw new InvalidTransitionError(project.status, status, allowed);
      await manager.query(
        `UPDATE project SET status = $2, updated_at = now(),
                completed_at = CASE WHEN $2 = 'completed' THEN now() ELSE NULL END
          WHERE id = $1`,
        [projectId, status],
      );
      if (status === 'completed') await recordCompletionEvidence(manager, projectId);
      if (status === 'completed' || status === 'cancelled') await this.closeRequests(manager, projectId);
      const members: Array<{ person_id: string }> = await manager.query(
        `SELECT person_id FROM project_part WHERE project_id = $1 AND person_id <> $2`,
        [projectId, viewer.personId],
      );
      const message =
        status === 'completed'
          ? `“${project.title}” is completed. Endorse your teammates for the skills you saw them use.`
          : `“${project.title}” is now ${status}.`;
      await this.notifications.notify(
        members.map((member): NewNotification => ({
          personId: member.person_id,
          kind: status === 'completed' ? 'project.completed' : 'project.status_changed',
          message,
          link: projectLink(projectId),
        })),
        manager,
      );
    });
    return this.get(viewer, projectId);
  }

  async addRole(viewer: ViewerRef, projectId: string, spec: RoleSpec): Promise<RoleRecord> {
    refuse(roleProblems(spec, ''));
    const roleId = await this.transactions.run(async (manager) => {
      const project = await lockProject(manager, projectId, viewer, 'share');
      assertLead(project);
      assertOpen(project);
      await this.checkSkills(
        manager,
        spec.skills.map((skill) => skill.skillId),
      );
      return this.insertRole(manager, projectId, spec);
    });
    return this.roleOrFail(roleId);
  }

  async updateRole(viewer: ViewerRef, roleId: string, changes: RoleChanges): Promise<RoleRecord> {
    await this.transactions.run(async (manager) => {
      const role = await this.lockRole(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertLead(project);
      assertOpen(project);
      const joinPolicy = changes.joinPolicy ?? role.joinPolicy;
      const managerConsent = changes.managerConsent ?? (joinPolicy === 'open' ? false : role.managerConsent);
      refuse(roleProblems({ joinPolicy, managerConsent, skills: changes.skills }, ''));
      if (changes.seats !== undefined && changes.seats < role.seatsTaken)
        throw new SeatsBelowTakenError(role.seatsTaken);
      if (changes.skills)
        await this.checkSkills(
          manager,
          changes.skills.map((skill) => skill.skillId),
        );
      await manager.query(
        `UPDATE project_role SET title = coalesce($2, title), description = coalesce($3, description),
                seats = coalesce($4, seats), join_policy = $5, manager_consent = $6,
                consent_days = CASE WHEN $6 THEN coalesce($7, consent_days, $8) ELSE coalesce($7, consent_days) END,
                join_requires_skills = coalesce($9, join_requires_skills)
          WHERE id = $1`,
        [
          roleId,
          changes.title?.trim() ?? null,
          changes.description ?? null,
          changes.seats ?? null,
          joinPolicy,
          managerConsent,
          changes.consentDays ?? null,
          DEFAULT_CONSENT_DAYS,
          changes.joinRequiresSkills ?? null,
        ],
      );
      if (changes.skills) {
        await manager.query(`DELETE FROM project_role_skill WHERE role_id = $1`, [roleId]);
        await this.insertRoleSkills(manager, roleId, changes.skills);
      }
    });
    return this.roleOrFail(roleId);
  }

  async removeRole(viewer: ViewerRef, roleId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const role = await this.lockRole(manager, roleId);
      const project = await lockProject(manager, role.projectId, viewer, 'share');
      assertLead(project);
      assertOpen(project);
      const [{ n }]: Array<{ n: number }> = await manager.query(
        `SELECT count(*)::int AS n FROM project_member WHERE role_id = $1`,
        [roleId],
      );
      // Past members too: their membership is the history (and evidence) of the project.
      if (n > 0) throw new RoleHasMembersError();
      await manager.query(`DELETE FROM project_role WHERE id = $1`, [roleId]);
      return true;
    });
  }

  /** One project, if the viewer may see it; PROJECT_NOT_FOUND otherwise. */
  async get(viewer: ViewerRef, projectId: string): Promise<ProjectRecord> {
    const [project] = await this.byIds(viewer, [projectId]);
    if (!project) throw new ProjectNotFoundError();
    return project;
  }

  /** The projects among `ids` the viewer may see, in one statement. */
  async byIds(viewer: ViewerRef, ids: readonly string[]): Promise<ProjectRecord[]> {
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT ${projectColumns('$1')}
         FROM project p LEFT JOIN department d ON d.id = p.department_id
        WHERE p.id = ANY($3::uuid[]) AND ${visibleSql('$1', '$2')}`,
      [viewer.personId, viewer.privileged, [...ids]],
    );
    return rows.map(projectFromRow);
  }

  /** The marketplace: visible projects matching the filter, newest first, in one statement. */
  async list(
    viewer: ViewerRef,
    filter: ProjectsFilter,
    first: number,
    after?: string,
  ): Promise<Connection<ProjectRecord>> {
    const params: unknown[] = [viewer.personId, viewer.privileged];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [visibleSql('$1', '$2')];
    if (filter.skillIds?.length) {
      where.push(`EXISTS (SELECT 1 FROM project_role fr JOIN project_role_skill frs ON frs.role_id = fr.id
                           WHERE fr.project_id = p.id AND frs.skill_id = ANY(${param([...filter.skillIds])}::uuid[]))`);
    }
    if (filter.departmentId) where.push(`p.department_id = ${param(filter.departmentId)}`);
    if (filter.maxHoursPerWeek) where.push(`p.hours_per_week <= ${param(filter.maxHoursPerWeek)}`);
    if (filter.statuses?.length) where.push(`p.status = ANY(${param([...filter.statuses])}::text[])`);
    const view = filter.view ?? (filter.statuses?.length ? 'all' : 'joinable');
    if (view === 'joinable')
      where.push(`p.status IN ('proposed', 'forming', 'active') AND NOT ${pastEndSql('p')}`);
    if (view === 'ended') where.push(`(p.status IN ('completed', 'cancelled') OR ${pastEndSql('p')})`);
    const text = filter.text?.trim();
    if (text) {
      const t = param(text);
      const like = param(`%${escapeLike(text.toLowerCase())}%`);
      where.push(`(p.search_vector @@ websearch_to_tsquery('english', ${t}) OR lower(p.title) LIKE ${like})`);
    }
    let cursor = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2) as [string, string];
      if (
        typeof createdAt !== 'string' ||
        Number.isNaN(Date.parse(createdAt)) ||
        !/^[0-9a-f-]{36}$/i.test(String(id))
      ) {
        throw new BadUserInputError(
          'The cursor "after" is not valid: pass the endCursor of a previous page.',
          [{ field: 'after', problems: ['not a cursor issued by this API'] }],
        );
      }
      cursor = `WHERE (m.created_at, m.id) < (${param(createdAt)}::timestamptz, ${param(id)}::uuid)`;
    }
    const limit = param(first + 1);
    const [row]: Array<{ total: number; page: Array<ProjectRow & { cursor_at: string }> }> =
      await this.dataSource.query(
        `WITH matching AS MATERIALIZED (
         SELECT p.id, p.created_at FROM project p WHERE ${where.join(' AND ')}
       )
       SELECT (SELECT count(*)::int FROM matching) AS total,
              coalesce((SELECT json_agg(page ORDER BY page.created_at DESC, page.id DESC) FROM (
                SELECT ${projectColumns('$1')}, m.created_at::text AS cursor_at
                  FROM (SELECT * FROM matching m ${cursor} ORDER BY m.created_at DESC, m.id DESC LIMIT ${limit}) m
                  JOIN project p ON p.id = m.id
                  LEFT JOIN department d ON d.id = p.department_id) page), '[]') AS page`,
        params,
      );
    return toConnection(
      row.page,
      first,
      row.total,
      Boolean(after),
      (project) => encodeCursor([project.cursor_at, project.id]),
      projectFromRow,
    );
  }

  /** The projects I own, co-lead, hold a role in, or have a pending application to, in one statement. */
  async mine(viewer: ViewerRef): Promise<MyProjectsRecord> {
    const rows: Array<ProjectRow & { relation: keyof MyProjectsRecord }> = await this.dataSource.query(
      `SELECT ${projectColumns('$1')}, r.relation
         FROM (SELECT id, 'owned' AS relation FROM project WHERE owner_id = $1
               UNION ALL SELECT project_id, 'leading' FROM project_lead WHERE person_id = $1
               UNION ALL SELECT project_id, 'member' FROM project_member WHERE person_id = $1 AND left_at IS NULL
               UNION ALL SELECT project_id, 'applied' FROM project_application WHERE person_id = $1 AND status = 'pending') r
         JOIN project p ON p.id = r.id
         LEFT JOIN department d ON d.id = p.department_id
        WHERE ${visibleSql('$1', '$2')}
        ORDER BY p.created_at DESC, p.id DESC`,
      [viewer.personId, viewer.privileged],
    );
    const mine: MyProjectsRecord = { owned: [], leading: [], member: [], applied: [] };
    for (const row of rows) mine[row.relation].push(projectFromRow(row));
    return mine;
  }

  /** Roles of each project, in the order they were added, in one statement. */
  async rolesOf(projectIds: readonly string[]): Promise<RoleRecord[]> {
    const rows: RoleRow[] = await this.dataSource.query(
      `SELECT ${ROLE_COLUMNS} FROM project_role r WHERE r.project_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [[...projectIds]],
    );
    return rows.map(roleFromRow);
  }

  async rolesByIds(roleIds: readonly string[]): Promise<RoleRecord[]> {
    const rows: RoleRow[] = await this.dataSource.query(
      `SELECT ${ROLE_COLUMNS} FROM project_role r WHERE r.id = ANY($1::uuid[])`,
      [[...roleIds]],
    );
    return rows.map(roleFromRow);
  }

  /** Required skills of each role (must-haves first, then by name), in one statement. */
  async skillsOfRoles(roleIds: readonly string[]): Promise<RoleSkillRecord[]> {
    const rows: RoleSkillRow[] = await this.dataSource.query(
      `SELECT rs.role_id, rs.min_level, rs.must_have, ${SKILL_COLUMNS}
         FROM project_role_skill rs JOIN skill s ON s.id = rs.skill_id
        WHERE rs.role_id = ANY($1::uuid[])
        ORDER BY rs.role_id, rs.must_have DESC, s.normalized_name, s.id`,
      [[...roleIds]],
    );
    return rows.map((row) => ({
      roleId: row.role_id,
      minLevel: row.min_level,
      mustHave: row.must_have,
      skill: skillFromRow({
        id: row.skill_id,
        name: row.skill_name,
        normalized_name: row.skill_normalized_name,
        description: row.skill_description,
        category: row.skill_category,
        parent_id: row.skill_parent_id,
        source: row.skill_source,
        external_uri: row.skill_external_uri,
        status: row.skill_status,
        merged_into_id: row.skill_merged_into_id,
        holder_count: row.skill_holder_count,
        created_at: row.skill_created_at,
        updated_at: row.skill_updated_at,
      }),
    }));
  }

  /** Active members of each project, in the order they joined, in one statement. */
  async membersOf(projectIds: readonly string[]): Promise<MemberRecord[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM project_member m
        WHERE m.project_id = ANY($1::uuid[]) AND m.left_at IS NULL ORDER BY m.joined_at, m.id`,
      [[...projectIds]],
    );
    return rows.map(memberFromRow);
  }

  /** Co-leads of each project, in the order they were added. */
  async leadsOf(projectIds: readonly string[]): Promise<Array<{ projectId: string; personId: string }>> {
    const rows: Array<{ project_id: string; person_id: string }> = await this.dataSource.query(
      `SELECT project_id, person_id FROM project_lead WHERE project_id = ANY($1::uuid[]) ORDER BY added_at, person_id`,
      [[...projectIds]],
    );
    return rows.map((row) => ({ projectId: row.project_id, personId: row.person_id }));
  }

  private async roleOrFail(roleId: string): Promise<RoleRecord> {
    const [role] = await this.rolesByIds([roleId]);
    if (!role) throw new RoleNotFoundError();
    return role;
  }

  private async lockRole(manager: EntityManager, roleId: string): Promise<RoleRecord> {
    const rows: RoleRow[] = await manager.query(
      `SELECT ${ROLE_COLUMNS} FROM project_role r WHERE r.id = $1`,
      [roleId],
    );
    if (!rows[0]) throw new RoleNotFoundError();
    return roleFromRow(rows[0]);
  }

  /** Every skill must exist and be active: SKILL_NOT_FOUND (merged ones name their successor), SKILL_RETIRED. */
  private async checkSkills(manager: EntityManager, skillIds: readonly string[]): Promise<void> {
    const unique = [...new Set(skillIds)];
    if (!unique.length) return;
    const rows: Array<{ id: string; status: string; merged_into_id: string | null }> = await manager.query(
      `SELECT id, status, merged_into_id FROM skill WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of unique) {
      const skill = byId.get(id);
      if (!skill) throw new SkillNotFoundError();
      if (skill.status === 'merged') throw new SkillNotFoundError(skill.merged_into_id ?? undefined);
      if (skill.status === 'retired') throw new SkillRetiredError();
    }
  }

  private async insertRole(manager: EntityManager, projectId: string, role: RoleSpec): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO project_role (project_id, title, description, seats, join_policy, manager_consent, consent_days,
                                 join_requires_skills)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        projectId,
        role.title.trim(),
        role.description ?? '',
        role.seats,
        role.joinPolicy,
        role.managerConsent,
        role.managerConsent ? (role.consentDays ?? DEFAULT_CONSENT_DAYS) : (role.consentDays ?? null),
        role.joinRequiresSkills ?? false,
      ],
    );
    await this.insertRoleSkills(manager, row.id, role.skills);
    return row.id;
  }

  private async insertRoleSkills(
    manager: EntityManager,
    roleId: string,
    skills: readonly RoleSkillSpec[],
  ): Promise<void> {
    if (!skills.length) return;
    try {
      await manager.query(
        `INSERT INTO project_role_skill (role_id, skill_id, min_level, must_have)
         SELECT $1, * FROM unnest($2::uuid[], $3::smallint[], $4::boolean[])`,
        [
          roleId,
          skills.map((skill) => skill.skillId),
          skills.map((skill) => skill.minLevel),
          skills.map((skill) => skill.mustHave),
        ],
      );
    } catch (error) {
      if (isUniqueViolation(error)) refuse([{ field: 'skills', problems: ['lists a skill more than once'] }]);
      throw error;
    }
  }

  /** Completion and cancellation close what was still open: nobody waits on a closed project. */
  private async closeRequests(manager: EntityManager, projectId: string): Promise<void> {
    await manager.query(
      `UPDATE project_application SET status = 'closed', decided_at = now() WHERE project_id = $1 AND status = 'pending'`,
      [projectId],
    );
    await manager.query(
      `UPDATE project_invitation SET status = 'closed', decided_at = now() WHERE project_id = $1 AND status = 'pending'`,
      [projectId],
    );
    await manager.query(
      `UPDATE project_waitlist SET status = 'closed' WHERE project_id = $1 AND status IN ('waiting','offered')`,
      [projectId],
    );
    // Seats held for waitlist offers are released: seats_taken is the active members again.
    await manager.query(
      `UPDATE project_role r SET seats_taken = (
         SELECT count(*) FROM project_member m WHERE m.role_id = r.id AND m.left_at IS NULL)
        WHERE r.project_id = $1`,
      [projectId],
    );
  }
}

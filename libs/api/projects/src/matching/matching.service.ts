import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProfileField, visibleToViewerParams, visibleToViewerSql, type Viewer } from '@ensemble/api/people';
import { MATCHING as M } from './matching-weights';

export interface RequiredSkillFit {
  skillId: string;
  skillName: string;
  minLevel: number;
  mustHave: boolean;
  /** The person's level, null when they do not hold it (or only have an interest). */
  level: number | null;
  meetsMinimum: boolean;
  endorsementCount: number;
  evidenceCount: number;
  interested: boolean;
}

export interface RoleFit {
  score: number;
  coverage: number;
  /** Free hours a week after current projects; null when the person's availability is hidden from the viewer. */
  freeHours: number | null;
  hoursNeeded: number;
  activeProjects: number;
  skills: RequiredSkillFit[];
}

export interface CandidateRecord extends RoleFit {
  personId: string;
}

export interface RecommendationRecord extends RoleFit {
  projectId: string;
  roleId: string;
  projectTitle: string;
  roleTitle: string;
  seatsLeft: number;
}

export interface CoverageRecord {
  projectId: string;
  skillId: string;
  skillName: string;
  minLevel: number;
  mustHave: boolean;
  coveredBy: Array<{ personId: string; level: number }>;
}

/** SQL fragments shared by both directions of matching (docs/project-matching.md). */
const FIT = `(CASE WHEN ps.level IS NULL THEN 0
                   WHEN ps.level >= req.min_level THEN 1
                   ELSE ${M.belowMinimumShare} * ps.level / req.min_level END
              + CASE WHEN ps.level IS NULL THEN 0
                     ELSE ${M.endorsementBonus} * (1 - exp(-ps.endorsement_weight / 3.0))
                        + CASE WHEN ps.evidence_count > 0 THEN ${M.evidenceBonus} ELSE 0 END END)`;
const WEIGHT = `(CASE WHEN req.must_have THEN ${M.mustHaveWeight} ELSE ${M.niceToHaveWeight} END)`;
/** A person's current load: active memberships of projects that are forming or active. */
const LOAD = (person: string) => `(
  SELECT count(*)::int AS n, coalesce(sum(pr.hours_per_week), 0)::int AS hours
  FROM project_member m JOIN project pr ON pr.id = m.project_id
  WHERE m.person_id = ${person} AND m.left_at IS NULL AND pr.status IN ('forming', 'active'))`;
const SCORE = (coverage: string, hoursFit: string, interest: string, load: string) =>
  `round((100 * (${M.coverageWeight} * ${coverage} + ${M.hoursWeight} * ${hoursFit}
     + ${M.interestWeight} * ${interest} + ${M.loadWeight} * (1 - least(1, ${load}::numeric / ${M.fullLoadProjects}))))::numeric, 2)`;
/** The person's fit for each required skill of the role `req_role`, as JSON, in the role's order. */
const SKILL_FITS = (person: string, role: string) => `(
  SELECT coalesce(json_agg(json_build_object(
      'skillId', req.skill_id, 'skillName', s.name, 'minLevel', req.min_level, 'mustHave', req.must_have,
      'level', ps.level, 'meetsMinimum', coalesce(ps.level >= req.min_level, false),
      'endorsementCount', coalesce(ps.endorsement_count, 0), 'evidenceCount', coalesce(ps.evidence_count, 0),
      'interested', coalesce(ps.interest > 0 OR ps.wants_to_grow, false))
    ORDER BY req.must_have DESC, req.min_level DESC, s.name), '[]')
  FROM project_role_skill req JOIN skill s ON s.id = req.skill_id
  LEFT JOIN person_skill ps ON ps.person_id = ${person} AND ps.skill_id = req.skill_id
  WHERE req.role_id = ${role})`;

/**
 * Matching both ways with reasons: candidates for a role, projects for a person, and a project's team
 * coverage. Each is one SQL statement. Availability (hours per week) counts only where the viewer
 * may see it, through the profile's visibility policy.
 */
@Injectable()
export class ProjectMatchingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People for a role, best first: everyone holding or wanting one of its skills, minus the team. */
  async candidatesForRole(viewer: Viewer, roleId: string, first: number): Promise<CandidateRecord[]> {
    const vis = visibleToViewerParams(viewer, 'vis');
    const visibleHours = visibleToViewerSql('p', ProfileField.HOURS_PER_WEEK_AVAILABLE, 'vis')
      .replaceAll(':visViewerId', '$3::uuid')
      .replaceAll(':visPrivileged', '$4::boolean');
    const rows = (await this.dataSource.query(
      `WITH role AS (
         SELECT r.id, r.project_id, pr.owner_id, pr.hours_per_week
         FROM project_role r JOIN project pr ON pr.id = r.project_id WHERE r.id = $1
       ),
       req AS (SELECT rs.* FROM project_role_skill rs WHERE rs.role_id = $1),
       total AS (SELECT sum(${WEIGHT}) AS w, count(*) AS n FROM req),
       held AS (
         SELECT ps.person_id,
                sum(${WEIGHT} * ${FIT}) / nullif((SELECT w FROM total), 0) AS coverage,
                count(*) FILTER (WHERE ps.interest > 0 OR ps.wants_to_grow)::numeric / nullif((SELECT n FROM total), 0) AS interest
         FROM req JOIN person_skill ps ON ps.skill_id = req.skill_id
         GROUP BY ps.person_id
       ),
       shortlist AS (
         SELECT h.* FROM held h JOIN person p ON p.id = h.person_id AND p.status = 'active'
         WHERE h.person_id <> (SELECT owner_id FROM role)
           AND NOT EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = (SELECT project_id FROM role)
                           AND m.person_id = h.person_id AND m.left_at IS NULL)
         ORDER BY h.coverage DESC, h.interest DESC, h.person_id
         LIMIT ${M.shortlist}
       ),
       scored AS (
         SELECT s.person_id, s.coverage, load.n AS active_projects,
                CASE WHEN ${visibleHours} AND p.hours_per_week_available IS NOT NULL
                     THEN greatest(p.hours_per_week_available - load.hours, 0) END AS free_hours,
                (SELECT hours_per_week FROM role) AS hours_needed,
                s.interest
         FROM shortlist s JOIN person p ON p.id = s.person_id
         CROSS JOIN LATERAL ${LOAD('s.person_id')} load
       ),
       ranked AS (
         SELECT x.*, ${SCORE(
           'x.coverage',
           `CASE WHEN x.free_hours IS NULL THEN ${M.unknownHours} ELSE least(1, x.free_hours::numeric / greatest(x.hours_needed, 1)) END`,
           'x.interest',
           'x.active_projects',
         )} AS score
         FROM scored x
         ORDER BY score DESC, x.person_id
         LIMIT $2
       )
       SELECT r.person_id AS "personId", r.score, round(r.coverage::numeric, 3) AS coverage,
              r.free_hours AS "freeHours", r.hours_needed AS "hoursNeeded", r.active_projects AS "activeProjects",
              ${SKILL_FITS('r.person_id', '$1')} AS skills
       FROM ranked r ORDER BY r.score DESC, r.person_id`,
      [roleId, first, vis['visViewerId'], vis['visPrivileged']],
    )) as Array<Omit<CandidateRecord, 'score' | 'coverage'> & { score: string; coverage: string }>;
    return rows.map((row) => ({ ...row, score: Number(row.score), coverage: Number(row.coverage) }));
  }

  /**
   * Open roles for the viewer, best first: roles with a free seat in projects that are proposed,
   * forming or active and visible to them (company-wide, or their department's), where they are
   * not yet a member; only roles needing at least one skill they hold or want.
   */
  async recommendedRoles(viewer: Viewer, first: number): Promise<RecommendationRecord[]> {
    const rows = (await this.dataSource.query(
      `WITH me AS (SELECT id, department_id, hours_per_week_available FROM person WHERE id = $1),
       load AS ${LOAD('$1')},
       open_roles AS (
         SELECT r.id AS role_id, r.project_id, r.title AS role_title, pr.title AS project_title,
                pr.hours_per_week, r.seats - r.seats_taken AS seats_left
         FROM project_role r JOIN project pr ON pr.id = r.project_id
         WHERE pr.status IN ('proposed', 'forming', 'active') AND r.seats_taken < r.seats
           AND pr.owner_id <> $1
           AND (pr.visibility = 'company'
                OR (pr.visibility = 'department' AND pr.department_id = (SELECT department_id FROM me)))
           AND NOT EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = pr.id AND m.person_id = $1 AND m.left_at IS NULL)
       ),
       fits AS (
         SELECT o.role_id,
                sum(${WEIGHT} * ${FIT}) / nullif(sum(${WEIGHT}), 0) AS coverage,
                count(*) FILTER (WHERE ps.interest > 0 OR ps.wants_to_grow)::numeric / count(*) AS interest,
                count(ps.person_id) AS touched
         FROM open_roles o JOIN project_role_skill req ON req.role_id = o.role_id
         LEFT JOIN person_skill ps ON ps.person_id = $1 AND ps.skill_id = req.skill_id
         GROUP BY o.role_id
       ),
       ranked AS (
         SELECT o.*, f.coverage,
                CASE WHEN (SELECT hours_per_week_available FROM me) IS NULL THEN NULL
                     ELSE greatest((SELECT hours_per_week_available FROM me) - (SELECT hours FROM load), 0) END AS free_hours,
                (SELECT n FROM load) AS active_projects,
                f.interest
         FROM open_roles o JOIN fits f ON f.role_id = o.role_id
         WHERE f.touched > 0
       ),
       top AS (
         SELECT x.*, ${SCORE(
           'x.coverage',
           `CASE WHEN x.free_hours IS NULL THEN ${M.unknownHours} ELSE least(1, x.free_hours::numeric / greatest(x.hours_per_week, 1)) END`,
           'x.interest',
           'x.active_projects',
         )} AS score
         FROM ranked x ORDER BY score DESC, x.role_id LIMIT $2
       )
       SELECT t.project_id AS "projectId", t.role_id AS "roleId", t.project_title AS "projectTitle",
              t.role_title AS "roleTitle", t.seats_left AS "seatsLeft", t.score, round(t.coverage::numeric, 3) AS coverage,
              t.free_hours AS "freeHours", t.hours_per_week AS "hoursNeeded", t.active_projects AS "activeProjects",
              ${SKILL_FITS('$1::uuid', 't.role_id')} AS skills
       FROM top t ORDER BY t.score DESC, t.role_id`,
      [viewer.personId, first],
    )) as Array<Omit<RecommendationRecord, 'score' | 'coverage'> & { score: string; coverage: string }>;
    return rows.map((row) => ({ ...row, score: Number(row.score), coverage: Number(row.coverage) }));
  }

  /**
   * Which of each project's required skills the active members cover (at the role's minimum level)
   * and which are gaps, for many projects in one statement. A skill required by several roles of a
   * project appears once, at its highest minimum.
   */
  async teamCoverage(projectIds: readonly string[]): Promise<CoverageRecord[]> {
    return (await this.dataSource.query(
      `WITH req AS (
         SELECT r.project_id, rs.skill_id, max(rs.min_level) AS min_level, bool_or(rs.must_have) AS must_have
         FROM project_role r JOIN project_role_skill rs ON rs.role_id = r.id
         WHERE r.project_id = ANY($1::uuid[]) GROUP BY r.project_id, rs.skill_id
       )
       SELECT req.project_id AS "projectId", req.skill_id AS "skillId", s.name AS "skillName",
              req.min_level AS "minLevel", req.must_have AS "mustHave",
              (SELECT coalesce(json_agg(json_build_object('personId', m.person_id, 'level', ps.level)
                        ORDER BY ps.level DESC, m.person_id), '[]')
               FROM project_member m
               JOIN person_skill ps ON ps.person_id = m.person_id AND ps.skill_id = req.skill_id AND ps.level >= req.min_level
               WHERE m.project_id = req.project_id AND m.left_at IS NULL) AS "coveredBy"
       FROM req JOIN skill s ON s.id = req.skill_id
       ORDER BY req.project_id, req.must_have DESC, s.name`,
      [[...projectIds]],
    )) as CoverageRecord[];
  }
}

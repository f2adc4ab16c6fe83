import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OperationWarmups, PreparedStatement, sql } from '@ensemble/api/core';
import { PeopleIndexService, type PeopleIndex } from '@ensemble/api/people-index';
import type { DepartmentRecord, PersonRecord, Relationship, Viewer } from '@ensemble/api/people';
import {
  pastEndSql,
  projectColumns,
  projectFromRow,
  visibleSql,
  type ProjectRecord,
  type ProjectRow,
  type ViewerRef,
} from '../services/project-rules';
import { VisibleHours, explainFits, type ExplainedRequirement } from './candidate-details';
import { shortlistByCoverage } from './coverage-shortlist';
import { MATCHING as M } from './matching-weights';
import {
  EXPLANATION_ORDER,
  FIT,
  HOURS_FIT,
  LOAD,
  SCORE,
  SCORE_SHORTLIST,
  SKILL_FITS,
  WEIGHT,
} from './matching.sql';

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
  /** The candidate as the people index holds them, current as of this request, with what the page's fields need. */
  person: PersonRecord;
  department: DepartmentRecord | null;
  relationship: Relationship;
}

export interface RecommendationRecord extends RoleFit {
  projectId: string;
  roleId: string;
  projectTitle: string;
  roleTitle: string;
  seatsLeft: number;
}

/** A role as matching needs it ($1 role, $2 viewer, $3 viewer is HR or admin): prepared, it runs on every candidates request. */
const ROLE_FOR_MATCHING = new PreparedStatement(
  'matching.role',
  `SELECT ${projectColumns('$2')},
      (SELECT coalesce(json_agg(json_build_object('skillId', req.skill_id, 'skillName', s.name,
                                                  'minLevel', req.min_level, 'mustHave', req.must_have)
                                ORDER BY ${EXPLANATION_ORDER}), '[]')
         FROM project_role_skill req JOIN skill s ON s.id = req.skill_id WHERE req.role_id = r.id) AS requirements,
      (SELECT coalesce(json_agg(m.person_id), '[]')
         FROM project_member m WHERE m.project_id = p.id AND m.left_at IS NULL) AS member_ids
     FROM project_role r JOIN project p ON p.id = r.project_id LEFT JOIN department d ON d.id = p.department_id
    WHERE r.id = $1 AND ${visibleSql('$2', '$3')}`,
);
/** SCORE_SHORTLIST, prepared: it runs on every candidates request. */
const SCORE_SHORTLIST_PREPARED = new PreparedStatement('matching.score-shortlist', SCORE_SHORTLIST);

export interface RoleForMatching {
  roleId: string;
  project: ProjectRecord;
  /** Required skills, in the order they are explained. */
  requirements: ExplainedRequirement[];
  /** The project's current members (whatever their role). */
  memberIds: string[];
}

export interface CoverageRecord {
  projectId: string;
  skillId: string;
  skillName: string;
  minLevel: number;
  mustHave: boolean;
  coveredBy: Array<{ personId: string; level: number }>;
}

/**
 * Matching both ways with reasons: candidates for a role, projects for a person, and a project's team
 * coverage. Recommendations and coverage are one SQL statement each; candidates are found on the
 * people index (every holder of a common skill is too many to add up per request in SQL, ADR 0008)
 * and scored in one statement. Availability (hours per week) counts only where the viewer may see it,
 * through the profile's visibility policy.
 */
@Injectable()
export class ProjectMatchingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly peopleIndex: PeopleIndexService,
    private readonly warmups: OperationWarmups,
  ) {}

  onModuleInit(): void {
    // The candidates' catch-up read starts beside the session lookup.
    this.warmups.register('candidatesForRole', () => this.peopleIndex.warm());
  }

  /**
   * The role as matching needs it, if the viewer may see its project (one statement): the project
   * (with whether the viewer leads it), the required skills in the order they are explained, and who
   * is on the team.
   */
  async roleForMatching(viewer: ViewerRef, roleId: string): Promise<RoleForMatching | null> {
    const [row] = await sql.rows<ProjectRow & { requirements: ExplainedRequirement[]; member_ids: string[] }>(
      this.dataSource,
      ROLE_FOR_MATCHING,
      [roleId, viewer.personId, viewer.privileged],
    );
    if (!row) return null;
    return {
      roleId,
      project: projectFromRow(row),
      requirements: row.requirements,
      memberIds: row.member_ids,
    };
  }

  /** The people index with every change committed before the request began (one statement: its catch-up read). */
  currentPeopleIndex(): Promise<PeopleIndex> {
    return this.peopleIndex.currentForRequest();
  }

  /**
   * People for a role, best first: everyone holding or wanting one of its skills, minus the owner and
   * the team (docs/project-matching.md). On the people index (caught up: currentPeopleIndex): the
   * shortlist by coverage, the free hours the viewer may see, and every required skill explained; one
   * statement adds the current load and scores, orders and cuts the shortlist.
   */
  async candidatesForRole(
    viewer: Viewer,
    role: RoleForMatching,
    index: PeopleIndex,
    first: number,
  ): Promise<CandidateRecord[]> {
    if (!role.requirements.length) return [];
    const shortlist = shortlistByCoverage(
      index,
      role.requirements,
      new Set([role.project.ownerId, ...role.memberIds]),
      M.shortlist,
    );
    if (!shortlist.length) return [];
    const hours = new VisibleHours(index.people, viewer, index.hasReports);
    // One JSON text: coverage goes over as the shortest decimal that reads back as the same double.
    const shortlisted = JSON.stringify(
      shortlist.map(({ personId, coverage, interested }) => {
        const person = index.people.get(personId);
        return { id: personId, coverage, interested, hours: person ? hours.of(person) : null };
      }),
    );
    const rows = await sql.rows<{
      personId: string;
      score: string;
      coverage: string;
      freeHours: number | null;
      activeProjects: number;
    }>(this.dataSource, SCORE_SHORTLIST_PREPARED, [
      first,
      shortlisted,
      role.requirements.length,
      role.project.hoursPerWeek,
    ]);
    return rows.flatMap((row) => {
      const person = index.people.get(row.personId);
      // Everyone shortlisted is in the index; its row is what the page shows (no statement of its own).
      if (!person?.record) return [];
      return [
        {
          person: person.record,
          department: index.departmentOf(person),
          relationship: hours.relationship(person),
          score: Number(row.score),
          coverage: Number(row.coverage),
          freeHours: row.freeHours,
          hoursNeeded: role.project.hoursPerWeek,
          activeProjects: row.activeProjects,
          skills: explainFits(person, role.requirements),
        },
      ];
    });
  }

  /**
   * Open roles for the viewer, best first: roles with a free seat in projects that are proposed,
   * forming or active, not past their end date, and visible to them (company-wide, or their
   * department's), that they do not lead, are not a member of, and have no pending application to or
   * waitlist place in; only roles needing at least one skill they hold or want. One entry per
   * project and role title: a project with two roles of the same title (two "Engineer" roles) shows
   * the better fit only, so the list never reads as the same role twice.
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
           AND NOT ${pastEndSql('pr')}
           AND pr.owner_id <> $1
           AND NOT EXISTS (SELECT 1 FROM project_lead l WHERE l.project_id = pr.id AND l.person_id = $1)
           AND (pr.visibility = 'company'
                OR (pr.visibility = 'department' AND pr.department_id = (SELECT department_id FROM me)))
           AND NOT EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = pr.id AND m.person_id = $1 AND m.left_at IS NULL)
           AND NOT EXISTS (SELECT 1 FROM project_application a
                            WHERE a.project_id = pr.id AND a.person_id = $1 AND a.status = 'pending')
           AND NOT EXISTS (SELECT 1 FROM project_waitlist w
                            WHERE w.role_id = r.id AND w.person_id = $1 AND w.status IN ('waiting', 'offered'))
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
       scored AS (
         SELECT DISTINCT ON (x.project_id, lower(x.role_title)) x.*, ${SCORE(
           'x.coverage',
           HOURS_FIT('x.free_hours', 'x.hours_per_week'),
           'x.interest',
           'x.active_projects',
         )} AS score
         FROM ranked x ORDER BY x.project_id, lower(x.role_title), score DESC, x.role_id
       ),
       top AS (SELECT * FROM scored ORDER BY score DESC, role_id LIMIT $2)
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

import { MATCHING as M } from './matching-weights';

/**
 * SQL of matching both ways (docs/project-matching.md), shared by ProjectMatchingService and by the
 * benchmark's PostgreSQL-only baseline (bench/support/sql-candidates.ts), so that both score alike.
 */

/** A person's fit (`ps`, person_skill, possibly missing) for a required skill (`req`, project_role_skill). */
export const FIT = `(CASE WHEN ps.level IS NULL THEN 0
                   WHEN ps.level >= req.min_level THEN 1
                   ELSE ${M.belowMinimumShare} * ps.level / req.min_level END
              + CASE WHEN ps.level IS NULL THEN 0
                     ELSE ${M.endorsementBonus} * (1 - exp(-ps.endorsement_weight / 3.0))
                        + CASE WHEN ps.evidence_count > 0 THEN ${M.evidenceBonus} ELSE 0 END END)`;
export const WEIGHT = `(CASE WHEN req.must_have THEN ${M.mustHaveWeight} ELSE ${M.niceToHaveWeight} END)`;

/** A person's current load: active memberships of projects that are forming or active. */
export const LOAD = (person: string) => `(
  SELECT count(*)::int AS n, coalesce(sum(pr.hours_per_week), 0)::int AS hours
  FROM project_member m JOIN project pr ON pr.id = m.project_id
  WHERE m.person_id = ${person} AND m.left_at IS NULL AND pr.status IN ('forming', 'active'))`;

/** The hours term: free hours against the hours needed, neutral when the viewer may not see them. */
export const HOURS_FIT = (freeHours: string, hoursNeeded: string) =>
  `CASE WHEN ${freeHours} IS NULL THEN ${M.unknownHours} ELSE least(1, ${freeHours}::numeric / greatest(${hoursNeeded}, 1)) END`;

export const SCORE = (coverage: string, hoursFit: string, interest: string, load: string) =>
  `round((100 * (${M.coverageWeight} * ${coverage} + ${M.hoursWeight} * ${hoursFit}
     + ${M.interestWeight} * ${interest} + ${M.loadWeight} * (1 - least(1, ${load}::numeric / ${M.fullLoadProjects}))))::numeric, 2)`;

/** The order a role's required skills are explained in (`req`: project_role_skill, `s`: skill). */
export const EXPLANATION_ORDER = 'req.must_have DESC, req.min_level DESC, s.name';

/** The person's fit for each required skill of the role `role`, as JSON, in the explanation order. */
export const SKILL_FITS = (person: string, role: string) => `(
  SELECT coalesce(json_agg(json_build_object(
      'skillId', req.skill_id, 'skillName', s.name, 'minLevel', req.min_level, 'mustHave', req.must_have,
      'level', ps.level, 'meetsMinimum', coalesce(ps.level >= req.min_level, false),
      'endorsementCount', coalesce(ps.endorsement_count, 0), 'evidenceCount', coalesce(ps.evidence_count, 0),
      'interested', coalesce(ps.interest > 0 OR ps.wants_to_grow, false))
    ORDER BY ${EXPLANATION_ORDER}), '[]')
  FROM project_role_skill req JOIN skill s ON s.id = req.skill_id
  LEFT JOIN person_skill ps ON ps.person_id = ${person} AND ps.skill_id = req.skill_id
  WHERE req.role_id = ${role})`;

/**
 * A role's shortlist (computed on the people index) scored in full and cut to the page, best first.
 * Parameters: $1 page size; $2 the shortlist as JSON, one object per person: id, coverage, how many
 * required skills they want (`interested`), hours per week available (`hours`, null where the viewer
 * may not see them); $3 the number of required skills; $4 the hours a week the project needs.
 */
export const SCORE_SHORTLIST = `
  WITH scored AS MATERIALIZED (
    SELECT s.id AS person_id, s.coverage, s.interested::numeric / $3 AS interest, load.n AS active_projects,
           CASE WHEN s.hours IS NOT NULL THEN greatest(s.hours - load.hours, 0) END AS free_hours
    FROM json_to_recordset($2::json) AS s(id uuid, coverage float8, interested int, hours int)
    CROSS JOIN LATERAL ${LOAD('s.id')} load
  )
  SELECT x.person_id AS "personId",
         ${SCORE('x.coverage', HOURS_FIT('x.free_hours', '$4::int'), 'x.interest', 'x.active_projects')} AS score,
         round(x.coverage::numeric, 3) AS coverage, x.free_hours AS "freeHours", x.active_projects AS "activeProjects"
  FROM scored x
  ORDER BY score DESC, x.person_id
  LIMIT $1`;

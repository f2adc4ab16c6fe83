/**
 * The PostgreSQL-only `candidatesForRole`, kept as a baseline for the people index that replaced it
 * (docs/adr/0008): the ONE statement ProjectMatchingService ran before (git history:
 * libs/api/projects/src/matching/matching.service.ts), which adds up every holder's coverage of the
 * role's skills in SQL, ranks them, scores the best 200 in full and explains the page. Its fit, score
 * and explanations are the service's own SQL fragments (matching.sql.ts), so that the two answers
 * can be compared.
 */
import type { Pool } from 'pg';
import { ProfileField, visibleToViewerParams, visibleToViewerSql, type Viewer } from '@ensemble/api/people';
import {
  FIT,
  HOURS_FIT,
  LOAD,
  MATCHING as M,
  SCORE,
  SKILL_FITS,
  WEIGHT,
} from '@ensemble/api/projects/matching-sql';

const VISIBLE_HOURS = visibleToViewerSql('p', ProfileField.HOURS_PER_WEEK_AVAILABLE, 'vis')
  .replaceAll(':visViewerId', '$3::uuid')
  .replaceAll(':visPrivileged', '$4::boolean');

/** $1 role, $2 page size, $3 viewer, $4 whether the viewer is HR or an admin. */
export const CANDIDATES_IN_SQL = `
  WITH role AS (
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
           CASE WHEN ${VISIBLE_HOURS} AND p.hours_per_week_available IS NOT NULL
                THEN greatest(p.hours_per_week_available - load.hours, 0) END AS free_hours,
           (SELECT hours_per_week FROM role) AS hours_needed,
           s.interest
    FROM shortlist s JOIN person p ON p.id = s.person_id
    CROSS JOIN LATERAL ${LOAD('s.person_id')} load
  ),
  ranked AS (
    SELECT x.*, ${SCORE('x.coverage', HOURS_FIT('x.free_hours', 'x.hours_needed'), 'x.interest', 'x.active_projects')} AS score
    FROM scored x
    ORDER BY score DESC, x.person_id
    LIMIT $2
  )
  SELECT r.person_id AS "personId", r.score, round(r.coverage::numeric, 3) AS coverage,
         r.free_hours AS "freeHours", r.hours_needed AS "hoursNeeded", r.active_projects AS "activeProjects",
         ${SKILL_FITS('r.person_id', '$1')} AS skills
  FROM ranked r ORDER BY r.score DESC, r.person_id`;

export interface SqlCandidateRow {
  personId: string;
  score: string;
  coverage: string;
  freeHours: number | null;
  hoursNeeded: number;
  activeProjects: number;
  skills: Array<Record<string, unknown>>;
}

/** The first `first` candidates for the role, as the viewer may see them, by the PostgreSQL-only statement. */
export async function candidatesInSql(
  pool: Pool,
  roleId: string,
  first: number,
  viewer: Viewer,
): Promise<SqlCandidateRow[]> {
  const vis = visibleToViewerParams(viewer, 'vis');
  return (
    await pool.query<SqlCandidateRow>(CANDIDATES_IN_SQL, [
      roleId,
      first,
      vis['visViewerId'],
      vis['visPrivileged'],
    ])
  ).rows;
}

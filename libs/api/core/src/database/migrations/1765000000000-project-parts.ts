import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each person's part in a project, and the skills that part puts to use (docs/adr/0020):
 *
 * - `project_part`: one row per person on a project's current team with their highest part, owner,
 *   then co-lead, then member (active seat), and the role of their seat when they hold one (an owner
 *   may hold a seat too). Derived from project, project_lead and project_member, so whatever writes
 *   those (the API, the demo seeder) is described correctly without a second copy to keep.
 * - `project_part_skill`: the skills a part covers. A member covers their role's required skills; the
 *   owner and co-leads run the whole team, so they cover every skill the project's roles require.
 *
 * Completing a project writes project_evidence from `project_part_skill` for the skills each person
 * holds with a level, once per person, skill and project (its primary key). Existing completed
 * projects get the evidence their owners and co-leads were missing.
 */
export class ProjectParts1765000000000 implements MigrationInterface {
  name = 'ProjectParts1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE VIEW project_part AS
      SELECT DISTINCT ON (t.project_id, t.person_id) t.project_id, t.person_id, t.part, seat.role_id
        FROM (SELECT id AS project_id, owner_id AS person_id, 'owner'::text AS part, 1 AS rank FROM project
              UNION ALL SELECT project_id, person_id, 'co_lead', 2 FROM project_lead
              UNION ALL SELECT project_id, person_id, 'member', 3 FROM project_member WHERE left_at IS NULL) t
        LEFT JOIN project_member seat
          ON seat.project_id = t.project_id AND seat.person_id = t.person_id AND seat.left_at IS NULL
       ORDER BY t.project_id, t.person_id, t.rank`);
    await db.query(`
      CREATE VIEW project_part_skill AS
      SELECT DISTINCT pp.project_id, pp.person_id, rs.skill_id
        FROM project_part pp
        JOIN project_role r ON r.project_id = pp.project_id AND (pp.part <> 'member' OR r.id = pp.role_id)
        JOIN project_role_skill rs ON rs.role_id = r.id`);
    // Completed before this migration: the owners' and co-leads' evidence (members have theirs).
    await db.query(`
      WITH evidence AS (
        INSERT INTO project_evidence (project_id, person_id, skill_id, created_at)
        SELECT k.project_id, k.person_id, k.skill_id, p.completed_at
          FROM project p
          JOIN project_part_skill k ON k.project_id = p.id
          JOIN person_skill ps ON ps.person_id = k.person_id AND ps.skill_id = k.skill_id AND ps.level IS NOT NULL
         WHERE p.status = 'completed'
        ON CONFLICT DO NOTHING
        RETURNING person_id, skill_id
      ), counted AS (
        SELECT person_id, skill_id, count(*)::int AS n FROM evidence GROUP BY person_id, skill_id
      )
      UPDATE person_skill ps SET evidence_count = ps.evidence_count + c.n
        FROM counted c WHERE ps.person_id = c.person_id AND ps.skill_id = c.skill_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to members only: evidence their seat's role does not cover goes, with its count.
    await db.query(`
      WITH withdrawn AS (
        DELETE FROM project_evidence e
         WHERE NOT EXISTS (
           SELECT 1 FROM project_member m JOIN project_role_skill rs ON rs.role_id = m.role_id
            WHERE m.project_id = e.project_id AND m.person_id = e.person_id AND m.left_at IS NULL
              AND rs.skill_id = e.skill_id)
        RETURNING person_id, skill_id
      ), counted AS (
        SELECT person_id, skill_id, count(*)::int AS n FROM withdrawn GROUP BY person_id, skill_id
      )
      UPDATE person_skill ps SET evidence_count = greatest(ps.evidence_count - c.n, 0)
        FROM counted c WHERE ps.person_id = c.person_id AND ps.skill_id = c.skill_id`);
    await db.query(`DROP VIEW project_part_skill`);
    await db.query(`DROP VIEW project_part`);
  }
}

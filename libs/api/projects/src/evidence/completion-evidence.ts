import type { EntityManager } from 'typeorm';

/**
 * The evidence a completed project leaves (docs/adr/0020): a project_evidence row, and one more
 * person_skill.evidence_count, for each skill of a person's part on the team (project_part_skill: the
 * role's skills for a member, every skill the project requires for its owner and co-leads) that they
 * hold with a level. One row per project, person and skill: an owner who also holds a seat, or a skill
 * two roles require, counts once. Runs in the completion's transaction, after the project row is
 * locked.
 *
 * The person_skill rows are locked in (person, skill) order before they are written, the order of
 * docs/adr/0016: someone setting their level in one of these skills at the same moment locks the same
 * rows in person order, so the two queue instead of deadlocking.
 */
export async function recordCompletionEvidence(manager: EntityManager, projectId: string): Promise<void> {
  const due: Array<{ person_id: string; skill_id: string }> = await manager.query(
    `SELECT ps.person_id, ps.skill_id FROM person_skill ps
      WHERE ps.level IS NOT NULL
        AND (ps.person_id, ps.skill_id) IN (SELECT k.person_id, k.skill_id FROM project_part_skill k WHERE k.project_id = $1)
      ORDER BY ps.person_id, ps.skill_id
      FOR NO KEY UPDATE OF ps`,
    [projectId],
  );
  if (!due.length) return;
  await manager.query(
    `WITH evidence AS (
       INSERT INTO project_evidence (project_id, person_id, skill_id)
       SELECT $1, d.person_id, d.skill_id FROM unnest($2::uuid[], $3::uuid[]) AS d(person_id, skill_id)
       ON CONFLICT DO NOTHING
       RETURNING person_id, skill_id
     )
     UPDATE person_skill ps SET evidence_count = ps.evidence_count + 1
       FROM evidence e WHERE ps.person_id = e.person_id AND ps.skill_id = e.skill_id`,
    [projectId, due.map((row) => row.person_id), due.map((row) => row.skill_id)],
  );
}

/**
 * After someone left the team of a completed project (a co-lead removed), takes back the evidence
 * their part no longer covers, with its count; what their seat's role covers stays. Same lock order:
 * their person_skill rows, in skill order, before the write.
 */
export async function withdrawUncoveredEvidence(manager: EntityManager, projectId: string, personId: string): Promise<void> {
  const uncovered = `SELECT e.skill_id FROM project_evidence e
    WHERE e.project_id = $1 AND e.person_id = $2
      AND NOT EXISTS (SELECT 1 FROM project_part_skill k
                       WHERE k.project_id = $1 AND k.person_id = $2 AND k.skill_id = e.skill_id)`;
  await manager.query(
    `SELECT 1 FROM person_skill ps WHERE ps.person_id = $2 AND ps.skill_id IN (${uncovered})
      ORDER BY ps.skill_id FOR NO KEY UPDATE OF ps`,
    [projectId, personId],
  );
  await manager.query(
    `WITH withdrawn AS (
       DELETE FROM project_evidence WHERE project_id = $1 AND person_id = $2 AND skill_id IN (${uncovered})
       RETURNING skill_id
     )
     -- Never below zero: a skill removed and added again since then started its count afresh.
     UPDATE person_skill ps SET evidence_count = ps.evidence_count - 1
       FROM withdrawn w WHERE ps.person_id = $2 AND ps.skill_id = w.skill_id AND ps.evidence_count > 0`,
    [projectId, personId],
  );
}

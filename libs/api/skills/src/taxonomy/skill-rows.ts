import type { SqlQuery } from '@ensemble/api/core';
import { SkillEntity, type SkillSourceName, type SkillStatusName } from '../entities/skill.entity';

/** A skill row as raw SQL returns it (see SKILL_COLUMNS). */
export interface SkillRow {
  id: string;
  name: string;
  normalized_name: string;
  description: string | null;
  category: string;
  parent_id: string | null;
  source: SkillSourceName;
  external_uri: string | null;
  status: SkillStatusName;
  merged_into_id: string | null;
  holder_count: number;
  created_at: Date;
  updated_at: Date;
}

export function skillFromRow(row: SkillRow): SkillEntity {
  return Object.assign(new SkillEntity(), {
    id: row.id,
    name: row.name,
    normalizedName: row.normalized_name,
    description: row.description,
    category: row.category,
    parentId: row.parent_id,
    source: row.source,
    externalUri: row.external_uri,
    status: row.status,
    mergedIntoId: row.merged_into_id,
    holderCount: row.holder_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/**
 * Recomputes holder_count from person_skill (for all skills, or the given ones) and returns how many
 * were wrong. The triggers keep the counts right; this repairs them after anything that bypassed
 * triggers (session_replication_role = replica during a restore, for instance) and backs merges.
 * Interest-only rows (level NULL) do not hold the skill, exactly as in the triggers.
 */
export async function recountHolderCounts(query: SqlQuery, skillIds?: readonly string[]): Promise<number> {
  const rows = await query<{ fixed: number }>(
    `WITH actual AS (
       SELECT s.id, (SELECT count(*)::int FROM person_skill ps WHERE ps.skill_id = s.id AND ps.level IS NOT NULL) AS holders
         FROM skill s
        WHERE $1::uuid[] IS NULL OR s.id = ANY($1::uuid[])
     ),
     fixed AS (
       UPDATE skill s SET holder_count = a.holders
         FROM actual a
        WHERE s.id = a.id AND s.holder_count <> a.holders
       RETURNING 1
     )
     SELECT count(*)::int AS fixed FROM fixed`,
    [skillIds ? [...skillIds] : null],
  );
  return rows[0]?.fixed ?? 0;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, decodeCursor, encodeCursor } from '@ensemble/api/core';
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL, SKILL_LEVELS } from '@ensemble/api/skills-data';

/** One holder of a skill on a page, with the values the page is sorted by. */
export interface SkillHolderRecord {
  skillId: string;
  personId: string;
  level: number;
  endorsementCount: number;
  familyName: string;
  givenName: string;
}

/** The holders of one skill at or above a level, one page of them, and how many there are in all. */
export interface SkillHoldersPage {
  /** Up to `first + 1` rows: the extra one says whether there is a next page. */
  rows: SkillHolderRecord[];
  totalCount: number;
}

export interface SkillHoldersQuery {
  first: number;
  after?: string;
  minLevel: number;
}

/** How many active people hold a skill at each level, and how many list it as interest only. */
export interface SkillLevelCounts {
  /** Levels 1 to 5 in order, zeros included. */
  byLevel: Array<{ level: number; name: string; count: number }>;
  interestOnly: number;
}

/** The page's sort key: level (highest first), endorsements (most first), family name, given name, id. */
type HolderCursor = [
  level: number,
  endorsementCount: number,
  familyName: string,
  givenName: string,
  personId: string,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function holderCursor(row: SkillHolderRecord): string {
  const key: HolderCursor = [row.level, row.endorsementCount, row.familyName, row.givenName, row.personId];
  return encodeCursor(key);
}

/** Decodes an `after` cursor, refusing one whose values could not have come from holderCursor. */
function decodeHolderCursor(after: string): HolderCursor {
  const [level, count, family, given, id] = decodeCursor(after, 5);
  if (
    Number.isInteger(level) &&
    Number.isInteger(count) &&
    typeof family === 'string' &&
    typeof given === 'string' &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return [level as number, count as number, family, given, id];
  }
  throw new BadUserInputError('The cursor "after" is not valid: pass the endCursor of a previous page.', [
    { field: 'after', problems: ['not a cursor issued by this API'] },
  ]);
}

/**
 * The active holders (level not null) of each requested skill and their endorsement counts, one page
 * per skill, in ONE statement however many skills and holders: a lateral join takes each skill's page
 * and counts its holders. Endorsements count only from active colleagues, as on profiles. The sort
 * key is compared as a row, with level and count negated so that the whole key ascends.
 */
const HOLDERS_OF_SKILLS = `
  WITH wanted AS (SELECT DISTINCT unnest($1::uuid[]) AS skill_id),
  endorsed AS (
    SELECT e.skill_id, e.person_id, count(*)::int AS endorsement_count
      FROM endorsement e
      JOIN person ep ON ep.id = e.endorser_id AND ep.status = 'active'
     WHERE e.skill_id IN (SELECT skill_id FROM wanted)
     GROUP BY e.skill_id, e.person_id
  ),
  holders AS (
    SELECT ps.skill_id, ps.person_id, ps.level::int AS level, p.family_name, p.given_name,
           coalesce(d.endorsement_count, 0) AS endorsement_count
      FROM person_skill ps
      JOIN person p ON p.id = ps.person_id AND p.status = 'active'
      LEFT JOIN endorsed d ON d.skill_id = ps.skill_id AND d.person_id = ps.person_id
     WHERE ps.skill_id IN (SELECT skill_id FROM wanted) AND ps.level >= $2
  )
  SELECT w.skill_id AS wanted_id, t.total, h.*
    FROM wanted w
   CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM holders c WHERE c.skill_id = w.skill_id) t
    LEFT JOIN LATERAL (
      SELECT x.* FROM holders x
       WHERE x.skill_id = w.skill_id
         AND ($3::int IS NULL
              OR (-x.level, -x.endorsement_count, x.family_name, x.given_name, x.person_id)
                 > (-$3::int, -$4::int, $5::text, $6::text, $7::uuid))
       ORDER BY -x.level, -x.endorsement_count, x.family_name, x.given_name, x.person_id
       LIMIT $8
    ) h ON true
   ORDER BY w.skill_id, -h.level, -h.endorsement_count, h.family_name, h.given_name, h.person_id`;

/** Holders per level of each requested skill (active people), level NULL being interest only. */
const LEVEL_COUNTS = `
  SELECT ps.skill_id, ps.level, count(*)::int AS people
    FROM person_skill ps
    JOIN person p ON p.id = ps.person_id AND p.status = 'active'
   WHERE ps.skill_id = ANY($1::uuid[])
   GROUP BY ps.skill_id, ps.level`;

interface HolderRow {
  wanted_id: string;
  total: number;
  person_id: string | null;
  level: number | null;
  endorsement_count: number | null;
  family_name: string | null;
  given_name: string | null;
}

/** Who holds a skill, at which level: the skill page's distribution chart and holder list. */
@Injectable()
export class SkillHoldersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of holders for each skill (the same page arguments for all), keyed by skill id; a skill
   * nobody holds gets an empty page.
   */
  async holdersOf(
    skillIds: readonly string[],
    query: SkillHoldersQuery,
  ): Promise<Map<string, SkillHoldersPage>> {
    if (
      !Number.isInteger(query.minLevel) ||
      query.minLevel < MIN_SKILL_LEVEL ||
      query.minLevel > MAX_SKILL_LEVEL
    ) {
      throw new BadUserInputError(
        `minLevel must be a whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}.`,
        [
          {
            field: 'minLevel',
            problems: [`must be a whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`],
          },
        ],
      );
    }
    const after = query.after ? decodeHolderCursor(query.after) : null;
    const rows: HolderRow[] = await this.dataSource.query(HOLDERS_OF_SKILLS, [
      [...skillIds],
      query.minLevel,
      after?.[0] ?? null,
      after?.[1] ?? null,
      after?.[2] ?? null,
      after?.[3] ?? null,
      after?.[4] ?? null,
      query.first + 1,
    ]);
    const pages = new Map<string, SkillHoldersPage>();
    for (const row of rows) {
      let page = pages.get(row.wanted_id);
      if (!page) {
        page = { rows: [], totalCount: row.total };
        pages.set(row.wanted_id, page);
      }
      if (row.person_id === null) continue;
      page.rows.push({
        skillId: row.wanted_id,
        personId: row.person_id,
        level: row.level as number,
        endorsementCount: row.endorsement_count as number,
        familyName: row.family_name as string,
        givenName: row.given_name as string,
      });
    }
    return pages;
  }

  /**
   * Per skill, in the order asked for: active holders at each level 1–5 (zeros included) and
   * interest-only people.
   */
  async levelCounts(skillIds: readonly string[]): Promise<SkillLevelCounts[]> {
    const rows: Array<{ skill_id: string; level: number | null; people: number }> =
      await this.dataSource.query(LEVEL_COUNTS, [[...skillIds]]);
    const counts = new Map<string, SkillLevelCounts>();
    for (const id of skillIds) {
      counts.set(id, {
        byLevel: SKILL_LEVELS.map(({ level, name }) => ({ level, name, count: 0 })),
        interestOnly: 0,
      });
    }
    for (const row of rows) {
      const forSkill = counts.get(row.skill_id);
      if (!forSkill) continue;
      if (row.level === null) forSkill.interestOnly = row.people;
      else {
        const entry = forSkill.byLevel.find((candidate) => candidate.level === row.level);
        if (entry) entry.count = row.people;
      }
    }
    return skillIds.map((id) => counts.get(id) as SkillLevelCounts);
  }
}

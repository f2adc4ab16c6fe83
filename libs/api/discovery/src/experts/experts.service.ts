import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SkillDictionary } from '../query/skill-dictionary.service';
import { SearchSkillNotFoundError } from '../search/search.errors';

/** Rising experts: endorsements received in this window, weighted like the ranking weighs them. */
export const RISING_WINDOW_DAYS = 90;

export interface ExpertRecord {
  personId: string;
  level: number;
  expertise: number;
  endorsementCount: number;
  endorsementWeight: number;
  evidenceCount: number;
  recentEndorsements: number;
}

export interface SkillExpertsRecord {
  skillId: string;
  skillName: string;
  holderCount: number;
  experts: ExpertRecord[];
  rising: ExpertRecord[];
}

/**
 * The company's experts in a skill (highest expertise: level, weighted endorsements, project
 * evidence; docs/discovery-ranking.md) and its rising experts (most weighted endorsements in the last
 * 90 days, among people not already in the experts list). One statement, read through the
 * (skill_id, expertise) index.
 */
@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dictionary: SkillDictionary,
  ) {}

  async forSkill(skillId: string, first: number): Promise<SkillExpertsRecord> {
    const vocabulary = await this.dictionary.vocabulary();
    const skill = vocabulary.skills.get(skillId);
    if (!skill) throw new SearchSkillNotFoundError([skillId]);
    const [row] = (await this.dataSource.query(
      `WITH experts AS (
         SELECT ps.person_id, ps.level, ps.expertise, ps.endorsement_count, ps.endorsement_weight, ps.evidence_count
         FROM person_skill ps JOIN person p ON p.id = ps.person_id AND p.status = 'active'
         WHERE ps.skill_id = $1 AND ps.level IS NOT NULL
         ORDER BY ps.expertise DESC, ps.person_id
         LIMIT $2
       ),
       recent AS (
         SELECT e.person_id, count(*)::int AS n, sum(0.4 + 0.12 * coalesce(es.level, 0)) AS w
         FROM endorsement e
         LEFT JOIN person_skill es ON es.person_id = e.endorser_id AND es.skill_id = e.skill_id
         WHERE e.skill_id = $1 AND e.created_at > now() - make_interval(days => $3)
         GROUP BY e.person_id
       ),
       rising AS (
         SELECT ps.person_id, ps.level, ps.expertise, ps.endorsement_count, ps.endorsement_weight, ps.evidence_count,
                r.n, r.w
         FROM recent r
         JOIN person_skill ps ON ps.person_id = r.person_id AND ps.skill_id = $1
         JOIN person p ON p.id = r.person_id AND p.status = 'active'
         WHERE r.person_id NOT IN (SELECT person_id FROM experts)
         ORDER BY r.w DESC, ps.expertise DESC, ps.person_id
         LIMIT $2
       )
       SELECT
         (SELECT coalesce(json_agg(json_build_object('personId', x.person_id, 'level', x.level, 'expertise', x.expertise,
            'endorsementCount', x.endorsement_count, 'endorsementWeight', x.endorsement_weight,
            'evidenceCount', x.evidence_count, 'recentEndorsements', coalesce(r.n, 0))
            ORDER BY x.expertise DESC, x.person_id), '[]')
          FROM experts x LEFT JOIN recent r ON r.person_id = x.person_id) AS experts,
         (SELECT coalesce(json_agg(json_build_object('personId', x.person_id, 'level', x.level, 'expertise', x.expertise,
            'endorsementCount', x.endorsement_count, 'endorsementWeight', x.endorsement_weight,
            'evidenceCount', x.evidence_count, 'recentEndorsements', x.n)
            ORDER BY x.w DESC, x.expertise DESC, x.person_id), '[]')
          FROM rising x) AS rising`,
      [skillId, first, RISING_WINDOW_DAYS],
    )) as Array<{ experts: ExpertRecord[]; rising: ExpertRecord[] }>;
    const round = (record: ExpertRecord): ExpertRecord => ({
      ...record,
      level: record.level ?? 0,
      expertise: Math.round(record.expertise * 10) / 10,
      endorsementWeight: Math.round(record.endorsementWeight * 100) / 100,
    });
    return {
      skillId,
      skillName: skill.name,
      holderCount: skill.holderCount,
      experts: (row?.experts ?? []).map(round),
      rising: (row?.rising ?? []).map(round),
    };
  }
}

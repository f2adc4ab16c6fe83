import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { ClientBase } from 'pg';
import { DataSource, In, Not, Repository, type EntityManager } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  NotFoundError,
  Transactions,
  isUniqueViolation,
  sql,
  type Principal,
} from '@ensemble/api/core';
import { SkillEntity } from '../entities/skill.entity';
import { SkillAliasEntity } from '../entities/skill-alias.entity';
import {
  SkillAlreadyMergedError,
  SkillMergeIntoItselfError,
  SkillMergeTargetInactiveError,
  SkillNameTakenError,
} from '../skills.errors';
import {
  DEFAULT_SUGGESTIONS,
  MAX_SEARCH_LENGTH,
  MAX_SUGGESTIONS,
  SKILL_COLUMNS,
  autocompleteStatement,
  matchOfTier,
  type SuggestionMatch,
} from '../taxonomy/autocomplete';
import {
  MAX_SKILL_NAME_LENGTH,
  characterLength,
  cleanSkillName,
  normalizeSkillName,
} from '../taxonomy/normalize';
import { recountHolderCounts, skillFromRow, type SkillRow } from '../taxonomy/skill-rows';
import { applyStarterTaxonomy } from '../taxonomy/install-starter';
import { namespaceOf, type TaxonomyReport } from '../taxonomy/upsert-taxonomy';

export interface SkillSuggestionResult {
  skill: SkillEntity;
  match: SuggestionMatch;
  matchedAlias: string | null;
}

export interface MergeOutcome {
  holdersMoved: number;
  holdersCombined: number;
  endorsementsMoved: number;
  endorsementsDropped: number;
  aliasesMoved: number;
  nameKeptAsAlias: boolean;
}

@Injectable()
export class SkillsService {
  constructor(
    @InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>,
    @InjectRepository(SkillAliasEntity) private readonly aliases: Repository<SkillAliasEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Autocomplete (see taxonomy/autocomplete.ts for matching and ranking): one SQL statement. */
  async autocomplete(search: string, first: number = DEFAULT_SUGGESTIONS): Promise<SkillSuggestionResult[]> {
    const trimmed = search.trim();
    const length = characterLength(trimmed);
    if (length < 1 || length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(`Type 1 to ${MAX_SEARCH_LENGTH} characters to search for skills.`, [
        {
          field: 'search',
          problems: [length < 1 ? 'is empty' : `is longer than ${MAX_SEARCH_LENGTH} characters`],
        },
      ]);
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
      throw new BadUserInputError(`Ask for 1 to ${MAX_SUGGESTIONS} suggestions.`, [
        { field: 'first', problems: [`must be from 1 to ${MAX_SUGGESTIONS}`] },
      ]);
    }
    const statement = autocompleteStatement(normalizeSkillName(trimmed), first);
    const rows: Array<SkillRow & { tier: number; matched_alias: string | null }> =
      await this.dataSource.query(statement.text, statement.values);
    return rows.map((row) => ({
      skill: skillFromRow(row),
      match: matchOfTier(row.tier),
      matchedAlias: row.matched_alias,
    }));
  }

  async getById(id: string): Promise<SkillEntity> {
    const skill = await this.skills.findOneBy({ id });
    if (!skill) throw new NotFoundError('Skill', 'This skill does not exist.');
    return skill;
  }

  findByIds(ids: readonly string[]): Promise<SkillEntity[]> {
    return this.skills.findBy({ id: In([...ids]) });
  }

  /** Aliases of each skill, alphabetically. */
  aliasesOf(skillIds: readonly string[]): Promise<SkillAliasEntity[]> {
    return this.aliases.find({ where: { skillId: In([...skillIds]) }, order: { normalizedAlias: 'ASC' } });
  }

  /** Narrower skills of each parent that have not been merged away, in name order. */
  childrenOf(parentIds: readonly string[]): Promise<SkillEntity[]> {
    return this.skills.find({
      where: { parentId: In([...parentIds]), status: Not('merged') },
      order: { normalizedName: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Installs or refreshes the starter taxonomy (idempotent; see taxonomy/upsert-taxonomy.ts). Runs on
   * a pooled connection of its own because the upsert drives `pg` directly.
   */
  async installStarterTaxonomy(): Promise<TaxonomyReport> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as ClientBase;
      return await applyStarterTaxonomy(client);
    } finally {
      await runner.release();
    }
  }

  /** Recomputes holder counts (all skills, or the given ones); returns how many were wrong. */
  recountHolders(skillIds?: readonly string[]): Promise<number> {
    return recountHolderCounts(sql.on(this.dataSource), skillIds);
  }

  /**
   * Merges `sourceId` into `targetId` in one transaction: holders move (a person holding both keeps
   * the higher level and interest, the longer experience, and any wish to grow), endorsements move
   * (those that would repeat one the endorser already gave for the target are dropped), aliases move
   * and the source's name becomes one, children and earlier merges are re-pointed, the source is
   * marked merged, and holder counts are recomputed.
   */
  async mergeSkill(actor: Principal, sourceId: string, targetId: string): Promise<SkillEntity> {
    if (sourceId === targetId) throw new SkillMergeIntoItselfError();
    return this.write(async (manager) => {
      const locked = await this.lock(manager, [sourceId, targetId]);
      const source = locked.get(sourceId);
      const target = locked.get(targetId);
      if (!source) throw new NotFoundError('Skill', 'The skill to merge does not exist.');
      if (!target) throw new NotFoundError('Skill', 'The skill to merge into does not exist.');
      if (source.status === 'merged') throw new SkillAlreadyMergedError('merged again');
      if (target.status !== 'active') throw new SkillMergeTargetInactiveError(target.status);

      const [holders] = await manager.query(
        `WITH moved AS (
           INSERT INTO person_skill (person_id, skill_id, level, interest, years, wants_to_grow, created_at, updated_at)
           SELECT person_id, $2, level, interest, years, wants_to_grow, created_at, now()
             FROM person_skill WHERE skill_id = $1
           ON CONFLICT (person_id, skill_id) DO UPDATE SET
             level = GREATEST(person_skill.level, EXCLUDED.level),
             interest = GREATEST(person_skill.interest, EXCLUDED.interest),
             years = GREATEST(person_skill.years, EXCLUDED.years),
             wants_to_grow = person_skill.wants_to_grow OR EXCLUDED.wants_to_grow,
             updated_at = now()
           RETURNING (xmax = 0) AS inserted
         )
         SELECT count(*) FILTER (WHERE inserted)::int AS moved, count(*) FILTER (WHERE NOT inserted)::int AS combined FROM moved`,
        [sourceId, targetId],
      );
      // Every person with a source endorsement now holds the target, so the foreign key holds.
      const endorsementsMoved = await sql.affected(
        manager,
        `UPDATE endorsement e SET skill_id = $2
          WHERE e.skill_id = $1
            AND NOT EXISTS (SELECT 1 FROM endorsement d
                             WHERE d.skill_id = $2 AND d.endorser_id = e.endorser_id AND d.person_id = e.person_id)`,
        [sourceId, targetId],
      );
      const endorsementsDropped = await sql.affected(manager, `DELETE FROM endorsement WHERE skill_id = $1`, [sourceId]);
      await manager.query(`DELETE FROM person_skill WHERE skill_id = $1`, [sourceId]);

      const aliasesMoved = await sql.affected(manager, `UPDATE skill_alias SET skill_id = $2 WHERE skill_id = $1`, [
        sourceId,
        targetId,
      ]);
      // A moved alias may spell the target's own name: it would only duplicate it.
      await manager.query(`DELETE FROM skill_alias WHERE skill_id = $1 AND normalized_alias = $2`, [
        targetId,
        target.normalized_name,
      ]);
      let nameKeptAsAlias = false;
      if (source.normalized_name !== target.normalized_name) {
        const kept = await manager.query(
          `INSERT INTO skill_alias (normalized_alias, skill_id, alias) VALUES ($1, $2, $3)
           ON CONFLICT (normalized_alias) DO NOTHING RETURNING 1`,
          [source.normalized_name, targetId, source.name],
        );
        nameKeptAsAlias = kept.length > 0;
      }

      // Skills merged into the source earlier now point at the target directly (no chains).
      await manager.query(
        `UPDATE skill SET merged_into_id = $2, updated_at = now() WHERE merged_into_id = $1`,
        [sourceId, targetId],
      );
      // The source's children move under the target, unless the target is one of the source's
      // descendants: then they move up to the source's parent, which cannot close a cycle.
      const [{ below }] = await manager.query(
        `WITH RECURSIVE up(id, depth) AS (
           SELECT parent_id, 1 FROM skill WHERE id = $2
           UNION ALL
           SELECT s.parent_id, up.depth + 1 FROM skill s JOIN up ON s.id = up.id WHERE up.depth < 100
         )
         SELECT EXISTS (SELECT 1 FROM up WHERE id = $1) AS below`,
        [sourceId, targetId],
      );
      const heir = below ? source.parent_id : targetId;
      await manager.query(
        `UPDATE skill SET parent_id = $2, updated_at = now() WHERE parent_id = $1 AND id <> $3`,
        [sourceId, heir, targetId],
      );
      if (target.parent_id === sourceId) {
        await manager.query(`UPDATE skill SET parent_id = $2, updated_at = now() WHERE id = $1`, [
          targetId,
          source.parent_id,
        ]);
      }
      await manager.query(
        `UPDATE skill SET status = 'merged', merged_into_id = $2, updated_at = now() WHERE id = $1`,
        [sourceId, targetId],
      );
      await recountHolderCounts(sql.on(manager), [sourceId, targetId]);

      const outcome: MergeOutcome = {
        holdersMoved: holders.moved,
        holdersCombined: holders.combined,
        endorsementsMoved,
        endorsementsDropped,
        aliasesMoved,
        nameKeptAsAlias,
      };
      await this.record(manager, actor, 'skill.merged', sourceId, {
        sourceId,
        sourceName: source.name,
        targetId,
        targetName: target.name,
        ...outcome,
      });
      return this.reload(manager, targetId);
    });
  }

  /** Renames a skill; the old name stays as an alias so that people searching for it still find it. */
  async renameSkill(actor: Principal, id: string, name: string): Promise<SkillEntity> {
    const clean = cleanSkillName(name);
    const normalized = normalizeSkillName(clean);
    if (
      !normalized ||
      characterLength(clean) > MAX_SKILL_NAME_LENGTH ||
      characterLength(normalized) > MAX_SKILL_NAME_LENGTH
    ) {
      throw new BadUserInputError(`A skill name has 1 to ${MAX_SKILL_NAME_LENGTH} characters.`, [
        {
          field: 'name',
          problems: [normalized ? `is longer than ${MAX_SKILL_NAME_LENGTH} characters` : 'is empty'],
        },
      ]);
    }
    return this.write(async (manager) => {
      const skill = (await this.lock(manager, [id])).get(id);
      if (!skill) throw new NotFoundError('Skill', 'This skill does not exist.');
      if (skill.status === 'merged') throw new SkillAlreadyMergedError('renamed');
      if (clean === skill.name) return skillFromRow(skill);

      const renamed = normalized !== skill.normalized_name;
      if (renamed) {
        const [clash] = await manager.query(
          `SELECT name FROM skill
            WHERE status <> 'merged' AND id <> $1 AND normalized_name = $2 AND source = ANY($3::text[])`,
          [id, normalized, namespaceOf(skill.source)],
        );
        if (clash) throw new SkillNameTakenError(`Another skill is already called "${clash.name}".`);
        const [alias] = await manager.query(`SELECT skill_id FROM skill_alias WHERE normalized_alias = $1`, [
          normalized,
        ]);
        if (alias && alias.skill_id !== id)
          throw new SkillNameTakenError(`"${clean}" is already an alias of another skill.`);
        // The skill's own alias becomes its name.
        if (alias) await manager.query(`DELETE FROM skill_alias WHERE normalized_alias = $1`, [normalized]);
      }
      await manager.query(
        `UPDATE skill SET name = $2, normalized_name = $3, updated_at = now() WHERE id = $1`,
        [id, clean, normalized],
      );
      let oldNameKeptAsAlias = false;
      if (renamed) {
        const kept = await manager.query(
          `INSERT INTO skill_alias (normalized_alias, skill_id, alias) VALUES ($1, $2, $3)
           ON CONFLICT (normalized_alias) DO NOTHING RETURNING 1`,
          [skill.normalized_name, id, skill.name],
        );
        oldNameKeptAsAlias = kept.length > 0;
      }
      await this.record(manager, actor, 'skill.renamed', id, {
        from: skill.name,
        to: clean,
        oldNameKeptAsAlias,
      });
      return this.reload(manager, id);
    });
  }

  /** Retires a skill: no longer suggested, still shown on the profiles that hold it. Idempotent. */
  async retireSkill(actor: Principal, id: string): Promise<SkillEntity> {
    return this.write(async (manager) => {
      const skill = (await this.lock(manager, [id])).get(id);
      if (!skill) throw new NotFoundError('Skill', 'This skill does not exist.');
      if (skill.status === 'merged') throw new SkillAlreadyMergedError('retired');
      if (skill.status === 'retired') return skillFromRow(skill);
      await manager.query(`UPDATE skill SET status = 'retired', updated_at = now() WHERE id = $1`, [id]);
      await this.record(manager, actor, 'skill.retired', id, {
        name: skill.name,
        holders: skill.holder_count,
      });
      return this.reload(manager, id);
    });
  }

  /** A write transaction; a unique-name violation raced past our checks reads as SKILL_NAME_TAKEN. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'skill_name_key') || isUniqueViolation(error, 'skill_alias_pkey')) {
        throw new SkillNameTakenError('Another skill took this name at the same moment: try again.');
      }
      throw error;
    }
  }

  /** Locks the skills (in id order, so concurrent admin changes cannot deadlock) and returns them. */
  private async lock(manager: EntityManager, ids: string[]): Promise<Map<string, SkillRow>> {
    const rows: SkillRow[] = await manager.query(
      `SELECT ${SKILL_COLUMNS} FROM skill WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async reload(manager: EntityManager, id: string): Promise<SkillEntity> {
    const [row]: SkillRow[] = await manager.query(`SELECT ${SKILL_COLUMNS} FROM skill WHERE id = $1`, [id]);
    return skillFromRow(row);
  }

  /** The audit record goes in the same transaction as the change, so one never exists without the other. */
  private async record(
    manager: EntityManager,
    actor: Principal,
    action: string,
    skillId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({ actorId: actor.personId, action, targetType: 'skill', targetId: skillId, data }, manager);
  }

}

import { NotificationsService } from '@ensemble/api/notifications';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, BadUserInputError, Transactions, sql, type FieldProblem } from '@ensemble/api/core';
import { MAX_INTEREST, MAX_SKILL_LEVEL, MIN_INTEREST, MIN_SKILL_LEVEL } from '@ensemble/api/skills-data';
import type { SkillEntity } from '../entities/skill.entity';
import { SKILL_COLUMN_NAMES } from '../taxonomy/autocomplete';
import { skillFromRow, type SkillRow } from '../taxonomy/skill-rows';
import {
  EndorseSelfError,
  EvidenceNotFoundError,
  SkillNotFoundError,
  SkillNotOnProfileError,
  SkillRetiredError,
} from '../skills.errors';
import { ENDORSEMENT_EVIDENCE, NoProjectsEvidence, type EndorsementEvidence } from '../endorsements/endorsement-evidence';

export const MAX_YEARS = 60;
export const MAX_ENDORSEMENT_NOTE = 500;
/** How many endorsers a profile shows per skill. */
export const TOP_ENDORSERS = 3;

export interface EndorserRecord {
  id: string;
  displayName: string;
  title: string | null;
  avatarUrl: string | null;
  /** The endorser's own level in the endorsed skill. */
  level: number | null;
  endorsedAt: Date;
}

export interface PersonSkillRecord {
  personId: string;
  skill: SkillEntity;
  /** Null: interest only, no claim of ability. */
  level: number | null;
  years: number | null;
  interest: number;
  wantsToGrow: boolean;
  endorsementCount: number;
  topEndorsers: EndorserRecord[];
  endorsedByViewer: boolean;
}

export interface EndorsementRecord {
  id: string;
  personId: string;
  skillId: string;
  endorser: EndorserRecord;
  note: string | null;
  evidenceProjectId: string | null;
  createdAt: Date;
}

export interface SetSkillInput {
  skillId: string;
  level: number;
  /** Undefined keeps the stored value; null clears it. */
  years?: number | null;
  interest?: number;
  wantsToGrow?: boolean;
}

export interface EndorseRequest {
  personId: string;
  skillId: string;
  note?: string | null;
  evidenceProjectId?: string | null;
}

const PREFIXED_SKILL_COLUMNS = SKILL_COLUMN_NAMES.map((column) => `s.${column} AS skill_${column}`).join(', ');

interface EndorserRow {
  id: string;
  given_name: string;
  family_name: string;
  title: string | null;
  avatar_url: string | null;
  level: number | null;
  endorsed_at: string | Date;
}

type PersonSkillRow = { [K in keyof SkillRow as `skill_${K}`]: SkillRow[K] } & {
  person_id: string;
  level: number | null;
  years: string | null;
  interest: number;
  wants_to_grow: boolean;
  endorsement_count: number;
  endorsed_by_viewer: boolean;
  top_endorsers: EndorserRow[];
};

interface EndorsementRow {
  id: string;
  person_id: string;
  skill_id: string;
  endorser_id: string;
  note: string | null;
  evidence_project_id: string | null;
  created_at: Date;
  given_name: string;
  family_name: string;
  title: string | null;
  avatar_url: string | null;
  endorser_level: number | null;
}

/**
 * All skills of the given people with their endorsement counts, top endorsers and whether the viewer
 * endorsed each, in ONE statement: a page of any size costs the same. Top endorsers are ranked by a
 * window function (their own level in the skill, then who endorsed first). Only active colleagues'
 * endorsements count: a deactivated person's endorsements are kept (they come back if the person does)
 * but are not shown.
 */
const SKILLS_OF_PEOPLE = `
  WITH ranked AS (
    SELECT e.person_id, e.skill_id, e.endorser_id, e.created_at, p.given_name, p.family_name, p.title,
           p.avatar_url, eps.level AS endorser_level,
           row_number() OVER (PARTITION BY e.person_id, e.skill_id
                              ORDER BY eps.level DESC NULLS LAST, e.created_at, e.id) AS rank
      FROM endorsement e
      JOIN person p ON p.id = e.endorser_id AND p.status = 'active'
      LEFT JOIN person_skill eps ON eps.person_id = e.endorser_id AND eps.skill_id = e.skill_id
     WHERE e.person_id = ANY($1::uuid[])
  ), endorsed AS (
    SELECT person_id, skill_id, count(*)::int AS endorsement_count,
           bool_or(endorser_id = $2::uuid) AS endorsed_by_viewer,
           jsonb_agg(jsonb_build_object('id', endorser_id, 'given_name', given_name, 'family_name', family_name,
                                        'title', title, 'avatar_url', avatar_url, 'level', endorser_level,
                                        'endorsed_at', created_at) ORDER BY rank)
             FILTER (WHERE rank <= ${TOP_ENDORSERS}) AS top_endorsers
      FROM ranked GROUP BY person_id, skill_id
  )
  SELECT ps.person_id, ps.level, ps.years, ps.interest, ps.wants_to_grow, ${PREFIXED_SKILL_COLUMNS},
         coalesce(d.endorsement_count, 0) AS endorsement_count,
         coalesce(d.endorsed_by_viewer, false) AS endorsed_by_viewer,
         coalesce(d.top_endorsers, '[]'::jsonb) AS top_endorsers
    FROM person_skill ps
    JOIN skill s ON s.id = ps.skill_id
    LEFT JOIN endorsed d ON d.person_id = ps.person_id AND d.skill_id = ps.skill_id
   WHERE ps.person_id = ANY($1::uuid[])
   ORDER BY ps.person_id, s.category, ps.level DESC NULLS LAST, s.normalized_name, s.id`;

/** The newest endorsements of each (person, skill) pair, in one statement. */
const ENDORSEMENTS_OF = `
  SELECT * FROM (
    SELECT e.id, e.person_id, e.skill_id, e.endorser_id, e.note, e.evidence_project_id, e.created_at,
           p.given_name, p.family_name, p.title, p.avatar_url, eps.level AS endorser_level,
           row_number() OVER (PARTITION BY e.person_id, e.skill_id ORDER BY e.created_at DESC, e.id) AS n
      FROM unnest($1::uuid[], $2::uuid[]) AS k(person_id, skill_id)
      JOIN endorsement e ON e.person_id = k.person_id AND e.skill_id = k.skill_id
      JOIN person p ON p.id = e.endorser_id AND p.status = 'active'
      LEFT JOIN person_skill eps ON eps.person_id = e.endorser_id AND eps.skill_id = e.skill_id
  ) newest
  WHERE n <= $3
  ORDER BY person_id, skill_id, n`;

/** One endorsement with its endorser, by its natural key. */
const ENDORSEMENT_BY_KEY = `
  SELECT e.id, e.person_id, e.skill_id, e.endorser_id, e.note, e.evidence_project_id, e.created_at,
         p.given_name, p.family_name, p.title, p.avatar_url, eps.level AS endorser_level
    FROM endorsement e
    JOIN person p ON p.id = e.endorser_id
    LEFT JOIN person_skill eps ON eps.person_id = e.endorser_id AND eps.skill_id = e.skill_id
   WHERE e.endorser_id = $1 AND e.person_id = $2 AND e.skill_id = $3`;

/** Characters as PostgreSQL's length() counts them (code points), not UTF-16 units. */
function characters(text: string): number {
  return [...text].length;
}

function endorserFromRow(row: EndorserRow): EndorserRecord {
  return {
    id: row.id,
    displayName: `${row.given_name} ${row.family_name}`,
    title: row.title,
    avatarUrl: row.avatar_url,
    level: row.level,
    endorsedAt: new Date(row.endorsed_at),
  };
}

function endorsementFromRow(row: EndorsementRow): EndorsementRecord {
  return {
    id: row.id,
    personId: row.person_id,
    skillId: row.skill_id,
    endorser: endorserFromRow({
      id: row.endorser_id,
      given_name: row.given_name,
      family_name: row.family_name,
      title: row.title,
      avatar_url: row.avatar_url,
      level: row.endorser_level,
      endorsed_at: row.created_at,
    }),
    note: row.note,
    evidenceProjectId: row.evidence_project_id,
    createdAt: row.created_at,
  };
}

function personSkillFromRow(row: PersonSkillRow): PersonSkillRecord {
  const skill = skillFromRow({
    id: row.skill_id,
    name: row.skill_name,
    normalized_name: row.skill_normalized_name,
    description: row.skill_description,
    category: row.skill_category,
    parent_id: row.skill_parent_id,
    source: row.skill_source,
    external_uri: row.skill_external_uri,
    status: row.skill_status,
    merged_into_id: row.skill_merged_into_id,
    holder_count: row.skill_holder_count,
    created_at: row.skill_created_at,
    updated_at: row.skill_updated_at,
  });
  return {
    personId: row.person_id,
    skill,
    level: row.level,
    // node-postgres returns numeric as a string; numeric(3,1) always fits a double.
    years: row.years === null ? null : Number(row.years),
    interest: row.interest,
    wantsToGrow: row.wants_to_grow,
    endorsementCount: row.endorsement_count,
    topEndorsers: row.top_endorsers.map(endorserFromRow),
    endorsedByViewer: row.endorsed_by_viewer,
  };
}

/**
 * The skills on people's profiles (levels, years, interest) and endorsements of them. Every write runs
 * in one transaction and checks everything before it writes, so a refused request changes nothing.
 *
 * Lock order, so that people writing the same skill at once queue instead of deadlocking: the skill
 * row first (FOR KEY SHARE: admins' merges and retirements, which lock it FOR UPDATE, wait for us,
 * while the holder-count trigger's UPDATE of it does not), then person_skill rows in person order,
 * each taken FOR NO KEY UPDATE before the statement whose triggers would update it.
 */
@Injectable()
export class PersonSkillsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    // Bound app-wide by the projects domain (skills never imports it); without projects, no project
    // can be evidence.
    @Optional() @Inject(ENDORSEMENT_EVIDENCE) evidence: EndorsementEvidence | null,
  ) {
    this.evidence = evidence ?? new NoProjectsEvidence();
  }

  private readonly evidence: EndorsementEvidence;

  /** Every skill of each person (see SKILLS_OF_PEOPLE), grouped by person, in display order. */
  async skillsOf(personIds: readonly string[], viewerId: string): Promise<Map<string, PersonSkillRecord[]>> {
    const rows: PersonSkillRow[] = await this.dataSource.query(SKILLS_OF_PEOPLE, [[...personIds], viewerId]);
    const byPerson = new Map<string, PersonSkillRecord[]>();
    for (const row of rows) {
      const record = personSkillFromRow(row);
      const list = byPerson.get(record.personId);
      if (list) list.push(record);
      else byPerson.set(record.personId, [record]);
    }
    return byPerson;
  }

  /** The newest `first` endorsements of each (person, skill) pair, in one statement. */
  async endorsementsOf(
    keys: ReadonlyArray<{ personId: string; skillId: string }>,
    first: number,
  ): Promise<EndorsementRecord[]> {
    const rows: EndorsementRow[] = await this.dataSource.query(ENDORSEMENTS_OF, [
      keys.map((key) => key.personId),
      keys.map((key) => key.skillId),
      first,
    ]);
    return rows.map(endorsementFromRow);
  }

  /**
   * Adds a skill to the person's profile with a level, or updates it (fields left undefined keep their
   * stored values). A retired skill can be updated by someone who has it, not newly added.
   */
  async setSkill(personId: string, input: SetSkillInput): Promise<PersonSkillRecord> {
    const problems = [
      ...levelProblems(input.level),
      ...(input.years !== undefined && input.years !== null ? yearsProblems(input.years) : []),
      ...(input.interest !== undefined ? interestProblems(input.interest) : []),
    ];
    if (problems.length) throw new BadUserInputError(`Invalid skill: ${describe(problems)}.`, problems);
    await this.transactions.run(async (manager) => {
      await this.checkSkillUsable(manager, personId, input.skillId);
      // A new level reweighs the endorsements this person gave in the skill: a trigger rewrites the
      // endorsed people's rows after ours. Taking them all now, in person order, keeps two endorsers
      // of each other changing their levels at once from locking the pair in opposite orders.
      await manager.query(
        `SELECT 1 FROM person_skill
          WHERE skill_id = $2
            AND (person_id = $1 OR person_id IN (SELECT person_id FROM endorsement WHERE endorser_id = $1 AND skill_id = $2))
          ORDER BY person_id FOR NO KEY UPDATE`,
        [personId, input.skillId],
      );
      await manager.query(
        `INSERT INTO person_skill (person_id, skill_id, level, years, interest, wants_to_grow)
         VALUES ($1, $2, $3, $4, coalesce($5::smallint, 0), coalesce($6::boolean, false))
         ON CONFLICT (person_id, skill_id) DO UPDATE SET
           level = EXCLUDED.level,
           years = CASE WHEN $7::boolean THEN EXCLUDED.years ELSE person_skill.years END,
           interest = coalesce($5::smallint, person_skill.interest),
           wants_to_grow = coalesce($6::boolean, person_skill.wants_to_grow),
           updated_at = now()`,
        [
          personId,
          input.skillId,
          input.level,
          input.years ?? null,
          input.interest ?? null,
          input.wantsToGrow ?? null,
          input.years !== undefined,
        ],
      );
    });
    return this.reload(personId, input.skillId);
  }

  /**
   * Sets how keen the person is on a skill and whether they want to grow in it, keeping any level. A
   * skill they do not have becomes interest only (level null). Returns null when nothing is left: no
   * level, no interest and no wish to grow removes an interest-only skill.
   */
  async setInterest(
    personId: string,
    skillId: string,
    interest: number,
    wantsToGrow: boolean,
  ): Promise<PersonSkillRecord | null> {
    const problems = interestProblems(interest);
    if (problems.length) throw new BadUserInputError(`Invalid interest: ${describe(problems)}.`, problems);
    const kept = await this.transactions.run(async (manager) => {
      await this.checkSkillUsable(manager, personId, skillId);
      if (interest === 0 && !wantsToGrow) {
        // The row says nothing without a level: delete an interest-only one, update one with a level.
        const updated = await sql.affected(
          manager,
          `UPDATE person_skill SET interest = 0, wants_to_grow = false, updated_at = now()
            WHERE person_id = $1 AND skill_id = $2 AND level IS NOT NULL`,
          [personId, skillId],
        );
        if (updated) return true;
        await manager.query(`DELETE FROM person_skill WHERE person_id = $1 AND skill_id = $2`, [personId, skillId]);
        return false;
      }
      await manager.query(
        `INSERT INTO person_skill (person_id, skill_id, level, interest, wants_to_grow) VALUES ($1, $2, NULL, $3, $4)
         ON CONFLICT (person_id, skill_id) DO UPDATE SET
           interest = EXCLUDED.interest, wants_to_grow = EXCLUDED.wants_to_grow, updated_at = now()`,
        [personId, skillId, interest, wantsToGrow],
      );
      return true;
    });
    return kept ? this.reload(personId, skillId) : null;
  }

  /** Removes a skill from the person's profile; its endorsements go with it (ON DELETE CASCADE). */
  async removeSkill(personId: string, skillId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      // The skill first (see the lock order above): a merge holds it FOR UPDATE while it moves and then
      // deletes its holders' rows, so a removal holding one of those rows while its holder-count
      // trigger waits for the skill would close a cycle.
      await manager.query(`SELECT 1 FROM skill WHERE id = $1 FOR KEY SHARE`, [skillId]);
      const removed = await sql.affected(manager, `DELETE FROM person_skill WHERE person_id = $1 AND skill_id = $2`, [
        personId,
        skillId,
      ]);
      return removed > 0;
    });
  }

  /**
   * Endorses a colleague's skill. Endorsing again returns the existing endorsement unchanged (and
   * records nothing). The audit event `endorsement.created` is written in the same transaction: it is
   * what notifications will read.
   */
  async endorse(endorserId: string, request: EndorseRequest): Promise<EndorsementRecord> {
    const note = request.note === '' ? null : (request.note ?? null);
    if (note !== null && characters(note) > MAX_ENDORSEMENT_NOTE) {
      throw new BadUserInputError(`A note has at most ${MAX_ENDORSEMENT_NOTE} characters.`, [
        { field: 'note', problems: [`is longer than ${MAX_ENDORSEMENT_NOTE} characters`] },
      ]);
    }
    if (endorserId === request.personId) throw new EndorseSelfError();
    const evidenceProjectId = request.evidenceProjectId ?? null;
    return this.transactions.run(async (manager) => {
      if (
        evidenceProjectId !== null &&
        !(await this.evidence.isSharedProject(manager, endorserId, request.personId, evidenceProjectId))
      ) {
        throw new EvidenceNotFoundError();
      }
      // The person cannot drop the skill (or its level) between this check and the insert. FOR NO KEY
      // UPDATE, not FOR SHARE: the endorsement trigger updates this row, and two endorsers sharing the
      // lock would each wait for the other to release it before that update (a deadlock).
      const [held]: Array<{ level: number | null }> = await manager.query(
        `SELECT ps.level FROM person_skill ps JOIN person p ON p.id = ps.person_id AND p.status = 'active'
          WHERE ps.person_id = $1 AND ps.skill_id = $2 FOR NO KEY UPDATE OF ps`,
        [request.personId, request.skillId],
      );
      if (!held || held.level === null) throw new SkillNotOnProfileError();
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO endorsement (endorser_id, person_id, skill_id, note, evidence_project_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT endorsement_once DO NOTHING RETURNING id`,
        [endorserId, request.personId, request.skillId, note, evidenceProjectId],
      );
      if (inserted.length) {
        await this.record(manager, endorserId, 'endorsement.created', request.personId, {
          endorsementId: inserted[0].id,
          skillId: request.skillId,
          evidenceProjectId,
        });
        const [names]: Array<{ endorser: string; skill: string }> = await manager.query(
          `SELECT (SELECT given_name || ' ' || family_name FROM person WHERE id = $1) AS endorser,
                  (SELECT name FROM skill WHERE id = $2) AS skill`,
          [endorserId, request.skillId],
        );
        await this.notifications.notify(
          [{
            personId: request.personId,
            kind: 'endorsement.received',
            message: `${names?.endorser ?? 'A colleague'} endorsed your ${names?.skill ?? 'skill'}${note ? `: “${note}”` : '.'}`,
            link: `/people/${request.personId}`,
          }],
          manager,
        );
      }
      const [row]: EndorsementRow[] = await manager.query(ENDORSEMENT_BY_KEY, [
        endorserId,
        request.personId,
        request.skillId,
      ]);
      return endorsementFromRow(row);
    });
  }

  /** Withdraws the endorser's endorsement; false when there was none. */
  async withdrawEndorsement(endorserId: string, personId: string, skillId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const deleted = await sql.maybeOne<{ id: string }>(
        manager,
        `DELETE FROM endorsement WHERE endorser_id = $1 AND person_id = $2 AND skill_id = $3 RETURNING id`,
        [endorserId, personId, skillId],
      );
      if (!deleted) return false;
      await this.record(manager, endorserId, 'endorsement.withdrawn', personId, {
        endorsementId: deleted.id,
        skillId,
      });
      return true;
    });
  }

  /**
   * Refuses unknown, merged and (for people who do not have it yet) retired skills. The skill row is
   * locked FOR KEY SHARE so that an admin cannot merge or retire it (both lock it FOR UPDATE) before our
   * write commits. Not FOR SHARE: the holder-count trigger updates the row after our insert, and two
   * people adding the skill at once would each wait for the other's share lock (a deadlock); FOR KEY
   * SHARE does not conflict with that update, which only queues the adders one after the other.
   */
  private async checkSkillUsable(manager: EntityManager, personId: string, skillId: string): Promise<void> {
    const [skill]: Array<{ status: string; merged_into_id: string | null; held: boolean }> = await manager.query(
      `SELECT s.status, s.merged_into_id,
              EXISTS (SELECT 1 FROM person_skill ps WHERE ps.person_id = $2 AND ps.skill_id = s.id) AS held
         FROM skill s WHERE s.id = $1 FOR KEY SHARE OF s`,
      [skillId, personId],
    );
    if (!skill) throw new SkillNotFoundError();
    if (skill.status === 'merged') throw new SkillNotFoundError(skill.merged_into_id ?? undefined);
    if (skill.status === 'retired' && !skill.held) throw new SkillRetiredError();
  }

  private async reload(personId: string, skillId: string): Promise<PersonSkillRecord> {
    const skills = (await this.skillsOf([personId], personId)).get(personId) ?? [];
    const found = skills.find((candidate) => candidate.skill.id === skillId);
    if (!found) throw new Error(`person_skill (${personId}, ${skillId}) vanished after it was written`);
    return found;
  }

  /**
   * The audit record goes in the same transaction as the change, so one never exists without the
   * other; notifications will read endorsement events from it.
   */
  private async record(
    manager: EntityManager,
    actorId: string,
    action: string,
    personId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({ actorId, action, targetType: 'person', targetId: personId, data }, manager);
  }
}

function levelProblems(level: number): FieldProblem[] {
  return Number.isInteger(level) && level >= MIN_SKILL_LEVEL && level <= MAX_SKILL_LEVEL
    ? []
    : [{ field: 'level', problems: [`must be a whole number from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`] }];
}

function yearsProblems(years: number): FieldProblem[] {
  return Number.isFinite(years) && years >= 0 && years <= MAX_YEARS && Math.round(years * 10) === years * 10
    ? []
    : [{ field: 'years', problems: [`must be from 0 to ${MAX_YEARS} with at most one decimal`] }];
}

function interestProblems(interest: number): FieldProblem[] {
  return Number.isInteger(interest) && interest >= MIN_INTEREST && interest <= MAX_INTEREST
    ? []
    : [{ field: 'interest', problems: [`must be a whole number from ${MIN_INTEREST} to ${MAX_INTEREST}`] }];
}

function describe(problems: FieldProblem[]): string {
  return problems.map((problem) => `${problem.field} ${problem.problems.join(', ')}`).join('; ');
}


import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '@ensemble/api/core';
import { ProfileField, visibleToViewerParams, visibleToViewerSql, type Viewer } from '@ensemble/api/people';
import { interpretQuery, type QueryInterpretation } from '../query/interpret';
import { SkillDictionary } from '../query/skill-dictionary.service';
import type { Vocabulary } from '../query/vocabulary';
import { RANKING } from './ranking';
import { EmptySearchError, SearchQueryTooLongError, SearchSkillNotFoundError } from './search.errors';

export const MAX_SEARCH_QUERY_LENGTH = 200;
export const MAX_SEARCH_SKILLS = 10;
export const MAX_SEARCH_PASSIONS = 5;
const FACET_SIZE = 12;
const TOP_SKILLS_FACET_SIZE = 10;
/**
 * The top-skills facet reads the skills of the best this-many matches, not of all: for a search
 * matching 85,000 people, counting their 850,000 skills would cost more than the rest of the search.
 * The other facets count every match.
 */
export const TOP_SKILLS_SAMPLE = 500;

export interface PeopleSearchRequest {
  query?: string | null;
  skills?: ReadonlyArray<{ skillId: string; minLevel?: number | null }> | null;
  passions?: readonly string[] | null;
  departmentIds?: readonly string[] | null;
  location?: string | null;
  minHoursPerWeek?: number | null;
  openToProjects?: boolean | null;
  first: number;
  after?: string | null;
}

export interface SkillEvidence {
  skillId: string;
  skillName: string;
  /** The skill the search asked for, when this one matched as a narrower skill of it. */
  countsTowardSkillId: string | null;
  countsTowardSkillName: string | null;
  level: number;
  endorsementCount: number;
  endorsementWeight: number;
  evidenceCount: number;
  interest: number;
}

export interface PeopleSearchHit {
  personId: string;
  score: number;
  cursor: string;
  skills: SkillEvidence[];
  /** Fields whose text matched the words of the query (only fields the viewer may see). */
  textFields: string[];
}

export interface PeopleSearchResult {
  interpretation: QueryInterpretation;
  hits: PeopleSearchHit[];
  hasNextPage: boolean;
  totalCount: number;
  facets: {
    departments: Array<{ id: string; name: string; count: number }>;
    locations: Array<{ value: string; count: number }>;
    skills: Array<{ id: string; name: string; count: number }>;
    levels: Array<{ level: number; count: number }>;
  };
}

interface SkillGroup {
  requestedSkillId: string;
  minLevel: number;
  members: Array<{ skillId: string; weight: number }>;
}

/** Text fields a search reads, with the visibility that guards each (null: always visible). */
const TEXT_FIELDS: ReadonlyArray<{ name: string; column: string; field: ProfileField | null }> = [
  { name: 'name', column: 'name_tsv', field: null },
  { name: 'skills', column: 'skills_tsv', field: null },
  { name: 'headline', column: 'headline_tsv', field: ProfileField.HEADLINE },
  { name: 'bio', column: 'bio_tsv', field: ProfileField.BIO },
  { name: 'passions', column: 'passions_tsv', field: ProfileField.PASSIONS },
  { name: 'askMeAbout', column: 'ask_me_about_tsv', field: ProfileField.ASK_ME_ABOUT },
];

/**
 * People search: query understanding in memory, then ONE SQL statement that matches, ranks, pages
 * and counts facets, with every private field guarded by the viewer's visibility (the same policy
 * as the profile, from @ensemble/api/people). docs/discovery-ranking.md explains the ranking.
 */
@Injectable()
export class PeopleSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dictionary: SkillDictionary,
  ) {}

  async search(viewer: Viewer, request: PeopleSearchRequest): Promise<PeopleSearchResult> {
    return (await this.run(viewer, request, 'page')) as PeopleSearchResult;
  }

  /** Everyone the search matches for this viewer, best first, at most `limit` (saved-search alerts). */
  async matchingIds(viewer: Viewer, request: Omit<PeopleSearchRequest, 'first' | 'after'>, limit: number): Promise<string[]> {
    return (await this.run(viewer, { ...request, first: limit }, 'ids')) as string[];
  }

  private async run(viewer: Viewer, request: PeopleSearchRequest, mode: 'page' | 'ids'): Promise<PeopleSearchResult | string[]> {
    const text = (request.query ?? '').trim();
    if (text.length > MAX_SEARCH_QUERY_LENGTH) throw new SearchQueryTooLongError(MAX_SEARCH_QUERY_LENGTH);
    const vocabulary = await this.dictionary.vocabulary();
    const interpretation = interpretQuery(text, vocabulary);

    const unknown = (request.skills ?? []).map((s) => s.skillId).filter((id) => !vocabulary.skills.has(id));
    if (unknown.length) throw new SearchSkillNotFoundError(unknown);

    const groups = skillGroups(request, interpretation, vocabulary);
    const location = (request.location ?? '').trim() || interpretation.location?.value || null;
    const passions = (request.passions ?? []).map((p) => p.trim()).filter(Boolean);
    const terms = interpretation.terms.map(sanitizeTerm).filter((term) => term.length > 0);
    const hasFilter =
      groups.length > 0 ||
      terms.length > 0 ||
      passions.length > 0 ||
      location !== null ||
      (request.departmentIds?.length ?? 0) > 0 ||
      request.minHoursPerWeek != null ||
      request.openToProjects != null;
    if (!hasFilter) throw new EmptySearchError();

    const sql = new SqlBuilder();
    const visible = (field: ProfileField) => sql.visibility(field, viewer);
    const conditions: string[] = [`p.status = 'active'`];

    // Skills: every group must match (the skill, or a narrower one at a share of the weight).
    let skillJoin = '';
    if (groups.length) {
      const flat = groups.flatMap((group, gid) =>
        group.members.map((member) => ({ gid, skillId: member.skillId, weight: member.weight, minLevel: group.minLevel })),
      );
      // Parameters are bound only where used (an unused one has no type PostgreSQL can infer).
      const requested = () =>
        `unnest(${sql.param(flat.map((f) => f.gid))}::int[], ${sql.param(flat.map((f) => f.skillId))}::uuid[], ` +
        `${sql.param(flat.map((f) => f.weight))}::real[], ${sql.param(flat.map((f) => f.minLevel))}::int[]) AS q(gid, skill_id, weight, min_level)`;
      const passion = sql.param(interpretation.passion || passions.length > 0);
      const recency = `(${RANKING.recencyFloor} + ${1 - RANKING.recencyFloor} * exp(-extract(epoch FROM now() - greatest(ps.updated_at, ps.last_endorsed_at)) / ${RANKING.recencyDays * 86400}.0))`;
      const points = `q.weight * ps.expertise * ${recency}
                       + CASE WHEN ${passion}::boolean THEN ${RANKING.interestPoints} * ps.interest ELSE 0 END`;
      // With a selective filter on people (a place, departments, words), start from those people and
      // look their skills up by primary key; otherwise start from the skills' holders.
      const peopleFirst = location !== null || (request.departmentIds?.length ?? 0) > 0 || terms.length > 0;
      skillJoin = peopleFirst
        ? `
        JOIN LATERAL (
          SELECT sum(g.s) AS s, max(g.level) FILTER (WHERE g.gid = 0) AS level0, count(*) AS groups
          FROM (
            SELECT q.gid, max(${points}) AS s, max(ps.level) FILTER (WHERE q.weight = 1) AS level
            FROM ${requested()}
            JOIN person_skill ps ON ps.person_id = p.id AND ps.skill_id = q.skill_id AND ps.level >= q.min_level
            GROUP BY q.gid
          ) g
        ) k ON k.groups = ${sql.param(groups.length)}`
        : flat.length === 1
          ? // One skill, nothing narrower: no grouping needed (the common case, and the largest sets).
            `
        JOIN (
          SELECT ps.person_id, ${points.replaceAll('q.weight', '1')} AS s, ps.level AS level0
          FROM person_skill ps
          -- Plain parameters (not unnest) so that the planner sees how many hold the skill and picks
          -- a hash join over the people for a common skill.
          WHERE ps.skill_id = ${sql.param(flat[0]?.skillId)}::uuid AND ps.level >= ${sql.param(flat[0]?.minLevel)}
        ) k ON k.person_id = p.id`
          : `
        JOIN (
          SELECT person_id, sum(s) AS s, max(level) FILTER (WHERE gid = 0) AS level0
          FROM (
            SELECT ps.person_id, q.gid, max(${points}) AS s, max(ps.level) FILTER (WHERE q.weight = 1) AS level
            FROM ${requested()}
            JOIN person_skill ps ON ps.skill_id = q.skill_id AND ps.level >= q.min_level
            GROUP BY ps.person_id, q.gid
          ) hits
          GROUP BY person_id
          HAVING count(*) = ${sql.param(groups.length)}
        ) k ON k.person_id = p.id`;
    }

    // Words: each must appear in some field the viewer may see (names also match with one typo).
    const termQueries = terms.map((term) => sql.param(`${term}:*`));
    for (const [index, term] of terms.entries()) {
      const q = `to_tsquery('simple', ${termQueries[index]})`;
      const arms = TEXT_FIELDS.map(({ column, field }) =>
        field ? `(p.${column} @@ ${q} AND ${visible(field)})` : `p.${column} @@ ${q}`,
      );
      const indexed = TEXT_FIELDS.map(({ column }) => `p.${column} @@ ${q}`);
      if (term.length >= 4) {
        const typo = `${sql.param(term)} <% (p.given_name || ' ' || p.family_name)`;
        arms.push(typo);
        indexed.push(typo);
      }
      // The first test is what the GIN indexes answer (a BitmapOr); the second applies visibility to
      // the few rows it finds. Together they say exactly: the word is in a field this viewer may see.
      conditions.push(`(${indexed.join(' OR ')})`, `(${arms.join(' OR ')})`);
    }
    const textRank = terms.length
      ? `ts_rank(${TEXT_FIELDS.map(({ column, field }) =>
          field ? `CASE WHEN ${visible(field)} THEN p.${column} ELSE ''::tsvector END` : `p.${column}`,
        ).join(' || ')}, to_tsquery('simple', ${sql.param(terms.map((t) => `${t}:*`).join(' | '))}))`
      : '0';

    if (location) conditions.push(`lower(p.location) = lower(${sql.param(location)}) AND ${visible(ProfileField.LOCATION)}`);
    if (request.departmentIds?.length) conditions.push(`p.department_id = ANY(${sql.param([...request.departmentIds])}::uuid[])`);
    if (request.minHoursPerWeek != null) {
      conditions.push(`p.hours_per_week_available >= ${sql.param(request.minHoursPerWeek)} AND ${visible(ProfileField.HOURS_PER_WEEK_AVAILABLE)}`);
    }
    if (request.openToProjects != null) {
      conditions.push(`p.open_to_projects = ${sql.param(request.openToProjects)} AND ${visible(ProfileField.OPEN_TO_PROJECTS)}`);
    }
    for (const passionText of passions) {
      const words = passionText.split(/\s+/).map(sanitizeTerm).filter(Boolean).slice(0, 5);
      const skillIds = interpretQuery(passionText, vocabulary).skills.map((s) => s.skillId);
      const arms: string[] = [];
      if (words.length) {
        arms.push(`(p.passions_tsv @@ to_tsquery('simple', ${sql.param(words.map((w) => `${w}:*`).join(' & '))}) AND ${visible(ProfileField.PASSIONS)})`);
      }
      if (skillIds.length) {
        arms.push(`EXISTS (SELECT 1 FROM person_skill ips WHERE ips.person_id = p.id
          AND ips.skill_id = ANY(${sql.param(skillIds)}::uuid[]) AND (ips.interest > 0 OR ips.wants_to_grow))`);
      }
      conditions.push(arms.length ? `(${arms.join(' OR ')})` : 'false');
    }

    const score = `round((${groups.length ? 'k.s' : '0'} + ${RANKING.textWeight} * ${textRank})::numeric, 4)`;
    const matchesCte = `
      matches AS (
        SELECT p.id, p.department_id,
               CASE WHEN ${visible(ProfileField.LOCATION)} THEN p.location END AS location,
               ${groups.length ? 'k.level0' : 'NULL::smallint'} AS level0,
               ${score} AS score
        FROM person p ${skillJoin}
        WHERE ${conditions.join('\n          AND ')}
      )`;
    if (mode === 'ids') {
      const rows = (await this.dataSource.query(
        `WITH ${matchesCte} SELECT id FROM matches ORDER BY score DESC, id LIMIT ${sql.param(request.first)}`,
        sql.params,
      )) as Array<{ id: string }>;
      return rows.map((row) => row.id);
    }
    let cursorCondition = 'true';
    if (request.after) {
      const [afterScore, afterId] = decodeCursor(request.after, 2) as [number, string];
      cursorCondition = `(score < ${sql.param(afterScore)}::numeric OR (score = ${sql.param(afterScore)}::numeric AND id > ${sql.param(String(afterId))}::uuid))`;
    }
    const limit = sql.param(request.first + 1);
    const textFieldList = TEXT_FIELDS.map(({ name, column, field }) => {
      const matched = `p.${column} @@ to_tsquery('simple', ${sql.param(terms.map((t) => `${t}:*`).join(' | ') || 'x')})`;
      return `CASE WHEN ${terms.length ? 'true' : 'false'} AND ${matched}${field ? ` AND ${visible(field)}` : ''} THEN '${name}' END`;
    }).join(', ');
    const groupSkills = groups.flatMap((group) => group.members.map((m) => ({ skillId: m.skillId, requested: group.requestedSkillId })));

    const statement = `
      WITH ${matchesCte},
      page AS (
        SELECT id, score FROM matches WHERE ${cursorCondition} ORDER BY score DESC, id LIMIT ${limit}
      )
      SELECT
        (SELECT coalesce(json_agg(json_build_object(
            'id', pg.id, 'score', pg.score,
            'skills', (
              SELECT coalesce(json_agg(json_build_object(
                  'skillId', ps.skill_id, 'requested', q.requested, 'level', ps.level,
                  'endorsementCount', ps.endorsement_count, 'endorsementWeight', ps.endorsement_weight,
                  'evidenceCount', ps.evidence_count, 'interest', ps.interest) ORDER BY ps.expertise DESC), '[]')
              FROM unnest(${sql.param(groupSkills.map((g) => g.skillId))}::uuid[], ${sql.param(groupSkills.map((g) => g.requested))}::uuid[]) AS q(skill_id, requested)
              JOIN person_skill ps ON ps.person_id = pg.id AND ps.skill_id = q.skill_id AND ps.level IS NOT NULL),
            'textFields', (SELECT array_remove(ARRAY[${textFieldList}], NULL) FROM person p WHERE p.id = pg.id)
          ) ORDER BY pg.score DESC, pg.id), '[]') FROM page pg) AS page,
        (SELECT count(*)::int FROM matches) AS total,
        (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name, 'count', f.n) ORDER BY f.n DESC, d.name), '[]')
           FROM (SELECT department_id, count(*)::int AS n FROM matches WHERE department_id IS NOT NULL
                 GROUP BY department_id ORDER BY n DESC, department_id LIMIT ${FACET_SIZE}) f
           JOIN department d ON d.id = f.department_id) AS departments,
        (SELECT coalesce(json_agg(json_build_object('value', f.location, 'count', f.n) ORDER BY f.n DESC, f.location), '[]')
           FROM (SELECT location, count(*)::int AS n FROM matches WHERE location IS NOT NULL
                 GROUP BY location ORDER BY n DESC, location LIMIT ${FACET_SIZE}) f) AS locations,
        (SELECT coalesce(json_agg(json_build_object('level', level0, 'count', n) ORDER BY level0 DESC), '[]')
           FROM (SELECT level0, count(*)::int AS n FROM matches WHERE level0 IS NOT NULL GROUP BY level0) f) AS levels,
        (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'count', f.n) ORDER BY f.n DESC, s.name), '[]')
           FROM (SELECT ps.skill_id, count(*)::int AS n
                 FROM (SELECT id FROM matches ORDER BY score DESC, id LIMIT ${TOP_SKILLS_SAMPLE}) m
                 JOIN person_skill ps ON ps.person_id = m.id AND ps.level IS NOT NULL
                 GROUP BY ps.skill_id ORDER BY n DESC, ps.skill_id LIMIT ${TOP_SKILLS_FACET_SIZE}) f
           JOIN skill s ON s.id = f.skill_id) AS skills`;

    const [row] = (await this.dataSource.query(statement, sql.params)) as Array<{
      page: Array<{ id: string; score: number | string; skills: RawEvidence[]; textFields: string[] | null }>;
      total: number;
      departments: PeopleSearchResult['facets']['departments'];
      locations: PeopleSearchResult['facets']['locations'];
      levels: PeopleSearchResult['facets']['levels'];
      skills: PeopleSearchResult['facets']['skills'];
    }>;
    const result = row as NonNullable<typeof row>;
    const hits = result.page.slice(0, request.first).map((hit) => {
      const score = Number(hit.score);
      return {
        personId: hit.id,
        score,
        cursor: encodeCursor([score, hit.id]),
        skills: hit.skills.map((evidence) => toEvidence(evidence, vocabulary)),
        textFields: hit.textFields ?? [],
      };
    });
    return {
      interpretation,
      hits,
      hasNextPage: result.page.length > request.first,
      totalCount: result.total,
      facets: { departments: result.departments, locations: result.locations, skills: result.skills, levels: result.levels },
    };
  }
}

interface RawEvidence {
  skillId: string;
  requested: string;
  level: number;
  endorsementCount: number;
  endorsementWeight: number;
  evidenceCount: number;
  interest: number;
}

function toEvidence(raw: RawEvidence, vocabulary: Vocabulary): SkillEvidence {
  const narrower = raw.skillId !== raw.requested;
  return {
    skillId: raw.skillId,
    skillName: vocabulary.skills.get(raw.skillId)?.name ?? '',
    countsTowardSkillId: narrower ? raw.requested : null,
    countsTowardSkillName: narrower ? (vocabulary.skills.get(raw.requested)?.name ?? null) : null,
    level: raw.level,
    endorsementCount: raw.endorsementCount,
    endorsementWeight: Math.round(raw.endorsementWeight * 100) / 100,
    evidenceCount: raw.evidenceCount,
    interest: raw.interest,
  };
}

/** Structured skill filters (with their minimum level) and the skills recognised in the text. */
function skillGroups(request: PeopleSearchRequest, interpretation: QueryInterpretation, vocabulary: Vocabulary): SkillGroup[] {
  const requested = new Map<string, number>();
  for (const { skillId, minLevel } of request.skills ?? []) requested.set(skillId, Math.max(requested.get(skillId) ?? 1, minLevel ?? 1));
  for (const { skillId } of interpretation.skills) if (!requested.has(skillId)) requested.set(skillId, 1);
  return [...requested].map(([skillId, minLevel]) => ({
    requestedSkillId: skillId,
    minLevel,
    members: [{ skillId, weight: 1 }, ...narrowerSkills(skillId, vocabulary).map((id) => ({ skillId: id, weight: RANKING.narrowerWeight }))],
  }));
}

function narrowerSkills(skillId: string, vocabulary: Vocabulary): string[] {
  const found: string[] = [];
  let frontier = [skillId];
  for (let depth = 0; depth < RANKING.narrowerDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const child of vocabulary.children.get(id) ?? []) {
        if (found.length >= RANKING.maxNarrowerSkills) return found;
        if (child !== skillId && !found.includes(child)) {
          found.push(child);
          next.push(child);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** A word as a tsquery lexeme: letters and digits only, so no tsquery operator can get through. */
export function sanitizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 40);
}

/** Positional parameters ($1, $2, …) for a statement assembled from parts. */
class SqlBuilder {
  readonly params: unknown[] = [];
  private viewerParams: { id: string; privileged: string } | null = null;

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** The shared visibility policy's SQL, with its named parameters bound once per statement. */
  visibility(field: ProfileField, viewer: Viewer): string {
    if (!this.viewerParams) {
      const values = visibleToViewerParams(viewer, 'vis');
      this.viewerParams = { id: this.param(values['visViewerId']), privileged: this.param(values['visPrivileged']) };
    }
    const { id, privileged } = this.viewerParams;
    return visibleToViewerSql('p', field, 'vis')
      .replaceAll(':visViewerId', `${id}::uuid`)
      .replaceAll(':visPrivileged', `${privileged}::boolean`);
  }
}

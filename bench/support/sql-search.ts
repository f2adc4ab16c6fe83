/**
 * The PostgreSQL-only people search, kept as a baseline for the in-process index that replaced it:
 * a faithful copy of the ONE statement that PeopleSearchService ran before docs/adr/0007 (git history:
 * libs/api/discovery/src/search/people-search.service.ts, class SqlBuilder and `run`), in its 'page'
 * mode (first page only: no cursor). It matches, ranks, pages and counts every facet in the database,
 * with every private field guarded by the shared visibility policy's SQL.
 *
 * It reads the per-field tsvector columns that migration 1764800000000-search-index dropped: a
 * benchmark recreates them in its scratch database with `createPersonTextVectors`, and runs the
 * statement on connections with `SQL_SEARCH_SESSION_OPTIONS` (the settings the app's pool had then).
 */
import { ProfileField, visibleToViewerParams, visibleToViewerSql, type Viewer } from '@ensemble/api/people';
import { RANKING, type IndexQuery } from '@ensemble/api/people-index';

/**
 * The app's pool settings in the PostgreSQL design: names matched with a typo through pg_trgm's word
 * similarity (<%), whose default threshold 0.6 misses a swapped pair of letters in a short name, and
 * no JIT (compiling the wide visibility expressions took seconds).
 */
export const SQL_SEARCH_SESSION_OPTIONS = '-c pg_trgm.word_similarity_threshold=0.4 -c jit=off';

const FACET_SIZE = 12;
const TOP_SKILLS_FACET_SIZE = 10;
/** The top-skills facet reads the skills of the best this-many matches (as the service does). */
const TOP_SKILLS_SAMPLE = 500;

/**
 * What the search runs on, as PeopleSearchService computes it (its validated, understood query, which
 * it hands the index): skill groups with their narrower skills, words, filters, passions.
 */
export type SqlSearchInput = Omit<IndexQuery, 'skillWords'>;

/** One row: `page` (JSON: id, score, skills, textFields, best first), `total` and the facets. */
export interface SqlSearchRow {
  page: Array<{ id: string; score: number | string }>;
  total: number;
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

/** A word as a tsquery lexeme: letters and digits only, so no tsquery operator can get through. */
export function sanitizeTerm(term: string): string {
  return term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 40);
}

/** The PostgreSQL design's search statement for the first page of `first` results. */
export function peopleSearchSql(
  viewer: Viewer,
  input: SqlSearchInput,
  first: number,
): { text: string; values: unknown[] } {
  const { location } = input;
  // The PostgreSQL design required every skill, those recognised in the text too (as the index did
  // before free text ranked, docs/adr/0023): its statement stays the design it was.
  const groups = [...input.groups, ...input.rankingGroups];
  const terms = input.terms.map(sanitizeTerm).filter((term) => term.length > 0);
  const departmentIds = input.departmentIds ?? [];
  const sql = new SqlBuilder();
  const visible = (field: ProfileField) => sql.visibility(field, viewer);
  const conditions: string[] = [`p.status = 'active'`];

  // Skills: every group must match (the skill, or a narrower one at a share of the weight).
  let skillJoin = '';
  if (groups.length) {
    const flat = groups.flatMap((group, gid) =>
      group.members.map((member) => ({
        gid,
        skillId: member.skillId,
        weight: member.weight,
        minLevel: group.minLevel,
      })),
    );
    // Parameters are bound only where used (an unused one has no type PostgreSQL can infer).
    const requested = () =>
      `unnest(${sql.param(flat.map((f) => f.gid))}::int[], ${sql.param(flat.map((f) => f.skillId))}::uuid[], ` +
      `${sql.param(flat.map((f) => f.weight))}::real[], ${sql.param(flat.map((f) => f.minLevel))}::int[]) AS q(gid, skill_id, weight, min_level)`;
    const passion = sql.param(input.passion);
    const recency = `(${RANKING.recencyFloor} + ${1 - RANKING.recencyFloor} * exp(-extract(epoch FROM now() - greatest(ps.updated_at, ps.last_endorsed_at)) / ${RANKING.recencyDays * 86400}.0))`;
    const points = `q.weight * ps.expertise * ${recency}
                       + CASE WHEN ${passion}::boolean THEN ${RANKING.interestPoints} * ps.interest ELSE 0 END`;
    // With a selective filter on people (a place, departments, words), start from those people and
    // look their skills up by primary key; otherwise start from the skills' holders.
    const peopleFirst = location !== null || departmentIds.length > 0 || terms.length > 0;
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

  if (location)
    conditions.push(
      `lower(p.location) = lower(${sql.param(location)}) AND ${visible(ProfileField.LOCATION)}`,
    );
  if (departmentIds.length)
    conditions.push(`p.department_id = ANY(${sql.param([...departmentIds])}::uuid[])`);
  if (input.minHoursPerWeek != null) {
    conditions.push(
      `p.hours_per_week_available >= ${sql.param(input.minHoursPerWeek)} AND ${visible(ProfileField.HOURS_PER_WEEK_AVAILABLE)}`,
    );
  }
  if (input.openToProjects != null) {
    conditions.push(
      `p.open_to_projects = ${sql.param(input.openToProjects)} AND ${visible(ProfileField.OPEN_TO_PROJECTS)}`,
    );
  }
  for (const passion of input.passions) {
    const words = passion.words.map(sanitizeTerm).filter(Boolean).slice(0, 5);
    const arms: string[] = [];
    if (words.length) {
      arms.push(
        `(p.passions_tsv @@ to_tsquery('simple', ${sql.param(words.map((w) => `${w}:*`).join(' & '))}) AND ${visible(ProfileField.PASSIONS)})`,
      );
    }
    if (passion.skillIds.length) {
      arms.push(`EXISTS (SELECT 1 FROM person_skill ips WHERE ips.person_id = p.id
          AND ips.skill_id = ANY(${sql.param([...passion.skillIds])}::uuid[]) AND (ips.interest > 0 OR ips.wants_to_grow))`);
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
  const limit = sql.param(first + 1);
  const textFieldList = TEXT_FIELDS.map(({ name, column, field }) => {
    const matched = `p.${column} @@ to_tsquery('simple', ${sql.param(terms.map((t) => `${t}:*`).join(' | ') || 'x')})`;
    return `CASE WHEN ${terms.length ? 'true' : 'false'} AND ${matched}${field ? ` AND ${visible(field)}` : ''} THEN '${name}' END`;
  }).join(', ');
  const groupSkills = groups.flatMap((group) =>
    group.members.map((m) => ({ skillId: m.skillId, requested: group.requestedSkillId })),
  );

  const text = `
      WITH ${matchesCte},
      page AS (
        SELECT id, score FROM matches ORDER BY score DESC, id LIMIT ${limit}
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
  return { text, values: sql.params };
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
      this.viewerParams = {
        id: this.param(values['visViewerId']),
        privileged: this.param(values['visPrivileged']),
      };
    }
    const { id, privileged } = this.viewerParams;
    return visibleToViewerSql('p', field, 'vis')
      .replaceAll(':visViewerId', `${id}::uuid`)
      .replaceAll(':visPrivileged', `${privileged}::boolean`);
  }
}

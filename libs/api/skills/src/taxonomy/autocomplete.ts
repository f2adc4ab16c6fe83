import { adjacentSwaps, characterLength, escapeLike } from './normalize';

/**
 * Skill autocomplete in one SQL statement, shared by SkillsService and the benchmark.
 *
 * Tiers, best first (ties: more holders first, then shorter names):
 *   0 exact name           "kubernetes"
 *   1 exact alias          "k8s" → Kubernetes
 *   2 name prefix          "kube" → Kubernetes
 *   3 alias prefix         "golan" → Go (alias "golang"); 3+ characters, shorter alias prefixes are noise
 *   4 word prefix          "learning" → Machine learning; 3+ characters
 *   5 one typo, whole      "kubernetse" → Kubernetes, "golnag" → Go; 4+ characters
 *   6 one typo, beginning  "kubrenet" → Kubernetes; 5+ characters, names only
 * An exact alias ranks with exact names, above name prefixes: someone typing "ml" means Machine
 * learning, not a skill whose name happens to start with "ml".
 *
 * One typo is a wrong, missing, extra or swapped character: Levenshtein distance 1 (fuzzystrmatch),
 * or equality with one of the term's swapped spellings computed here, since Levenshtein counts a
 * swap ("pyhton") as two edits.
 *
 * Finding typo candidates without comparing every name: split the term in halves A and B. One edit
 * leaves one half intact. Either the candidate starts with A (prefix index), or it is a swap across
 * the halves (prefix index on A with that swap applied), or the edit is in A and the candidate ends
 * with B (index on the reversed name: a suffix becomes a prefix). The edit distance then decides.
 * Trigram similarity (pg_trgm's %) was measured too slow for this: common trigrams ("ing", "man")
 * make it visit thousands of the 100k names and aliases, 10–35 ms a search. Limits: a suffix needs
 * three characters to be selective, so in four-character terms the typo must be in the second half;
 * typos at the beginning of a partly typed word are found when they are in its second half or a swap.
 *
 * Each branch keeps its best `3 × first` skills before the branches are combined: skills of different
 * namespaces can share a name (at most three: curated, ESCO, O*NET), so that many always contain
 * `first` distinct names, which is all the final ranking can use. Only active skills are suggested;
 * a skill appears once, with its best match; skills with the same normalized name appear once (the
 * one more people hold, curated first).
 */

export const MAX_SEARCH_LENGTH = 100;
export const MAX_SUGGESTIONS = 50;
export const DEFAULT_SUGGESTIONS = 10;
export const MIN_ALIAS_PREFIX_LENGTH = 3;
export const MIN_WORD_PREFIX_LENGTH = 3;
export const MIN_TYPO_LENGTH = 4;
export const MIN_PREFIX_TYPO_LENGTH = 5;
/** Skills sharing one normalized name at most: one per namespace. */
const NAMESPACES = 3;
/** Shorter suffixes match too many names to be worth checking one by one. */
const MIN_SUFFIX_LENGTH = 3;

export type SuggestionMatch = 'exact' | 'prefix' | 'alias' | 'word' | 'fuzzy';

const MATCH_OF_TIER: readonly SuggestionMatch[] = [
  'exact',
  'alias',
  'prefix',
  'alias',
  'word',
  'fuzzy',
  'fuzzy',
];

export function matchOfTier(tier: number): SuggestionMatch {
  return MATCH_OF_TIER[tier] ?? 'fuzzy';
}

export const SKILL_COLUMN_NAMES = [
  'id',
  'name',
  'normalized_name',
  'description',
  'category',
  'parent_id',
  'source',
  'external_uri',
  'status',
  'merged_into_id',
  'holder_count',
  'created_at',
  'updated_at',
];

/** The skill columns every skill query selects, in the shape `skillFromRow` reads. */
export const SKILL_COLUMNS = SKILL_COLUMN_NAMES.join(', ');
/** What ranking needs; full rows are fetched for the final page only. */
const RANK_COLUMNS = 's.id, s.holder_count, s.name, s.normalized_name, s.source';
const RANKED = 'ORDER BY tier, holder_count DESC, length(name), normalized_name, id';
/** Distinct names found by the given (better) branches: once there are enough, worse ones need not run. */
const FOUND = (...branches: string[]) =>
  `(SELECT count(DISTINCT normalized_name) FROM (${branches.map((branch) => `SELECT normalized_name FROM ${branch}`).join(' UNION ALL ')}) found)`;

/**
 * The active skill an alias names, looked up by primary key. The LIMIT keeps PostgreSQL from turning
 * this into a hash join that reads the whole skill table to serve a few hundred aliases.
 */
const SKILL_OF = (skillId: string) =>
  `(SELECT ${RANK_COLUMNS} FROM skill s WHERE s.id = ${skillId} AND s.status = 'active' LIMIT 1) s`;

/** One edit between `column` and the term $1, or one swap ($5). */
const ONE_TYPO = (column: string) =>
  `(levenshtein_less_equal(${column}, $1, 1) <= 1 OR ${column} = ANY($5::text[]))`;
/** The beginning of `column` is one edit (or swap) away from the term. */
const ONE_TYPO_AT_START = (column: string) => `(
         levenshtein_less_equal(left(${column}, length($1)), $1, 1) <= 1
      OR levenshtein_less_equal(left(${column}, length($1) + 1), $1, 1) <= 1
      OR levenshtein_less_equal(left(${column}, length($1) - 1), $1, 1) <= 1
      OR left(${column}, length($1)) = ANY($5::text[]))`;
const TYPO_CANDIDATE = (column: string) =>
  `(${column} LIKE $6 OR ${column} LIKE $11 OR ($12::text IS NOT NULL AND reverse(${column}) LIKE $12))`;
const SIMILAR_LENGTH = (column: string) => `length(${column}) BETWEEN length($1) - 1 AND length($1) + 1`;

// Tiers are strictly ordered, so a branch whose best tier cannot reach the first $9 distinct names
// is skipped: its gate is an uncorrelated subquery, which PostgreSQL evaluates once before starting
// the branch (a one-time filter). "manage" never runs the typo branches.
const AUTOCOMPLETE_SQL = `
WITH name_match AS (
  SELECT ${RANK_COLUMNS}, CASE WHEN s.normalized_name = $1 THEN 0 ELSE 2 END AS tier, NULL::text AS matched_alias
    FROM skill s
   WHERE s.status = 'active' AND s.normalized_name LIKE $2
   ${RANKED}
   LIMIT $10
),
alias_exact AS (
  SELECT * FROM (
    SELECT DISTINCT ON (s.id) ${RANK_COLUMNS}, 1 AS tier, a.alias AS matched_alias
      FROM skill_alias a CROSS JOIN LATERAL ${SKILL_OF('a.skill_id')}
     WHERE a.normalized_alias = $1
  ) per_skill
),
alias_prefix AS (
  SELECT * FROM (
    SELECT DISTINCT ON (s.id) ${RANK_COLUMNS}, 3 AS tier, a.alias AS matched_alias
      FROM skill_alias a CROSS JOIN LATERAL ${SKILL_OF('a.skill_id')}
     WHERE $8::text IS NOT NULL AND ${FOUND('name_match', 'alias_exact')} < $9 AND a.normalized_alias LIKE $8
     ORDER BY s.id, length(a.alias), a.alias
  ) per_skill
  ${RANKED}
  LIMIT $10
),
word_match AS (
  SELECT ${RANK_COLUMNS}, 4 AS tier, NULL::text AS matched_alias
    FROM skill s
   WHERE $3::text IS NOT NULL AND ${FOUND('name_match', 'alias_exact', 'alias_prefix')} < $9
     AND s.status = 'active' AND s.normalized_name LIKE $3
   ${RANKED}
   LIMIT $10
),
name_typo AS (
  SELECT * FROM (
    SELECT ${RANK_COLUMNS},
           CASE WHEN ${SIMILAR_LENGTH('s.normalized_name')} AND ${ONE_TYPO('s.normalized_name')} THEN 5 ELSE 6 END AS tier,
           NULL::text AS matched_alias
      FROM skill s
     WHERE $4 AND ${FOUND('name_match', 'alias_exact', 'alias_prefix', 'word_match')} < $9
       AND s.status = 'active' AND ${TYPO_CANDIDATE('s.normalized_name')}
       AND ((${SIMILAR_LENGTH('s.normalized_name')} AND ${ONE_TYPO('s.normalized_name')})
            OR ($7 AND length(s.normalized_name) >= length($1) - 1 AND ${ONE_TYPO_AT_START('s.normalized_name')}))
  ) typos
  ${RANKED}
  LIMIT $10
),
alias_typo AS (
  SELECT * FROM (
    SELECT DISTINCT ON (s.id) ${RANK_COLUMNS}, 5 AS tier, a.alias AS matched_alias
      FROM skill_alias a CROSS JOIN LATERAL ${SKILL_OF('a.skill_id')}
     WHERE $4 AND ${FOUND('name_match', 'alias_exact', 'alias_prefix', 'word_match')} < $9
       AND ${TYPO_CANDIDATE('a.normalized_alias')}
       AND ${SIMILAR_LENGTH('a.normalized_alias')} AND ${ONE_TYPO('a.normalized_alias')}
     ORDER BY s.id, length(a.alias), a.alias
  ) per_skill
  ${RANKED}
  LIMIT $10
),
best_per_skill AS (
  SELECT DISTINCT ON (id) *
    FROM (SELECT * FROM name_match UNION ALL SELECT * FROM alias_exact UNION ALL SELECT * FROM alias_prefix
          UNION ALL SELECT * FROM word_match UNION ALL SELECT * FROM name_typo UNION ALL SELECT * FROM alias_typo) candidates
   ORDER BY id, tier, matched_alias IS NOT NULL, length(matched_alias), matched_alias
),
best_per_name AS (
  SELECT DISTINCT ON (normalized_name) *
    FROM best_per_skill
   ORDER BY normalized_name, tier, holder_count DESC, source IN ('ensemble', 'custom') DESC, id
),
page AS (
  SELECT * FROM best_per_name
   ${RANKED}
   LIMIT $9
)
SELECT ${SKILL_COLUMN_NAMES.map((column) => `s.${column}`).join(', ')}, page.tier, page.matched_alias
  FROM page JOIN skill s ON s.id = page.id
 ORDER BY page.tier, page.holder_count DESC, length(page.name), page.normalized_name, page.id`;

export interface AutocompleteStatement {
  text: string;
  values: unknown[];
}

/** The statement for an already normalized, validated term (see normalizeSkillName). */
export function autocompleteStatement(term: string, first: number): AutocompleteStatement {
  const chars = Array.from(term);
  const length = characterLength(term);
  const typos = length >= MIN_TYPO_LENGTH;
  const half = Math.floor(length / 2);
  const firstHalf = chars.slice(0, half).join('');
  const swappedAcross = [...chars];
  if (half > 0 && half < length)
    [swappedAcross[half - 1], swappedAcross[half]] = [swappedAcross[half], swappedAcross[half - 1]];
  const secondHalf = chars.slice(half).join('');
  const escaped = escapeLike(term);
  return {
    text: AUTOCOMPLETE_SQL,
    values: [
      term,
      `${escaped}%`,
      length >= MIN_WORD_PREFIX_LENGTH ? `% ${escaped}%` : null,
      typos,
      typos ? adjacentSwaps(term) : [],
      `${escapeLike(firstHalf)}%`,
      length >= MIN_PREFIX_TYPO_LENGTH,
      length >= MIN_ALIAS_PREFIX_LENGTH ? `${escaped}%` : null,
      first,
      first * NAMESPACES,
      `${escapeLike(swappedAcross.slice(0, half).join(''))}%`,
      typos && characterLength(secondHalf) >= MIN_SUFFIX_LENGTH
        ? `${escapeLike(Array.from(secondHalf).reverse().join(''))}%`
        : null,
    ],
  };
}

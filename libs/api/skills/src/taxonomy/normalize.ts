/**
 * How skill names and aliases are compared. Stored in `skill.normalized_name` and
 * `skill_alias.normalized_alias`, and applied to every search term, so the database never has to
 * lower-case anything itself (its lower() follows the collation, ASCII-only under the C locale).
 */

/** Longest name or alias the schema accepts. */
export const MAX_SKILL_NAME_LENGTH = 200;

/**
 * Compatibility-normalised (NFKC: full-width letters, ligatures), lower case, whitespace of any kind
 * collapsed to one space, trimmed. Punctuation is kept: "C", "C++" and "C#" are different skills.
 */
export function normalizeSkillName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The form a name is shown in: composed (NFC), whitespace collapsed, trimmed; case kept. */
export function cleanSkillName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Length in characters (code points), as a person counts them, not UTF-16 units. */
export function characterLength(text: string): number {
  return Array.from(text).length;
}

/** `%`, `_` and `\` are LIKE wildcards; the search treats them as plain characters. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Every string made by swapping two neighbouring characters of `term` (excluding `term` itself).
 * Levenshtein distance counts a swap ("pyhton") as two edits; passing the swapped spellings lets one
 * SQL equality test accept it as the single typo it is.
 */
export function adjacentSwaps(term: string): string[] {
  const chars = [...term];
  const variants = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    variants.add(swapped.join(''));
  }
  return [...variants];
}

/** A URL-safe, readable key part for a name: "Node.js" → "node.js", "C++" → "c%2B%2B". */
export function skillSlug(name: string): string {
  return encodeURIComponent(normalizeSkillName(name).replace(/ /g, '-'));
}

import { isCommonEnglishWord, singularOf } from '@ensemble/api/skills-data';
import {
  MIN_TYPO_WORD_LENGTH,
  deletionVariants,
  foldAccents,
  isWeakWord,
  tokenizeQuery,
  type PhraseEntry,
  type Vocabulary,
} from './vocabulary';

/** Words that carry no meaning in a people search ("who knows kubernetes in berlin"). */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'or', 'who', 'whom',
  'knows', 'know', 'knowing', 'someone', 'somebody', 'people', 'person', 'colleague', 'colleagues',
  'expert', 'experts', 'experienced', 'experience', 'skilled', 'good', 'is', 'are', 'based', 'near',
  'me', 'my', 'i', 'we', 'our', 'wants', 'would', 'like', 'likes', 'work', 'working', 'it', 'about', 'skill', 'skills',
]);

/** Words that ask for passion: interest in the skills then counts in the ranking. */
const PASSION_WORDS = new Set(['love', 'loves', 'passion', 'passionate', 'enthusiast', 'enthusiastic', 'keen']);

/** Prepositions that make the phrase after them a location ("in Berlin") rather than a skill. */
const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'based']);

/** The place that is no city: recognised wherever it is written ("remote python"). */
const REMOTE = 'remote';

export const MAX_QUERY_TERMS = 8;

export interface RecognisedSkill {
  skillId: string;
  name: string;
  /** The words of the query that named it, lower case, as the interpreter split them ("event driven"). */
  matchedText: string;
  via: 'name' | 'alias' | 'typo';
  /**
   * Named by one ordinary English word ("implementation", "go") that the rest of the query supports
   * (docs/discovery-ranking.md §1): recognised, but weaker evidence of what was asked than a name.
   */
  commonWord?: true;
}

export interface QueryInterpretation {
  skills: RecognisedSkill[];
  location: { value: string; matchedText: string } | null;
  /** Words left for full-text search (names, titles, bios, passions, skill names), at most MAX_QUERY_TERMS. */
  terms: string[];
  /** The query with misspelt skill words corrected, when any were. */
  didYouMean: string | null;
  /** The query asks for passion ("who would love to work on Kubernetes"). */
  passion: boolean;
}

interface Found {
  start: number;
  length: number;
  match: PhraseMatch;
}

/**
 * Splits free text into recognised skills (names, aliases, one-typo misspellings), one location and
 * the remaining words. Greedy, longest phrase first, left to right: "machine learning ops" prefers
 * a three-word skill to a two-word one. Case, hyphens, spacing and plurals do not matter ("Event-Driven
 * Architectures" is "event driven architecture", "micro services" is "microservices").
 *
 * A skill named by one ordinary English word (an alias such as "implementation", a two-letter name
 * such as "go") is recognised only with support from the rest of the query: it is the whole query, or
 * another word of the query belongs to the skill (its name, aliases, parent's or children's names,
 * the uncommon words of its description), or a skill recognised otherwise is near it in the taxonomy.
 * Without support, and inside a hyphenated word ("go-to"), it stays a word of the text search.
 *
 * A word is corrected only when the correction completes a skill phrase, never when it is an English
 * word or a word of the company's own text, so names ("Jonh") and projects ("Redox", one letter from Redux) are left alone.
 */
export function interpretQuery(text: string, vocabulary: Vocabulary): QueryInterpretation {
  const { tokens: original, glued } = tokenizeQuery(text);
  const corrected = original.map((token) => correctWord(token, vocabulary));
  const found: Found[] = [];
  let location: QueryInterpretation['location'] = null;
  let passion = false;
  /** What each token became: part of a match (its index in `found`), a filler or passion word (-1), or a term (undefined). */
  const use: Array<number | undefined> = [];

  let i = 0;
  while (i < original.length) {
    const afterPreposition = followsPreposition(original, i);
    // One place: a second one ("in Berlin or London") is searched as words.
    const place = location ? 'none' : afterPreposition ? 'preferred' : 'bare';
    const match = longestMatch(original, corrected, glued, i, vocabulary, place);
    if (match) {
      if (match.kind === 'location') location = { value: match.value, matchedText: original.slice(i, i + match.length).join(' ') };
      for (let k = i; k < i + match.length; k++) use[k] = found.length;
      found.push({ start: i, length: match.length, match });
      i += match.length;
      continue;
    }
    const token = original[i] as string;
    if (PASSION_WORDS.has(token)) passion = true;
    if (PASSION_WORDS.has(token) || STOPWORDS.has(token)) use[i] = -1;
    i++;
  }

  // Content words: what is neither filler nor the place.
  const content = original.flatMap((_, index) => {
    const owner = use[index];
    return owner === -1 || (owner !== undefined && found[owner]?.match.kind === 'location') ? [] : [index];
  });
  const strong = found.filter((entry) => entry.match.kind === 'skill' && !entry.match.weak).map((entry) => entry.match.value);
  const skills: RecognisedSkill[] = [];
  const usedCorrections = new Map<number, string>();
  for (const entry of found) {
    const { match, start, length } = entry;
    if (match.kind !== 'skill') continue;
    if (match.weak && !supported(entry, content, strong, original, vocabulary)) {
      // Back to what the word would have been without the skill: a filler or a term.
      for (let k = start; k < start + length; k++) use[k] = STOPWORDS.has(original[k] as string) ? -1 : undefined;
      continue;
    }
    if (match.typo) for (let k = start; k < start + length; k++) if (corrected[k] !== original[k]) usedCorrections.set(k, corrected[k] as string);
    if (skills.some((skill) => skill.skillId === match.value)) continue;
    const skill = vocabulary.skills.get(match.value);
    const matchedText = original.slice(start, start + length).join(' ');
    skills.push({
      skillId: match.value,
      name: skill?.name ?? matchedText,
      matchedText,
      via: match.typo ? 'typo' : match.alias ? 'alias' : 'name',
      ...(match.weak ? { commonWord: true as const } : {}),
    });
  }

  const terms: string[] = [];
  original.forEach((token, index) => {
    if (use[index] === undefined && terms.length < MAX_QUERY_TERMS && !terms.includes(token)) terms.push(token);
  });
  const didYouMean = usedCorrections.size
    ? original.map((token, index) => usedCorrections.get(index) ?? token).join(' ')
    : null;
  return { skills, location, terms, didYouMean, passion };
}

/** Whether the rest of the query supports a skill named by one ordinary word (see interpretQuery). */
function supported(entry: Found, content: readonly number[], strong: readonly string[], tokens: readonly string[], vocabulary: Vocabulary): boolean {
  const skillId = entry.match.value;
  const others = content.filter((index) => index < entry.start || index >= entry.start + entry.length);
  if (others.length === 0) return true;
  const words = vocabulary.supportWords.get(skillId);
  if (words && others.some((index) => words.has(singularOf(tokens[index] as string)))) return true;
  return strong.some((other) => other !== skillId && related(skillId, other, vocabulary));
}

/**
 * Near in the taxonomy: one is an ancestor of the other at most three levels up, or both descend from
 * a common ancestor at most two levels up (siblings, cousins).
 */
function related(a: string, b: string, vocabulary: Vocabulary): boolean {
  const up = (id: string) => {
    const depths = new Map<string, number>();
    let current: string | null | undefined = id;
    for (let depth = 0; current && depth <= 3 && !depths.has(current); depth++) {
      depths.set(current, depth);
      current = vocabulary.skills.get(current)?.parentId;
    }
    return depths;
  };
  const fromA = up(a);
  for (const [ancestor, depthB] of up(b)) {
    const depthA = fromA.get(ancestor);
    if (depthA === undefined) continue;
    if (Math.min(depthA, depthB) === 0 || Math.max(depthA, depthB) <= 2) return true;
  }
  return false;
}

interface PhraseMatch {
  kind: 'skill' | 'location';
  value: string;
  length: number;
  alias: boolean;
  typo: boolean;
  /** One ordinary English word (isWeakWord): recognised only with support. */
  weak: boolean;
}

/** The skill a span of the query names: as written, in the singular, or written together ("micro services"). */
function phraseOf(span: readonly string[], vocabulary: Vocabulary): PhraseEntry | undefined {
  const exact = vocabulary.phrases.get(span.join(' '));
  if (exact) return exact;
  const singular = span.map(singularOf);
  const singularKey = singular.join(' ');
  const found = vocabulary.phrases.get(singularKey) ?? vocabulary.singularPhrases.get(singularKey);
  if (found) return found;
  // Written together or apart: never across a filler word ("in design" is not InDesign).
  if (span.some((token) => STOPWORDS.has(token))) return undefined;
  const joined = singular.join('');
  return span.length > 1
    ? (vocabulary.phrases.get(joined) ?? vocabulary.singularPhrases.get(joined) ?? vocabulary.joinedPhrases.get(joined))
    : vocabulary.joinedPhrases.get(joined);
}

/**
 * How a place may be recognised at a position: after "in", "from", "based in"… it is preferred to a
 * skill; elsewhere ("bare") only where no skill is named; not at all once the query has one.
 */
type PlaceRule = 'preferred' | 'bare' | 'none';

function longestMatch(
  original: readonly string[],
  corrected: readonly string[],
  glued: readonly boolean[],
  start: number,
  vocabulary: Vocabulary,
  placeRule: PlaceRule,
): PhraseMatch | null {
  // One more than the longest phrase: two words of the query can be one of the vocabulary's.
  const longest = Math.min(vocabulary.maxPhraseWords + 1, original.length - start);
  for (let length = longest; length >= 1; length--) {
    const span = original.slice(start, start + length);
    const exact = span.join(' ');
    const place = placeRule === 'none' ? undefined : vocabulary.locations.get(span.map(foldAccents).join(' '));
    const skill = phraseOf(span, vocabulary);
    // "in Germany" is a place even where a word of it could be a skill (German); a skill wins elsewhere.
    if (place && (placeRule === 'preferred' || (!skill && standsAlone(span, vocabulary)))) {
      return { kind: 'location', value: place.value, length, alias: false, typo: false, weak: false };
    }
    if (skill) {
      const weak = length === 1 && isWeakWord(exact, skill, vocabulary);
      // An ordinary word is never cut out of a hyphenated one: "go-to", "c-level".
      if (weak && ((start > 0 && glued[start - 1]) || glued[start])) continue;
      return { kind: 'skill', value: skill.skillId, length, alias: skill.alias, typo: false, weak };
    }
    const fixedSpan = corrected.slice(start, start + length);
    if (fixedSpan.some((token, k) => token !== span[k])) {
      const fixedSkill = phraseOf(fixedSpan, vocabulary);
      // A correction must name a skill outright, not an ordinary word that would still need support.
      if (fixedSkill && !(length === 1 && isWeakWord(fixedSpan[0] as string, fixedSkill, vocabulary))) {
        return { kind: 'skill', value: fixedSkill.skillId, length, alias: fixedSkill.alias, typo: true, weak: false };
      }
    }
  }
  return null;
}

/** Whether the word at `index` follows "in", "from", "based in"…, or "in the" ("in the Netherlands"). */
function followsPreposition(tokens: readonly string[], index: number): boolean {
  const before = index > 1 && tokens[index - 1] === 'the' ? index - 2 : index - 1;
  return before >= 0 && LOCATION_PREPOSITIONS.has(tokens[before] as string);
}

/**
 * Whether a place written without "in" is one: a name of several words ("new york") or "remote" always;
 * one word only when it is neither an ordinary English word ("reading", "nice") nor a word of a
 * colleague's name ("Sydney", "Jordan"): a bare word like that is searched as text, "in Sydney" is the place.
 */
function standsAlone(span: readonly string[], vocabulary: Vocabulary): boolean {
  if (span.length > 1) return true;
  const word = span[0] as string;
  if (word === REMOTE) return true;
  return !isCommonEnglishWord(word) && !vocabulary.companyText?.isNameWord(word);
}

/**
 * The vocabulary word one edit (insert, delete, substitute, swap) away, if the word is not known
 * itself. Words of four letters or more only, and never an English word ("trust" is not a misspelt
 * "rust") or a word of the company's own text (a project called "Rusty" is not a misspelt "rust").
 */
export function correctWord(word: string, vocabulary: Vocabulary): string {
  if (word.length < MIN_TYPO_WORD_LENGTH || !/^\p{L}+$/u.test(word) || STOPWORDS.has(word)) return word;
  if (vocabulary.words.has(word) || vocabulary.words.has(singularOf(word))) return word;
  if (vocabulary.phrases.has(word) || vocabulary.placeWords.has(foldAccents(word))) return word;
  if (isCommonEnglishWord(word) || vocabulary.companyText?.containsWord(word)) return word;
  const candidates = new Set<string>();
  // A deleted letter in the query: the query is one of the word's deletion variants.
  for (const known of vocabulary.deletions.get(word) ?? []) candidates.add(known);
  for (const variant of deletionVariants(word)) {
    // An extra letter in the query.
    if (vocabulary.words.has(variant)) candidates.add(variant);
    // A substitution or a swap: both lose a letter at the same place (swaps are checked below).
    for (const known of vocabulary.deletions.get(variant) ?? []) candidates.add(known);
  }
  let best: string | null = null;
  for (const candidate of candidates) {
    if (!withinOneEdit(word, candidate)) continue;
    if (best === null || candidate < best) best = candidate;
  }
  return best ?? word;
}

/** Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [x, y] = diffs as [number, number];
    return diffs.length === 2 && y === x + 1 && a[x] === b[y] && a[y] === b[x];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

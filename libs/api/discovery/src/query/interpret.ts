import {
  MIN_TYPO_WORD_LENGTH,
  deletionVariants,
  tokenize,
  type Vocabulary,
} from './vocabulary';

/** Words that carry no meaning in a people search ("who knows kubernetes in berlin"). */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'or', 'who', 'whom',
  'knows', 'know', 'knowing', 'someone', 'somebody', 'people', 'person', 'colleague', 'colleagues',
  'expert', 'experts', 'experienced', 'experience', 'skilled', 'good', 'is', 'are', 'based', 'near',
  'me', 'my', 'i', 'we', 'our', 'wants', 'would', 'like', 'likes', 'work', 'working', 'it', 'about',
]);

/** Words that ask for passion: interest in the skills then counts in the ranking. */
const PASSION_WORDS = new Set(['love', 'loves', 'passion', 'passionate', 'enthusiast', 'enthusiastic', 'keen']);

/** Prepositions that make the phrase after them a location ("in Berlin") rather than a skill. */
const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'based']);

export const MAX_QUERY_TERMS = 8;

export interface RecognisedSkill {
  skillId: string;
  name: string;
  /** The words of the query that named it, as typed. */
  matchedText: string;
  via: 'name' | 'alias' | 'typo';
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

/**
 * Splits free text into recognised skills (names, aliases, one-typo misspellings), one location and
 * the remaining words. Greedy, longest phrase first, left to right: "machine learning ops" prefers
 * a three-word skill to a two-word one. A word is corrected only when the correction completes a
 * skill phrase, so names ("Jonh") are left for the name search, which tolerates typos itself.
 */
export function interpretQuery(text: string, vocabulary: Vocabulary): QueryInterpretation {
  const original = tokenize(text);
  const corrected = original.map((token) => correctWord(token, vocabulary));
  const skills: RecognisedSkill[] = [];
  const terms: string[] = [];
  let location: QueryInterpretation['location'] = null;
  let passion = false;
  const usedCorrections = new Map<number, string>();

  let i = 0;
  while (i < original.length) {
    const afterPreposition = i > 0 && LOCATION_PREPOSITIONS.has(original[i - 1] as string);
    const match = longestMatch(original, corrected, i, vocabulary, afterPreposition && !location);
    if (match) {
      const matchedText = original.slice(i, i + match.length).join(' ');
      if (match.kind === 'location') {
        location = { value: match.value, matchedText };
      } else if (!skills.some((skill) => skill.skillId === match.value)) {
        const skill = vocabulary.skills.get(match.value);
        skills.push({
          skillId: match.value,
          name: skill?.name ?? matchedText,
          matchedText,
          via: match.typo ? 'typo' : match.alias ? 'alias' : 'name',
        });
      }
      if (match.typo) for (let k = i; k < i + match.length; k++) if (corrected[k] !== original[k]) usedCorrections.set(k, corrected[k] as string);
      i += match.length;
      continue;
    }
    const token = original[i] as string;
    if (PASSION_WORDS.has(token)) {
      passion = true;
      i++;
      continue;
    }
    if (!STOPWORDS.has(token) && terms.length < MAX_QUERY_TERMS && !terms.includes(token)) terms.push(token);
    i++;
  }

  const didYouMean = usedCorrections.size
    ? original.map((token, index) => usedCorrections.get(index) ?? token).join(' ')
    : null;
  return { skills, location, terms, didYouMean, passion };
}

interface PhraseMatch {
  kind: 'skill' | 'location';
  value: string;
  length: number;
  alias: boolean;
  typo: boolean;
}

function longestMatch(
  original: readonly string[],
  corrected: readonly string[],
  start: number,
  vocabulary: Vocabulary,
  preferLocation: boolean,
): PhraseMatch | null {
  const longest = Math.min(vocabulary.maxPhraseWords, original.length - start);
  for (let length = longest; length >= 1; length--) {
    const exact = original.slice(start, start + length).join(' ');
    const fixed = corrected.slice(start, start + length).join(' ');
    const location = vocabulary.locations.get(exact);
    const skill = vocabulary.phrases.get(exact);
    // "in Go" is ambiguous only in theory: a location wins after a preposition, a skill elsewhere.
    if (location !== undefined && (preferLocation || !skill)) {
      return { kind: 'location', value: location, length, alias: false, typo: false };
    }
    if (skill) return { kind: 'skill', value: skill.skillId, length, alias: skill.alias, typo: false };
    if (fixed !== exact) {
      const fixedSkill = vocabulary.phrases.get(fixed);
      if (fixedSkill) return { kind: 'skill', value: fixedSkill.skillId, length, alias: fixedSkill.alias, typo: true };
    }
  }
  return null;
}

/** The vocabulary word one edit (insert, delete, substitute, swap) away, if the word is not known itself. */
export function correctWord(word: string, vocabulary: Vocabulary): string {
  if (word.length < MIN_TYPO_WORD_LENGTH || vocabulary.words.has(word) || STOPWORDS.has(word)) return word;
  if (vocabulary.phrases.has(word) || vocabulary.locations.has(word)) return word;
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

import { isCommonEnglishWord, singularOf } from '@ensemble/api/skills-data';
import { placeParts } from '@ensemble/api/people-index';

/**
 * What query understanding knows: skill phrases (names and aliases, normalised), the words they are
 * made of (for one-typo correction), the taxonomy's parent links (for narrower skills), the locations
 * people have, and a way to ask whether the company's own text has a word. Built from the database by
 * SkillDictionary; pure data here so that the interpreter is testable without one.
 */
export interface VocabularySkill {
  id: string;
  name: string;
  parentId: string | null;
  holderCount: number;
  /**
   * Named by Ensemble's starter taxonomy or by a person, rather than by an imported classification
   * (ESCO, O*NET). A curated name that is an English word ("Rust", "Swift") is still a name; an
   * imported one ("Forth", "Square", "Route" in O*NET) is read like an alias. Absent means curated.
   */
  curated?: boolean;
  /** Only needed for skills with a one-word name or alias: its words can support that word. */
  description?: string | null;
}

export interface PhraseEntry {
  skillId: string;
  alias: boolean;
}

/** What the company's own text holds: typo correction and place recognition ask it. */
export interface CompanyText {
  /** Whether any text everyone may see (profiles, projects) has the word: typo correction leaves such words alone. */
  containsWord(word: string): boolean;
  /** Whether the word is a word of an active person's name: a bare "Sydney" may be a colleague, not a city. */
  isNameWord(word: string): boolean;
}

/** A place people are in: a whole location as written, or one of its parts (a city, a country, "Remote"). */
export interface PlaceEntry {
  /** The spelling most people have. */
  value: string;
}

export interface Vocabulary {
  skills: ReadonlyMap<string, VocabularySkill>;
  /** Normalised phrase (its tokens, space-separated) → skill, for names and aliases alike. */
  phrases: ReadonlyMap<string, PhraseEntry>;
  /** Phrases with a plural among their words, by their singular form ("microservice" → Microservices). */
  singularPhrases: ReadonlyMap<string, PhraseEntry>;
  /** Phrases of several words, by their singular words written together ("front end" → "frontend"). */
  joinedPhrases: ReadonlyMap<string, PhraseEntry>;
  /**
   * Places, by their words (accents folded: "sao paulo"): every location people show to everyone, whole
   * ("berlin germany") and by its parts ("berlin", "germany", "new york", "remote").
   */
  locations: ReadonlyMap<string, PlaceEntry>;
  /** The words of the places: never "corrected" into a skill ("germany" is not a misspelt German). */
  placeWords: ReadonlySet<string>;
  /** Every word of every phrase, for typo correction, with deletion variants → words. */
  words: ReadonlySet<string>;
  deletions: ReadonlyMap<string, readonly string[]>;
  /** Children of each skill, for counting narrower skills toward a broader one. */
  children: ReadonlyMap<string, readonly string[]>;
  /**
   * For each skill that a single ordinary English word can name (see `isWeakWord`): the singular words
   * of its name, its aliases, its parent's and children's names and the uncommon words of its
   * description. Another of these in the query supports the ordinary word ("customer implementation").
   */
  supportWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The longest phrase, in words: how far the interpreter looks ahead. */
  maxPhraseWords: number;
  companyText: CompanyText | null;
}

/** Lower case, Unicode-normalised, punctuation other than the marks in skill names (C++, C#, .NET, Node.js) removed. */
export function normalizeQueryText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#./\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QueryTokens {
  tokens: string[];
  /** glued[k]: token k is joined to token k + 1 by a hyphen or a dot ("go-to", "c-level", "node.js"). */
  glued: boolean[];
}

/**
 * The words of a query or a phrase. Hyphens and slashes separate words, and so does a dot between
 * letters, so that "event-driven", "event driven" and "Event-Driven" are the same two words, "CI/CD"
 * and "ci cd" too, and "node.js" is "node js". A leading dot stays (".net" is not "net"), and so do
 * "+" and "#" ("c++", "c#").
 */
export function tokenizeQuery(text: string): QueryTokens {
  const tokens: string[] = [];
  const glued: boolean[] = [];
  for (const chunk of normalizeQueryText(text).split(' ')) {
    if (!/[./-]/.test(chunk)) {
      // Most words have nothing to split or trim.
      if (chunk) {
        tokens.push(chunk);
        glued.push(false);
      }
      continue;
    }
    // Separators and the pieces between them, in order: "go-to" → go, -, to.
    const parts = chunk.split(/(\/|-|(?<=\p{L})\.(?=\p{L}))/u);
    let gluedToPrevious = false;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as string;
      if (p % 2 === 1) {
        gluedToPrevious = part !== '/';
        continue;
      }
      let token = part.replace(/\.+$/, '');
      // A leading dot stays when it starts a name (".net"), not when it ends a sentence or an ellipsis.
      if (!/^\.\p{L}/u.test(token)) token = token.replace(/^\.+/, '');
      if (!token) {
        gluedToPrevious = false;
        continue;
      }
      if (gluedToPrevious && tokens.length) glued[tokens.length - 1] = true;
      tokens.push(token);
      glued.push(false);
      gluedToPrevious = false;
    }
  }
  return { tokens, glued };
}

export function tokenize(text: string): string[] {
  return tokenizeQuery(text).tokens;
}

/** A place's words as the query's are split, accents folded ("São Paulo" → "sao", "paulo"). */
export function placeWordsOf(text: string): string[] {
  return tokenize(text).map(foldAccents);
}

export function foldAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** The most words a phrase can have and still match written together ("front end" as "frontend"). */
const MAX_JOINED_WORDS = 2;

/** Words of typo correction: long enough that one edit is still recognisably the same word. */
export const MIN_TYPO_WORD_LENGTH = 4;

export function deletionVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/**
 * Whether one word naming a skill is an ordinary word that needs support from the rest of the query
 * (docs/discovery-ranking.md §1): a single letter ("c", "r"); an alias that is a common English word
 * ("implementation", "next", "security"); the name of an imported skill that is one ("Forth"); a
 * curated name of two letters that is one ("go"). Longer curated names ("Rust", "Swift") are names.
 */
export function isWeakWord(word: string, entry: PhraseEntry, vocabulary: Pick<Vocabulary, 'skills'>): boolean {
  if (word.length === 1) return true;
  if (!isCommonEnglishWord(word)) return false;
  return entry.alias || word.length <= 2 || vocabulary.skills.get(entry.skillId)?.curated === false;
}

/** Builds the lookup structures from plain rows (the dictionary service and the tests both use it). */
export function buildVocabulary(input: {
  skills: readonly VocabularySkill[];
  aliases: ReadonlyArray<{ skillId: string; alias: string }>;
  locations: ReadonlyArray<{ location: string; people: number }>;
  companyText?: CompanyText | null;
}): Vocabulary {
  const skills = new Map(input.skills.map((skill) => [skill.id, skill]));
  const phrases = new Map<string, PhraseEntry>();
  const singularPhrases = new Map<string, PhraseEntry>();
  const joinedPhrases = new Map<string, PhraseEntry>();
  const children = new Map<string, string[]>();
  const aliasesOf = new Map<string, string[]>();
  const words = new Set<string>();
  /** Skills one ordinary word can name: they get support words. */
  const weakSkills = new Set<string>();
  let maxPhraseWords = 1;

  const holders = (entry: PhraseEntry) => skills.get(entry.skillId)?.holderCount ?? 0;
  // A name beats an alias; between two of a kind, the skill more people hold.
  const put = (map: Map<string, PhraseEntry>, key: string, entry: PhraseEntry) => {
    const existing = map.get(key);
    if (existing) {
      if (!existing.alias && entry.alias) return;
      if (existing.alias === entry.alias && holders(existing) >= holders(entry)) return;
    }
    map.set(key, entry);
  };
  const addPhrase = (phrase: string, skillId: string, alias: boolean) => {
    const tokens = tokenize(phrase);
    if (!tokens.length) return;
    const entry = { skillId, alias };
    const key = tokens.join(' ');
    put(phrases, key, entry);
    const singular = tokens.map(singularOf);
    const singularKey = singular.join(' ');
    if (singularKey !== key) put(singularPhrases, singularKey, entry);
    // Compounds are written together ("frontend", "microservices"); long phrases are not.
    if (tokens.length > 1 && tokens.length <= MAX_JOINED_WORDS) put(joinedPhrases, singular.join(''), entry);
    else if (isWeakWord(key, entry, { skills })) weakSkills.add(skillId);
    maxPhraseWords = Math.max(maxPhraseWords, tokens.length);
    for (const token of tokens) {
      if (token.length < MIN_TYPO_WORD_LENGTH) continue;
      words.add(token);
      words.add(singularOf(token));
    }
  };
  for (const skill of input.skills) {
    addPhrase(skill.name, skill.id, false);
    if (skill.parentId) {
      const siblings = children.get(skill.parentId) ?? [];
      siblings.push(skill.id);
      children.set(skill.parentId, siblings);
    }
  }
  for (const { skillId, alias } of input.aliases) {
    if (!skills.has(skillId)) continue;
    addPhrase(alias, skillId, true);
    const list = aliasesOf.get(skillId) ?? [];
    list.push(alias);
    aliasesOf.set(skillId, list);
  }

  const supportWords = new Map<string, ReadonlySet<string>>();
  for (const skillId of weakSkills) {
    const skill = skills.get(skillId) as VocabularySkill;
    const parent = skill.parentId ? skills.get(skill.parentId) : undefined;
    const found = new Set<string>();
    const named = [skill.name, parent?.name, ...(aliasesOf.get(skillId) ?? []), ...(children.get(skillId) ?? []).map((id) => skills.get(id)?.name)];
    for (const text of named) for (const token of tokenize(text ?? '')) found.add(singularOf(token));
    for (const token of tokenize(skill.description ?? '')) if (!isCommonEnglishWord(token)) found.add(singularOf(token));
    supportWords.set(skillId, found);
  }

  const deletions = new Map<string, string[]>();
  for (const word of words) {
    for (const variant of deletionVariants(word)) {
      const list = deletions.get(variant);
      if (list) list.push(word);
      else deletions.set(variant, [word]);
    }
  }

  // Per place key, how many people wrote each spelling ("Berlin" from "Berlin, Germany" and from "Berlin").
  const spellings = new Map<string, Map<string, number>>();
  for (const { location, people } of input.locations) {
    for (const place of [location.trim(), ...placeParts(location)]) {
      const key = placeWordsOf(place).join(' ');
      if (!key) continue;
      let counts = spellings.get(key);
      if (!counts) spellings.set(key, (counts = new Map()));
      counts.set(place, (counts.get(place) ?? 0) + people);
    }
  }
  const locations = new Map<string, PlaceEntry>();
  const placeWords = new Set<string>();
  for (const [key, counts] of spellings) {
    let best = '';
    let most = -1;
    // The most common spelling; between equals, the first in code-point order, so every replica agrees.
    for (const [spelling, people] of counts) if (people > most || (people === most && spelling < best)) [best, most] = [spelling, people];
    locations.set(key, { value: best });
    const words = key.split(' ');
    for (const word of words) placeWords.add(word);
    maxPhraseWords = Math.max(maxPhraseWords, words.length);
  }

  return {
    skills,
    phrases,
    singularPhrases,
    joinedPhrases,
    locations,
    placeWords,
    words,
    deletions,
    children,
    supportWords,
    maxPhraseWords: Math.min(maxPhraseWords, 6),
    companyText: input.companyText ?? null,
  };
}

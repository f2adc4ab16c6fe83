/**
 * What query understanding knows: skill phrases (names and aliases, normalised), the words they are
 * made of (for one-typo correction), the taxonomy's parent links (for narrower skills), and the
 * locations people have. Built from the database by SkillDictionary; pure data here so that the
 * interpreter is testable without one.
 */
export interface VocabularySkill {
  id: string;
  name: string;
  parentId: string | null;
  holderCount: number;
}

export interface Vocabulary {
  skills: ReadonlyMap<string, VocabularySkill>;
  /** Normalised phrase → skill id, for names and aliases alike. */
  phrases: ReadonlyMap<string, { skillId: string; alias: boolean }>;
  /** Normalised location → the location as people wrote it (the most common spelling). */
  locations: ReadonlyMap<string, string>;
  /** Every word of every phrase, for typo correction, with deletion variants → words. */
  words: ReadonlySet<string>;
  deletions: ReadonlyMap<string, readonly string[]>;
  /** Children of each skill, for counting narrower skills toward a broader one. */
  children: ReadonlyMap<string, readonly string[]>;
  /** The longest phrase, in words: how far the interpreter looks ahead. */
  maxPhraseWords: number;
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

export function tokenize(text: string): string[] {
  return normalizeQueryText(text)
    .split(' ')
    .map((token) => token.replace(/^[./-]+|[./-]+$/g, ''))
    .filter((token) => token.length > 0);
}

/** Words of typo correction: long enough that one edit is still recognisably the same word. */
export const MIN_TYPO_WORD_LENGTH = 4;

export function deletionVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/** Builds the lookup structures from plain rows (the dictionary service and the tests both use it). */
export function buildVocabulary(input: {
  skills: readonly VocabularySkill[];
  aliases: ReadonlyArray<{ skillId: string; alias: string }>;
  locations: ReadonlyArray<{ location: string; people: number }>;
}): Vocabulary {
  const skills = new Map(input.skills.map((skill) => [skill.id, skill]));
  const phrases = new Map<string, { skillId: string; alias: boolean }>();
  const children = new Map<string, string[]>();
  const words = new Set<string>();
  let maxPhraseWords = 1;

  const addPhrase = (phrase: string, skillId: string, alias: boolean) => {
    const key = tokenize(phrase).join(' ');
    if (!key) return;
    const existing = phrases.get(key);
    // A name beats an alias; between two of a kind, the skill more people hold.
    if (existing) {
      if (!existing.alias && alias) return;
      if (existing.alias === alias && (skills.get(existing.skillId)?.holderCount ?? 0) >= (skills.get(skillId)?.holderCount ?? 0)) return;
    }
    phrases.set(key, { skillId, alias });
    const parts = key.split(' ');
    maxPhraseWords = Math.max(maxPhraseWords, parts.length);
    for (const part of parts) if (part.length >= MIN_TYPO_WORD_LENGTH) words.add(part);
  };
  for (const skill of input.skills) {
    addPhrase(skill.name, skill.id, false);
    if (skill.parentId) {
      const siblings = children.get(skill.parentId) ?? [];
      siblings.push(skill.id);
      children.set(skill.parentId, siblings);
    }
  }
  for (const { skillId, alias } of input.aliases) if (skills.has(skillId)) addPhrase(alias, skillId, true);

  const deletions = new Map<string, string[]>();
  for (const word of words) {
    for (const variant of deletionVariants(word)) {
      const list = deletions.get(variant);
      if (list) list.push(word);
      else deletions.set(variant, [word]);
    }
  }

  const locations = new Map<string, { spelling: string; people: number }>();
  for (const { location, people } of input.locations) {
    const key = tokenize(location).join(' ');
    if (!key) continue;
    const existing = locations.get(key);
    if (!existing || existing.people < people) locations.set(key, { spelling: location, people });
  }
  for (const key of locations.keys()) maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);

  return {
    skills,
    phrases,
    locations: new Map([...locations].map(([key, value]) => [key, value.spelling])),
    words,
    deletions,
    children,
    maxPhraseWords: Math.min(maxPhraseWords, 6),
  };
}

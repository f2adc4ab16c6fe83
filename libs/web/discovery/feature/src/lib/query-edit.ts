/**
 * Editing the free text the way the API reads it (libs/api/discovery query/interpret.ts): removing a
 * recognised skill, place, passion or word from the query removes exactly the words that produced it.
 */

/** Words that make the phrase after them a place ("in Berlin"). */
const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'based']);
/** Words that ask for passion. */
export const PASSION_WORDS = new Set([
  'love',
  'loves',
  'passion',
  'passionate',
  'enthusiast',
  'enthusiastic',
  'keen',
]);

/** Lower case, Unicode-normalised, punctuation other than + # . / - removed (as the API normalises). */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#./\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The API's words (tokenizeQuery in libs/api/discovery query/vocabulary.ts): hyphens, slashes and a
 * dot between letters separate words ("Event-Driven" is "event driven", "node.js" is "node js"); a
 * leading dot stays (".net").
 */
function tokensOf(text: string): string[] {
  return normalize(text)
    .split(/[ /-]|(?<=\p{L})\.(?=\p{L})/u)
    .map((token) => {
      const trimmed = token.replace(/\.+$/, '');
      return /^\.\p{L}/u.test(trimmed) ? trimmed : trimmed.replace(/^\.+/, '');
    })
    .filter((token) => token.length > 0);
}

interface Chunk {
  /** The text as typed, between spaces. */
  raw: string;
  /** The API's tokens in it (usually one). */
  tokens: string[];
}

interface Tokenised {
  chunks: Chunk[];
  /** Every token, with the chunk it came from. */
  tokens: Array<{ token: string; chunk: number }>;
}

function tokenise(text: string): Tokenised {
  const chunks = (text.match(/\S+/g) ?? []).map((raw) => ({ raw, tokens: tokensOf(raw) }));
  const tokens = chunks.flatMap((chunk, index) => chunk.tokens.map((token) => ({ token, chunk: index })));
  return { chunks, tokens };
}

/** The text without the tokens at `removed` (indexes into `tokens`), keeping the rest as typed. */
function rebuild({ chunks, tokens }: Tokenised, removed: ReadonlySet<number>): string {
  const removedPerChunk = new Map<number, number>();
  for (const index of removed) {
    const chunk = tokens[index]?.chunk;
    if (chunk !== undefined) removedPerChunk.set(chunk, (removedPerChunk.get(chunk) ?? 0) + 1);
  }
  const kept: string[] = [];
  chunks.forEach((chunk, chunkIndex) => {
    const count = removedPerChunk.get(chunkIndex) ?? 0;
    if (count === 0) {
      kept.push(chunk.raw);
      return;
    }
    if (count >= chunk.tokens.length) return;
    // Part of a chunk ("k8s,berlin"): keep its other tokens.
    const rest = tokens
      .map((entry, index) => ({ ...entry, index }))
      .filter((entry) => entry.chunk === chunkIndex && !removed.has(entry.index))
      .map((entry) => entry.token);
    kept.push(rest.join(' '));
  });
  return kept.join(' ');
}

/** Where the phrase's tokens first appear, in order and next to each other; -1 when they do not. */
function findPhrase(tokens: Tokenised['tokens'], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => tokens[start + offset]?.token === word)) return start;
  }
  return -1;
}

/** Whether the words of `phrase` (as the API matched them, e.g. a skill's matchedText) are in the text. */
export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrase(tokenise(text).tokens, tokensOf(phrase)) >= 0;
}

/**
 * The text without the first occurrence of `phrase`; with `withPreposition`, also without the words
 * that made it a place ("in", "based in", "in the"). Unchanged when the phrase is not there.
 */
export function removePhrase(
  text: string,
  phrase: string,
  options: { withPreposition?: boolean } = {},
): string {
  const tokenised = tokenise(text);
  const words = tokensOf(phrase);
  const start = findPhrase(tokenised.tokens, words);
  if (start < 0) return text;
  const removed = new Set<number>();
  for (let index = start; index < start + words.length; index++) removed.add(index);
  if (options.withPreposition) {
    const tokenAt = (index: number) => tokenised.tokens[index]?.token ?? '';
    let index = start - 1;
    // "in the Netherlands": the article goes with the preposition before it.
    if (tokenAt(index) === 'the' && LOCATION_PREPOSITIONS.has(tokenAt(index - 1))) removed.add(index--);
    for (; index >= 0 && LOCATION_PREPOSITIONS.has(tokenAt(index)); index--) removed.add(index);
  }
  return rebuild(tokenised, removed);
}

/** Whether the text asks for passion ("who loves …"). */
export function asksForPassion(text: string): boolean {
  return tokenise(text).tokens.some((entry) => PASSION_WORDS.has(entry.token));
}

/** The text without its passion words. */
export function removePassionWords(text: string): string {
  const tokenised = tokenise(text);
  const removed = new Set<number>();
  tokenised.tokens.forEach((entry, index) => {
    if (PASSION_WORDS.has(entry.token)) removed.add(index);
  });
  return rebuild(tokenised, removed);
}

/** Whether a word searched as text is still in the query. */
export function containsWord(text: string, word: string): boolean {
  const target = tokensOf(word)[0];
  return target !== undefined && tokenise(text).tokens.some((entry) => entry.token === target);
}

/** The text without every occurrence of a word searched as text. */
export function removeWord(text: string, word: string): string {
  const target = tokensOf(word)[0];
  if (target === undefined) return text;
  const tokenised = tokenise(text);
  const removed = new Set<number>();
  tokenised.tokens.forEach((entry, index) => {
    if (entry.token === target) removed.add(index);
  });
  return rebuild(tokenised, removed);
}

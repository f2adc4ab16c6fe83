/**
 * Words of searchable text: Unicode-normalised, lower case, split on anything that is not a letter or
 * a digit (so "C++" is "c", "node.js" is "node" and "js"), at most 40 characters each. Query terms go
 * through the same function, so a word always meets itself.
 */
export function textWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, 40));
}

/** The distinct words of several texts, sorted (so that a prefix is found by binary search). */
export function distinctWords(texts: ReadonlyArray<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of textWords(text)) words.add(word);
  return [...words].sort();
}

/**
 * Whether `a` and `b` are at most one edit apart (an insertion, a deletion, a substitution or a swap
 * of neighbours: the optimal string alignment distance ≤ 1), without computing the whole distance.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Compares without slicing: this runs for every candidate of a name search.
  const sameFrom = (from: number, offsetA: number, offsetB: number) => {
    for (let k = from; k + offsetA < la; k++) if (a.charCodeAt(k + offsetA) !== b.charCodeAt(k + offsetB)) return false;
    return true;
  };
  if (la === lb) {
    // Substitution at i, or a swap of the neighbours at i and i + 1.
    if (sameFrom(i + 1, 0, 0)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(i + 2, 0, 0);
  }
  // One insertion or deletion at i.
  return la > lb ? sameFrom(i, 1, 0) : sameFrom(i, 0, 1);
}

/** Keys under which a word is found by prefix: its first one, two and three characters. */
export function prefixKeys(word: string): string[] {
  const keys: string[] = [];
  for (let length = 1; length <= Math.min(3, word.length); length++) keys.push(word.slice(0, length));
  return keys;
}

/**
 * Words found by prefix: each word is filed under its first one to three characters, and a query term
 * looks in the bucket of its own first (up to) three and keeps the words it starts.
 */
export class PrefixDictionary {
  private readonly buckets = new Map<string, Set<string>>();

  add(word: string): void {
    for (const key of prefixKeys(word)) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Set()));
      bucket.add(word);
    }
  }

  delete(word: string): void {
    for (const key of prefixKeys(word)) this.buckets.get(key)?.delete(word);
  }

  /** Every word starting with `term`. */
  *startingWith(term: string): Iterable<string> {
    const bucket = this.buckets.get(term.slice(0, 3));
    if (!bucket) return;
    if (term.length <= 3) {
      yield* bucket;
      return;
    }
    for (const word of bucket) if (word.startsWith(term)) yield word;
  }
}

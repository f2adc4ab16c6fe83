/*
 * The index's compact structures: per-person columns by ordinal, posting lists, and small numbers
 * for values searches count (departments, places, skills).
 */

/** Who has a word in a field: ordinals with the version of their words when posted. */
export class PostingList {
  length = 0;
  ords = new Int32Array(4);
  versions = new Int32Array(4);

  push(ord: number, version: number): void {
    if (this.length === this.ords.length) {
      const ords = new Int32Array(this.length * 2);
      ords.set(this.ords);
      const versions = new Int32Array(this.length * 2);
      versions.set(this.versions);
      this.ords = ords;
      this.versions = versions;
    }
    this.ords[this.length] = ord;
    this.versions[this.length] = version;
    this.length++;
  }
}

/** Per-person values searches filter and count on, by ordinal, in typed arrays (compact: no pointer to follow). */
export class PeopleColumns {
  size = 0;
  active = new Uint8Array(1024);
  departmentNo = new Int32Array(1024);
  locationNo = new Int32Array(1024);
  publicFields = new Int32Array(1024);
  /** -1: not given. */
  hours = new Int16Array(1024);
  open = new Uint8Array(1024);
  /** Bumped whenever the person's words change: postings of an older version are stale. */
  wordsVersion = new Int32Array(1024);
  /** The id's order key (idOrderKey): ranking ties compare these numbers before the ids themselves. */
  idKey = new Float64Array(1024);

  add(): number {
    if (this.size === this.active.length) {
      const grow = <T extends Uint8Array | Int16Array | Int32Array | Float64Array>(array: T): T => {
        const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.active = grow(this.active);
      this.departmentNo = grow(this.departmentNo);
      this.locationNo = grow(this.locationNo);
      this.publicFields = grow(this.publicFields);
      this.hours = grow(this.hours);
      this.open = grow(this.open);
      this.wordsVersion = grow(this.wordsVersion);
      this.idKey = grow(this.idKey);
    }
    return this.size++;
  }
}

/**
 * A number that orders ids as their strings do wherever the two differ (their first three UTF-16 code
 * units), exact in a double: equal keys fall back to comparing the ids. Ranking ties (a name prefix
 * scores thousands of people alike) then compare numbers in a typed array instead of chasing strings.
 */
export function idOrderKey(id: string): number {
  return (id.charCodeAt(0) || 0) * 2 ** 32 + (id.charCodeAt(1) || 0) * 2 ** 16 + (id.charCodeAt(2) || 0);
}

/** Gives each distinct value a small number (values are never forgotten: departments and places are few). */
export class Numbering {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The value's number, or -1 when it has none. */
  find(value: string): number {
    return this.numbers.get(value) ?? -1;
  }

  number(value: string): number {
    let found = this.numbers.get(value);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(value);
      this.numbers.set(value, found);
    }
    return found;
  }
}

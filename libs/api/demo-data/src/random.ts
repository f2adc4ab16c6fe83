/**
 * A seeded pseudo-random number generator: each call returns a float in [0, 1) with 32 bits of
 * entropy. Never use Math.random in demo data: the same seed must always produce the same company.
 */
export type Prng = () => number;

const UINT32_RANGE = 0x1_0000_0000;

/**
 * An independent random stream for one generation step. Each step (departments, people, and later
 * skills, projects, posts…) draws from its own stream, so adding or changing a step never shifts the
 * values another step sees for the same seed.
 */
export function randomStream(seed: number, step: string): Prng {
  const [a, b, c, d] = cyrb128(`${seed}:${step}`);
  return sfc32(a, b, c, d);
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): fast, 128-bit state, passes PractRand. */
export function sfc32(a: number, b: number, c: number, d: number): Prng {
  const next: Prng = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / UINT32_RANGE;
  };
  // Discard the first outputs: with similar seeds they are still correlated.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** cyrb128 string hash: turns any seed text into the four 32-bit words sfc32 needs. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Prng, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `probability`. */
export function chance(random: Prng, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Prng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items to pick from');
  return items[Math.floor(random() * items.length)];
}

/** Picks an item with probability proportional to its weight (weights must be non-negative). */
export function weightedPick<T>(random: Prng, items: readonly T[], weightOf: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += weightOf(item);
  if (!(total > 0)) throw new Error('weightedPick: weights must add up to more than zero');
  let remaining = random() * total;
  for (const item of items) {
    remaining -= weightOf(item);
    if (remaining < 0) return item;
  }
  // Floating-point rounding can leave a tiny remainder: the last item with weight takes it.
  return [...items].reverse().find((item) => weightOf(item) > 0) as T;
}

/** A new array with the items in random order (Fisher–Yates). */
export function shuffled<T>(random: Prng, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A version-4-format UUID drawn from the stream (so the same seed yields the same ids). */
export function randomUuid(random: Prng): string {
  const bytes = new Array<number>(16);
  for (let i = 0; i < 16; i += 4) {
    const word = Math.floor(random() * UINT32_RANGE);
    bytes[i] = word >>> 24;
    bytes[i + 1] = (word >>> 16) & 0xff;
    bytes[i + 2] = (word >>> 8) & 0xff;
    bytes[i + 3] = word & 0xff;
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((byte) => HEX[byte]);
  return (
    hex.slice(0, 4).join('') +
    '-' +
    hex.slice(4, 6).join('') +
    '-' +
    hex.slice(6, 8).join('') +
    '-' +
    hex.slice(8, 10).join('') +
    '-' +
    hex.slice(10, 16).join('')
  );
}

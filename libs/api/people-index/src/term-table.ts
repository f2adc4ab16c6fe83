import type { IndexedProject, TeamSeat } from './indexed-project';

/**
 * Who one part of a search matches (a term, or a skill recognised in the text), by ordinal: how well
 * (0–1: the weight of the best field or project it matched in, or how well the skill is held), the
 * expertise of the best held skill it matched (0 when none), the level in it, and the fields, valid where
 * `stamps[ord] === stamp`. Tables are reused by later searches (searches run synchronously, one at a
 * time), so a search allocates no per-person arrays: a new stamp empties a table.
 */
export class TermTable {
  stamp = 0;
  stamps = new Int32Array(0);
  weights = new Float32Array(0);
  points = new Float32Array(0);
  levels = new Int8Array(0);
  fields = new Int32Array(0);
  ords: number[] = [];
  /** The projects (visible to the viewer) it matched, each with a bit per PROJECT_FIELDS field. */
  projects = new Map<IndexedProject, number>();
  /** The seats whose role title matched. */
  roleSeats = new Set<TeamSeat>();

  /** Empties the table for a search over `size` ordinals. */
  reset(size: number): this {
    if (this.stamps.length < size) {
      const capacity = Math.max(size, this.stamps.length * 2, 1024);
      this.stamps = new Int32Array(capacity);
      this.weights = new Float32Array(capacity);
      this.points = new Float32Array(capacity);
      this.levels = new Int8Array(capacity);
      this.fields = new Int32Array(capacity);
      this.stamp = 0;
    }
    this.stamp++;
    this.ords = [];
    this.projects = new Map();
    this.roleSeats = new Set();
    return this;
  }

  has(ord: number): boolean {
    return this.stamps[ord] === this.stamp;
  }

  mark(ord: number, weight: number, bit: number, points = 0, level = 0): void {
    if (this.stamps[ord] !== this.stamp) {
      this.stamps[ord] = this.stamp;
      this.weights[ord] = weight;
      this.points[ord] = points;
      this.levels[ord] = level;
      this.fields[ord] = bit;
      this.ords.push(ord);
      return;
    }
    if (weight > (this.weights[ord] as number)) this.weights[ord] = weight;
    if (points > (this.points[ord] as number)) this.points[ord] = points;
    if (level > (this.levels[ord] as number)) this.levels[ord] = level;
    this.fields[ord] = (this.fields[ord] as number) | bit;
  }
}

/** One table per part position, shared by all searches. */
const termTablePool: TermTable[] = [];

/** The table for the part at this position of a search (each search's parts fill tables 0, 1, …). */
export function pooledTermTable(position: number): TermTable {
  return (termTablePool[position] ??= new TermTable());
}

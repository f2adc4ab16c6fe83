/**
 * Who one term matches (by ordinal): the weight of the best field and the fields, valid where
 * `stamps[ord] === stamp`. Tables are reused by later searches (searches run synchronously, one at a
 * time), so a search allocates no per-person arrays: a new stamp empties a table.
 */
export class TermTable {
  stamp = 0;
  stamps = new Int32Array(0);
  weights = new Float32Array(0);
  fields = new Int32Array(0);
  ords: number[] = [];

  /** Empties the table for a search over `size` ordinals. */
  reset(size: number): this {
    if (this.stamps.length < size) {
      const capacity = Math.max(size, this.stamps.length * 2, 1024);
      this.stamps = new Int32Array(capacity);
      this.weights = new Float32Array(capacity);
      this.fields = new Int32Array(capacity);
      this.stamp = 0;
    }
    this.stamp++;
    this.ords = [];
    return this;
  }

  has(ord: number): boolean {
    return this.stamps[ord] === this.stamp;
  }

  mark(ord: number, weight: number, bit: number): void {
    if (this.stamps[ord] !== this.stamp) {
      this.stamps[ord] = this.stamp;
      this.weights[ord] = weight;
      this.fields[ord] = bit;
      this.ords.push(ord);
      return;
    }
    if (weight > (this.weights[ord] as number)) this.weights[ord] = weight;
    this.fields[ord] = (this.fields[ord] as number) | bit;
  }
}

/** One table per term position, shared by all searches. */
const termTablePool: TermTable[] = [];

/** The table for the term at this position of a search (each search's terms fill tables 0, 1, …). */
export function pooledTermTable(position: number): TermTable {
  return (termTablePool[position] ??= new TermTable());
}

/**
 * Matches as parallel typed arrays (ordinal, score, level in the first skill asked for or 0, matched
 * fields), so that counting and ranking tens of thousands of them stays in contiguous memory.
 */
export class Matches {
  length = 0;
  ords: Int32Array;
  scores: Float64Array;
  levels: Int8Array;
  fields: Int32Array;

  constructor(capacity = 256) {
    this.ords = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.levels = new Int8Array(capacity);
    this.fields = new Int32Array(capacity);
  }

  /** Empties the list for reuse (its arrays stay). */
  clear(): this {
    this.length = 0;
    return this;
  }

  push(ord: number, score: number, level: number, fields: number): void {
    if (this.length === this.ords.length) {
      const size = this.length * 2;
      const ords = new Int32Array(size);
      ords.set(this.ords);
      const scores = new Float64Array(size);
      scores.set(this.scores);
      const levels = new Int8Array(size);
      levels.set(this.levels);
      const fieldBits = new Int32Array(size);
      fieldBits.set(this.fields);
      Object.assign(this, { ords, scores, levels, fields: fieldBits });
    }
    this.ords[this.length] = ord;
    this.scores[this.length] = score;
    this.levels[this.length] = level;
    this.fields[this.length] = fields;
    this.length++;
  }
}

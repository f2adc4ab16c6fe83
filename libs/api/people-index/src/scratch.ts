/**
 * Scratch arrays by ordinal, shared by searches (they run synchronously, one at a time): a stamp says
 * which search wrote a slot, so nothing is cleared between searches.
 */
class Scratch {
  private stamp = 0;
  stamps = new Int32Array(0);
  counts = new Int32Array(0);
  sums = new Float64Array(0);
  weights = new Float64Array(0);
  levels = new Int8Array(0);

  next(size: number): number {
    if (this.stamps.length < size) {
      const capacity = Math.max(size, this.stamps.length * 2, 1024);
      this.stamps = new Int32Array(capacity);
      this.counts = new Int32Array(capacity);
      this.sums = new Float64Array(capacity);
      this.weights = new Float64Array(capacity);
      this.levels = new Int8Array(capacity);
    }
    return ++this.stamp;
  }
}

/** The one set of scratch arrays: a search and the rankings it builds take turns with it. */
export const scratch = new Scratch();

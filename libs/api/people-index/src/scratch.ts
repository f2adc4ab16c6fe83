/**
 * Scratch arrays by ordinal, shared by searches (they run synchronously, one at a time): a stamp says
 * which search wrote a slot, so nothing is cleared between searches.
 */
class Scratch {
  private stamp = 0;
  /** Whether a search is running (see enter). */
  private busy = false;
  stamps = new Int32Array(0);
  counts = new Int32Array(0);
  sums = new Float64Array(0);
  weights = new Float64Array(0);
  levels = new Int8Array(0);

  /**
   * Starts a search's turn with the module-level scratch (these arrays, the reused matches, the pooled
   * term tables, the facet counts). They are safe only because a search runs from start to end without
   * yielding: one that awaited mid-way would let another request's search overwrite them, and both
   * would answer wrong results without a sign. Entering again before `leave()` throws instead. A flag,
   * not a counter or a closure: no allocation per search.
   */
  enter(): void {
    if (this.busy) {
      throw new Error(
        'People index search re-entered while another search was running: searches share module-level scratch arrays and must run synchronously from start to end (no await mid-way, no search from inside a search).',
      );
    }
    this.busy = true;
  }

  /** Ends the search's turn (in a `finally`, so that a search that threw does not hold the scratch). */
  leave(): void {
    this.busy = false;
  }

  next(size: number): number {
    // Scratch written outside a turn (after a search's turn ended, say by awaiting) could be taken by another search at any time.
    if (!this.busy) throw new Error('People index scratch arrays used outside a search: call scratch.enter() first, and use them before scratch.leave().');
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

import { meanFigures, measure, ndcgAt, precisionAt, recallAt, reciprocalRank } from './metrics';

// A lead (a, grade 2) and two members (b, c, grade 1); x and y are not relevant.
const grades = new Map([
  ['a', 2],
  ['b', 1],
  ['c', 1],
]);
const ranking = ['x', 'b', 'a', 'y', 'c'];

describe('search-quality metrics', () => {
  it('nDCG@10 uses graded gains (2^grade − 1) discounted by log2(rank + 1), over the ideal order', () => {
    // DCG = 1/log2(3) + 3/log2(4) + 1/log2(6) = 0.63093 + 1.5 + 0.38685 = 2.51778
    // ideal (a, b, c) = 3/1 + 1/log2(3) + 1/log2(4) = 4.13093
    expect(ndcgAt(10, ranking, grades)).toBeCloseTo(2.51778 / 4.13093, 5);
    expect(ndcgAt(10, ranking, grades)).toBeCloseTo(0.6095, 4);
    // Cut at 2: 0.63093 / (3 + 0.63093)
    expect(ndcgAt(2, ranking, grades)).toBeCloseTo(0.17377, 4);
    expect(ndcgAt(10, ['a', 'b', 'c'], grades)).toBeCloseTo(1, 10);
    // A member above the lead is worse than the ideal order.
    expect(ndcgAt(10, ['b', 'a', 'c'], grades)).toBeLessThan(1);
    expect(ndcgAt(10, [], grades)).toBe(0);
    expect(ndcgAt(10, ranking, new Map())).toBe(0);
  });

  it('P@10 counts relevant results among the first ten places, missing places as misses', () => {
    expect(precisionAt(10, ranking, grades)).toBeCloseTo(0.3, 10);
    expect(precisionAt(2, ranking, grades)).toBeCloseTo(0.5, 10);
    expect(precisionAt(10, [], grades)).toBe(0);
  });

  it('Recall@50 is the share of all relevant people found', () => {
    expect(recallAt(50, ranking, grades)).toBe(1);
    expect(recallAt(2, ranking, grades)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(50, ['x', 'a'], grades)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(50, ranking, new Map())).toBe(0);
  });

  it('MRR is 1 / the rank of the first relevant result, 0 without one within the depth', () => {
    expect(reciprocalRank(ranking, grades)).toBe(0.5);
    expect(reciprocalRank(['c'], grades)).toBe(1);
    expect(reciprocalRank(['x', 'y'], grades)).toBe(0);
    expect(reciprocalRank(ranking, grades, 1)).toBe(0);
  });

  it('measures a ranking and averages over rankings', () => {
    const one = measure(ranking, grades);
    expect(one).toEqual({ ndcg10: expect.closeTo(0.6095, 4), p10: 0.3, recall50: 1, mrr: 0.5 });
    const none = measure([], grades);
    expect(meanFigures([one, none])).toEqual({
      ndcg10: expect.closeTo(0.30475, 4),
      p10: 0.15,
      recall50: 0.5,
      mrr: 0.25,
    });
    expect(meanFigures([])).toEqual({ ndcg10: 0, p10: 0, recall50: 0, mrr: 0 });
  });
});

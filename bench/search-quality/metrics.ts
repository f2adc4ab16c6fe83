/**
 * Ranking-quality measures over graded relevance (0 not relevant, 1 a member, 2 a lead). A ranking is
 * the list of result ids, best first; `grades` gives each relevant id its grade (absent: 0).
 */

export type Grades = ReadonlyMap<string, number>;

const gradeOf = (grades: Grades, id: string) => grades.get(id) ?? 0;

/** Discounted cumulative gain of the first k grades, with exponential gain (2^grade − 1) / log2(rank + 1). */
function dcg(gradesInOrder: readonly number[], k: number): number {
  let sum = 0;
  for (const [index, grade] of gradesInOrder.slice(0, k).entries())
    sum += (2 ** grade - 1) / Math.log2(index + 2);
  return sum;
}

/** nDCG@k: the ranking's DCG over the best possible (every relevant id, highest grades first). 0 when nothing is relevant. */
export function ndcgAt(k: number, ranking: readonly string[], grades: Grades): number {
  const ideal = dcg(
    [...grades.values()].filter((grade) => grade > 0).sort((a, b) => b - a),
    k,
  );
  return ideal === 0
    ? 0
    : dcg(
        ranking.map((id) => gradeOf(grades, id)),
        k,
      ) / ideal;
}

/** P@k: the share of the first k places holding a relevant id (a short ranking's empty places count as misses). */
export function precisionAt(k: number, ranking: readonly string[], grades: Grades): number {
  return ranking.slice(0, k).filter((id) => gradeOf(grades, id) > 0).length / k;
}

/** Recall@k: the share of all relevant ids found in the first k places. 0 when nothing is relevant. */
export function recallAt(k: number, ranking: readonly string[], grades: Grades): number {
  const relevant = [...grades.values()].filter((grade) => grade > 0).length;
  if (relevant === 0) return 0;
  return ranking.slice(0, k).filter((id) => gradeOf(grades, id) > 0).length / relevant;
}

/** Reciprocal rank of the first relevant id within the first k places (0 when none is). */
export function reciprocalRank(ranking: readonly string[], grades: Grades, k = Infinity): number {
  const index = ranking.slice(0, k).findIndex((id) => gradeOf(grades, id) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

export interface QualityFigures {
  ndcg10: number;
  p10: number;
  recall50: number;
  mrr: number;
}

export const RANKING_DEPTH = 50;

/** The four measures of one ranking, as the bench reports them. */
export function measure(ranking: readonly string[], grades: Grades): QualityFigures {
  return {
    ndcg10: ndcgAt(10, ranking, grades),
    p10: precisionAt(10, ranking, grades),
    recall50: recallAt(RANKING_DEPTH, ranking, grades),
    mrr: reciprocalRank(ranking, grades, RANKING_DEPTH),
  };
}

/** The mean of each measure over several rankings (zeros for none). */
export function meanFigures(all: readonly QualityFigures[]): QualityFigures {
  const mean = (pick: (figures: QualityFigures) => number) =>
    all.length ? all.reduce((sum, figures) => sum + pick(figures), 0) / all.length : 0;
  return {
    ndcg10: mean((f) => f.ndcg10),
    p10: mean((f) => f.p10),
    recall50: mean((f) => f.recall50),
    mrr: mean((f) => f.mrr),
  };
}

// Retrieval metrics over a ranked list of keys and a set of relevant keys (binary relevance).

/** Fraction of the relevant keys found in the top k. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  for (const key of ranked.slice(0, k)) if (relevant.has(key)) found++;
  return found / relevant.size;
}

/** 1 when at least one relevant key is in the top k, else 0. */
export function hitAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).some((key) => relevant.has(key)) ? 1 : 0;
}

/** nDCG@k with binary gains: Σ 1/log2(rank+1) over relevant hits, over the ideal ordering's sum. */
export function ndcgAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((key, i) => {
    if (relevant.has(key)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(relevant.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface QualityMetrics {
  queries: number;
  recallAt5: number;
  recallAt10: number;
  hitAt5: number;
  hitAt10: number;
  ndcgAt10: number;
  /** Mean reciprocal rank of the first relevant key (0 when none is in the list). */
  mrr: number;
}

export interface JudgedRun {
  ranked: readonly string[];
  relevant: ReadonlySet<string>;
}

/** Each metric averaged over the runs (macro average: every query counts once). */
export function aggregate(runs: readonly JudgedRun[]): QualityMetrics {
  const mean = (f: (run: JudgedRun) => number) =>
    runs.length === 0 ? NaN : runs.reduce((sum, run) => sum + f(run), 0) / runs.length;
  return {
    queries: runs.length,
    recallAt5: mean((r) => recallAt(r.ranked, r.relevant, 5)),
    recallAt10: mean((r) => recallAt(r.ranked, r.relevant, 10)),
    hitAt5: mean((r) => hitAt(r.ranked, r.relevant, 5)),
    hitAt10: mean((r) => hitAt(r.ranked, r.relevant, 10)),
    ndcgAt10: mean((r) => ndcgAt(r.ranked, r.relevant, 10)),
    mrr: mean((r) => {
      const rank = r.ranked.findIndex((key) => r.relevant.has(key));
      return rank < 0 ? 0 : 1 / (rank + 1);
    }),
  };
}

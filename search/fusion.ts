import type { RankedHit } from './ranker.js';

// Reciprocal-rank fusion (Cormack, Clarke & Büttcher, 2009): each ranking adds weight / (k + rank) to
// every document it returns. It uses ranks only, so a BM25 score of 14 and a cosine similarity of 0.8
// never have to be put on one scale, and a document that two rankers both place high beats one that a
// single ranker places first.

/** The constant from the paper; large enough that rank 1 and rank 2 differ by little. */
export const DEFAULT_RRF_K = 60;

/** One ranking to fuse, best first, with how much it counts (default 1). */
export interface WeightedRanking {
  hits: readonly RankedHit[];
  weight?: number;
}

/**
 * Fuses rankings into one, best first. A key's score is the sum over rankings of
 * `weight / (k + rank)` with rank starting at 1; a key repeated within one ranking counts at its best
 * rank only. Ties keep the order in which keys were first met.
 *
 * @example
 * fuseRankings([{ hits: [{ key: 'a', score: 9 }, { key: 'b', score: 3 }] }, { hits: [{ key: 'b', score: 0.9 }] }]);
 * // [{ key: 'b', score: 1/62 + 1/61 }, { key: 'a', score: 1/61 }]
 */
export function fuseRankings(lists: readonly WeightedRanking[], k: number = DEFAULT_RRF_K): RankedHit[] {
  if (!Number.isFinite(k) || k < 0) throw new RangeError(`fuseRankings: k must be a finite number ≥ 0, got ${k}`);
  const scores = new Map<string, number>();
  for (const { hits, weight = 1 } of lists) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`fuseRankings: weight must be a finite number ≥ 0, got ${weight}`);
    }
    // A zero-weight ranking must not add keys it alone found, with a score of 0, to the result.
    if (weight === 0) continue;
    const seen = new Set<string>();
    hits.forEach((hit, index) => {
      if (seen.has(hit.key)) return;
      seen.add(hit.key);
      scores.set(hit.key, (scores.get(hit.key) ?? 0) + weight / (k + index + 1));
    });
  }
  // Array.prototype.sort is stable, so equal scores keep first-met order.
  return [...scores].map(([key, score]) => ({ key, score })).sort((a, b) => b.score - a.score);
}

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.js';
import { fitReranker, type RankingExample } from './fit-reranker.js';
import { createLearnedReranker } from './learned-reranker.js';
import { FEATURE_NAMES } from './candidate-features.js';

/** Lists of 10 noisy rows where the wanted one is the only row whose `summaryOverlap` is 1. */
function lists(count: number, seed: number): RankingExample[] {
  const random = seededRandom(seed);
  const signal = FEATURE_NAMES.indexOf('summaryOverlap');
  return Array.from({ length: count }, () => {
    const wanted = Math.floor(random() * 10);
    const rows = Array.from({ length: 10 }, (_, r) => FEATURE_NAMES.map((_, i) => (i === signal ? (r === wanted ? 1 : 0.2 * random()) : random())));
    return { rows, relevant: rows.map((_, r) => r === wanted) };
  });
}

const quick = { hidden: 4, epochs: 5, learningRate: 0.01, l2: 0, batchSize: 16, seed: 1 };

describe('fitReranker', () => {
  it('learns to put the wanted candidate first on lists it never saw', () => {
    const scorer = createLearnedReranker({ embeddingModel: 'test', ...fitReranker(FEATURE_NAMES, lists(300, 1), quick) });
    const heldOut = lists(100, 2);
    const firsts = heldOut.filter(({ rows, relevant }) => {
      const scores = scorer.score(rows);
      return relevant[scores.indexOf(Math.max(...scores))];
    }).length;
    // Chance is 10 of 100.
    expect(firsts).toBeGreaterThan(90);
  });

  it('gives the same weights for the same seed', () => {
    expect(fitReranker(FEATURE_NAMES, lists(50, 3), quick)).toEqual(fitReranker(FEATURE_NAMES, lists(50, 3), quick));
  });

  it('refuses examples none of which has a relevant candidate', () => {
    expect(() => fitReranker(FEATURE_NAMES, [{ rows: [FEATURE_NAMES.map(() => 0)], relevant: [false] }], quick)).toThrow(/no example has a relevant candidate/);
  });
});

import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './candidate-features.js';
import { createLearnedReranker, loadRerankerWeights, type RerankerWeights } from './learned-reranker.js';

/** One hidden unit that passes `summaryOverlap` through. */
function overlapOnly(): RerankerWeights {
  const width = FEATURE_NAMES.length;
  const unit = new Array<number>(width + 1).fill(0);
  unit[FEATURE_NAMES.indexOf('summaryOverlap')] = 1;
  return { embeddingModel: 'test', features: [...FEATURE_NAMES], mean: new Array(width).fill(0), deviation: new Array(width).fill(1), hidden: [unit], output: [2] };
}

describe('createLearnedReranker', () => {
  it('scores rows through the hidden layer', () => {
    const row = (overlap: number) => FEATURE_NAMES.map((name) => (name === 'summaryOverlap' ? overlap : 5));
    expect(createLearnedReranker(overlapOnly()).score([row(0.5), row(1), row(-1)])).toEqual([1, 2, 0]);
  });

  it('refuses weights trained on other features, saying to retrain', () => {
    const weights = { ...overlapOnly(), features: [...FEATURE_NAMES.slice(1), 'gone'] };
    expect(() => createLearnedReranker(weights)).toThrow(/trained on other features.*train-reranker/);
  });

  it('refuses malformed weights', () => {
    expect(() => createLearnedReranker({ ...overlapOnly(), hidden: [[1, 2]] })).toThrow(/malformed/);
  });

  it('loads the shipped weights for this build', () => {
    const weights = loadRerankerWeights();
    expect(weights.features).toEqual(FEATURE_NAMES);
    const scores = createLearnedReranker(weights).score([FEATURE_NAMES.map(() => 0)]);
    expect(Number.isFinite(scores[0])).toBe(true);
  });
});

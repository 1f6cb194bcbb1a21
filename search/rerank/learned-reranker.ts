import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { FEATURE_NAMES } from './candidate-features.js';

// The second stage's learned scorer: a one-hidden-layer network over a candidate's features
// (`candidate-features.ts`), trained by `bench/train-reranker.ts` to put the operation a request wants first
// among the first stage's candidates. It is a few hundred numbers in a JSON file, scored in plain
// TypeScript: a runtime for it would weigh more than the model.

/** A trained scorer as `bench/train-reranker.ts` writes it. */
export interface RerankerWeights {
  /**
   * The id of the embedding model whose similarities it learned (`Embedder.id`). Another model's similarities
   * mean something else, so the server uses the scorer only with this one.
   */
  embeddingModel: string;
  /** `FEATURE_NAMES` at training time, in order. */
  features: string[];
  /** Per-feature mean and standard deviation over the training rows: inputs are standardised with them. */
  mean: number[];
  deviation: number[];
  /** Hidden layer: `hidden[h]` holds one weight per feature, then its bias. */
  hidden: number[][];
  /** Output weight per hidden unit. */
  output: number[];
}

/** The shipped weights (see RESEARCH.md, fourth round). */
export const DEFAULT_RERANKER_WEIGHTS_FILE = join(packageRoot(), 'search', 'rerank', 'reranker-weights.json');

export interface LearnedReranker {
  /** The embedding model whose similarities it expects (see `RerankerWeights.embeddingModel`). */
  readonly embeddingModel: string;
  /** A score per feature row; higher is better. Comparable within one request only. */
  score(rows: readonly (readonly number[])[]): number[];
}

/** Checks `weights` against this build's features and returns its scorer. */
export function createLearnedReranker(weights: RerankerWeights): LearnedReranker {
  const width = FEATURE_NAMES.length;
  if (!Array.isArray(weights.features) || weights.features.join() !== FEATURE_NAMES.join()) {
    throw new Error(`reranker weights were trained on other features than this build's ${width}; retrain with "npm run train:reranker" (bench/train-reranker.ts)`);
  }
  const shaped =
    typeof weights.embeddingModel === 'string' &&
    Array.isArray(weights.mean) &&
    Array.isArray(weights.deviation) &&
    Array.isArray(weights.hidden) &&
    Array.isArray(weights.output) &&
    weights.mean.length === width &&
    weights.deviation.length === width &&
    weights.hidden.length === weights.output.length &&
    weights.hidden.every((unit) => Array.isArray(unit) && unit.length === width + 1);
  if (!shaped) throw new Error('reranker weights are malformed: expected embeddingModel, mean/deviation per feature and hidden units of features + 1 weights');
  return {
    embeddingModel: weights.embeddingModel,
    score(rows) {
      return rows.map((row) => {
        const input = row.map((value, i) => (value - weights.mean[i]!) / (weights.deviation[i] || 1));
        let score = 0;
        weights.hidden.forEach((unit, h) => {
          let activation = unit[width]!;
          for (let i = 0; i < width; i++) activation += unit[i]! * input[i]!;
          if (activation > 0) score += weights.output[h]! * activation;
        });
        return score;
      });
    },
  };
}

/** Reads a weights file; `createLearnedReranker` checks what it holds. */
export function loadRerankerWeights(file: string = DEFAULT_RERANKER_WEIGHTS_FILE): RerankerWeights {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RerankerWeights;
  } catch (error) {
    throw new Error(`cannot read reranker weights ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

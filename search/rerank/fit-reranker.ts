import { seededRandom, shuffled } from '../seeded-random.js';
import type { RerankerWeights } from './learned-reranker.js';

// Fits the re-rank scorer: listwise softmax over each request's candidates (the loss is −log of the share of
// probability the wanted operations get), a ReLU hidden layer, Adam. Hand-written for the same reason as
// the table tuner: a few hundred weights over ~40,000 lists train in under a minute in plain TypeScript.

/** One request's candidates: a feature row each, and which of them the request wants. */
export interface RankingExample {
  rows: number[][];
  relevant: boolean[];
}

export interface FitOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty on every weight. */
  l2: number;
  /** Lists per Adam step. */
  batchSize: number;
  seed: number;
}

/** Chosen on the paraphrased-request benchmark's dev half (RESEARCH.md, fourth round). */
export const DEFAULT_FIT: FitOptions = { hidden: 16, epochs: 8, learningRate: 0.003, l2: 1e-4, batchSize: 32, seed: 3 };

/**
 * Weights for `createLearnedReranker`, less the embedding model's id, which the caller knows; examples
 * without a relevant candidate teach nothing and are skipped.
 */
export function fitReranker(
  featureNames: readonly string[],
  examples: readonly RankingExample[],
  options: FitOptions = DEFAULT_FIT,
  onEpoch?: (epoch: number, loss: number) => void,
): Omit<RerankerWeights, 'embeddingModel'> {
  const width = featureNames.length;
  const lists = examples.filter((example) => example.relevant.some(Boolean));
  if (lists.length === 0) throw new Error('fitReranker: no example has a relevant candidate');
  const { mean, deviation } = standardisation(lists, width);
  const inputs = lists.map((example) => example.rows.map((row) => row.map((value, i) => (value - mean[i]!) / deviation[i]!)));
  const random = seededRandom(options.seed);
  // Layout: hidden unit h's weights then bias at h·(width+1), then the output weights.
  const hiddenSize = options.hidden * (width + 1);
  const params = Float64Array.from({ length: hiddenSize + options.hidden }, () => (random() - 0.5) * 0.1);
  const adam = new Adam(params.length, options.learningRate);
  const order = lists.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let loss = 0;
    const shuffledOrder = shuffled(order, random);
    for (let start = 0; start < shuffledOrder.length; start += options.batchSize) {
      const gradient = new Float64Array(params.length);
      const batch = shuffledOrder.slice(start, start + options.batchSize);
      for (const index of batch) loss += listGradient(params, width, options.hidden, inputs[index]!, lists[index]!.relevant, gradient);
      for (let i = 0; i < params.length; i++) gradient[i] = gradient[i]! / batch.length + options.l2 * params[i]!;
      adam.step(params, gradient);
    }
    onEpoch?.(epoch, loss / lists.length);
  }
  const hidden = Array.from({ length: options.hidden }, (_, h) => [...params.subarray(h * (width + 1), (h + 1) * (width + 1))]);
  return { features: [...featureNames], mean, deviation, hidden, output: [...params.subarray(hiddenSize)] };
}

/** Adds one list's gradient of −log P(relevant) into `gradient`; returns the loss. */
function listGradient(params: Float64Array, width: number, hidden: number, rows: number[][], relevant: boolean[], gradient: Float64Array): number {
  const outputAt = hidden * (width + 1);
  const activations = rows.map((row) =>
    Array.from({ length: hidden }, (_, h) => {
      let a = params[h * (width + 1) + width]!;
      for (let i = 0; i < width; i++) a += params[h * (width + 1) + i]! * row[i]!;
      return Math.max(0, a);
    }),
  );
  const scores = activations.map((units) => units.reduce((sum, a, h) => sum + params[outputAt + h]! * a, 0));
  const top = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - top));
  const total = exp.reduce((sum, e) => sum + e, 0);
  const wanted = relevant.filter(Boolean).length;
  const wantedMass = exp.reduce((sum, e, i) => sum + (relevant[i] ? e : 0), 0);
  rows.forEach((row, r) => {
    // d loss / d score: softmax share minus the target share (the wanted operations split it evenly).
    const g = exp[r]! / total - (relevant[r] ? 1 / wanted : 0);
    if (Math.abs(g) < 1e-9) return;
    activations[r]!.forEach((a, h) => {
      gradient[outputAt + h]! += g * a;
      if (a <= 0) return;
      const back = g * params[outputAt + h]!;
      const base = h * (width + 1);
      for (let i = 0; i < width; i++) gradient[base + i]! += back * row[i]!;
      gradient[base + width]! += back;
    });
  });
  return -Math.log(wantedMass / total);
}

function standardisation(lists: readonly RankingExample[], width: number): { mean: number[]; deviation: number[] } {
  const mean = new Array<number>(width).fill(0);
  const deviation = new Array<number>(width).fill(0);
  let count = 0;
  for (const { rows } of lists) {
    for (const row of rows) {
      count++;
      for (let i = 0; i < width; i++) mean[i]! += row[i]!;
    }
  }
  for (let i = 0; i < width; i++) mean[i]! /= count;
  for (const { rows } of lists) for (const row of rows) for (let i = 0; i < width; i++) deviation[i]! += (row[i]! - mean[i]!) ** 2;
  // A constant feature divides by 1, not 0.
  for (let i = 0; i < width; i++) deviation[i] = Math.sqrt(deviation[i]! / count) || 1;
  return { mean, deviation };
}

/** Adam over a dense parameter vector. */
class Adam {
  readonly #first: Float64Array;
  readonly #second: Float64Array;
  readonly #rate: number;
  #steps = 0;

  constructor(size: number, rate: number) {
    this.#first = new Float64Array(size);
    this.#second = new Float64Array(size);
    this.#rate = rate;
  }

  step(params: Float64Array, gradient: Float64Array): void {
    this.#steps++;
    const c1 = 1 - 0.9 ** this.#steps;
    const c2 = 1 - 0.999 ** this.#steps;
    for (let i = 0; i < params.length; i++) {
      this.#first[i] = 0.9 * this.#first[i]! + 0.1 * gradient[i]!;
      this.#second[i] = 0.999 * this.#second[i]! + 0.001 * gradient[i]! ** 2;
      params[i]! -= (this.#rate * (this.#first[i]! / c1)) / (Math.sqrt(this.#second[i]! / c2) + 1e-8);
    }
  }
}

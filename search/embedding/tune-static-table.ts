// Tunes a static word-vector table for tool search: contrastive training on (request, operation) pairs, so
// the words people use ("silence", "money back", "who follows") move towards the words APIs use for the same
// thing. The pairs are synthetic: everyday requests written for operations of several hundred public APIs,
// none of them an API our quality benchmarks ask about (training/README.md says how they were made).
//
// Written by hand rather than with a training library: the model is one table and a mean, so the gradient is a
// few lines. The one library that trains here (TF.js on its pure-JS backend; tfjs-node downloads a binary) would
// add a large build dependency, dense gradients over all 35,000 rows and run slower than these sparse updates.
import { readFileSync } from 'node:fs';
import { seededRandom, shuffled } from '../seeded-random.js';

export interface TuningOptions {
  /** Passes over all pairs. */
  epochs: number;
  /** Adam step size. */
  learningRate: number;
  /** Softmax temperature as a multiplier on cosine similarity. */
  scale: number;
  /** Requests per batch: every other operation in the batch is a negative for each request. */
  batchSize: number;
  /** Pairs of one API kept together in a batch, so an API's own operations are among the negatives. */
  sameApi: number;
  /** Seeds the shuffles: same options and data, same table, byte for byte. */
  seed: number;
}

/** Chosen on the dev half of the paraphrased-request benchmark (RESEARCH.md, third round). */
export const DEFAULT_TUNING: TuningOptions = { epochs: 2, learningRate: 0.003, scale: 10, batchSize: 128, sameApi: 8, seed: 12_345 };

/** One operation and the requests written for it, as stored in training/synthetic-requests.jsonl. */
export interface TrainingExample {
  /** The API it belongs to (batches mix operations of one API). */
  api: string;
  /** The operation's tool id in that API (the re-rank's training finds it among the API's tools). */
  id?: string;
  /** The operation's text as the dense ranker embeds it (`documentText`). */
  operation: string;
  requests: string[];
}

export function loadTrainingExamples(file: string): TrainingExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const example = JSON.parse(line) as TrainingExample;
      if (typeof example.api !== 'string' || typeof example.operation !== 'string' || !Array.isArray(example.requests)) {
        throw new Error(`${file}:${index + 1}: expected {api, operation, requests[]}`);
      }
      return example;
    });
}

/** Token ids of one text; ids below `firstWordId` (padding, unknown) are dropped. */
export type Tokenize = (text: string) => Int32Array;

interface Pair {
  request: Int32Array;
  operation: number;
  api: string;
}

/**
 * Trains `table` (rows × dims, row = token id) in place with in-batch softmax (InfoNCE): each request should be
 * closer to its operation than to the batch's other operations. A text's vector is its rows' sum, normalised,
 * which is what the ONNX graph computes (the mean's divisor drops out in the normalisation). Returns the mean
 * loss per epoch.
 */
export function tuneTable(
  table: Float32Array,
  dims: number,
  examples: readonly TrainingExample[],
  tokenize: Tokenize,
  options: TuningOptions = DEFAULT_TUNING,
  onEpoch?: (epoch: number, loss: number) => void,
): number[] {
  const operations = examples.map((example) => tokenize(example.operation));
  const pairs: Pair[] = examples.flatMap((example, operation) =>
    example.requests.map((request) => ({ request: tokenize(request), operation, api: example.api })),
  );
  const adam = new Adam(table.length, options.learningRate);
  const random = seededRandom(options.seed);
  const losses: number[] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let total = 0;
    let counted = 0;
    for (const batch of batchesOf(pairs, options, random)) {
      const { loss, requests, gradient } = batchGradient(table, dims, batch, operations, options.scale);
      total += loss * requests;
      counted += requests;
      adam.step(table, gradient, dims);
    }
    losses.push(total / Math.max(1, counted));
    onEpoch?.(epoch, losses.at(-1)!);
  }
  return losses;
}

/** Shuffled batches made of runs of `sameApi` pairs of one API. */
function batchesOf(pairs: readonly Pair[], options: TuningOptions, random: () => number): Pair[][] {
  const byApi = new Map<string, Pair[]>();
  for (const pair of shuffled(pairs, random)) {
    const list = byApi.get(pair.api) ?? [];
    list.push(pair);
    byApi.set(pair.api, list);
  }
  const runs: Pair[][] = [];
  for (const list of byApi.values()) for (let i = 0; i < list.length; i += options.sameApi) runs.push(list.slice(i, i + options.sameApi));
  const batches: Pair[][] = [];
  let current: Pair[] = [];
  for (const run of shuffled(runs, random)) {
    current.push(...run);
    if (current.length >= options.batchSize) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Loss and gradient (by token row) of one batch. */
function batchGradient(table: Float32Array, dims: number, batch: readonly Pair[], operations: readonly Int32Array[], scale: number) {
  const columns = [...new Set(batch.map((pair) => pair.operation))];
  const columnOf = new Map(columns.map((operation, column) => [operation, column]));
  const requests = batch.map((pair) => textVector(table, dims, pair.request));
  const docs = columns.map((operation) => textVector(table, dims, operations[operation]!));
  const requestGrads = batch.map(() => new Float32Array(dims));
  const docGrads = columns.map(() => new Float32Array(dims));
  const logits = new Float64Array(columns.length);
  let loss = 0;
  let counted = 0;
  batch.forEach((pair, i) => {
    const request = requests[i]!;
    if (request.norm === 0) return;
    let max = -Infinity;
    docs.forEach((doc, j) => {
      logits[j] = scale * dot(request.vector, doc.vector);
      max = Math.max(max, logits[j]!);
    });
    let sum = 0;
    for (let j = 0; j < columns.length; j++) sum += logits[j] = Math.exp(logits[j]! - max);
    const positive = columnOf.get(pair.operation)!;
    loss -= Math.log(logits[positive]! / sum);
    counted++;
    for (let j = 0; j < columns.length; j++) {
      // d loss / d cosine, averaged over the batch.
      const g = ((logits[j]! / sum - (j === positive ? 1 : 0)) * scale) / batch.length;
      addScaled(requestGrads[i]!, docs[j]!.vector, g);
      addScaled(docGrads[j]!, request.vector, g);
    }
  });
  const gradient = new Map<number, Float32Array>();
  batch.forEach((pair, i) => backToRows(gradient, requests[i]!, requestGrads[i]!, pair.request, dims));
  columns.forEach((operation, j) => backToRows(gradient, docs[j]!, docGrads[j]!, operations[operation]!, dims));
  return { loss: loss / Math.max(1, counted), requests: counted, gradient };
}

interface TextVector {
  /** Normalised sum of the text's rows (zero when it has none). */
  vector: Float32Array;
  /** Length of the sum before normalising. */
  norm: number;
}

function textVector(table: Float32Array, dims: number, tokens: Int32Array): TextVector {
  const vector = new Float32Array(dims);
  for (const token of tokens) for (let d = 0; d < dims; d++) vector[d]! += table[token * dims + d]!;
  const norm = Math.sqrt(dot(vector, vector));
  if (norm > 0) for (let d = 0; d < dims; d++) vector[d]! /= norm;
  return { vector, norm };
}

/** Through the normalisation (d sum = (g − v(v·g)) / |sum|) to every row the text used. */
function backToRows(gradient: Map<number, Float32Array>, text: TextVector, g: Float32Array, tokens: Int32Array, dims: number): void {
  if (text.norm === 0) return;
  const along = dot(text.vector, g);
  const dSum = new Float32Array(dims);
  for (let d = 0; d < dims; d++) dSum[d] = (g[d]! - text.vector[d]! * along) / text.norm;
  for (const token of tokens) {
    let row = gradient.get(token);
    if (row === undefined) gradient.set(token, (row = new Float32Array(dims)));
    addScaled(row, dSum, 1);
  }
}

/** Adam with moments kept for every weight; only rows with a gradient move (lazy, like sparse Adam). */
class Adam {
  readonly #first: Float32Array;
  readonly #second: Float32Array;
  readonly #rate: number;
  #steps = 0;

  constructor(size: number, rate: number) {
    this.#first = new Float32Array(size);
    this.#second = new Float32Array(size);
    this.#rate = rate;
  }

  step(table: Float32Array, gradient: Map<number, Float32Array>, dims: number): void {
    const b1 = 0.9;
    const b2 = 0.999;
    this.#steps++;
    const c1 = 1 - b1 ** this.#steps;
    const c2 = 1 - b2 ** this.#steps;
    for (const [row, g] of gradient) {
      for (let d = 0; d < dims; d++) {
        const k = row * dims + d;
        this.#first[k] = b1 * this.#first[k]! + (1 - b1) * g[d]!;
        this.#second[k] = b2 * this.#second[k]! + (1 - b2) * g[d]! * g[d]!;
        table[k]! -= (this.#rate * (this.#first[k]! / c1)) / (Math.sqrt(this.#second[k]! / c2) + 1e-8);
      }
    }
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function addScaled(target: Float32Array, source: Float32Array, factor: number): void {
  for (let i = 0; i < target.length; i++) target[i]! += source[i]! * factor;
}

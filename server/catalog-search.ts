import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ExecutorHandle, PolicyAction, RegisteredSource, RegisteredTool, ToolAddress } from '../core/index.js';
import {
  createDenseRanker,
  createLearnedReranker,
  loadRerankerWeights,
  type LearnedReranker,
  type RerankerWeights,
  createLexicalRanker,
  createSearchIndex,
  HYBRID_DEFAULTS,
  type LexiconExpander,
  type SearchDocument,
  type SearchIndex,
  type TextEmbedder,
  type WeightedRanker,
} from '../search/index.js';
import { decodeCursor, encodeCursor } from './search-cursor.js';

export interface SearchResult {
  address: ToolAddress;
  description: string;
  score: number;
  policy: PolicyAction;
  /** Other connections the same tool is reachable through (the address uses the first). */
  connections?: string[];
}

export interface CatalogSearchOptions {
  limit?: number;
  source?: string;
}

export interface SearchPageOptions extends CatalogSearchOptions {
  /** The `more` cursor of a previous page of the same query. */
  cursor?: string;
}

export interface SearchPage {
  results: SearchResult[];
  /** Pass back as `cursor` for the next results; absent on the last page. */
  more?: string;
  /** Present while the index is still being built: results may miss tools not indexed yet. */
  indexing?: IndexingProgress;
}

export interface IndexingProgress {
  indexed: number;
  total: number;
}

export interface CatalogSearchConfig {
  /** Loads the dense ranker's embedding model (on first use); words only when absent or when it fails. */
  loadEmbedder?: () => Promise<TextEmbedder>;
  /** Everyday phrases → API words for the lexical ranker (see `search/lexicon`). */
  lexicon?: LexiconExpander;
  /**
   * How much each ranking counts in the fusion (a weight of 0 leaves it out), and how much the embedding
   * similarity re-scores the fused candidates. Defaults: `HYBRID_DEFAULTS`.
   */
  weights?: { lexical?: number; dense?: number; rerank?: number };
  /**
   * The learned second stage's weights (`search/rerank/`), which order the candidates in place of
   * `weights.rerank` × similarity when the embedding model is the one they were trained for. Default: the
   * shipped weights (for the shipped model); null: the plain similarity re-score.
   */
  reranker?: RerankerWeights | null;
  rrfK?: number;
  /** Weight of rankings within a source the query names (see `SearchIndexOptions.namedSourceWeight`). */
  namedSourceWeight?: number;
  /** How long a query waits for indexing in progress before answering from what is indexed. Default 2,000 ms. */
  maxWaitMs?: number;
  /** Told when the embedding model cannot be loaded (search goes on, lexical only). */
  onWarning?: (message: string) => void;
}

/** Documents handed to the rankers per step; between steps the event loop serves other requests. */
const INDEX_CHUNK = 512;
const DEFAULT_MAX_WAIT_MS = 2_000;

/**
 * Search over the executor's catalog. The index follows the catalog source by source: when the catalog
 * changes, only sources whose tools changed (or that gained or lost their last connection) are
 * re-indexed, in chunks that let the server keep answering. Term counts and embedding vectors are cached
 * in the executor's store by content, so a restart or an unchanged source computes nothing again.
 * A tool shows once however many connections reach it.
 */
export class CatalogSearch {
  readonly #executor: ExecutorHandle;
  readonly #config: CatalogSearchConfig;
  #index: Promise<SearchIndex> | undefined;
  /** What is indexed, per source: a token of the tools it was built from, and the document keys. */
  readonly #indexed = new Map<string, { token: string; keys: string[] }>();
  readonly #tools = new Map<string, RegisteredTool>();
  #syncedVersion = -1;
  #syncing: Promise<void> | undefined;
  #closed = false;
  #embedder: TextEmbedder | undefined;
  #progress: IndexingProgress = { indexed: 0, total: 0 };
  readonly #progressListeners = new Set<(progress: IndexingProgress) => void>();

  constructor(executor: ExecutorHandle, config: CatalogSearchConfig = {}) {
    this.#executor = executor;
    this.#config = config;
  }

  /** The best matches, best first. */
  async search(query: string, options: CatalogSearchOptions = {}): Promise<SearchResult[]> {
    return (await this.page(query, options)).results;
  }

  /** One page of matches with a cursor for the next. */
  async page(query: string, options: SearchPageOptions = {}): Promise<SearchPage> {
    const limit = options.limit ?? 10;
    const offset = options.cursor === undefined ? 0 : decodeCursor(options.cursor, query, options.source);
    const complete = await this.#indexedWithin(this.#config.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
    const index = await this.#indexPromise();
    // One hit past the page says whether there is a next one.
    const wanted = offset + limit + 1;
    const hits = await index.search(query, { limit: wanted, ...(options.source ? { source: options.source } : {}) });
    const all = this.#resultsOf(hits);
    const page: SearchPage = { results: all.slice(offset, offset + limit) };
    if (all.length > offset + limit) page.more = encodeCursor(offset + limit, query, options.source);
    if (!complete) page.indexing = { ...this.#progress };
    return page;
  }

  /** Stops indexing (after the chunk in hand) so the store can close under it. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#syncing?.catch(() => undefined);
    await this.#embedder?.dispose?.();
  }

  /** Indexes whatever changed in the catalog now, instead of on the next query. */
  async refresh(): Promise<IndexingProgress> {
    await this.#indexedWithin(Infinity);
    return { ...this.#progress };
  }

  #resultsOf(hits: readonly { key: string; score: number }[]): SearchResult[] {
    const catalog = this.#executor.catalog;
    const results: SearchResult[] = [];
    for (const { key, score } of hits) {
      const tool = this.#tools.get(key);
      if (tool === undefined) continue;
      const addresses = catalog.addressesOf(tool);
      const first = addresses[0];
      if (first === undefined) continue;
      const result: SearchResult = {
        address: first,
        description: tool.summary,
        score: round(score),
        policy: this.#executor.policyOf(catalog.lookup(first)),
      };
      if (addresses.length > 1) result.connections = catalog.connections(tool.source).map((c) => `${c.scope}.${c.name}`);
      results.push(result);
    }
    return results;
  }

  /** Brings the index in line with the catalog; true when done within `ms`, false if still indexing. */
  async #indexedWithin(ms: number): Promise<boolean> {
    if (!this.#syncing && this.#syncedVersion === this.#executor.catalog.version) return true;
    const done = this.#synced();
    if (ms === Infinity) {
      await done;
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
      return await Promise.race([done.then(() => true), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves once the index reflects the catalog's current version (re-running if it moved meanwhile). */
  #synced(): Promise<void> {
    if (this.#syncing) return this.#syncing;
    if (this.#syncedVersion === this.#executor.catalog.version) return Promise.resolve();
    this.#syncing = (async () => {
      try {
        while (!this.#closed && this.#syncedVersion !== this.#executor.catalog.version) {
          const version = this.#executor.catalog.version;
          await this.#sync();
          this.#syncedVersion = version;
        }
      } finally {
        this.#syncing = undefined;
      }
    })();
    return this.#syncing;
  }

  async #sync(): Promise<void> {
    const index = await this.#indexPromise();
    const catalog = this.#executor.catalog;
    const wanted = new Map<string, { source: RegisteredSource; token: string }>();
    for (const source of catalog.sources()) {
      // A tool no connection reaches has no address to hand out.
      if (catalog.connections(source.name).length === 0) continue;
      wanted.set(source.name, { source, token: tokenOf(source) });
    }
    for (const [name, entry] of this.#indexed) {
      if (wanted.get(name)?.token === entry.token) continue;
      index.remove(entry.keys);
      index.forgetSource(name);
      for (const key of entry.keys) this.#tools.delete(key);
      this.#indexed.delete(name);
    }
    const pending = [...wanted]
      .filter(([name]) => !this.#indexed.has(name))
      .map(([name, entry]) => ({ name, ...entry, tools: catalog.toolsOf(name) }));
    let indexed = [...this.#indexed.values()].reduce((sum, entry) => sum + entry.keys.length, 0);
    const total = indexed + pending.reduce((sum, { tools }) => sum + tools.length, 0);
    this.#report({ indexed, total });
    for (const { name, source, token, tools } of pending) {
      if (this.#closed) return;
      const keys: string[] = [];
      index.describeSource(name, { ...(source.title ? { title: source.title } : {}), ...(source.baseUrl ? { baseUrl: source.baseUrl } : {}) });
      for (let start = 0; start < tools.length; start += INDEX_CHUNK) {
        if (this.#closed) return;
        const chunk = tools.slice(start, start + INDEX_CHUNK);
        const documents = chunk.map((tool) => searchDocumentOf(tool, source));
        await index.add(documents);
        chunk.forEach((tool, i) => {
          this.#tools.set(documents[i]!.key, tool);
          keys.push(documents[i]!.key);
        });
        indexed += chunk.length;
        this.#report({ indexed, total });
        await yieldToEventLoop();
      }
      this.#indexed.set(name, { token, keys });
    }
  }

  /** Calls `listener` as indexing proceeds; returns a function that stops it. */
  onProgress(listener: (progress: IndexingProgress) => void): () => void {
    this.#progressListeners.add(listener);
    return () => this.#progressListeners.delete(listener);
  }

  #report(progress: IndexingProgress): void {
    this.#progress = progress;
    for (const listener of this.#progressListeners) listener(progress);
  }

  #indexPromise(): Promise<SearchIndex> {
    this.#index ??= this.#createIndex();
    return this.#index;
  }

  async #createIndex(): Promise<SearchIndex> {
    const cache = this.#executor.searchCache;
    const { lexicon, weights = {}, rrfK = HYBRID_DEFAULTS.rrfK, namedSourceWeight } = this.#config;
    const lexicalWeight = weights.lexical ?? 1;
    const rankers: WeightedRanker[] = [];
    if (lexicalWeight > 0) rankers.push({ ranker: createLexicalRanker({ cache, ...(lexicon ? { lexicon } : {}) }), weight: lexicalWeight });
    const embedder = (this.#embedder = await this.#loadEmbedder());
    const dense = embedder ? createDenseRanker({ embedder, cache }) : undefined;
    const denseWeight = weights.dense ?? HYBRID_DEFAULTS.denseWeight;
    const rerankWeight = weights.rerank ?? HYBRID_DEFAULTS.rerankWeight;
    if (dense && denseWeight > 0) rankers.push({ ranker: dense, weight: denseWeight });
    const learned = embedder && dense ? this.#learnedReranker(embedder) : undefined;
    return createSearchIndex({
      rankers,
      rrfK,
      ...(namedSourceWeight === undefined ? {} : { namedSourceWeight }),
      ...(dense && (rerankWeight > 0 || learned) ? { rerank: { reranker: dense, weight: rerankWeight, ...(learned ? { learned } : {}) } } : {}),
    });
  }

  /** The learned second stage, if its weights load and were trained for this embedding model. */
  #learnedReranker(embedder: TextEmbedder): LearnedReranker | undefined {
    const { reranker } = this.#config;
    if (reranker === null) return undefined;
    try {
      const learned = createLearnedReranker(reranker ?? loadRerankerWeights());
      // Another model (`--embedding-model`) puts similarities on another scale: re-score by similarity, as tuned.
      return learned.embeddingModel === embedder.id ? learned : undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#config.onWarning?.(`search: learned re-rank unavailable, re-scoring by similarity (${reason})`);
      return undefined;
    }
  }

  async #loadEmbedder(): Promise<TextEmbedder | undefined> {
    if (this.#config.loadEmbedder === undefined) return undefined;
    try {
      return await this.#config.loadEmbedder();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#config.onWarning?.(`search: embedding model unavailable, searching by words only (${reason})`);
      return undefined;
    }
  }
}

/** Changes whenever a source's tools may have: a new resolve, another scope or title. */
function tokenOf(source: RegisteredSource): string {
  return [source.scope, source.resolvedAt ?? 0, source.toolCount, source.title ?? ''].join('|');
}

/** What search indexes of a tool: its text, its parameters' names and its API's title. */
export function searchDocumentOf(tool: RegisteredTool, source: RegisteredSource): SearchDocument {
  const doc: SearchDocument = {
    key: `${tool.source}\u0000${tool.id}`,
    source: tool.source,
    toolId: tool.id,
    summary: tool.summary,
    description: tool.description,
    parameters: tool.parameters,
    keywords: tool.keywords,
  };
  if (source.title !== undefined) doc.sourceTitle = source.title;
  return doc;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

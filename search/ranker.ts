// The seam between the search index and its rankers. The lexical ranker implements it today; a dense
// (embedding) ranker implements it beside it, and the search index fuses their rankings by rank alone, so
// no ranker ever has to make its scores comparable with another's.

/**
 * One searchable tool. Everything is plain text, so a document can be built from any source (an OpenAPI
 * operation, an MCP tool, a skill) and persisted as JSON.
 */
export interface SearchDocument {
  /** Unique across the whole index; callers use `<source>\u0000<toolId>` or similar. Adding an existing key replaces it. */
  key: string;
  /** Source name (`github`): searchable, and the value the `source` filter compares with. */
  source: string;
  /** The API's own title (`GitHub v3 REST API`), searched with the source name. */
  sourceTitle?: string;
  /** Dotted tool id inside the source (`issues.list_for_repo`). */
  toolId: string;
  /** One line, the text agents see in search results. */
  summary: string;
  /** Full description; may be long or empty. */
  description: string;
  /** Argument names (`owner`, `repo`, `per_page`). */
  parameters: string[];
  /** Extra words that help find the tool (tags, path nouns); never shown to agents. */
  keywords: string[];
}

/** One ranked document. `score` orders hits within one ranking and means nothing across rankers. */
export interface RankedHit {
  key: string;
  score: number;
}

export interface RankOptions {
  /** Most hits to return. */
  limit: number;
  /** Only documents whose `source` equals this. */
  source?: string;
}

/**
 * Ranks documents for a free-text query.
 *
 * Contract, shared by every implementation (checked by `ranker-contract.test.ts`):
 * - `add` with a key already present replaces that document; within one batch the last one wins.
 * - `remove` forgets the given keys and ignores keys it never saw.
 * - `rank` returns at most `limit` hits, best first (score descending), each key at most once, and only
 *   documents of `source` when it is given. A query with no words (empty, punctuation only) or a
 *   `limit` of 0 gives `[]`, never an error.
 * - `add` may be asynchronous (a dense ranker embeds documents); a caller awaits it before ranking
 *   and never calls `add` concurrently with itself.
 */
export interface Ranker {
  add(docs: SearchDocument[]): void | Promise<void>;
  remove(keys: string[]): void;
  rank(query: string, options: RankOptions): RankedHit[] | Promise<RankedHit[]>;
}

/**
 * Scores given documents against a query, for a second stage that re-orders the first stage's candidates.
 * Unlike a ranking over the whole catalog, a similarity means the same whatever the catalog's size.
 */
export interface Reranker {
  /** Similarity of `query` to each of `keys` (higher is closer); keys it does not hold are left out. */
  similarity(query: string, keys: readonly string[]): Promise<Map<string, number>>;
}

/**
 * Where rankers keep what they compute per text (term counts, embedding vectors) so it is computed once:
 * `kind` names the computation and its version, `hash` the content (see `contentHash`). The executor's
 * SQLite store implements it; without one, rankers compute everything on every start.
 */
export interface ContentCache {
  get(kind: string, hashes: readonly string[]): Map<string, Uint8Array>;
  put(kind: string, entries: Iterable<readonly [hash: string, data: Uint8Array]>): void;
}

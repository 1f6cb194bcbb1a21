import { createExactMatcher } from './exact-match.js';
import type { ExactMatch } from './exact-match.js';
import { DEFAULT_RRF_K, fuseRankings } from './fusion.js';
import type { RankedHit, Ranker, SearchDocument } from './ranker.js';

/** A ranker with how much its ranking counts in the fusion. */
export interface WeightedRanker {
  ranker: Ranker;
  /** Weight of this ranker's ranking in reciprocal-rank fusion. Default 1. */
  weight?: number;
}

export interface SearchIndexOptions {
  /** The rankers to fuse; a bare `Ranker` counts with weight 1. At least one. */
  rankers: readonly (Ranker | WeightedRanker)[];
  /** The RRF constant (see `fuseRankings`). Default 60. */
  rrfK?: number;
}

export interface SearchOptions {
  /** Most hits to return. */
  limit: number;
  /** Only tools of this source. */
  source?: string;
}

/** One search result: the document's identity and its fused score (higher is better). */
export interface SearchHit extends RankedHit {
  source: string;
  toolId: string;
}

/**
 * The catalog's search: every ranker sees every document, every query is ranked by all of them and the
 * rankings are fused. A query that names a tool outright (`issues.list_for_repo`, `github.issues.list_for_repo`,
 * a full address) puts that tool first.
 *
 * `add` and `remove` keep all rankers in step; call them one at a time (await `add`), not concurrently.
 */
export interface SearchIndex {
  /** Adds documents, replacing any with the same key. Rejects if a ranker does; adding again repairs it. */
  add(docs: SearchDocument[]): Promise<void>;
  /** Forgets documents by key; unknown keys are ignored. */
  remove(keys: string[]): void;
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
}

/** Each ranker returns this many candidates at least, so fusion can lift one that another ranker missed. */
const MIN_CANDIDATES = 50;
const CANDIDATES_PER_RESULT = 4;

/**
 * @example
 * const index = createSearchIndex({ rankers: [createLexicalRanker()] });
 * await index.add(documents);
 * const hits = await index.search('list issues in a repository', { limit: 10, source: 'github' });
 */
export function createSearchIndex(options: SearchIndexOptions): SearchIndex {
  if (options.rankers.length === 0) throw new TypeError('createSearchIndex: "rankers" must hold at least one ranker');
  const rankers = options.rankers.map(weightedFrom);
  const k = options.rrfK ?? DEFAULT_RRF_K;
  /** The identity of every indexed document, so hits can name their tool. */
  const documents = new Map<string, { source: string; toolId: string }>();
  const exact = createExactMatcher();

  return {
    async add(docs) {
      // Identity first: if a ranker then fails, its stale or missing entries are dropped or absent at
      // search time instead of surfacing keys the index cannot name.
      for (const doc of docs) {
        documents.set(doc.key, { source: doc.source, toolId: doc.toolId });
        exact.add(doc.key, doc.source, doc.toolId);
      }
      for (const { ranker } of rankers) await ranker.add(docs);
    },
    remove(keys) {
      for (const key of keys) {
        documents.delete(key);
        exact.remove(key);
      }
      for (const { ranker } of rankers) ranker.remove(keys);
    },
    async search(query, { limit: requested, source }) {
      const limit = Math.floor(requested);
      if (!(limit > 0)) return [];
      const depth = Math.max(limit * CANDIDATES_PER_RESULT, MIN_CANDIDATES);
      const rankings = await Promise.all(
        rankers.map(async ({ ranker, weight }) => ({
          hits: await ranker.rank(query, source === undefined ? { limit: depth } : { limit: depth, source }),
          weight,
        })),
      );
      const fused = fuseRankings(rankings, k);
      const ordered = withExactMatchesFirst(fused, exact.match(query, source));
      const hits: SearchHit[] = [];
      for (const { key, score } of ordered) {
        const doc = documents.get(key);
        // A ranker that ignored the source filter, or kept a document this index has forgotten, must not leak it.
        if (doc === undefined || (source !== undefined && doc.source !== source)) continue;
        hits.push({ key, score, source: doc.source, toolId: doc.toolId });
        if (hits.length === limit) break;
      }
      return hits;
    },
  };
}

function weightedFrom(entry: Ranker | WeightedRanker): Required<WeightedRanker> {
  return 'ranker' in entry ? { ranker: entry.ranker, weight: entry.weight ?? 1 } : { ranker: entry, weight: 1 };
}

/**
 * Puts named tools ahead of the fused ranking, higher tier first and by fused score within a tier, even
 * when no ranker found them. Their scores are lifted so the list stays sorted by score: with M the best
 * fused score, tier t scores M + t·(M + 1) + own fused score, which is above every unnamed hit (≤ M) and
 * above every lower tier (whose own score adds at most M).
 */
function withExactMatchesFirst(fused: RankedHit[], matches: ExactMatch[]): RankedHit[] {
  if (matches.length === 0) return fused;
  const fusedScore = new Map(fused.map((hit) => [hit.key, hit.score]));
  const best = fused[0]?.score ?? 0;
  const named = matches
    .map(({ key, tier }) => {
      const own = fusedScore.get(key) ?? 0;
      return { key, score: best + tier * (best + 1) + own };
    })
    .sort((a, b) => b.score - a.score);
  const namedKeys = new Set(named.map((hit) => hit.key));
  return [...named, ...fused.filter((hit) => !namedKeys.has(hit.key))];
}

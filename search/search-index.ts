import { createExactMatcher } from './exact-match.js';
import type { ExactMatch } from './exact-match.js';
import { DEFAULT_RRF_K, fuseRankings } from './fusion.js';
import type { RankedHit, Ranker, Reranker, SearchDocument } from './ranker.js';
import { requestWithoutValues } from './request-values.js';
import { candidateFeatures, candidateTextOf, type CandidateText } from './rerank/candidate-features.js';
import type { LearnedReranker } from './rerank/learned-reranker.js';
import { ServiceNames } from './service-names.js';

/**
 * How the server combines the lexical ranker with the embedding model, tuned on the dev halves of both
 * benchmarks (`bench/tune-search.ts`). The shipped static model, tuned on synthetic requests, ranks below the
 * lexical ranker on its own (paraphrased requests hit@5 ≈ 0.47 against 0.57 with the lexicon), and over 125,000
 * tools its nearest neighbours are mostly distractors, so it does not rank the catalog; it re-scores the
 * lexical candidates by similarity instead (the same signal at any catalog size). A stronger model
 * (`--embedding-model`) may deserve a ranking of its own: `denseWeight` > 0, re-tuned.
 */
export const HYBRID_DEFAULTS = { denseWeight: 0, rerankWeight: 0.2, rrfK: 10 } as const;

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
  /**
   * When a query names a source ("… on Stripe"), each ranker ranks again within that source and the
   * result is fused with this weight relative to the ranker's own. Default 1; 0 turns it off.
   */
  namedSourceWeight?: number;
  /**
   * A second stage: the fused ranking's best `depth` candidates gain `weight` × their similarity to the
   * query. It re-orders what the rankers found and never brings in a document they all missed. The index
   * adds and removes documents on it like on the rankers.
   */
  rerank?: {
    reranker: Ranker & Reranker;
    weight: number;
    depth?: number;
    /**
     * A request longer than this many words gets `weight` × this / its length: one mean vector blurs a long,
     * many-subject request, where the words themselves already decide. Default 18.
     */
    fullWeightWords?: number;
    /**
     * A trained scorer over each candidate's features (`rerank/candidate-features.ts`) that orders the
     * candidates of requests up to `fullWeightWords` words instead of `weight` × similarity. Scores become
     * its probability relative to the best, in (0, 1].
     */
    learned?: LearnedReranker;
  };
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
  /** Tells the index what a source is called (its API title and base URL), so queries can name it. */
  describeSource(source: string, names: { title?: string; baseUrl?: string }): void;
  forgetSource(source: string): void;
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  /**
   * The candidates the learned second stage orders, best first, each with its feature row (`FEATURE_NAMES`):
   * what `bench/train-reranker.ts` learns from. Empty without a reranker.
   */
  candidates(query: string, options: { source?: string }): Promise<{ key: string; features: number[] }[]>;
}

/** Each ranker returns this many candidates at least, so fusion can lift one that another ranker missed. */
const MIN_CANDIDATES = 50;
const CANDIDATES_PER_RESULT = 4;
const DEFAULT_NAMED_SOURCE_WEIGHT = 1;
/** Candidates the second stage re-scores: what an agent might page through, and cheap to score (50 dot products). */
const DEFAULT_RERANK_DEPTH = 50;
/**
 * Candidates the learned scorer orders: deeper than the similarity re-score, since it weighs more than
 * similarity (17 % of the paraphrased requests' operations fall below the first 50; dev hit@10 +2 points).
 */
const LEARNED_RERANK_DEPTH = 100;
/** Requests up to this many words get the reranker's full weight (tuned on both benchmarks' dev halves). */
const DEFAULT_FULL_WEIGHT_WORDS = 18;
/**
 * Tools whose words the learned scorer keeps analysed. Each query reads 100 candidates, and analysing their
 * text again every time was most of the scorer's cost; past this many the cache starts over rather than
 * tracking recency (a few MB at most, and popular tools come back at once).
 */
const CANDIDATE_TEXT_CACHE_SIZE = 20_000;
/** A query naming more sources than this is comparing them; ranking within each adds little. */
const MAX_NAMED_SOURCES = 3;

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
  const namedSourceWeight = options.namedSourceWeight ?? DEFAULT_NAMED_SOURCE_WEIGHT;
  const services = new ServiceNames();
  /** The reranker, when it is not also one of the rankers: the index keeps its documents too. */
  const separateReranker = rankers.some(({ ranker }) => ranker === options.rerank?.reranker) ? undefined : options.rerank?.reranker;
  /** Every indexed document's identity, so hits can name their tool, and the text the learned re-rank reads. */
  const documents = new Map<string, Pick<SearchDocument, 'source' | 'toolId' | 'summary' | 'parameters'>>();
  const exact = createExactMatcher();
  const candidateTexts = new Map<string, CandidateText>();

  return {
    async add(docs) {
      // Identity first: if a ranker then fails, its stale or missing entries are dropped or absent at
      // search time instead of surfacing keys the index cannot name.
      for (const doc of docs) {
        documents.set(doc.key, { source: doc.source, toolId: doc.toolId, summary: doc.summary, parameters: doc.parameters });
        candidateTexts.delete(doc.key);
        exact.add(doc.key, doc.source, doc.toolId);
      }
      for (const { ranker } of rankers) await ranker.add(docs);
      if (separateReranker) await separateReranker.add(docs);
    },
    remove(keys) {
      for (const key of keys) {
        documents.delete(key);
        candidateTexts.delete(key);
        exact.remove(key);
      }
      for (const { ranker } of rankers) ranker.remove(keys);
      separateReranker?.remove(keys);
    },
    describeSource(source, names) {
      services.set(source, names.title, names.baseUrl);
    },
    forgetSource(source) {
      services.delete(source);
    },
    async search(query, { limit: requested, source }) {
      const limit = Math.floor(requested);
      if (!(limit > 0)) return [];
      const minimum = options.rerank?.learned ? LEARNED_RERANK_DEPTH : MIN_CANDIDATES;
      const first = await firstStage(query, source, Math.max(limit * CANDIDATES_PER_RESULT, minimum));
      const fused = await reranked(first);
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
    async candidates(query, { source }) {
      const rerank = options.rerank;
      if (rerank === undefined) return [];
      const { request, fused, lexical } = await firstStage(query, source, LEARNED_RERANK_DEPTH);
      const head = fused.slice(0, LEARNED_RERANK_DEPTH);
      const rows = await featureRows(request, head, lexical, rerank.reranker);
      return head.map((hit, i) => ({ key: hit.key, features: rows[i]! }));
    },
  };

  /** What the rankers find for a query, fused: the candidates the second stage orders. */
  async function firstStage(query: string, source: string | undefined, depth: number): Promise<FirstStage> {
    const named = source === undefined && namedSourceWeight > 0 ? services.named(query).slice(0, MAX_NAMED_SOURCES) : [];
    // Rankers see the request without its values (emails, quoted titles, ids); exact matching sees it all.
    const request = requestWithoutValues(query) || query;
    const rankings = await Promise.all([
      ...rankers.map(async ({ ranker, weight }) => ({
        hits: await ranker.rank(request, source === undefined ? { limit: depth } : { limit: depth, source }),
        weight,
      })),
      ...named.flatMap((name) =>
        rankers.map(async ({ ranker, weight }) => ({
          hits: await ranker.rank(request, { limit: depth, source: name }),
          weight: weight * namedSourceWeight,
        })),
      ),
    ]);
    return { request, fused: fuseRankings(rankings, k), lexical: rankings[0]!.hits };
  }

  async function featureRows(request: string, head: readonly RankedHit[], lexical: readonly RankedHit[], reranker: Reranker): Promise<number[][]> {
    const similarity = await reranker.similarity(request, head.map((hit) => hit.key));
    const lexicalScore = new Map(lexical.map((hit) => [hit.key, hit.score]));
    return candidateFeatures(
      request,
      head.map((hit) => ({
        score: hit.score,
        similarity: similarity.get(hit.key) ?? 0,
        lexical: lexicalScore.get(hit.key) ?? 0,
        text: candidateText(hit.key),
      })),
    );
  }

  function candidateText(key: string): CandidateText {
    const cached = candidateTexts.get(key);
    if (cached) return cached;
    const doc = documents.get(key);
    if (doc === undefined) return candidateTextOf({ toolId: '', summary: '', parameters: [] });
    if (candidateTexts.size >= CANDIDATE_TEXT_CACHE_SIZE) candidateTexts.clear();
    const text = candidateTextOf(doc);
    candidateTexts.set(key, text);
    return text;
  }

  /** The first `depth` hits (`LEARNED_RERANK_DEPTH` for the learned scorer) re-scored, then the rest as they were. */
  async function reranked({ request, fused, lexical }: FirstStage): Promise<RankedHit[]> {
    const rerank = options.rerank;
    if (rerank === undefined || (rerank.weight === 0 && rerank.learned === undefined) || fused.length === 0) return fused;
    const fullWeightWords = rerank.fullWeightWords ?? DEFAULT_FULL_WEIGHT_WORDS;
    const words = wordsOf(request);
    let rescored: RankedHit[];
    // The scorer learned from requests for one operation, of a sentence or two; a longer request (several
    // subjects, several tools) is re-scored by similarity, whose weight shrinks with its length.
    const scorer = words <= fullWeightWords ? rerank.learned : undefined;
    const head = fused.slice(0, scorer ? LEARNED_RERANK_DEPTH : (rerank.depth ?? DEFAULT_RERANK_DEPTH));
    if (scorer) {
      const scores = scorer.score(await featureRows(request, head, lexical, rerank.reranker));
      const best = Math.max(...scores);
      rescored = head.map((hit, i) => ({ key: hit.key, score: Math.exp(scores[i]! - best) }));
    } else {
      const similarity = await rerank.reranker.similarity(request, head.map((hit) => hit.key));
      const weight = rerank.weight * Math.min(1, fullWeightWords / Math.max(1, words));
      rescored = head.map((hit) => ({ key: hit.key, score: hit.score + weight * Math.max(0, similarity.get(hit.key) ?? 0) }));
    }
    rescored.sort((a, b) => b.score - a.score);
    // The tail keeps its order below the head: a re-scored hit never falls under one that was not re-scored.
    const floor = rescored.at(-1)!.score;
    const tail = fused.slice(head.length).map((hit) => ({ key: hit.key, score: Math.min(hit.score, floor) }));
    return [...rescored, ...tail];
  }
}

interface FirstStage {
  /** The query without its values, as the rankers saw it. */
  request: string;
  fused: RankedHit[];
  /** The first ranker's own ranking (the lexical ranker's, in the server). */
  lexical: RankedHit[];
}

/** Words of three letters or more: what a request says, give or take its function words. */
function wordsOf(query: string): number {
  return query.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2).length;
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

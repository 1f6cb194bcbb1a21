import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { indexTermsOf, normalizeQueryTerm, normalizeTerm, queryTermsOf } from './normalize-term.js';
import type { RankedHit, RankOptions, Ranker, SearchDocument } from './ranker.js';
import { coverageBoost, DEFAULT_SUMMARY_COVERAGE_WEIGHT, summaryCoverage } from './summary-coverage.js';
import { tokenize } from './tokenize.js';

/** The document fields the lexical ranker searches. */
export type LexicalField = 'toolId' | 'summary' | 'parameters' | 'keywords' | 'description' | 'source';

/**
 * How much a match in each field counts. The id and summary say what a tool does; parameters and
 * keywords say what it works on; the description is long and mentions many neighbouring tools, so it
 * mostly breaks ties; the source name lets "github issues" prefer GitHub's tools.
 */
export const DEFAULT_FIELD_WEIGHTS: Readonly<Record<LexicalField, number>> = {
  toolId: 3,
  summary: 3,
  parameters: 1.5,
  keywords: 1.5,
  description: 0.5,
  source: 1,
};

export interface LexicalRankerOptions {
  /** Per-field weights, merged over `DEFAULT_FIELD_WEIGHTS`; a field weighted 0 is not searched. */
  fieldWeights?: Partial<Record<LexicalField, number>>;
  /** Query terms at least this long (after normalising) also match by prefix and by typo. Default 4. */
  approximateMinLength?: number;
  /** Weight of a prefix match relative to an exact one (`deploy` finding `deployment`). Default 0.3. */
  prefixWeight?: number;
  /** Weight of a typo match (edit distance ≤ 20% of the term, at most 2) relative to an exact one. Default 0.15. */
  fuzzyWeight?: number;
  /** How much a query that spells out a tool's whole summary lifts it (see `summary-coverage.ts`); 0 turns it off. Default 2. */
  summaryCoverageWeight?: number;
}

const FIELDS: readonly LexicalField[] = ['toolId', 'summary', 'parameters', 'keywords', 'description', 'source'];
/** Short terms match too much by prefix or typo (`get` would reach `gets`, `git`, `gist`, `set`). */
const DEFAULT_APPROXIMATE_MIN_LENGTH = 4;
/** Below the library defaults (0.375, 0.45): an approximate match should reorder ties, not outrank a real one. */
const DEFAULT_PREFIX_WEIGHT = 0.3;
const DEFAULT_FUZZY_WEIGHT = 0.15;
const FUZZY_FRACTION = 0.2;
const MAX_FUZZY_DISTANCE = 2;

/**
 * A BM25 ranker (minisearch) over tool documents, aware of how tool ids are spelled, that lifts tools
 * whose summary the query spells out (see `summary-coverage.ts`). Synchronous: `add` and `rank` return
 * plain values.
 *
 * @example
 * const ranker = createLexicalRanker();
 * ranker.add([{ key: 'github\u0000issues.list_for_repo', source: 'github', toolId: 'issues.list_for_repo',
 *   summary: 'List repository issues', description: '', parameters: ['owner', 'repo'], keywords: ['issues'] }]);
 * ranker.rank('list issues in a repo', { limit: 5 }); // [{ key: 'github\u0000issues.list_for_repo', score: … }]
 */
export function createLexicalRanker(options: LexicalRankerOptions = {}): Ranker {
  const minLength = options.approximateMinLength ?? DEFAULT_APPROXIMATE_MIN_LENGTH;
  const coverageWeight = options.summaryCoverageWeight ?? DEFAULT_SUMMARY_COVERAGE_WEIGHT;
  const boost = { ...DEFAULT_FIELD_WEIGHTS, ...options.fieldWeights };
  const index = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: [...FIELDS],
    storeFields: ['source'],
    tokenize,
    processTerm: normalizeTerm,
    stringifyField: textOfField,
    searchOptions: {
      processTerm: normalizeQueryTerm,
      // minisearch reads a boost of 0 as "unset" (1), so a field weighted 0 is left out of the search instead.
      fields: FIELDS.filter((field) => boost[field] > 0),
      boost,
      prefix: (term) => term.length >= minLength,
      fuzzy: (term) => (term.length >= minLength ? FUZZY_FRACTION : false),
      maxFuzzy: MAX_FUZZY_DISTANCE,
      weights: {
        prefix: options.prefixWeight ?? DEFAULT_PREFIX_WEIGHT,
        fuzzy: options.fuzzyWeight ?? DEFAULT_FUZZY_WEIGHT,
      },
    },
  });
  const summaryTerms = new Map<string, ReadonlySet<string>>();

  return {
    add(docs) {
      for (const doc of docs) {
        // minisearch rejects a duplicate id; discarding first makes a re-add a replacement, which is
        // what a source refresh needs.
        if (index.has(doc.key)) index.discard(doc.key);
        index.add(doc);
        summaryTerms.set(doc.key, indexTermsOf(doc.summary));
      }
    },
    remove(keys) {
      for (const key of keys) {
        if (index.has(key)) index.discard(key);
        summaryTerms.delete(key);
      }
    },
    rank(query, rankOptions) {
      const hits = matches(index, query, rankOptions);
      return rerankedByCoverage(hits, queryTermsOf(query), summaryTerms, coverageWeight).slice(0, rankOptions.limit);
    },
  };
}

/** Every document that matches, by BM25 score. */
function matches(index: MiniSearch<SearchDocument>, query: string, { limit, source }: RankOptions): RankedHit[] {
  if (!(limit > 0)) return [];
  const filter = source === undefined ? undefined : (result: SearchResult) => result['source'] === source;
  const results = index.search(query, filter === undefined ? {} : { filter });
  return results.map((result) => ({ key: String(result.id), score: result.score }));
}

/** Scores every match again with its summary coverage; all of them, since coverage can lift one from far down. */
function rerankedByCoverage(
  hits: RankedHit[],
  queryTerms: ReadonlySet<string>,
  summaryTerms: ReadonlyMap<string, ReadonlySet<string>>,
  weight: number,
): RankedHit[] {
  if (weight === 0) return hits;
  return hits
    .map(({ key, score }) => {
      const coverage = summaryCoverage(queryTerms, summaryTerms.get(key) ?? new Set());
      return { key, score: score * coverageBoost(coverage, weight) };
    })
    .sort((a, b) => b.score - a.score);
}

/** Lists (parameters, keywords) join with spaces; minisearch's default `toString` would join with commas. */
function textOfField(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

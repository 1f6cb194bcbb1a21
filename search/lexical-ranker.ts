import { contentHash } from './content-hash.js';
import { analyzeFields, ANALYZER_VERSION, fieldTexts, LEXICAL_FIELDS, type AnalyzedDocument, type LexicalField } from './lexical/analyze.js';
import { decodeFields, encodeFields } from './lexical/analysis-codec.js';
import { actionOfTerm, QUESTION } from './lexical/actions.js';
import { expandQuery } from './lexical/expand-query.js';
import type { QueryTerm } from './lexical/inverted-index.js';
import type { LexiconExpander, LexiconMatch } from './lexicon/lexicon-expander.js';
import { InvertedIndex } from './lexical/inverted-index.js';
import { queryTermsOf } from './normalize-term.js';
import type { ContentCache, Ranker, SearchDocument } from './ranker.js';
import { DEFAULT_SUMMARY_COVERAGE_WEIGHT } from './summary-coverage.js';

export type { LexicalField } from './lexical/analyze.js';

/**
 * How much a match in each field counts. The id and summary say what a tool does; parameters and
 * keywords say what it works on; the description is long and mentions many neighbouring tools, so it
 * mostly breaks ties; the source name (and API title) lets "github issues" prefer GitHub's tools.
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
  /** Keeps each document's term counts by content, so unchanged documents are not tokenized again. */
  cache?: ContentCache;
  /** Adds the API words a query's everyday phrases stand for ("money back" → `refund`). */
  lexicon?: LexiconExpander;
  /** Weight of a lexicon word relative to a word of the query, for a phrase of two words or more. Default 0.6. */
  lexiconWeight?: number;
  /** The same for a one-word phrase, which is more often used in another sense. Default 0.2. */
  lexiconWordWeight?: number;
  /** Weight of a query word that belongs to a lexicon phrase of two words or more, whose API words carry it. Default 0.6. */
  phraseWordWeight?: number;
  /** Lift for tools of the sources that match the query best (see `IndexQuery.sourceWeight`). Default 0.5. */
  sourceWeight?: number;
  /** Lift for tools whose action (create, delete, list…) is one the request asks for. Default 0.5. */
  actionWeight?: number;
}

/** The lexical ranker is synchronous: `add` and `rank` return plain values. */
export interface LexicalRanker extends Ranker {
  add(docs: SearchDocument[]): void;
  rank(query: string, options: { limit: number; source?: string }): { key: string; score: number }[];
  /** Documents indexed. */
  readonly size: number;
}

/** Short terms match too much by prefix or typo (`get` would reach `gets`, `git`, `gist`, `set`). */
const DEFAULT_APPROXIMATE_MIN_LENGTH = 4;
/** An approximate match should reorder ties, not outrank a real one. */
const DEFAULT_PREFIX_WEIGHT = 0.3;
const DEFAULT_FUZZY_WEIGHT = 0.15;
const FUZZY_FRACTION = 0.2;
const MAX_FUZZY_DISTANCE = 2;
/** Below a word the asker typed: a lexicon word is a likely reading of the request, not its text. */
const DEFAULT_LEXICON_WEIGHT = 0.6;
/** A one-word phrase ("add", "all", "server") fires on many requests in many senses. */
const DEFAULT_LEXICON_WORD_WEIGHT = 0.2;
/** Tuned on the dev halves: 0.6 lifts requests' hit@5 by 2 points, StableToolBench is unchanged. */
const DEFAULT_PHRASE_WORD_WEIGHT = 0.6;
const DEFAULT_SOURCE_WEIGHT = 0.5;
const DEFAULT_ACTION_WEIGHT = 0.5;
const READ_ACTIONS = ['list', 'get'] as const;

/**
 * A field-weighted BM25 ranker over tool documents (see `lexical/inverted-index.ts`), aware of how tool
 * ids are spelled, that lifts tools whose summary the query spells out (see `summary-coverage.ts`).
 * Synchronous: `add` and `rank` return plain values.
 *
 * @example
 * const ranker = createLexicalRanker();
 * ranker.add([{ key: 'github\u0000issues.list_for_repo', source: 'github', toolId: 'issues.list_for_repo',
 *   summary: 'List repository issues', description: '', parameters: ['owner', 'repo'], keywords: ['issues'] }]);
 * ranker.rank('list issues in a repo', { limit: 5 }); // [{ key: 'github\u0000issues.list_for_repo', score: … }]
 */
export function createLexicalRanker(options: LexicalRankerOptions = {}): LexicalRanker {
  const weights = { ...DEFAULT_FIELD_WEIGHTS, ...options.fieldWeights };
  const fieldWeights = LEXICAL_FIELDS.map((field) => weights[field]);
  const coverageWeight = options.summaryCoverageWeight ?? DEFAULT_SUMMARY_COVERAGE_WEIGHT;
  const expansion = {
    minLength: options.approximateMinLength ?? DEFAULT_APPROXIMATE_MIN_LENGTH,
    prefixWeight: options.prefixWeight ?? DEFAULT_PREFIX_WEIGHT,
    fuzzyWeight: options.fuzzyWeight ?? DEFAULT_FUZZY_WEIGHT,
    fuzzyFraction: FUZZY_FRACTION,
    maxFuzzy: MAX_FUZZY_DISTANCE,
  };
  const index = new InvertedIndex();
  const vocabulary = { terms: () => index.vocabulary(), has: (term: string) => index.hasTerm(term) };
  const analyze = options.cache === undefined ? analyzeAll : cachedAnalyzer(options.cache);

  return {
    get size() {
      return index.size;
    },
    add(docs) {
      for (const doc of analyze(docs)) index.add(doc);
    },
    remove(keys) {
      for (const key of keys) index.remove(key);
    },
    rank(query, { limit, source }) {
      const words = [...queryTermsOf(query)];
      const terms = expandQuery(words, vocabulary, expansion);
      if (options.lexicon) {
        const phraseWeight = options.lexiconWeight ?? DEFAULT_LEXICON_WEIGHT;
        const matches = options.lexicon.expand(query);
        // "money back": the phrase's meaning is `refund`; its words on their own would find money and back.
        // A word the entry keeps as an API word ("delete repo" → delete, repository) is not replaced.
        const inPhrases = new Set(
          matches.filter((match) => match.phrase.length > 1).flatMap((match) => match.phrase.filter((word) => !match.terms.includes(word))),
        );
        const phraseWordWeight = options.phraseWordWeight ?? DEFAULT_PHRASE_WORD_WEIGHT;
        for (const term of terms) if (inPhrases.has(words[term.group]!)) term.weight *= phraseWordWeight;
        terms.push(...lexiconTerms(matches, words, phraseWeight, options.lexiconWordWeight ?? DEFAULT_LEXICON_WORD_WEIGHT));
      }
      const sourceWeight = options.sourceWeight ?? DEFAULT_SOURCE_WEIGHT;
      const actionWeight = options.actionWeight ?? DEFAULT_ACTION_WEIGHT;
      const actions = new Set(terms.filter((term) => term.exact).map((term) => actionOfTerm(term.term)).filter((action) => action !== undefined));
      // A question with no verb of its own ("what meetings do I have coming up?") asks to read.
      if (actions.size === 0 && QUESTION.test(query)) for (const action of READ_ACTIONS) actions.add(action);
      return index.search({ terms, limit, fieldWeights, coverageWeight, sourceWeight, actions, actionWeight, ...(source === undefined ? {} : { source }) });
    },
  };
}

/**
 * The lexicon's words for a query, each matched phrase its own group (so a tool that has the API's word
 * for the phrase counts as matching one more of the request's ideas); words the query already has are skipped.
 */
function lexiconTerms(matches: readonly LexiconMatch[], words: readonly string[], phraseWeight: number, wordWeight: number): QueryTerm[] {
  const present = new Set(words);
  const terms: QueryTerm[] = [];
  matches.forEach((match, i) => {
    const group = words.length + i;
    const weight = match.phrase.length > 1 ? phraseWeight : wordWeight;
    // `exact`: a lexicon word stands for the request's meaning, so it counts towards summary coverage.
    for (const term of match.terms) if (!present.has(term)) terms.push({ term, weight, group, exact: true });
  });
  return terms;
}

function analyzeAll(docs: readonly SearchDocument[]): AnalyzedDocument[] {
  return docs.map((doc) => ({ key: doc.key, source: doc.source, fields: analyzeFields(fieldTexts(doc)) }));
}

/** Analyses documents, reading the counts of texts seen before from `cache` and storing the new ones. */
function cachedAnalyzer(cache: ContentCache): (docs: readonly SearchDocument[]) => AnalyzedDocument[] {
  const kind = `terms@${ANALYZER_VERSION}`;
  return (docs) => {
    const texts = docs.map(fieldTexts);
    const hashes = texts.map((fields) => contentHash(fields.join('\u0000')));
    const cached = cache.get(kind, hashes);
    const fresh: [string, Uint8Array][] = [];
    const analyzed = docs.map((doc, i) => {
      const hit = cached.get(hashes[i]!);
      let fields = hit === undefined ? undefined : decodeFields(hit);
      if (fields === undefined) {
        fields = analyzeFields(texts[i]!);
        fresh.push([hashes[i]!, encodeFields(fields)]);
      }
      return { key: doc.key, source: doc.source, fields };
    });
    if (fresh.length > 0) cache.put(kind, fresh);
    return analyzed;
  };
}

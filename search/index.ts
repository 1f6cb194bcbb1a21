// The search module's public surface: the ranker seam, the lexical and dense rankers, rank fusion, and
// the index that holds rankers and fuses them.

export type { ContentCache, RankedHit, RankOptions, Ranker, SearchDocument } from './ranker.js';
export { createLexicalRanker, DEFAULT_FIELD_WEIGHTS } from './lexical-ranker.js';
export type { LexicalField, LexicalRanker, LexicalRankerOptions } from './lexical-ranker.js';
export { createDenseRanker, documentText } from './dense-ranker.js';
export type { DenseRankerOptions, TextEmbedder } from './dense-ranker.js';
export { DEFAULT_RRF_K, fuseRankings } from './fusion.js';
export type { WeightedRanking } from './fusion.js';
export { createSearchIndex, HYBRID_DEFAULTS } from './search-index.js';
export type { SearchHit, SearchIndex, SearchIndexOptions, SearchOptions, WeightedRanker } from './search-index.js';
export { LexiconExpander, type LexiconEntry, type LexiconMatch } from './lexicon/lexicon-expander.js';
export { defaultLexicon } from './lexicon/default-lexicon.js';
export { ServiceNames } from './service-names.js';
export { FEATURE_NAMES } from './rerank/candidate-features.js';
export { createLearnedReranker, DEFAULT_RERANKER_WEIGHTS_FILE, loadRerankerWeights, type LearnedReranker, type RerankerWeights } from './rerank/learned-reranker.js';

// The retrieval systems the benchmark compares. Each indexes the same SearchDocuments and returns ranked keys.
import MiniSearch from 'minisearch';
import {
  createDenseRanker,
  createLexicalRanker,
  createSearchIndex,
  type ContentCache,
  type LearnedReranker,
  type LexicalRankerOptions,
  type SearchDocument,
  type SearchIndexOptions,
  type TextEmbedder,
} from '../../search/index.js';

export interface RetrievalSystem {
  name: string;
  description: string;
  index(docs: SearchDocument[]): Promise<void>;
  search(query: string, limit: number): Promise<string[]>;
}

/** The project's search as the server builds it: a search index over the lexical ranker, default options. */
export function projectLexical(): RetrievalSystem {
  const index = createSearchIndex({ rankers: [createLexicalRanker()] });
  return {
    name: 'lexical',
    description: 'createSearchIndex({ rankers: [createLexicalRanker()] }), default options',
    index: (docs) => index.add(docs),
    async search(query, limit) {
      return (await index.search(query, { limit })).map((hit) => hit.key);
    },
  };
}

export interface ProjectSystemOptions {
  lexical?: LexicalRankerOptions;
  /** Adds the dense ranker over this model. */
  embedder?: TextEmbedder;
  /** Fusion weights (0 leaves a ranker out) and the weight of the dense second stage (`rerank`). */
  weights?: { lexical?: number; dense?: number; rerank?: number };
  index?: Omit<SearchIndexOptions, 'rankers'>;
  /** Shared by the dense ranker (vectors); pass the same one in `lexical.cache` for term counts. */
  cache?: ContentCache;
  /** Orders the second stage's candidates with this learned scorer instead of `rerank` × similarity. */
  learned?: LearnedReranker;
}

/** The project's search index with the given rankers and options (what the server composes in CatalogSearch). */
export function projectSystem(name: string, options: ProjectSystemOptions): RetrievalSystem {
  const rankers: SearchIndexOptions['rankers'][number][] = [];
  const lexicalWeight = options.weights?.lexical ?? 1;
  const denseWeight = options.weights?.dense ?? 0;
  const rerankWeight = options.weights?.rerank ?? 0;
  if (lexicalWeight > 0) rankers.push({ ranker: createLexicalRanker(options.lexical), weight: lexicalWeight });
  const dense = options.embedder ? createDenseRanker({ embedder: options.embedder, ...(options.cache ? { cache: options.cache } : {}) }) : undefined;
  if (dense && denseWeight > 0) rankers.push({ ranker: dense, weight: denseWeight });
  const index = createSearchIndex({
    ...options.index,
    rankers,
    ...(dense && (rerankWeight > 0 || options.learned) ? { rerank: { reranker: dense, weight: rerankWeight, ...(options.learned ? { learned: options.learned } : {}) } } : {}),
  });
  return {
    name,
    description: `lexical ×${lexicalWeight}${options.embedder ? `, dense ${options.embedder.id} ×${denseWeight}, ${options.learned ? 'learned re-rank' : `rerank ×${rerankWeight}`}` : ''}${options.lexical?.lexicon ? ', lexicon' : ''}`,
    async index(docs) {
      for (const doc of docs) if (doc.sourceTitle) index.describeSource(doc.source, { title: doc.sourceTitle });
      await index.add(docs);
    },
    async search(query, limit) {
      return (await index.search(query, { limit })).map((hit) => hit.key);
    },
  };
}

/** Baseline: plain minisearch BM25, default tokenizer and term processing, one field of all text, no boosts. */
export function plainBm25(): RetrievalSystem {
  const index = new MiniSearch<{ key: string; text: string }>({ idField: 'key', fields: ['text'] });
  return {
    name: 'bm25-baseline',
    description: 'minisearch defaults over concatenated document text, no boosts/prefix/fuzzy',
    async index(docs) {
      index.addAll(docs.map((doc) => ({ key: doc.key, text: concatenatedText(doc) })));
    },
    async search(query, limit) {
      return index
        .search(query)
        .slice(0, limit)
        .map((result) => String(result.id));
    },
  };
}

export function concatenatedText(doc: SearchDocument): string {
  return [doc.source, doc.toolId, doc.summary, doc.description, doc.parameters.join(' '), doc.keywords.join(' ')].join('\n');
}

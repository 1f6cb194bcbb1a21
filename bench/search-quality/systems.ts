// The retrieval systems the benchmark compares. Each indexes the same SearchDocuments and returns ranked keys.
import MiniSearch from 'minisearch';
import { createLexicalRanker, createSearchIndex, type SearchDocument } from '../../search/index.js';

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

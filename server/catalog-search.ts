import type { ExecutorHandle, PolicyAction, RegisteredTool, ToolAddress } from '../core/index.js';
import { createLexicalRanker, createSearchIndex, type SearchDocument, type SearchIndex } from '../search/index.js';

export interface SearchResult {
  address: ToolAddress;
  description: string;
  score: number;
  policy: PolicyAction;
}

export interface CatalogSearchOptions {
  limit?: number;
  source?: string;
}

/**
 * Search over the executor's catalog. The index is rebuilt when the catalog version moves, so a source
 * added or refreshed is findable on the next query. Hits are tools; each expands to one address per
 * connection of its source, in ranking order.
 */
export class CatalogSearch {
  readonly #executor: ExecutorHandle;
  #built: Promise<BuiltIndex> | undefined;
  #builtVersion = -1;

  constructor(executor: ExecutorHandle) {
    this.#executor = executor;
  }

  async search(query: string, options: CatalogSearchOptions = {}): Promise<SearchResult[]> {
    const limit = options.limit ?? 10;
    const { index, tools } = await this.#current();
    const hits = await index.search(query, { limit, ...(options.source ? { source: options.source } : {}) });
    const results: SearchResult[] = [];
    for (const hit of hits) {
      const tool = tools.get(hit.key);
      if (!tool) continue;
      for (const address of this.#executor.catalog.addressesOf(tool)) {
        const entry = this.#executor.catalog.lookup(address);
        results.push({ address, description: tool.summary, score: round(hit.score), policy: this.#executor.policyOf(entry) });
        if (results.length >= limit) return results;
      }
    }
    return results;
  }

  #current(): Promise<BuiltIndex> {
    const version = this.#executor.catalog.version;
    if (!this.#built || this.#builtVersion !== version) {
      this.#built = this.#build();
      this.#builtVersion = version;
    }
    return this.#built;
  }

  async #build(): Promise<BuiltIndex> {
    const catalog = this.#executor.catalog;
    const index = createSearchIndex({ rankers: [createLexicalRanker()] });
    const tools = new Map<string, RegisteredTool>();
    const documents: SearchDocument[] = [];
    for (const tool of catalog.tools()) {
      // A tool no connection reaches has no address to hand out.
      if (catalog.connections(tool.source).length === 0) continue;
      const key = `${tool.source}\u0000${tool.id}`;
      tools.set(key, tool);
      documents.push({
        key,
        source: tool.source,
        toolId: tool.id,
        summary: tool.summary,
        description: tool.description,
        parameters: Object.keys(catalog.schemasOf(tool).inputSchema.properties ?? {}),
        keywords: tool.keywords,
      });
    }
    await index.add(documents);
    return { index, tools };
  }
}

interface BuiltIndex {
  index: SearchIndex;
  tools: Map<string, RegisteredTool>;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

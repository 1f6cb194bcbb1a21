import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { CatalogSearch } from '../catalog-search.js';
import { okResult, resultFromThrown } from './tool-result.js';

const SearchInput = z.object({
  query: z.string().min(1).describe('What you want to do, in words, or a tool id'),
  limit: z.number().int().min(1).max(50).optional().describe('Max results, default 10'),
  source: z.string().optional().describe('Only this source, e.g. "github"'),
});

export function registerSearchTool(server: McpServer, search: CatalogSearch): void {
  server.registerTool(
    'search',
    {
      description:
        'Find tools in the catalog by what they do. Returns addresses (<source>.<scope>.<connection>.<tool>) for describe and execute.',
      inputSchema: SearchInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit, source }) => {
      try {
        const results = await search.search(query, { limit: limit ?? 10, ...(source ? { source } : {}) });
        const text =
          results.length === 0
            ? `no tools match "${query}"`
            : results.map((r) => `${r.address} — ${r.description}${r.policy === 'allow' ? '' : ` [${r.policy}]`}`).join('\n');
        return okResult({ results }, text);
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

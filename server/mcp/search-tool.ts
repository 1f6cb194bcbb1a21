import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { CatalogSearch, SearchPage } from '../catalog-search.js';
import { okResult, resultFromThrown } from './tool-result.js';

const SearchInput = z.object({
  query: z.string().min(1).describe('What you want to do, in words, or a tool id'),
  limit: z.number().int().min(1).max(50).optional().describe('Max results, default 10'),
  source: z.string().optional().describe('Only this source, e.g. "github"'),
  cursor: z.string().optional().describe('The "more" value of a previous page, with the same query, for the next results'),
});

export function registerSearchTool(server: McpServer, search: CatalogSearch): void {
  server.registerTool(
    'search',
    {
      description:
        'Find tools in the catalog by what they do. Returns addresses (<source>.<scope>.<connection>.<tool>) for describe and execute; "more" pages on.',
      inputSchema: SearchInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit, source, cursor }) => {
      try {
        const page = await search.page(query, { limit: limit ?? 10, ...(source ? { source } : {}), ...(cursor ? { cursor } : {}) });
        return okResult({ ...page }, pageText(query, page));
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

/** The compact text mirror: one line per tool, then how to page on and whether indexing is under way. */
function pageText(query: string, page: SearchPage): string {
  const lines = page.results.map(
    (r) =>
      `${r.address} — ${r.description}${r.policy === 'allow' ? '' : ` [${r.policy}]`}` +
      (r.connections ? ` (connections: ${r.connections.join(', ')})` : ''),
  );
  if (lines.length === 0) lines.push(`no tools match "${query}"`);
  if (page.more) lines.push(`more: ${page.more}`);
  if (page.indexing) lines.push(`(indexing ${page.indexing.indexed}/${page.indexing.total} tools; results may be incomplete)`);
  return lines.join('\n');
}

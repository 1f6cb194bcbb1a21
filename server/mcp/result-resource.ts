import { ResourceTemplate, type McpServer, type ServerContext } from '@modelcontextprotocol/server';
import { RESULT_URI_PREFIX, errorFromUnknown, type ExecutorHandle } from '../../core/index.js';

/** Characters per page of a stored result read over MCP: larger results are read page by page. */
export const RESULT_PAGE_CHARS = 1024 * 1024;

/**
 * `executor://results/<id>`: a result kept on the server. A result up to a page reads whole; a larger one reads
 * page by page (`?page=N`, from 0), each read saying in `_meta` how many pages there are and which is next.
 * `resources/list` lists the calling client's live handles.
 */
export function registerResultResource(server: McpServer, executor: ExecutorHandle, principalOf: (ctx: ServerContext) => string): void {
  const store = executor.results.store;
  server.registerResource(
    'result',
    // `{id}` alone: the SDK only matches a `{?page}` template when the query is present, and the handle's own
    // uri has none; the page is read from the uri below.
    new ResourceTemplate(`${RESULT_URI_PREFIX}{id}`, {
      list: (ctx) => ({
        resources: store.listOf(principalOf(ctx)).map((stored) => ({
          uri: stored.uri,
          name: stored.id,
          mimeType: 'application/json',
          description: `stored result, ${stored.bytes} bytes, expires ${new Date(stored.expiresAt).toISOString()}`,
        })),
      }),
    }),
    { title: 'Stored result', description: 'A tool result too large to return inline', mimeType: 'application/json' },
    (uri, variables) => {
      const id = String(variables.id ?? '').split('?')[0]!;
      let stored;
      try {
        stored = store.get(id);
      } catch (error) {
        // Unknown, expired or malformed: the message says which (the SDK answers it as a JSON-RPC error).
        throw new Error(errorFromUnknown(error).message);
      }
      const pages = Math.max(1, Math.ceil(stored.chars / RESULT_PAGE_CHARS));
      const requested = uri.searchParams.get('page');
      const page = requested === null ? 0 : Number(requested);
      if (!Number.isInteger(page) || page < 0 || page >= pages) {
        throw new Error(`${stored.uri} has ${pages} page(s) of ${RESULT_PAGE_CHARS} characters: page must be 0…${pages - 1}`);
      }
      const text = pages === 1 ? store.text(stored) : store.page(stored, page * RESULT_PAGE_CHARS, RESULT_PAGE_CHARS);
      const next = page + 1 < pages ? `${stored.uri}?page=${page + 1}` : undefined;
      return {
        contents: [{ uri: uri.href, mimeType: 'application/json', text }],
        _meta: { bytes: stored.bytes, chars: stored.chars, page, pages, ...(next ? { next } : {}) },
      };
    },
  );
}

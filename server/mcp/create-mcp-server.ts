import { McpServer } from '@modelcontextprotocol/server';
import type { ExecutorHandle } from '../../core/index.js';
import type { CatalogSearch } from '../catalog-search.js';
import { clientNameOf } from './client-name.js';
import { registerDescribeTool } from './describe-tool.js';
import { registerExecuteTool } from './execute-tool.js';
import { registerSearchTool } from './search-tool.js';

export const SERVER_NAME = 'executor-mcp';
export const SERVER_VERSION = '0.1.0';

const INSTRUCTIONS =
  'The catalog holds many tools behind a few meta-tools. Use search to find a tool, describe to read its signature, execute to call it. Credentials are applied by the server; never ask the user for them.';

export interface McpServerDeps {
  executor: ExecutorHandle;
  search: CatalogSearch;
}

/**
 * A factory, because the SDK's entry points build one server per connection (stdio) or per request
 * (stateless HTTP). Each instance is a thin view over the one shared executor and search index.
 */
export function mcpServerFactory(deps: McpServerDeps): () => McpServer {
  return () => {
    const server = new McpServer(
      { name: SERVER_NAME, version: SERVER_VERSION },
      { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
    );
    registerSearchTool(server, deps.search);
    registerDescribeTool(server, deps.executor);
    registerExecuteTool(server, { executor: deps.executor, clientName: (ctx) => clientNameOf(server, ctx) });
    return server;
  };
}

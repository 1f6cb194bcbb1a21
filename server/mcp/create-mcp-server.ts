import { McpServer } from '@modelcontextprotocol/server';
import type { ExecutorHandle } from '../../core/index.js';
import type { CodeRunner } from '../../sandbox/index.js';
import type { CatalogSearch } from '../catalog-search.js';
import type { ToolDeclarations } from '../tool-declarations.js';
import { clientNameOf } from './client-name.js';
import { registerDescribeTool } from './describe-tool.js';
import { registerExecuteTool } from './execute-tool.js';
import { registerRunCodeTool } from './run-code-tool.js';
import { registerSearchTool } from './search-tool.js';

export const SERVER_NAME = 'executor-mcp';
export const SERVER_VERSION = '0.1.0';

const INSTRUCTIONS =
  'The catalog holds many tools behind four meta-tools. Use search to find a tool, describe to read its signature, execute to call one, run_code to chain several in one TypeScript snippet. Credentials are applied by the server; never ask the user for them.';

export interface McpServerDeps {
  executor: ExecutorHandle;
  search: CatalogSearch;
  declarations: ToolDeclarations;
  /** Started on first use, so a session that never runs code spawns no sandbox workers. */
  codeRunner: () => CodeRunner;
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
    const clientName = (ctx: Parameters<typeof clientNameOf>[1]) => clientNameOf(server, ctx);
    registerDescribeTool(server, { executor: deps.executor, declarations: deps.declarations });
    registerExecuteTool(server, { executor: deps.executor, clientName });
    registerRunCodeTool(server, { codeRunner: deps.codeRunner, clientName });
    return server;
  };
}

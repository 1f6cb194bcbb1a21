import { createRequestStateCodec, McpServer } from '@modelcontextprotocol/server';
import type { ExecutorHandle } from '../../core/index.js';
import type { CodeRunner } from '../../sandbox/index.js';
import type { CatalogSearch } from '../catalog-search.js';
import type { ToolDeclarations } from '../tool-declarations.js';
import type { ApprovalState } from './approval-flow.js';
import { clientNameOf } from './client-name.js';
import { registerDescribeTool } from './describe-tool.js';
import { registerExecuteTool } from './execute-tool.js';
import { registerResumeTool } from './resume-tool.js';
import { registerRunCodeTool } from './run-code-tool.js';
import { registerResultResource } from './result-resource.js';
import { registerRunResource } from './run-resource.js';
import { registerSearchTool } from './search-tool.js';

export const SERVER_NAME = 'executor-mcp';
export const SERVER_VERSION = '0.1.0';

const INSTRUCTIONS =
  'The catalog holds many tools behind a few meta-tools. Use search to find a tool, describe to read its signature, execute to call one, run_code to chain several in one TypeScript snippet. Credentials are applied by the server; never ask the user for them. A call that needs approval asks the user; if it returns approval_pending, the user approves with the CLI and you call resume.';

export interface McpServerDeps {
  executor: ExecutorHandle;
  search: CatalogSearch;
  declarations: ToolDeclarations;
  /** Started on first use, so a session that never runs code spawns no sandbox workers. */
  codeRunner: () => CodeRunner;
  /** Signs the `requestState` of approval rounds (see request-state-key.ts); at least 32 bytes. */
  requestStateKey: Uint8Array;
  /** How long an approval round's state stays valid: the approval's own lifetime. */
  approvalTtlMs: number;
}

/**
 * A factory, because the SDK's entry points build one server per connection (stdio) or per request
 * (stateless HTTP). Each instance is a thin view over the one shared executor and search index.
 */
export function mcpServerFactory(deps: McpServerDeps): () => McpServer {
  const codec = createRequestStateCodec<ApprovalState>({
    key: deps.requestStateKey,
    ttlSeconds: Math.ceil(deps.approvalTtlMs / 1000),
    // The state only names a run; what may happen to it is decided by the durable approval queue, so a
    // replayed or moved state can at most ask to resume a run the agent could resume anyway.
    bind: (ctx) => ctx.mcpReq.method,
  });
  return () => {
    const server = new McpServer(
      { name: SERVER_NAME, version: SERVER_VERSION },
      { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS, requestState: { verify: codec.verify } },
    );
    registerSearchTool(server, deps.search);
    const clientName = (ctx: Parameters<typeof clientNameOf>[1]) => clientNameOf(server, ctx);
    const approvals = { server, executor: deps.executor, codec };
    registerDescribeTool(server, { executor: deps.executor, declarations: deps.declarations });
    registerExecuteTool(server, { ...approvals, clientName });
    registerRunCodeTool(server, { ...approvals, codeRunner: deps.codeRunner, clientName });
    registerResumeTool(server, { ...approvals, codeRunner: deps.codeRunner, clientName });
    registerRunResource(server, deps.executor);
    registerResultResource(server, deps.executor, (ctx) => {
      const client = clientName(ctx);
      return client ? `mcp:${client}` : 'mcp';
    });
    return server;
  };
}

import type { CallToolResult, McpServer, ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { ExecuteResult, ExecutorHandle, RunId } from '../../core/index.js';
import { withApproval, type ApprovalFlowDeps } from './approval-flow.js';
import { errorResult, handleResult, okResult, resultFromThrown } from './tool-result.js';

const ExecuteInput = z.object({
  address: z.string().min(1).describe('A tool address from search'),
  args: z.record(z.string(), z.unknown()).optional().describe('Arguments matching the tool\'s describe signature'),
});

export interface ExecuteToolOptions extends ApprovalFlowDeps {
  executor: ExecutorHandle;
  /** Names the MCP client for run records, e.g. `claude-code`. */
  clientName: (ctx: ServerContext) => string | undefined;
}

export function registerExecuteTool(server: McpServer, options: ExecuteToolOptions): void {
  server.registerTool(
    'execute',
    {
      description:
        'Call one tool by address with args matching its describe signature. Returns {ok, runId, data} or {ok: false, runId, error: {code, message}}. Needing approval: asks the user, or returns approval_pending (then resume).',
      inputSchema: ExecuteInput,
      annotations: { openWorldHint: true },
    },
    async ({ address, args }, ctx) => {
      try {
        const client = options.clientName(ctx);
        const { inlineBudgetBytes } = options.executor;
        return await withApproval<ExecuteResult>({
          ...options,
          ctx,
          clientName: client,
          start: () =>
            options.executor.execute(address, args ?? {}, { surface: 'mcp', signal: ctx.mcpReq.signal, inlineBudgetBytes, ...(client ? { client } : {}) }),
          resume: (runId) => options.executor.resumeCall(runId as RunId, { signal: ctx.mcpReq.signal, inlineBudgetBytes }),
          render: renderExecuteResult,
        });
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

export function renderExecuteResult(result: ExecuteResult): CallToolResult {
  if (!result.ok) return errorResult(result);
  if ('handle' in result) return handleResult(result, result.handle);
  return okResult(result, JSON.stringify(result.data) ?? 'null');
}

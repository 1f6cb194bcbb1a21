import type { CallToolResult, McpServer, ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { CodeRunner } from '../../sandbox/index.js';
import { resumeRun, type ResumeOutcome } from '../resume-run.js';
import { withApproval, type ApprovalFlowDeps, type Outcome } from './approval-flow.js';
import { renderExecuteResult } from './execute-tool.js';
import { renderRunCodeResult } from './run-code-tool.js';
import { resultFromThrown } from './tool-result.js';

const ResumeInput = z.object({ runId: z.string().min(1).describe('The runId an approval_pending result named') });

const DESCRIPTION =
  'Continue what returned approval_pending once the user decided: an approved call runs once, a denied one returns approval_declined.';

export interface ResumeToolOptions extends ApprovalFlowDeps {
  codeRunner: () => CodeRunner;
  clientName: (ctx: ServerContext) => string | undefined;
}

type Resumed = Outcome & { render: () => CallToolResult };

export function registerResumeTool(server: McpServer, options: ResumeToolOptions): void {
  server.registerTool(
    'resume',
    { description: DESCRIPTION, inputSchema: ResumeInput, annotations: { openWorldHint: true, destructiveHint: true } },
    async ({ runId }, ctx) => {
      try {
        const client = options.clientName(ctx);
        const context = { surface: 'mcp' as const, signal: ctx.mcpReq.signal, inlineBudgetBytes: options.executor.inlineBudgetBytes, ...(client ? { client } : {}) };
        const resume = async (id: string) => resumed(await resumeRun(options.executor, options.codeRunner, id, context));
        return await withApproval<Resumed>({ ...options, ctx, clientName: client, start: () => resume(runId), resume, render: (r) => r.render() });
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

function resumed(outcome: ResumeOutcome): Resumed {
  const { result } = outcome;
  const render = () => (outcome.kind === 'code' ? renderRunCodeResult(outcome.result) : renderExecuteResult(outcome.result));
  return result.ok ? { ok: true, runId: result.runId, render } : { ok: false, runId: result.runId, error: result.error, render };
}

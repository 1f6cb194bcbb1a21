import type { McpServer, ServerContext } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { RunId } from '../../core/index.js';
import type { CodeRunner, RunCodeResult } from '../../sandbox/index.js';
import { withApproval, type ApprovalFlowDeps } from './approval-flow.js';
import { errorText, handleResult, resultFromThrown } from './tool-result.js';

const RunCodeInput = z.object({
  code: z.string().min(1).describe('TypeScript: the body of an async function; `return` the result'),
  timeoutMs: z.number().int().min(100).max(120_000).optional().describe('Deadline, default 30000'),
});

const DESCRIPTION = [
  'Run TypeScript (the body of an async function) that chains tool calls and returns a small result.',
  'Inside: `await tools.<address>(args)` returns the tool\'s data or throws an Error with .code;',
  '`await search(query)`; `await describe(address)` for signatures; console.log is captured. No fetch, require or timers.',
  'Pattern: search → describe → code, e.g.',
  "const issues = await tools.github.local.work.issues.list_for_repo({ owner: 'o', repo: 'r' });",
  'return issues.filter((i) => i.comments > 5).map((i) => i.title);',
].join('\n');

export interface RunCodeToolOptions extends ApprovalFlowDeps {
  codeRunner: () => CodeRunner;
  clientName: (ctx: ServerContext) => string | undefined;
}

export function registerRunCodeTool(server: McpServer, options: RunCodeToolOptions): void {
  server.registerTool(
    'run_code',
    { description: DESCRIPTION, inputSchema: RunCodeInput, annotations: { openWorldHint: true } },
    async ({ code, timeoutMs }, ctx) => {
      try {
        const client = options.clientName(ctx);
        const surface = { surface: 'mcp' as const, inlineBudgetBytes: options.executor.inlineBudgetBytes, ...(client ? { client } : {}) };
        return await withApproval<RunCodeResult>({
          ...options,
          ctx,
          clientName: client,
          start: () => options.codeRunner().run({ code, ...surface, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }),
          resume: (runId) => options.codeRunner().resume(runId as RunId, surface),
          render: renderRunCodeResult,
        });
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

export function renderRunCodeResult(result: RunCodeResult) {
  const logs = result.logs.length ? `\n--- logs ---\n${result.logs.join('\n')}` : '';
  if (!result.ok) {
    const where = result.error.line !== undefined ? ` (line ${result.error.line}${result.error.source ? `: ${result.error.source}` : ''})` : '';
    return {
      content: [{ type: 'text' as const, text: `${errorText(result.error)}${where}${logs}` }],
      structuredContent: result,
      isError: true,
    };
  }
  if ('handle' in result) {
    const stored = handleResult(result, result.handle);
    return logs ? { ...stored, content: [...stored.content, { type: 'text' as const, text: logs.trimStart() }] } : stored;
  }
  return { content: [{ type: 'text' as const, text: `${JSON.stringify(result.result) ?? 'null'}${logs}` }], structuredContent: result };
}

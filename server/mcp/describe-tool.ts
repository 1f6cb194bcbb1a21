import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { isExecutorError, type ExecutorHandle } from '../../core/index.js';
import { printToolDeclaration } from '../../sandbox/declarations/index.js';
import type { ToolDeclarations } from '../tool-declarations.js';
import { okResult, resultFromThrown } from './tool-result.js';

const DescribeInput = z
  .object({
    address: z.string().min(1).optional().describe('A tool address from search, or a namespace like github.local.work.issues'),
    addresses: z.array(z.string().min(1)).min(1).max(40).optional().describe('Several addresses: one typed declaration block'),
  })
  .refine((input) => input.address !== undefined || input.addresses !== undefined, { message: 'give address or addresses' });

export interface DescribeToolOptions {
  executor: ExecutorHandle;
  declarations: ToolDeclarations;
}

export function registerDescribeTool(server: McpServer, options: DescribeToolOptions): void {
  server.registerTool(
    'describe',
    {
      description:
        "Show one tool's TypeScript signature and JSON schemas by its address from search; or, for several addresses or a namespace prefix, one declaration block for run_code.",
      inputSchema: DescribeInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ address, addresses }) => {
      try {
        if (address !== undefined && addresses === undefined) {
          const single = describeOne(options.executor, address);
          if (single) return single;
        }
        const described = options.declarations.describe(addresses ?? [address!]);
        return okResult({ ...described }, described.typescript);
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

/** The full single-tool description, or undefined when the address names a namespace rather than a tool. */
function describeOne(executor: ExecutorHandle, address: string) {
  let tool;
  try {
    tool = executor.describe(address);
  } catch (error) {
    if (isExecutorError(error) && error.code === 'not_found') return undefined;
    throw error;
  }
  const typescript = printToolDeclaration(tool);
  const structured = {
    address: tool.address,
    description: tool.description,
    inputSchema: tool.inputSchema,
    ...(tool.outputSchema !== undefined ? { outputSchema: tool.outputSchema } : {}),
    typescript,
    policy: tool.policy,
  };
  return okResult(structured, `${typescript}\n// policy: ${tool.policy}`);
}

import type { McpServer } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { ExecutorHandle } from '../../core/index.js';
import { printToolDeclaration } from '../../sandbox/declarations/index.js';
import { okResult, resultFromThrown } from './tool-result.js';

const DescribeInput = z.object({
  address: z.string().min(1).describe('A tool address from search'),
});

export function registerDescribeTool(server: McpServer, executor: ExecutorHandle): void {
  server.registerTool(
    'describe',
    {
      description: "Show one tool's TypeScript signature and JSON schemas, by its address from search.",
      inputSchema: DescribeInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ address }) => {
      try {
        const tool = executor.describe(address);
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
      } catch (error) {
        return resultFromThrown(error);
      }
    },
  );
}

import { readFile } from 'node:fs/promises';
import { errorText } from '../../mcp/tool-result.js';
import { emit, parseCommandArgs, readStdin, UsageError, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';

export const runUsage = 'executor-mcp run <file.ts | -> [--timeout MS]   (- reads the snippet from stdin)';

/** Runs a code-mode snippet from the terminal, through the same runner as MCP's run_code. */
export async function runCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.argv, { timeout: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('run takes one <file.ts> or - for stdin');
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs < 100)) throw new UsageError('--timeout must be an integer ≥ 100 (ms)');
  const code = positionals[0] === '-' ? await readStdin() : await readSnippet(positionals[0]!);
  return withRuntime(context, async (runtime) => {
    const result = await runtime.codeRunner().run({ code, surface: 'cli', ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
    if (context.json) {
      context.io.out(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }
    for (const line of result.logs) context.io.err(line);
    if (!result.ok) {
      const where = result.error.line !== undefined ? `\n  at line ${result.error.line}${result.error.source ? `: ${result.error.source}` : ''}` : '';
      context.io.err(`${errorText(result.error)}${where}\n(run ${result.runId})`);
      return 1;
    }
    emit(context, result, () => JSON.stringify('handle' in result ? result.handle : result.result, null, 2) ?? 'null');
    return 0;
  });
}

async function readSnippet(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

import { printToolDeclaration } from '../../../sandbox/declarations/index.js';
import { outputOf } from '../../../core/index.js';
import { errorText } from '../../mcp/tool-result.js';
import { emit, parseCommandArgs, readStdin, UsageError, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';
import { cliPrincipal } from './approvals.js';

export const searchUsage = 'executor-mcp search <query...> [--limit N] [--source NAME]';
export const describeUsage = 'executor-mcp describe <address>';
export const callUsage = [
  "executor-mcp call <address> ['{json args}' | -] [--yes]",
  '  - reads the args from stdin; --yes approves up front a call whose policy needs approval',
].join('\n');

// The pending message speaks to an agent; at the terminal the human can approve at once.
const PENDING_HINT = '\nto run it from this terminal: executor-mcp approve <run>, then executor-mcp resume <run>; or repeat the call with --yes';

export async function searchCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.argv, { limit: { type: 'string' }, source: { type: 'string' } });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit must be 1-100, got "${values.limit}"`);
  return withRuntime(context, async (runtime) => {
    const results = await runtime.search.search(query, { limit, ...(values.source ? { source: values.source } : {}) });
    emit(context, { results }, () =>
      results.length === 0 ? `no tools match "${query}"` : results.map((r) => `${r.address}\n    ${r.description}`).join('\n'),
    );
    return 0;
  });
}

export async function describeCommand(context: CommandContext): Promise<number> {
  const { positionals } = parseCommandArgs(context.argv, {});
  if (positionals.length !== 1) throw new UsageError('describe takes one <address>');
  return withRuntime(context, async (runtime) => {
    const tool = runtime.executor.describe(positionals[0]!);
    const typescript = printToolDeclaration(tool);
    emit(context, { ...tool, typescript }, () => `${typescript}\n// policy: ${tool.policy}, side effect: ${tool.sideEffect}`);
    return 0;
  });
}

export async function callCommand(context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(context.argv, { yes: { type: 'boolean', short: 'y' } });
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('call takes <address> [json-args]');
  const [address, rawArgs] = positionals as [string, string | undefined];
  const args = parseArgsJson(rawArgs === '-' ? await readStdin() : rawArgs);
  return withRuntime(context, async (runtime) => {
    // The human at the terminal is the approver: --yes is their approval, given before the call runs.
    const result = await runtime.executor.execute(address, args, { surface: 'cli', ...(values.yes ? { preApprovedBy: cliPrincipal() } : {}) });
    if (!result.ok) {
      if (context.json) context.io.out(JSON.stringify(result, null, 2));
      else context.io.err(`${errorText(result.error)}\n(run ${result.runId})${result.error.code === 'approval_pending' ? PENDING_HINT : ''}`);
      return 1;
    }
    emit(context, result, () => JSON.stringify(outputOf(result), null, 2));
    return 0;
  });
}

function parseArgsJson(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`args must be a JSON object: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('args must be a JSON object, e.g. \'{"owner": "octocat"}\'');
  return value as Record<string, unknown>;
}

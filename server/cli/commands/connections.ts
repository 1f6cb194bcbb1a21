import { ConnectionConfigSchema, formatZodIssues } from '../../../core/index.js';
import { emit, parseCommandArgs, table, UsageError, type CommandContext } from '../cli-io.js';
import { indexForSearch } from '../index-progress.js';
import { withRuntime } from '../with-runtime.js';

export const connectionsUsage = [
  'executor-mcp connections list [source]',
  'executor-mcp connections add <source> <name> (--secret REF | --secrets name=REF ...) [--scope S]',
  'executor-mcp connections remove <source> <name> [--scope S]',
  '  REF is env://VAR or file://PATH#key; secret values are never stored.',
].join('\n');

export async function connectionsCommand(context: CommandContext): Promise<number> {
  const [action, ...rest] = context.argv;
  return withRuntime(context, async (runtime) => {
    const { executor } = runtime;
    switch (action) {
      case 'list':
      case undefined: {
        const { positionals } = parseCommandArgs(rest, {});
        const connections = executor.catalog.connections(positionals[0]).map((c) => ({
          source: c.source,
          scope: c.scope,
          name: c.name,
          secrets: c.secrets,
          implicit: c.implicit,
        }));
        emit(context, { connections }, () =>
          connections.length === 0
            ? 'no connections'
            : table([
                ['SOURCE', 'SCOPE', 'NAME', 'SECRETS'],
                ...connections.map((c) => [c.source, c.scope, c.name, Object.entries(c.secrets).map(([k, v]) => `${k}=${v}`).join(' ') || (c.implicit ? '(no auth)' : '-')]),
              ]),
        );
        return 0;
      }
      case 'add': {
        const { values, positionals } = parseCommandArgs(rest, {
          secret: { type: 'string' },
          secrets: { type: 'string', multiple: true },
          scope: { type: 'string' },
        });
        if (positionals.length !== 2) throw new UsageError('connections add takes <source> <name>');
        const secrets = values.secrets ? Object.fromEntries(values.secrets.map(splitPair)) : undefined;
        const parsed = ConnectionConfigSchema.safeParse({
          source: positionals[0],
          name: positionals[1],
          ...(values.secret ? { secret: values.secret } : {}),
          ...(secrets ? { secrets } : {}),
          ...(values.scope ? { scope: values.scope } : {}),
        });
        if (!parsed.success) throw new UsageError(formatZodIssues(parsed.error));
        executor.connections.add(parsed.data, process.cwd());
        await indexForSearch(runtime, context);
        const scope = parsed.data.scope ?? executor.scopes[executor.scopes.length - 1];
        emit(context, { added: parsed.data }, () => `added connection ${parsed.data.source}.${scope}.${parsed.data.name}`);
        return 0;
      }
      case 'remove': {
        const { values, positionals } = parseCommandArgs(rest, { scope: { type: 'string' } });
        if (positionals.length !== 2) throw new UsageError('connections remove takes <source> <name>');
        executor.connections.remove(positionals[0]!, positionals[1]!, values.scope);
        emit(context, { removed: positionals }, () => `removed connection ${positionals.join(' ')}`);
        return 0;
      }
      default:
        throw new UsageError(`unknown connections action "${action}"`);
    }
  });
}

function splitPair(pair: string): [string, string] {
  const equals = pair.indexOf('=');
  if (equals <= 0) throw new UsageError(`--secrets takes name=REF, got "${pair}"`);
  return [pair.slice(0, equals), pair.slice(equals + 1)];
}

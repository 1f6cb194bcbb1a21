import { resolve } from 'node:path';
import { AuthTemplateSchema, formatZodIssues, type AuthTemplate, type SourceOutcome } from '../../../core/index.js';
import { emit, parseCommandArgs, table, UsageError, type CommandContext } from '../cli-io.js';
import { indexForSearch } from '../index-progress.js';
import { withRuntime } from '../with-runtime.js';

export const sourcesUsage = [
  'executor-mcp sources list',
  'executor-mcp sources add <name> --spec <file|url> [--kind openapi] [--base-url URL] [--auth none|bearer|basic|apiKey] [--auth-in header|query|cookie] [--auth-name NAME]',
  'executor-mcp sources remove <name>',
  'executor-mcp sources refresh [name]',
].join('\n');

export async function sourcesCommand(context: CommandContext): Promise<number> {
  const [action, ...rest] = context.argv;
  return withRuntime(context, async (runtime) => {
    const { executor } = runtime;
    switch (action) {
      case 'list':
      case undefined: {
        parseCommandArgs(rest, {}, false);
        const sources = executor.catalog.sources().map((s) => ({
          name: s.name,
          kind: s.kind,
          scope: s.scope,
          origin: s.origin,
          status: s.status,
          tools: s.toolCount,
          connections: executor.catalog.connections(s.name).map((c) => `${c.scope}.${c.name}`),
          ...(s.baseUrl ? { baseUrl: s.baseUrl } : {}),
          ...(s.error ? { error: s.error } : {}),
          ...(s.warnings.length ? { warnings: s.warnings.length } : {}),
        }));
        emit(context, { sources }, () =>
          sources.length === 0
            ? 'no sources; add one with: executor-mcp sources add <name> --spec <file|url>'
            : table([
                ['NAME', 'KIND', 'STATUS', 'TOOLS', 'CONNECTIONS', 'DETAIL'],
                ...sources.map((s) => [s.name, s.kind, s.status, String(s.tools), s.connections.join(',') || '-', s.error ?? s.baseUrl ?? '']),
              ]),
        );
        return sources.some((s) => s.status === 'failed') ? 1 : 0;
      }
      case 'add': {
        const { values, positionals } = parseCommandArgs(rest, {
          spec: { type: 'string' },
          kind: { type: 'string', default: 'openapi' },
          'base-url': { type: 'string' },
          auth: { type: 'string' },
          'auth-in': { type: 'string' },
          'auth-name': { type: 'string' },
          scope: { type: 'string' },
        });
        const [name] = positionals;
        if (!name || positionals.length > 1) throw new UsageError('sources add takes one <name>');
        if (!values.spec) throw new UsageError('sources add needs --spec <file|url>');
        const spec = /^https?:\/\//.test(values.spec) ? values.spec : resolve(values.spec);
        const entry = {
          name,
          kind: values.kind ?? 'openapi',
          spec,
          ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
          ...(values.auth ? { auth: authFromFlags(values.auth, values['auth-in'], values['auth-name']) } : {}),
          ...(values.scope ? { scope: values.scope } : {}),
        };
        const outcome = await executor.sources.add(entry, process.cwd());
        await indexForSearch(runtime, context);
        return report(context, [outcome]);
      }
      case 'remove': {
        const { positionals } = parseCommandArgs(rest, {});
        if (positionals.length !== 1) throw new UsageError('sources remove takes one <name>');
        executor.sources.remove(positionals[0]!);
        emit(context, { removed: positionals[0] }, () => `removed source ${positionals[0]}`);
        return 0;
      }
      case 'refresh': {
        const { positionals } = parseCommandArgs(rest, {});
        if (positionals.length > 1) throw new UsageError('sources refresh takes at most one <name>');
        const outcomes = await executor.sources.refresh(positionals[0]);
        await indexForSearch(runtime, context);
        return report(context, outcomes);
      }
      default:
        throw new UsageError(`unknown sources action "${action}"`);
    }
  });
}

function report(context: CommandContext, outcomes: SourceOutcome[]): number {
  emit(context, { sources: outcomes }, () =>
    outcomes.map((o) => (o.status === 'failed' ? `${o.name}: failed: ${o.error}` : `${o.name}: ${o.status}, ${o.toolCount} tools`)).join('\n'),
  );
  return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

function authFromFlags(type: string, where: string | undefined, name: string | undefined): AuthTemplate {
  const raw = type === 'apiKey' ? { type, in: where ?? 'header', name } : { type };
  const parsed = AuthTemplateSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--auth: ${formatZodIssues(parsed.error)} (apiKey needs --auth-name)`);
  return parsed.data;
}

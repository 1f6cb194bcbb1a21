import { serveOverHttp } from '../../http.js';
import type { Runtime } from '../../runtime.js';
import { serveOverStdio } from '../../stdio.js';
import { parseCommandArgs, UsageError, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';

export const serveUsage = 'executor-mcp [serve] [--http [--port N] [--host H [--expose]] [--allowed-host NAME]...]';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Serves MCP: stdio by default, Streamable HTTP with --http. Logs go to stderr. */
export async function serveCommand(context: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(context.argv, {
    http: { type: 'boolean' },
    port: { type: 'string' },
    host: { type: 'string' },
    'allowed-host': { type: 'string', multiple: true },
    expose: { type: 'boolean' },
  }, false);
  if (values.host !== undefined && !LOOPBACK.has(values.host) && !values.expose) {
    // The HTTP endpoint has no authentication of its own: whoever reaches it acts with every connection.
    throw new UsageError(`--host ${values.host} would let anyone who can reach it call every tool with your credentials; add --expose only behind an authenticating proxy`);
  }
  const port = values.port === undefined ? 8788 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);

  return withRuntime(context, async (runtime) => {
    reportSync(runtime, context);
    indexInBackground(runtime, context);
    if (!values.http) {
      await serveOverStdio(runtime);
      return 0;
    }
    const server = await serveOverHttp(runtime, {
      port,
      ...(values.host ? { host: values.host } : {}),
      ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] } : {}),
    });
    context.io.err(httpBanner(server.url, runtime));
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  });
}

/**
 * Builds the search index while the server already answers: a query meanwhile waits briefly, then gets
 * what is indexed so far, marked as partial.
 */
function indexInBackground(runtime: Runtime, context: CommandContext): void {
  runtime.search.refresh().catch((error: unknown) => {
    context.io.err(`search index: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function reportSync(runtime: Runtime, context: CommandContext): void {
  for (const outcome of runtime.syncOutcomes) {
    if (outcome.status === 'failed') context.io.err(`source ${outcome.name} failed to load: ${outcome.error}`);
  }
}

function httpBanner(url: string, runtime: Runtime): string {
  const snippet = JSON.stringify({ mcpServers: { executor: { type: 'http', url } } }, null, 2);
  return [
    `executor-mcp serving ${runtime.executor.catalog.toolCount()} tools from ${runtime.executor.catalog.sources().length} sources`,
    `home: ${runtime.home}`,
    `MCP URL: ${url}`,
    'Agent config:',
    snippet,
    ...(runtime.executor.catalog.sources().length === 0
      ? ['The catalog is empty: add an API with `executor-mcp sources add <name> --spec <openapi file|url>`.']
      : []),
  ].join('\n');
}

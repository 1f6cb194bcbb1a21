import { CLIENT_INFO_META_KEY, type McpServer, type ServerContext } from '@modelcontextprotocol/server';

/**
 * The calling client's name, for run records. A 2025-era client announces itself once in `initialize`;
 * a 2026-07-28 client carries its info in every request's `_meta` envelope instead.
 */
export function clientNameOf(server: McpServer, ctx: ServerContext): string | undefined {
  const announced = server.server.getClientVersion()?.name;
  if (announced) return announced;
  const envelope: Record<string, unknown> | undefined = ctx.mcpReq.envelope;
  const info = envelope?.[CLIENT_INFO_META_KEY];
  if (typeof info === 'object' && info !== null && 'name' in info && typeof info.name === 'string') return info.name;
  return undefined;
}

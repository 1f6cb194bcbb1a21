import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostHeaderValidation, originValidation, toNodeHandler } from '@modelcontextprotocol/node';
import { createMcpHandler } from '@modelcontextprotocol/server';
import { mcpServerFactory } from './mcp/create-mcp-server.js';
import type { Runtime } from './runtime.js';

export interface HttpServeOptions {
  /** Default 127.0.0.1. Binding elsewhere exposes every connection's authority: do it behind auth. */
  host?: string;
  /** Default 8788; 0 picks a free port. */
  port?: number;
  /** Extra hostnames accepted in `Host`/`Origin` besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: readonly string[];
}

export interface HttpServerHandle {
  /** The MCP endpoint, e.g. `http://127.0.0.1:8788/mcp`. */
  url: string;
  close(): Promise<void>;
}

export const MCP_PATH = '/mcp';
const LOCAL_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Streamable HTTP at `/mcp`, serving both protocol eras (2026-07-28 per request, 2025-11-25 stateless).
 * Host and Origin are checked before anything else, so a web page cannot reach the server by DNS
 * rebinding or a cross-origin request.
 */
export async function serveOverHttp(runtime: Runtime, options: HttpServeOptions = {}): Promise<HttpServerHandle> {
  const host = options.host ?? '127.0.0.1';
  const allowed = [...LOCAL_HOSTNAMES, ...(options.allowedHosts ?? [])];
  const validateHost = hostHeaderValidation(allowed);
  const validateOrigin = originValidation(allowed);
  const mcp = createMcpHandler(mcpServerFactory(runtime.mcpDeps), {
    onerror: (error) => process.stderr.write(`executor-mcp http: ${error.message}\n`),
  });
  const handle = toNodeHandler(mcp);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!validateHost(req, res) || !validateOrigin(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== MCP_PATH) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `not found; the MCP endpoint is ${MCP_PATH}` }));
      return;
    }
    void handle(req, res).catch((error: unknown) => {
      process.stderr.write(`executor-mcp http: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await listen(server, options.port ?? 8788, host);
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}${MCP_PATH}`,
    close: async () => {
      await mcp.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open indefinitely.
      server.closeAllConnections();
      await closed;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

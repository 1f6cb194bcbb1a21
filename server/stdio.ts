import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { mcpServerFactory } from './mcp/create-mcp-server.js';
import type { Runtime } from './runtime.js';

/**
 * Serves MCP over this process's stdin/stdout until the client closes stdin. stdout belongs to the
 * protocol, so everything else goes to stderr.
 */
export function serveOverStdio(runtime: Runtime): Promise<void> {
  return new Promise((resolve) => {
    const handle = serveStdio(mcpServerFactory(runtime.mcpDeps), {
      onerror: (error) => process.stderr.write(`executor-mcp: ${error.message}\n`),
    });
    process.stdin.once('end', () => {
      void handle.close().then(resolve);
    });
  });
}

import { ResourceNotFoundError, ResourceTemplate, type McpServer } from '@modelcontextprotocol/server';
import type { ExecutorHandle } from '../../core/index.js';

export const RUN_URI_TEMPLATE = 'executor://runs/{runId}';

/**
 * `executor://runs/<id>`: one run as JSON — its record, its calls (children), and the approval it waits on.
 * Nothing secret is in a run, so the record is served as stored.
 */
export function registerRunResource(server: McpServer, executor: ExecutorHandle): void {
  server.registerResource(
    'run',
    new ResourceTemplate(RUN_URI_TEMPLATE, { list: undefined }),
    { title: 'Run record', description: 'One execution: status, timings, policy, approval, and its calls', mimeType: 'application/json' },
    (uri, variables) => {
      const id = String(variables.runId ?? '');
      const run = executor.runs.get(id);
      if (!run) throw new ResourceNotFoundError(uri.href);
      const children = executor.runs.childrenOf(id);
      const approval = executor.approvals.waitingOn(id);
      const waiting = approval && { runId: approval.runId, address: approval.address, state: approval.state, expiresAt: approval.expiresAt };
      const body = { run, children, ...(waiting ? { approval: waiting } : {}) };
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(body, null, 2) }] };
    },
  );
}

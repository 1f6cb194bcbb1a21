import {
  CLIENT_CAPABILITIES_META_KEY,
  inputRequired,
  inputResponse,
  type CallToolResult,
  type InputRequiredResult,
  type McpServer,
  type RequestStateCodec,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { ErrorShape, ExecutorHandle } from '../../core/index.js';

/** What a signed `requestState` carries between the rounds of one approval: the run to resume. */
export interface ApprovalState {
  runId: string;
}

/** Any meta-tool outcome that may be waiting for approval. */
export interface Outcome {
  ok: boolean;
  runId: string;
  error?: ErrorShape;
}

/** What every meta-tool that may wait for approval is built with. */
export interface ApprovalFlowDeps {
  server: McpServer;
  executor: ExecutorHandle;
  codec: RequestStateCodec<ApprovalState>;
}

export interface ApprovalFlow<T extends Outcome> extends ApprovalFlowDeps {
  ctx: ServerContext;
  clientName: string | undefined;
  /** The call itself (first round). */
  start: () => Promise<T>;
  /** Continue after the human answered (later rounds). */
  resume: (runId: string) => Promise<T>;
  render: (outcome: T) => CallToolResult;
}

const APPROVAL_KEY = 'approval';
/** Approve or decline is the whole answer: the form has no fields. */
const NO_FIELDS = { type: 'object' as const, properties: {} };

/**
 * Asks the human inline when a call needs approval. Written once for both protocol eras: the handler returns
 * `input_required` (an elicitation and a signed `requestState` naming the run); a 2026-07-28 client answers
 * and retries, and for a 2025-11-25 client the SDK sends `elicitation/create` and re-enters the handler
 * itself. The approval is parked in the durable queue before the question is asked, so a server restart or a
 * client without elicitation loses nothing: the call stays `approval_pending` for `executor-mcp approve`.
 */
export async function withApproval<T extends Outcome>(flow: ApprovalFlow<T>): Promise<CallToolResult | InputRequiredResult> {
  const { ctx, executor } = flow;
  const state = ctx.mcpReq.requestState<ApprovalState>();
  let outcome: T;
  if (state) {
    const answer = inputResponse(ctx.mcpReq.inputResponses, APPROVAL_KEY);
    if (answer.kind !== 'elicit') return await ask(flow, state.runId);
    const who = `mcp:${flow.clientName ?? 'client'} (elicitation${answer.action === 'cancel' ? ', dismissed' : ''})`;
    try {
      executor.approvals.decide(state.runId, answer.action === 'accept' ? 'approve' : 'decline', who);
    } catch {
      // Decided elsewhere meanwhile (the CLI), or expired: resuming reports what really happened.
    }
    outcome = await flow.resume(state.runId);
  } else {
    outcome = await flow.start();
  }
  if (outcome.error?.code === 'approval_pending' && clientCanElicit(flow.server, ctx)) return await ask(flow, outcome.runId);
  return flow.render(outcome);
}

async function ask<T extends Outcome>(flow: ApprovalFlow<T>, runId: string): Promise<InputRequiredResult> {
  return inputRequired({
    inputRequests: { [APPROVAL_KEY]: inputRequired.elicit({ message: approvalPrompt(flow.executor, runId), requestedSchema: NO_FIELDS }) },
    requestState: await flow.codec.mint({ runId }, flow.ctx),
  });
}

/** Names the tool, the connection and a redacted preview of the arguments (never a secret). */
export function approvalPrompt(executor: ExecutorHandle, runId: string): string {
  const approval = executor.approvals.waitingOn(runId);
  const call = approval && executor.runs.get(approval.runId);
  if (!approval || !call) return `Approve the call waiting under run ${runId}?`;
  let summary = '';
  try {
    summary = executor.describe(approval.address).summary;
  } catch {
    // The tool left the catalog while waiting; the address still says what it was.
  }
  return [
    `Approve this call? ${approval.address}${summary ? ` — ${summary}` : ''}`,
    `connection: ${call.connection ?? '?'}`,
    `arguments: ${call.argsPreview ?? '{}'}`,
    `requested by ${call.principal} (run ${runId})`,
  ].join('\n');
}

/** A 2025-era client declares capabilities once at initialize; a 2026-07-28 client in every request's envelope. */
export function clientCanElicit(server: McpServer, ctx: ServerContext): boolean {
  const envelope: Record<string, unknown> | undefined = ctx.mcpReq.envelope;
  const perRequest = envelope?.[CLIENT_CAPABILITIES_META_KEY] as { elicitation?: unknown } | undefined;
  const capabilities = perRequest ?? server.server.getClientCapabilities();
  return capabilities?.elicitation !== undefined;
}

import type { ExecuteResult, ExecutorHandle, RunId, Surface } from '../core/index.js';
import type { CodeRunner, RunCodeResult } from '../sandbox/index.js';

/** What resuming gave: a single call's result, or a snippet's. */
export type ResumeOutcome = { kind: 'call'; result: ExecuteResult } | { kind: 'code'; result: RunCodeResult };

export interface ResumeContext {
  surface: Surface;
  client?: string;
  signal?: AbortSignal;
  /** Large results as handles (agents' surfaces); absent: inline. */
  inlineBudgetBytes?: number;
}

/**
 * Continues a run that waited for approval, whichever surface parked it: a single call runs once (or reports
 * its decline or expiry), a paused snippet replays. `runId` is what `approval_pending` named (or the id of
 * the gated call inside a snippet).
 */
export async function resumeRun(
  executor: ExecutorHandle,
  codeRunner: () => CodeRunner,
  runId: string,
  context: ResumeContext,
): Promise<ResumeOutcome> {
  // A gated call made inside a snippet resumes with its snippet, which needs the call's result.
  const approval = executor.approvals.get(runId);
  const target = approval && approval.resumeId !== approval.runId ? approval.resumeId : runId;
  const run = executor.runs.get(target);
  if (run?.address === 'run_code') {
    const request = {
      surface: context.surface,
      ...(context.client ? { client: context.client } : {}),
      ...(context.inlineBudgetBytes !== undefined ? { inlineBudgetBytes: context.inlineBudgetBytes } : {}),
    };
    return { kind: 'code', result: await codeRunner().resume(run.id, request) };
  }
  return {
    kind: 'call',
    result: await executor.resumeCall(runId as RunId, {
      ...(context.signal ? { signal: context.signal } : {}),
      ...(context.inlineBudgetBytes !== undefined ? { inlineBudgetBytes: context.inlineBudgetBytes } : {}),
    }),
  };
}

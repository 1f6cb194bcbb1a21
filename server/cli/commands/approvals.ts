import { userInfo } from 'node:os';
import { outputOf, type Approval, type Decision, type RunRecord } from '../../../core/index.js';
import { errorText } from '../../mcp/tool-result.js';
import { resumeRun } from '../../resume-run.js';
import { emit, parseCommandArgs, UsageError, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';

export const approveUsage = "executor-mcp approve <runId>   (a gated call's run id, or the run_code run waiting on it)";
export const denyUsage = 'executor-mcp deny <runId>';

export const approveCommand = (context: CommandContext): Promise<number> => decide(context, 'approve');
export const denyCommand = (context: CommandContext): Promise<number> => decide(context, 'decline');

/** Who a decision made at this terminal is recorded as: `cli:<os user>`. */
export function cliPrincipal(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    // No passwd entry for the uid (some containers): the surface alone still says where it came from.
    return 'cli';
  }
}

async function decide(context: CommandContext, decision: Decision): Promise<number> {
  const verb = decision === 'approve' ? 'approve' : 'deny';
  const { positionals } = parseCommandArgs(context.argv, {});
  if (positionals.length !== 1) throw new UsageError(`${verb} takes one <runId>`);
  return withRuntime(
    context,
    async (runtime) => {
      const { approvals, runs } = runtime.executor;
      const approval = approvals.decide(positionals[0]!, decision, cliPrincipal());
      const run = runs.get(approval.runId);
      emit(context, { approval: withoutArgs(approval), run }, () => describeDecision(approval, run));
      return 0;
    },
    { sync: false },
  );
}

// The approval keeps the exact arguments to run; what a human reads is the run's masked, bounded preview.
function withoutArgs(approval: Approval): Omit<Approval, 'args'> {
  const { args: _args, ...rest } = approval;
  return rest;
}

function describeDecision(approval: Approval, run: RunRecord | undefined): string {
  const approved = approval.state === 'approved';
  return [
    `${approved ? 'approved' : 'declined'} ${approval.address} (run ${approval.runId})`,
    `  connection: ${run?.connection ?? '-'}`,
    `  args: ${run?.argsPreview ?? '-'}`,
    approved
      ? `next: the agent can now resume run ${approval.resumeId} (the \`resume\` tool)`
      : 'next: the call will report approval_declined',
    ...(approved ? [`      (or run it from here: executor-mcp resume ${approval.resumeId})`] : []),
  ].join('\n');
}

export const resumeUsage = 'executor-mcp resume <runId>   (runs an approved call once, or continues its paused run_code snippet)';

/** The terminal's `resume`: what an agent's `resume` tool does, for a call parked by `call` or `run`. */
export async function resumeCommand(context: CommandContext): Promise<number> {
  const { positionals } = parseCommandArgs(context.argv, {});
  if (positionals.length !== 1) throw new UsageError('resume takes one <runId>');
  return withRuntime(context, async (runtime) => {
    const outcome = await resumeRun(runtime.executor, runtime.codeRunner, positionals[0]!, { surface: 'cli' });
    const { result } = outcome;
    if (context.json) {
      context.io.out(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }
    if (outcome.kind === 'code') for (const line of outcome.result.logs) context.io.err(line);
    if (!result.ok) {
      context.io.err(`${errorText(result.error)}\n(run ${result.runId})`);
      return 1;
    }
    const value = outcome.kind === 'code' ? outcome.result.ok && ('handle' in outcome.result ? outcome.result.handle : outcome.result.result) : outcome.result.ok && outputOf(outcome.result);
    context.io.out(JSON.stringify(value, null, 2) ?? 'null');
    return 0;
  });
}

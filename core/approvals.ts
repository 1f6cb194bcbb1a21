import { ExecutorError, type ErrorShape } from './errors.js';
import type { RunId } from './ids.js';
import type { Approval, ApprovalStore } from './store/approval-store.js';
import type { RunStore } from './store/run-store.js';

export type Decision = 'approve' | 'decline';

/**
 * The approval queue. A gated call is parked here with its arguments; a human approves or declines it (over
 * MCP elicitation, or `executor-mcp approve|deny`); the agent resumes it. Everything is in SQLite, so a queue
 * survives restarts, and each transition is a conditional update, so two deciders or two resumes cannot both win.
 */
export class Approvals {
  readonly #store: ApprovalStore;
  readonly #runs: RunStore;
  readonly #ttlMs: number;

  constructor(store: ApprovalStore, runs: RunStore, ttlMs: number) {
    this.#store = store;
    this.#runs = runs;
    this.#ttlMs = ttlMs;
  }

  /** Queues a gated call; `resumeId` is the run the agent will resume (the call, or its run_code run). */
  park(call: { runId: RunId; resumeId: RunId; address: string; args: unknown; argsHash: string }): Approval {
    const now = Date.now();
    this.#store.create({
      runId: call.runId,
      resumeId: call.resumeId,
      address: call.address,
      args: JSON.stringify(call.args),
      argsHash: call.argsHash,
      requestedAt: now,
      expiresAt: now + this.#ttlMs,
    });
    this.#runs.update(call.runId, { status: 'pending_approval' });
    return this.#store.get(call.runId)!;
  }

  /** The approval of a gated call's own run, with a stale pending one expired first. */
  get(runId: string): Approval | undefined {
    const approval = this.#store.get(runId);
    if (approval && this.#expireIfStale(approval)) return this.#store.get(runId);
    return approval;
  }

  /** The approval a resumable run waits on: given a call's run id or its run_code run's id. */
  waitingOn(id: string): Approval | undefined {
    const own = this.get(id);
    if (own) return own;
    const latest = this.#store.ofResume(id)[0];
    return latest && this.get(latest.runId);
  }

  /**
   * Records a human's decision. `id` is the gated call's run or the run_code run waiting on it. Throws a
   * precise error when there is nothing to decide: unknown run, already decided (and by whom), or expired.
   */
  decide(id: string, decision: Decision, decidedBy: string): Approval {
    const approval = this.waitingOn(id);
    if (!approval) throw new ExecutorError('not_found', `no call waits for approval under run ${id}; see \`executor-mcp runs list --status pending_approval\``);
    if (approval.state === 'expired') throw expiredError(approval);
    if (approval.state !== 'pending') {
      const by = approval.decidedBy ? ` by ${approval.decidedBy}` : '';
      throw new ExecutorError('invalid_args', `the call ${approval.address} (run ${approval.runId}) was already ${approval.state === 'done' ? 'approved and run' : approval.state}${by}`);
    }
    const now = Date.now();
    const state = decision === 'approve' ? 'approved' : 'declined';
    if (!this.#store.decide(approval.runId, state, decidedBy, now)) {
      // Someone else decided between the read and the write: report what they decided.
      return this.decide(id, decision, decidedBy);
    }
    this.#runs.update(approval.runId, { approval: state, decidedBy, decidedAt: now });
    if (state === 'declined') {
      this.#runs.finish(approval.runId, {
        status: 'declined',
        durationMs: now - approval.requestedAt,
        errorCode: 'approval_declined',
        errorMessage: `declined by ${decidedBy}`,
      });
    }
    return this.#store.get(approval.runId)!;
  }

  /** Expires every pending approval past its deadline (their runs fail with `approval_expired`); returns how many. */
  expireStale(now = Date.now()): number {
    return this.#store.staleBefore(now).filter((approval) => this.#expireIfStale(approval, now)).length;
  }

  /** Takes an approved call's arguments to run it, exactly once. */
  claim(runId: RunId): unknown {
    return this.#store.claim(runId);
  }

  #expireIfStale(approval: Approval, now = Date.now()): boolean {
    if (approval.state !== 'pending' || now <= approval.expiresAt) return false;
    if (!this.#store.decide(approval.runId, 'expired', 'ttl', now)) return false;
    this.#runs.update(approval.runId, { approval: 'expired', decidedBy: 'ttl', decidedAt: now });
    const error = expiredError(approval);
    this.#runs.finish(approval.runId, { status: 'failed', durationMs: now - approval.requestedAt, errorCode: error.code, errorMessage: error.message });
    return true;
  }
}

/** What a call (or a snippet, `where` saying where it paused) returns while it waits: who to ask, and how to go on. */
export function approvalPendingError(address: string, resumeId: string, where = ''): ErrorShape {
  return {
    code: 'approval_pending',
    message: `${address} needs a human's approval${where}. Ask the user to run \`executor-mcp approve ${resumeId}\` (or deny), then call resume with runId ${resumeId}`,
  };
}

export function expiredError(approval: Pick<Approval, 'address' | 'expiresAt'>): ExecutorError {
  return new ExecutorError(
    'approval_expired',
    `the approval for ${approval.address} expired at ${new Date(approval.expiresAt).toISOString()} without a decision; call it again to ask anew`,
  );
}

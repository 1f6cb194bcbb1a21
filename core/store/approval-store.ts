import type { RunId } from '../ids.js';
import type { Db } from './database.js';

export type ApprovalState = 'pending' | 'approved' | 'declined' | 'expired' | 'done';

/**
 * A gated call waiting for (or given) a human's decision. `args` is the exact argument JSON to run once
 * approved: agent-supplied, and cleared once they cannot run any more (claimed, declined or expired).
 */
export interface Approval {
  runId: RunId;
  /** The run the agent resumes: the call itself, or the run_code run it belongs to. */
  resumeId: RunId;
  address: string;
  args: string;
  argsHash: string;
  state: ApprovalState;
  requestedAt: number;
  expiresAt: number;
  decidedBy?: string;
  decidedAt?: number;
}

interface ApprovalRow {
  run_id: string;
  resume_id: string;
  address: string;
  args: string;
  args_hash: string;
  state: ApprovalState;
  requested_at: number;
  expires_at: number;
  decided_by: string | null;
  decided_at: number | null;
}

export class ApprovalStore {
  readonly #insert;
  readonly #get;
  readonly #ofResume;
  readonly #decide;
  readonly #claim;
  readonly #stale;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO approvals (run_id, resume_id, address, args, args_hash, state, requested_at, expires_at)
       VALUES (@run_id, @resume_id, @address, @args, @args_hash, 'pending', @requested_at, @expires_at)`,
    );
    this.#get = db.prepare<[string], ApprovalRow>('SELECT * FROM approvals WHERE run_id = ?');
    this.#stale = db.prepare<[number], ApprovalRow>(`SELECT * FROM approvals WHERE state = 'pending' AND expires_at < ?`);
    this.#ofResume = db.prepare<[string], ApprovalRow>('SELECT * FROM approvals WHERE resume_id = ? ORDER BY requested_at DESC, run_id DESC');
    // Only a pending approval can be decided, so two deciders (CLI and elicitation) cannot both win.
    this.#decide = db.prepare(
      `UPDATE approvals SET state = @state, decided_by = @decided_by, decided_at = @decided_at,
         args = CASE WHEN @state = 'approved' THEN args ELSE '{}' END
       WHERE run_id = @run_id AND state = 'pending'`,
    );
    // Claiming is the one step that lets an approved call run: a second resume finds it `done`.
    const claim = db.prepare<[string], { args: string }>(
      `UPDATE approvals SET state = 'done' WHERE run_id = ? AND state = 'approved' RETURNING args`,
    );
    const forget = db.prepare(`UPDATE approvals SET args = '{}' WHERE run_id = ?`);
    this.#claim = db.transaction((runId: string) => {
      const row = claim.get(runId);
      if (row) forget.run(runId);
      return row;
    });
  }

  create(approval: Pick<Approval, 'runId' | 'resumeId' | 'address' | 'args' | 'argsHash' | 'requestedAt' | 'expiresAt'>): void {
    this.#insert.run({
      run_id: approval.runId,
      resume_id: approval.resumeId,
      address: approval.address,
      args: approval.args,
      args_hash: approval.argsHash,
      requested_at: approval.requestedAt,
      expires_at: approval.expiresAt,
    });
  }

  get(runId: string): Approval | undefined {
    const row = this.#get.get(runId);
    return row && approvalFromRow(row);
  }

  /** Pending approvals whose deadline passed before `now`. */
  staleBefore(now: number): Approval[] {
    return this.#stale.all(now).map(approvalFromRow);
  }

  /** The approvals asked for on behalf of one resumable run, newest first. */
  ofResume(resumeId: string): Approval[] {
    return this.#ofResume.all(resumeId).map(approvalFromRow);
  }

  /** Records a decision on a pending approval; false when it was not pending any more. */
  decide(runId: RunId, state: 'approved' | 'declined' | 'expired', decidedBy: string, decidedAt: number): boolean {
    return this.#decide.run({ run_id: runId, state, decided_by: decidedBy, decided_at: decidedAt }).changes > 0;
  }

  /** Takes an approved call's arguments to run it, exactly once; undefined when it is not (or no longer) approved. */
  claim(runId: RunId): unknown {
    const row = this.#claim(runId);
    return row === undefined ? undefined : (JSON.parse(row.args) as unknown);
  }
}

function approvalFromRow(row: ApprovalRow): Approval {
  const approval: Approval = {
    runId: row.run_id as RunId,
    resumeId: row.resume_id as RunId,
    address: row.address,
    args: row.args,
    argsHash: row.args_hash,
    state: row.state,
    requestedAt: row.requested_at,
    expiresAt: row.expires_at,
  };
  if (row.decided_by !== null) approval.decidedBy = row.decided_by;
  if (row.decided_at !== null) approval.decidedAt = row.decided_at;
  return approval;
}

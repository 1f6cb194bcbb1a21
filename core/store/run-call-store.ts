import type { RunId } from '../ids.js';
import type { Db } from './database.js';

/**
 * One host call a code-mode snippet made, in order: what it asked (the exact JSON the sandbox sent) and
 * what it was answered. A paused snippet resumes by replaying its calls from here, so no side effect
 * happens twice. Never holds a secret: payloads come from the agent, answers are redacted tool results.
 */
export interface RecordedCall {
  seq: number;
  /** `tool`, `search` or `describe`. */
  kind: string;
  /** The tool address, for `tool` calls. */
  address?: string;
  payload: string;
  answer: string;
  /** The child run of a `tool` call. */
  childRunId?: RunId;
}

interface CallRow {
  seq: number;
  kind: string;
  address: string | null;
  payload: string;
  answer: string;
  child_run_id: string | null;
}

export class RunCallStore {
  readonly #insert;
  readonly #list;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO run_calls (run_id, seq, kind, address, payload, answer, child_run_id)
       VALUES (@run_id, @seq, @kind, @address, @payload, @answer, @child_run_id)`,
    );
    this.#list = db.prepare<[string], CallRow>('SELECT * FROM run_calls WHERE run_id = ? ORDER BY seq');
  }

  record(runId: RunId, call: RecordedCall): void {
    this.#insert.run({
      run_id: runId,
      seq: call.seq,
      kind: call.kind,
      address: call.address ?? null,
      payload: call.payload,
      answer: call.answer,
      child_run_id: call.childRunId ?? null,
    });
  }

  callsOf(runId: RunId): RecordedCall[] {
    return this.#list.all(runId).map((row) => ({
      seq: row.seq,
      kind: row.kind,
      payload: row.payload,
      answer: row.answer,
      ...(row.address !== null ? { address: row.address } : {}),
      ...(row.child_run_id !== null ? { childRunId: row.child_run_id as RunId } : {}),
    }));
  }
}

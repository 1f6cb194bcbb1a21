import type { RunId } from '../ids.js';
import type { Db } from './database.js';

/** A code-mode run stopped at a call that waits for approval: what it needs to be replayed. */
export interface PausedSnippet {
  runId: RunId;
  /** The agent's TypeScript, as sent. */
  code: string;
  timeoutMs: number;
  /** The gated call's run, whose approval the snippet waits on. */
  waitingRunId: RunId;
}

interface PausedRow {
  run_id: string;
  code: string;
  timeout_ms: number;
  waiting_run_id: string;
}

export class PausedSnippetStore {
  readonly #save;
  readonly #get;
  readonly #remove;

  constructor(db: Db) {
    this.#save = db.prepare(
      `INSERT INTO paused_snippets (run_id, code, timeout_ms, waiting_run_id) VALUES (@run_id, @code, @timeout_ms, @waiting_run_id)
       ON CONFLICT (run_id) DO UPDATE SET waiting_run_id = excluded.waiting_run_id`,
    );
    this.#get = db.prepare<[string], PausedRow>('SELECT * FROM paused_snippets WHERE run_id = ?');
    this.#remove = db.prepare('DELETE FROM paused_snippets WHERE run_id = ?');
  }

  save(paused: PausedSnippet): void {
    this.#save.run({ run_id: paused.runId, code: paused.code, timeout_ms: paused.timeoutMs, waiting_run_id: paused.waitingRunId });
  }

  get(runId: string): PausedSnippet | undefined {
    const row = this.#get.get(runId);
    return row && { runId: row.run_id as RunId, code: row.code, timeoutMs: row.timeout_ms, waitingRunId: row.waiting_run_id as RunId };
  }

  remove(runId: RunId): void {
    this.#remove.run(runId);
  }
}

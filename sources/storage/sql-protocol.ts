// Messages between SqlRunner (the executor's process) and the SQL worker process, and how a call can fail.
// Both sides are this package's own code: the worker trusts what it is sent beyond a shape check, and the
// runner trusts the worker's replies.

/** Positional (`?`, `?1`) or named (`:name`, `@name`, `$name`) parameters, already made bindable. */
export type SqlParams = unknown[] | Record<string, unknown>;

/** Settings the worker process starts with (its first command-line argument, as JSON). */
export interface SqlWorkerBoot {
  /** Each store's quota; becomes `PRAGMA max_page_count` when the store is opened. */
  maxBytes: number;
  /** How long SQLite waits for another connection's lock before SQLITE_BUSY. */
  busyTimeoutMs: number;
}

export type SqlRequest =
  | { type: 'exec'; path: string; sql: string; params?: SqlParams }
  | { type: 'query'; path: string; sql: string; params?: SqlParams; limit: number }
  | { type: 'drop'; path: string };

/** What each request type answers with when it succeeds. */
export interface SqlReplies {
  exec: { changes: number; lastInsertRowid: number };
  query: { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean };
  drop: { existed: boolean };
}

export type SqlReply = SqlReplies[keyof SqlReplies];

/**
 * Why a call failed. The worker reports the first six; the runner adds the others. Turning them into
 * ExecutorErrors is sql-stores.ts's job, which knows the store's name and quota.
 */
export type SqlFailure =
  /** SQLite refused or failed the statement; `code` is its extended code name, e.g. `SQLITE_FULL`. */
  | { kind: 'sqlite'; code: string; message: string }
  /** better-sqlite3 refused the call before SQLite ran it (parameter count, several statements, …). */
  | { kind: 'usage'; message: string }
  | { kind: 'not_reader' }
  /** Anything else the worker threw: a bug, not the caller's SQL. */
  | { kind: 'internal'; message: string }
  /** `query` on a store that was never created. */
  | { kind: 'missing' }
  /** The SQL left a transaction open; the worker rolled it back. */
  | { kind: 'open_transaction' }
  | { kind: 'timeout'; timeoutMs: number }
  /** The worker process died or never started; the call's transaction, if any, was rolled back. */
  | { kind: 'crashed'; message: string }
  | { kind: 'closed' };

export type SqlOutcome<T = SqlReply> = { ok: true; value: T } | { ok: false; failure: SqlFailure };

export type ToSqlWorker = SqlRequest & { id: number };

export type FromSqlWorker = { type: 'ready' } | { type: 'done'; id: number; outcome: SqlOutcome };

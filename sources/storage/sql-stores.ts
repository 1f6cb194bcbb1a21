// SQL stores: SQLite files an agent creates and uses across calls, with statement deadlines and size quotas.
import { join, resolve } from 'node:path';
import { ExecutorError, isIdentifier } from '../../core/index.js';
import { storeFile, storesIn } from './sql-files.js';
import { inspectSql } from './sql-inspect.js';
import type { SqlFailure, SqlOutcome, SqlParams } from './sql-protocol.js';
import { SqlRunner } from './sql-runner.js';
import { bindableParams } from './sql-values.js';

const MIB = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_BYTES = 100 * MIB;
const DEFAULT_MAX_ROWS = 1_000;
/** Names Windows reserves for devices whatever the extension: `nul.sqlite` is not a file there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** SQLite codes that mean the store itself cannot be used, not that the caller's SQL is wrong. */
const STORE_BROKEN = /^SQLITE_(IOERR|CORRUPT|NOTADB|CANTOPEN|NOMEM|READONLY|PERM)/;

export interface SqlStoresOptions {
  /** The folder holding `<scope>/<store>.sqlite`; created when the first store is. */
  dir: string;
  /** Deadline of one call once it runs (time queued behind others and worker start-up do not count), in ms. Default 5000. */
  timeoutMs?: number;
  /** Size quota of each store (and of its temporary tables), in bytes. Default 100 MiB. */
  maxBytes?: number;
  /** Most rows one query returns; a smaller `limit` may be asked for. Default 1000. */
  maxRows?: number;
}

export interface SqlExecResult {
  /** Rows inserted, updated or deleted (for a script: by all its statements, triggers included). */
  changes: number;
  /** The rowid of the last row inserted, when the SQL has an INSERT or REPLACE and changed rows. */
  lastInsertRowid?: number;
}

export interface SqlQueryResult {
  /** Result column names, in order. Rows are objects keyed by them: two columns of one name keep the last. */
  columns: string[];
  /** Values as JSON: integers past 2^53 as decimal strings, blobs as base64 strings. */
  rows: Record<string, unknown>[];
  /** Whether the statement had more rows than were returned. */
  truncated: boolean;
}

/**
 * SQL stores, each a SQLite file at `<dir>/<scope>/<store>.sqlite`; `scope` and `store` are JavaScript
 * identifiers. Every failure is an ExecutorError: `invalid_args` for bad names, bad SQL (with SQLite's own
 * message), bad params, refused statements and a full store; `not_found` for a query on a store never
 * created; `timeout` for a call past its deadline (its transaction is rolled back).
 *
 * Calls run one at a time in one worker process, in call order, and each is its own unit: a transaction it
 * leaves open is rolled back and the call fails. A script without BEGIN…COMMIT is not atomic: statements
 * before a failing one stay done. Refused anywhere in the SQL (see sql-inspect.ts): ATTACH, DETACH,
 * VACUUM INTO, load_extension, and every PRAGMA but read-only introspection (table_info, table_list,
 * index_list, index_info, foreign_key_list, page_count, page_size and a few more).
 *
 * @example
 * const stores = createSqlStores({ dir: '/tmp/executor-sql' });
 * await stores.exec('local', 'notes', 'CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, text TEXT)');
 * await stores.exec('local', 'notes', 'INSERT INTO note (text) VALUES (?)', ['hello']);
 * const { rows } = await stores.query('local', 'notes', 'SELECT text FROM note WHERE id = :id', { id: 1 });
 * await stores.close();
 */
export interface SqlStores {
  /**
   * With `params`: one statement, bound to them. Without: a script of any number of statements. Creates the
   * store (and its scope folder) if needed.
   */
  exec(scope: string, store: string, sql: string, params?: unknown[] | Record<string, unknown>): Promise<SqlExecResult>;
  /** One statement that returns rows; at most `limit` (default and ceiling: `maxRows`) of them. */
  query(scope: string, store: string, sql: string, params?: unknown[] | Record<string, unknown>, limit?: number): Promise<SqlQueryResult>;
  /** The scope's stores by name, with their bytes on disk (database and WAL). */
  list(scope: string): { name: string; bytes: number }[];
  /** Closes and deletes the store's files; false if it did not exist. */
  drop(scope: string, store: string): Promise<boolean>;
  /** Refuses further calls, lets the running one finish, and ends the worker process. Idempotent. */
  close(): Promise<void>;
}

export function createSqlStores(options: SqlStoresOptions): SqlStores {
  return new WorkerSqlStores(settingsFrom(options));
}

interface Settings {
  dir: string;
  timeoutMs: number;
  maxBytes: number;
  maxRows: number;
}

class WorkerSqlStores implements SqlStores {
  readonly #settings: Settings;
  readonly #runner: SqlRunner;

  constructor(settings: Settings) {
    this.#settings = settings;
    // SQLite's own wait for a lock ends well before the call's deadline, so it fails as SQLITE_BUSY, not as a kill.
    const busyTimeoutMs = Math.floor(settings.timeoutMs / 2);
    this.#runner = new SqlRunner({ boot: { maxBytes: settings.maxBytes, busyTimeoutMs }, timeoutMs: settings.timeoutMs });
  }

  async exec(scope: string, store: string, sql: string, params?: unknown[] | Record<string, unknown>): Promise<SqlExecResult> {
    const path = this.#path(scope, store);
    const inspection = inspected(sql);
    const outcome = await this.#runner.run({ type: 'exec', path, sql, ...bindable(params) });
    const { changes, lastInsertRowid } = valueOf(outcome, scope, store, this.#settings);
    return inspection.inserts && changes > 0 ? { changes, lastInsertRowid } : { changes };
  }

  async query(scope: string, store: string, sql: string, params?: unknown[] | Record<string, unknown>, limit?: number): Promise<SqlQueryResult> {
    const path = this.#path(scope, store);
    inspected(sql);
    const rows = rowLimit(limit, this.#settings.maxRows);
    const outcome = await this.#runner.run({ type: 'query', path, sql, ...bindable(params), limit: rows });
    return valueOf(outcome, scope, store, this.#settings);
  }

  list(scope: string): { name: string; bytes: number }[] {
    assertName(scope, 'scope');
    return storesIn(join(this.#settings.dir, scope), (name) => nameProblem(name, 'store') === undefined);
  }

  async drop(scope: string, store: string): Promise<boolean> {
    const outcome = await this.#runner.run({ type: 'drop', path: this.#path(scope, store) });
    return valueOf(outcome, scope, store, this.#settings).existed;
  }

  close(): Promise<void> {
    return this.#runner.close();
  }

  #path(scope: string, store: string): string {
    assertName(scope, 'scope');
    assertName(store, 'store');
    return storeFile(this.#settings.dir, scope, store);
  }
}

function settingsFrom(options: SqlStoresOptions): Settings {
  if (typeof options.dir !== 'string' || options.dir === '') throw new ExecutorError('invalid_config', 'SQL stores need a folder (dir)');
  const settings = {
    dir: resolve(options.dir),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
  };
  for (const key of ['timeoutMs', 'maxBytes', 'maxRows'] as const) {
    if (!Number.isSafeInteger(settings[key]) || settings[key] < 1) {
      throw new ExecutorError('invalid_config', `SQL stores' ${key} must be a positive whole number, not ${settings[key]}`);
    }
  }
  return settings;
}

function assertName(name: unknown, what: 'scope' | 'store'): void {
  const problem = nameProblem(name, what);
  if (problem !== undefined) throw new ExecutorError('invalid_args', problem);
}

/** An identifier has no separator and no dot, so a valid name never leaves its folder. */
function nameProblem(name: unknown, what: 'scope' | 'store'): string | undefined {
  if (typeof name !== 'string' || !isIdentifier(name)) {
    const shown = typeof name === 'string' ? `"${name}"` : String(name);
    return `${what} name ${shown} must be a JavaScript identifier ([A-Za-z_$][A-Za-z0-9_$]*)`;
  }
  if (WINDOWS_DEVICE.test(name)) return `${what} name "${name}" is reserved for a device on Windows; choose another`;
  return undefined;
}

function inspected(sql: unknown): { inserts: boolean } {
  if (typeof sql !== 'string') throw new ExecutorError('invalid_args', `sql must be a string, not ${typeof sql}`);
  const inspection = inspectSql(sql);
  if (inspection.refusal !== undefined) throw new ExecutorError('invalid_args', inspection.refusal);
  return inspection;
}

function bindable(params: unknown): { params?: SqlParams } {
  if (params === undefined) return {};
  const bound = bindableParams(params);
  if (!bound.ok) throw new ExecutorError('invalid_args', bound.problem);
  return { params: bound.params };
}

function rowLimit(limit: unknown, maxRows: number): number {
  if (limit === undefined) return maxRows;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    throw new ExecutorError('invalid_args', `limit must be a whole number from 1 to ${maxRows}, not ${String(limit)}`);
  }
  return Math.min(limit, maxRows);
}

function valueOf<T>(outcome: SqlOutcome<T>, scope: string, store: string, settings: Settings): T {
  if (outcome.ok) return outcome.value;
  throw errorFrom(outcome.failure, `${scope}/${store}`, settings);
}

/** The one place a failed SQL call becomes an ExecutorError. */
function errorFrom(failure: SqlFailure, store: string, settings: Settings): ExecutorError {
  switch (failure.kind) {
    case 'sqlite': {
      const details = { sqliteCode: failure.code };
      if (failure.code === 'SQLITE_FULL') {
        const message = `store ${store} is full: its quota is ${sizeText(settings.maxBytes)}. Delete rows (then VACUUM) or drop the store`;
        return new ExecutorError('invalid_args', message, { details });
      }
      if (failure.code.startsWith('SQLITE_BUSY') || failure.code.startsWith('SQLITE_LOCKED')) {
        return new ExecutorError('timeout', `store ${store} is locked by another connection: ${failure.message}`, { details });
      }
      if (STORE_BROKEN.test(failure.code)) {
        return new ExecutorError('internal_error', `store ${store} cannot be used: ${failure.message} (${failure.code})`, { details });
      }
      return new ExecutorError('invalid_args', `SQL error in store ${store}: ${failure.message}`, { details });
    }
    case 'usage': {
      const hint = /more than one statement/.test(failure.message)
        ? ' (with params, exec runs one statement; query always does; without params exec runs a script)'
        : '';
      return new ExecutorError('invalid_args', `cannot run this SQL in store ${store}: ${failure.message}${hint}`);
    }
    case 'not_reader':
      return new ExecutorError('invalid_args', 'query takes a statement that returns rows; use exec');
    case 'missing':
      return new ExecutorError('not_found', `store ${store} does not exist; exec creates it (e.g. CREATE TABLE …)`);
    case 'open_transaction':
      return new ExecutorError(
        'invalid_args',
        `the SQL left a transaction open in store ${store}, so it was rolled back: each call must COMMIT what it BEGINs`,
      );
    case 'timeout':
      return new ExecutorError(
        'timeout',
        `SQL in store ${store} ran past its ${failure.timeoutMs} ms deadline and was stopped; its unfinished transaction was rolled back`,
      );
    case 'crashed':
      return new ExecutorError('internal_error', `${failure.message} (store ${store})`);
    case 'internal':
      return new ExecutorError('internal_error', `SQL store ${store} failed: ${failure.message}`);
    case 'closed':
      return new ExecutorError('internal_error', 'the SQL stores are closed');
  }
}

function sizeText(bytes: number): string {
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(2))} MiB`;
  return `${Number((bytes / 1024).toFixed(2))} KiB`;
}

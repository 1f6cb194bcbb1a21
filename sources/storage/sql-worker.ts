// The SQL worker process's entry: opens stores when first used, keeps them open, runs one request at a time.
//
// A child process rather than a worker thread: better-sqlite3 runs a statement to its end inside native code
// (this SQLite build has no progress handler, and no interrupt is exposed), and a worker thread busy in native
// code ignores `terminate()` and then keeps even `process.exit()` from returning. A process can be killed.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { deleteStoreFiles } from './sql-files.js';
import type { FromSqlWorker, SqlFailure, SqlOutcome, SqlParams, SqlReply, SqlWorkerBoot, ToSqlWorker } from './sql-protocol.js';
import { jsonValueFrom } from './sql-values.js';

type Db = Database.Database;

/** Connections kept open; past it the least recently used one is closed (and reopened when next needed). */
const MAX_OPEN_STORES = 32;
/**
 * If the executor dies while a statement runs, nobody kills this process and the main thread, inside SQLite,
 * never sees its channel close. A thread still runs JavaScript then: it ends the process once the parent is
 * gone (reparented, or no longer signalable).
 */
const ORPHAN_WATCHDOG = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  let alive = process.ppid === workerData.parent;
  try { process.kill(workerData.parent, 0); } catch { alive = false; }
  if (!alive) process.kill(workerData.self, 'SIGKILL');
}, 1000);
`;

const boot = bootFrom(process.argv[2]);
const databases = new Map<string, Db>();
new Worker(ORPHAN_WATCHDOG, { eval: true, workerData: { parent: process.ppid, self: process.pid } }).unref();

process.on('message', (message: unknown) => {
  const request = requestFrom(message);
  if (request !== undefined) reply({ type: 'done', id: request.id, outcome: outcomeOf(request) });
});
// The executor closed the channel (close(), or it exited): checkpoint every store's WAL and go.
process.on('disconnect', () => {
  for (const db of databases.values()) db.close();
  process.exit(0);
});
reply({ type: 'ready' });

function outcomeOf(request: ToSqlWorker): SqlOutcome {
  let db: Db | undefined;
  try {
    if (request.type === 'drop') return succeeded({ existed: drop(request.path) });
    db = open(request.path, request.type === 'exec');
    if (db === undefined) return failed({ kind: 'missing' });
    const outcome = request.type === 'exec' ? exec(db, request.sql, request.params) : query(db, request.sql, request.params, request.limit);
    // Each call is its own unit: a transaction it leaves open would hold the store's write lock between calls.
    if (rolledBack(db)) return failed({ kind: 'open_transaction' });
    return outcome;
  } catch (error) {
    if (db !== undefined) rolledBack(db);
    return failed(failureFrom(error));
  }
}

function exec(db: Db, sql: string, params: SqlParams | undefined): SqlOutcome {
  if (params !== undefined) {
    const info = db.prepare(sql).run(params);
    return succeeded({ changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) });
  }
  const before = scalar(db, 'SELECT total_changes()');
  db.exec(sql);
  return succeeded({ changes: scalar(db, 'SELECT total_changes()') - before, lastInsertRowid: scalar(db, 'SELECT last_insert_rowid()') });
}

function query(db: Db, sql: string, params: SqlParams | undefined, limit: number): SqlOutcome {
  const statement = db.prepare(sql);
  if (!statement.reader) return failed({ kind: 'not_reader' });
  const columns = statement.columns().map((column) => column.name);
  const rows: Record<string, unknown>[] = [];
  let truncated = false;
  // Leaving the loop early resets the statement: rows past the limit are never read.
  for (const row of params === undefined ? statement.iterate() : statement.iterate(params)) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    rows.push(jsonRowFrom(row));
  }
  return succeeded({ columns, rows, truncated });
}

function drop(path: string): boolean {
  closeConnection(path);
  return deleteStoreFiles(path);
}

/** The store's connection, opened on first use; undefined when `create` is false and there is no file. */
function open(path: string, create: boolean): Db | undefined {
  const cached = databases.get(path);
  if (cached !== undefined) {
    databases.delete(path);
    databases.set(path, cached);
    return cached;
  }
  if (!create && !existsSync(path)) return undefined;
  mkdirSync(dirname(path), { recursive: true });
  // better-sqlite3 leaves SQL's load_extension() disabled; only its own loadExtension() method could load one.
  const db = new Database(path);
  try {
    configure(db);
  } catch (error) {
    db.close();
    throw error;
  }
  databases.set(path, db);
  if (databases.size > MAX_OPEN_STORES) {
    const [oldest] = databases.keys();
    if (oldest !== undefined) closeConnection(oldest);
  }
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${boot.busyTimeoutMs}`);
  // The quota counts pages; temporary tables get the same, or `CREATE TEMP TABLE` would be a way around it.
  const pages = Math.max(1, Math.floor(boot.maxBytes / Number(db.pragma('page_size', { simple: true }))));
  db.pragma(`max_page_count = ${pages}`);
  db.pragma(`temp.max_page_count = ${pages}`);
  // Integers come back as BigInt so that none is silently rounded; jsonValueFrom decides number or string.
  db.defaultSafeIntegers(true);
}

function closeConnection(path: string): void {
  databases.get(path)?.close();
  databases.delete(path);
}

/** Rolls back a transaction the call left open; whether there was one. */
function rolledBack(db: Db): boolean {
  if (!db.inTransaction) return false;
  db.exec('ROLLBACK');
  return true;
}

function scalar(db: Db, sql: string): number {
  return Number(db.prepare(sql).pluck().get());
}

function jsonRowFrom(row: unknown): Record<string, unknown> {
  if (typeof row !== 'object' || row === null) return {};
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, jsonValueFrom(value)]));
}

function failureFrom(error: unknown): SqlFailure {
  if (error instanceof Database.SqliteError) return { kind: 'sqlite', code: error.code, message: error.message };
  // better-sqlite3 throws these itself, before SQLite runs anything: parameter counts, statement counts, bad values.
  if (error instanceof RangeError || error instanceof TypeError) return { kind: 'usage', message: error.message };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

function succeeded(value: SqlReply): SqlOutcome {
  return { ok: true, value };
}

function failed(failure: SqlFailure): SqlOutcome {
  return { ok: false, failure };
}

function reply(message: FromSqlWorker): void {
  // The channel may already be closed when the executor is going away; the 'disconnect' handler then exits.
  process.send?.(message, undefined, undefined, () => {});
}

/** The runner (sql-runner.ts) is the only sender; this only keeps a malformed message from crashing the process. */
function requestFrom(message: unknown): ToSqlWorker | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, id, path } = message as Record<string, unknown>;
  if ((type !== 'exec' && type !== 'query' && type !== 'drop') || typeof id !== 'number' || typeof path !== 'string') return undefined;
  return message as ToSqlWorker;
}

function bootFrom(argument: string | undefined): SqlWorkerBoot {
  const parsed: unknown = JSON.parse(argument ?? 'null');
  const { maxBytes, busyTimeoutMs } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (typeof maxBytes !== 'number' || typeof busyTimeoutMs !== 'number') {
    throw new Error('sql-worker expects {"maxBytes": number, "busyTimeoutMs": number} as its first argument');
  }
  return { maxBytes, busyTimeoutMs };
}

import { randomBytes } from 'node:crypto';
import { ExecutorError } from '../errors.js';
import type { Db } from './database.js';

export const RESULT_URI_PREFIX = 'executor://results/';

/** A stored result's record, without its content. */
export interface StoredResult {
  id: string;
  uri: string;
  runId?: string;
  scope: string;
  principal: string;
  bytes: number;
  /** Length of the JSON text in characters (code points, as SQLite counts them): what pages are counted in. */
  chars: number;
  createdAt: number;
  expiresAt: number;
}

interface ResultRow {
  id: string;
  run_id: string | null;
  scope: string;
  principal: string;
  bytes: number;
  chars: number;
  created_at: number;
  expires_at: number;
}

const COLUMNS = 'id, run_id, scope, principal, bytes, chars, created_at, expires_at';

/** Results too large to hand back inline, as JSON text in SQLite, until they expire. */
export class ResultStore {
  readonly #insert;
  readonly #meta;
  readonly #content;
  readonly #slice;
  readonly #list;
  readonly #deleteExpired;

  constructor(db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO results (id, run_id, scope, principal, bytes, chars, created_at, expires_at, content)
       VALUES (@id, @run_id, @scope, @principal, @bytes, length(@content), @created_at, @expires_at, @content)`,
    );
    this.#meta = db.prepare<[string], ResultRow>(`SELECT ${COLUMNS} FROM results WHERE id = ?`);
    this.#content = db.prepare<[string], string>('SELECT content FROM results WHERE id = ?').pluck();
    // SQLite's substr on TEXT counts characters from 1, so a page never splits a character.
    this.#slice = db.prepare<[number, number, string], string>('SELECT substr(content, ?, ?) FROM results WHERE id = ?').pluck();
    this.#list = db.prepare<[string, number, number], ResultRow>(
      `SELECT ${COLUMNS} FROM results WHERE principal = ? AND expires_at > ? ORDER BY created_at DESC LIMIT ?`,
    );
    this.#deleteExpired = db.prepare('DELETE FROM results WHERE expires_at <= ?');
  }

  save(result: { text: string; runId?: string; scope: string; principal: string; ttlMs: number }): StoredResult {
    const now = Date.now();
    const id = `res_${randomBytes(12).toString('hex')}`;
    const row = {
      id,
      run_id: result.runId ?? null,
      scope: result.scope,
      principal: result.principal,
      bytes: Buffer.byteLength(result.text),
      created_at: now,
      expires_at: now + result.ttlMs,
    };
    // SQLite counts characters as `substr` does (code points, not UTF-16 units), so it counts them here too.
    this.#insert.run({ ...row, content: result.text });
    return storedFrom(this.#meta.get(id)!);
  }

  /** The record of a live result; `not_found` names an unknown or expired one precisely. */
  get(idOrUri: string, now = Date.now()): StoredResult {
    const id = resultIdOf(idOrUri);
    const row = this.#meta.get(id);
    if (!row) throw new ExecutorError('not_found', `no stored result ${RESULT_URI_PREFIX}${id}; handles come from results of execute or run_code`);
    if (row.expires_at <= now) {
      throw new ExecutorError('not_found', `the stored result ${RESULT_URI_PREFIX}${id} expired at ${new Date(row.expires_at).toISOString()}; call the tool again`);
    }
    return storedFrom(row);
  }

  /** The whole JSON text of a result `get` found live (taking its record, not an id, so none is read unchecked). */
  text(stored: StoredResult): string {
    return this.#content.get(stored.id)!;
  }

  /** `length` characters of the JSON text from `offset` (0-based), of a result `get` found live. */
  page(stored: StoredResult, offset: number, length: number): string {
    return this.#slice.get(offset + 1, length, stored.id) ?? '';
  }

  /** A principal's live results, newest first. */
  listOf(principal: string, limit = 50): StoredResult[] {
    return this.#list.all(principal, Date.now(), limit).map(storedFrom);
  }

  /** Frees expired results; returns how many. */
  deleteExpired(now = Date.now()): number {
    return this.#deleteExpired.run(now).changes;
  }
}

/** `executor://results/<id>` or the bare id → the id; anything else is an `invalid_args` naming what was given. */
export function resultIdOf(idOrUri: string): string {
  const id = idOrUri.startsWith(RESULT_URI_PREFIX) ? idOrUri.slice(RESULT_URI_PREFIX.length) : idOrUri;
  if (!/^res_[0-9a-f]{24}$/.test(id)) {
    throw new ExecutorError('invalid_args', `"${idOrUri.slice(0, 80)}" is not a result handle: expected ${RESULT_URI_PREFIX}res_… (a handle's uri)`);
  }
  return id;
}

function storedFrom(row: ResultRow): StoredResult {
  const stored: StoredResult = {
    id: row.id,
    uri: `${RESULT_URI_PREFIX}${row.id}`,
    scope: row.scope,
    principal: row.principal,
    bytes: row.bytes,
    chars: row.chars,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
  if (row.run_id !== null) stored.runId = row.run_id;
  return stored;
}

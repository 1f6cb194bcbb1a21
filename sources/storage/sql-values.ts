// Values crossing into and out of SQLite: call parameters made bindable, column values made JSON.
import type { SqlParams } from './sql-protocol.js';

export type BindableParams = { ok: true; params: SqlParams } | { ok: false; problem: string };

const VALUE_KINDS = 'a string, number, boolean, null or bytes';

/**
 * Checks call parameters and makes them bind as the caller meant: whole numbers as INTEGER (better-sqlite3
 * binds every JS number as REAL), booleans as 1 and 0. Named keys may keep their prefix (`:id`, `@id`, `$id`).
 *
 * @example
 * bindableParams({ ':id': 7, done: true }); // { ok: true, params: { id: 7n, done: 1n } }
 */
export function bindableParams(params: unknown): BindableParams {
  if (Array.isArray(params)) {
    const values: unknown[] = [];
    for (const [index, value] of params.entries()) {
      const bindable = bindableValue(value);
      if (!bindable.ok) return { ok: false, problem: `parameter ${index + 1} ${bindable.problem}` };
      values.push(bindable.value);
    }
    return { ok: true, params: values };
  }
  if (isPlainObject(params)) {
    const entries: [string, unknown][] = [];
    const seen = new Set<string>();
    for (const [key, value] of Object.entries(params)) {
      const name = key.replace(/^[:@$]/, '');
      if (name === '') return { ok: false, problem: `parameter name "${key}" is empty` };
      if (seen.has(name)) return { ok: false, problem: `parameter "${name}" is given twice` };
      seen.add(name);
      const bindable = bindableValue(value);
      if (!bindable.ok) return { ok: false, problem: `parameter "${name}" ${bindable.problem}` };
      entries.push([name, bindable.value]);
    }
    // fromEntries defines own properties, so a parameter named __proto__ stays a parameter.
    return { ok: true, params: Object.fromEntries(entries) };
  }
  return { ok: false, problem: `params must be an array (for ? placeholders) or an object (for :name placeholders), not ${describe(params)}` };
}

/** A column value as JSON: integers as numbers when exact, else as decimal strings; blobs as base64. */
export function jsonValueFrom(value: unknown): unknown {
  if (typeof value === 'bigint') return numberOrStringFrom(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

export function numberOrStringFrom(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

function bindableValue(value: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (value === null || typeof value === 'string' || typeof value === 'bigint' || value instanceof Uint8Array) return { ok: true, value };
  if (typeof value === 'boolean') return { ok: true, value: value ? 1n : 0n };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: `is ${value}; it must be a finite number` };
    return { ok: true, value: Number.isSafeInteger(value) ? BigInt(value) : value };
  }
  const hint = value === undefined ? ' (pass null for SQL NULL)' : '';
  return { ok: false, problem: `is ${describe(value)}; it must be ${VALUE_KINDS}${hint}` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

import { createStorage, type Storage } from 'unstorage';
import { ExecutorError, isIdentifier } from '../../core/index.js';
import { sqliteKvDriver } from './kv-sqlite-driver.js';

export interface KvStoresOptions {
  /** The SQLite file behind the default driver; ignored when `storage` is given. */
  path: string;
  /** Any unstorage instance (a hosted deployment's Redis, S3…); default: SQLite at `path`. */
  storage?: Storage;
  /** Largest value, as JSON. Default 1 MiB. */
  maxValueBytes?: number;
  /** Most keys in one store. Default 10,000. */
  maxKeys?: number;
}

/**
 * Key-value stores agents keep data in across calls: `<scope>:<store>:<key>` in one unstorage instance. The
 * agent's key is URI-encoded, so unstorage's key normalisation (`/` → `:`) never merges two keys. Values are
 * kept as JSON text, so a string stays a string.
 */
export class KvStores {
  readonly #storage: Storage;
  readonly #maxValueBytes: number;
  readonly #maxKeys: number;

  constructor(options: KvStoresOptions) {
    this.#storage = options.storage ?? createStorage({ driver: sqliteKvDriver({ path: options.path }) });
    this.#maxValueBytes = options.maxValueBytes ?? 1024 * 1024;
    this.#maxKeys = options.maxKeys ?? 10_000;
  }

  async get(scope: string, store: string, key: string): Promise<{ found: boolean; value: unknown }> {
    const raw = await this.#storage.getItemRaw<string>(itemKey(scope, store, key));
    return raw === null || raw === undefined ? { found: false, value: null } : { found: true, value: JSON.parse(raw) as unknown };
  }

  async set(scope: string, store: string, key: string, value: unknown): Promise<{ bytes: number }> {
    const text = JSON.stringify(value);
    if (text === undefined) throw new ExecutorError('invalid_args', 'value must be JSON (not undefined or a function)');
    const bytes = Buffer.byteLength(text);
    if (bytes > this.#maxValueBytes) {
      throw new ExecutorError('invalid_args', `value is ${bytes} bytes; a KV value may be at most ${this.#maxValueBytes} (store large data in a SQL store)`);
    }
    const full = itemKey(scope, store, key);
    if (!(await this.#storage.hasItem(full))) {
      const count = (await this.#storage.getKeys(storeBase(scope, store))).length;
      if (count >= this.#maxKeys) throw new ExecutorError('invalid_args', `KV store ${scope}/${store} is full: it holds its quota of ${this.#maxKeys} keys`);
    }
    await this.#storage.setItemRaw(full, text);
    return { bytes };
  }

  async list(scope: string, store: string, prefix = '', limit = 100): Promise<{ keys: string[]; truncated: boolean }> {
    const base = storeBase(scope, store);
    const keys = (await this.#storage.getKeys(base)).map((k) => decodeURIComponent(k.slice(base.length + 1))).filter((k) => k.startsWith(prefix));
    return { keys: keys.slice(0, limit), truncated: keys.length > limit };
  }

  async delete(scope: string, store: string, key: string): Promise<{ deleted: boolean }> {
    const full = itemKey(scope, store, key);
    const existed = await this.#storage.hasItem(full);
    if (existed) await this.#storage.removeItem(full);
    return { deleted: existed };
  }

  /** The names of the KV stores holding keys in a scope. */
  async stores(scope: string): Promise<string[]> {
    checkName(scope, 'scope');
    const names = new Set((await this.#storage.getKeys(scope)).map((k) => k.split(':')[1]!));
    return [...names].sort();
  }

  async drop(scope: string, store: string): Promise<boolean> {
    const base = storeBase(scope, store);
    const had = (await this.#storage.getKeys(base)).length > 0;
    await this.#storage.clear(base);
    return had;
  }

  async close(): Promise<void> {
    await this.#storage.dispose();
  }
}

function storeBase(scope: string, store: string): string {
  checkName(scope, 'scope');
  checkName(store, 'store');
  return `${scope}:${store}`;
}

function itemKey(scope: string, store: string, key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 512) throw new ExecutorError('invalid_args', 'key must be a string of 1 to 512 characters');
  return `${storeBase(scope, store)}:${encodeURIComponent(key)}`;
}

export function checkName(name: string, what: string): void {
  if (!isIdentifier(name) || name.length > 64) {
    throw new ExecutorError('invalid_args', `${what} "${String(name).slice(0, 80)}" must be a JavaScript identifier of at most 64 characters, e.g. "notes"`);
  }
}

import type { Db } from './database.js';

/** SQLite caps bound parameters per statement; look hashes up in chunks below it. */
const LOOKUP_CHUNK = 500;

/**
 * What search indexing computes, cached by content: `kind` names the computation (an embedding model, a
 * version of the term analyzer) and `hash` the text it ran on. A text is then embedded or tokenized once,
 * whatever tools share it, however often the catalog reloads or the server restarts. The core stores
 * bytes and never interprets them.
 */
export class SearchCacheStore {
  readonly #db: Db;
  readonly #put;

  constructor(db: Db) {
    this.#db = db;
    this.#put = db.prepare('INSERT OR REPLACE INTO search_cache (kind, hash, data) VALUES (?, ?, ?)');
  }

  /** The cached entries of `kind` among `hashes`; absent ones are missing from the map. */
  get(kind: string, hashes: readonly string[]): Map<string, Uint8Array> {
    const found = new Map<string, Uint8Array>();
    for (let start = 0; start < hashes.length; start += LOOKUP_CHUNK) {
      const chunk = hashes.slice(start, start + LOOKUP_CHUNK);
      const rows = this.#db
        .prepare<string[], { hash: string; data: Buffer }>(
          `SELECT hash, data FROM search_cache WHERE kind = ? AND hash IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(kind, ...chunk);
      for (const row of rows) found.set(row.hash, row.data);
    }
    return found;
  }

  put(kind: string, entries: Iterable<readonly [hash: string, data: Uint8Array]>): void {
    this.#db.transaction(() => {
      for (const [hash, data] of entries) this.#put.run(kind, hash, data);
    })();
  }
}

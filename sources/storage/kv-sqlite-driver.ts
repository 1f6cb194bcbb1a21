import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { defineDriver } from 'unstorage';

// unstorage's own SQL route goes through db0 and its connectors; the store needs five statements on a file,
// so the driver is written here over better-sqlite3 (already the executor's database library).

/** An unstorage driver keeping items in one SQLite table. */
export const sqliteKvDriver = defineDriver((options: { path: string }) => {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, mtime INTEGER NOT NULL) WITHOUT ROWID');
  const get = db.prepare<[string], string>('SELECT value FROM kv WHERE key = ?').pluck();
  const has = db.prepare<[string], number>('SELECT 1 FROM kv WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO kv (key, value, mtime) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, mtime = excluded.mtime');
  const remove = db.prepare('DELETE FROM kv WHERE key = ?');
  // Keys under a base are a range scan: `base:` up to `base;` (';' follows ':').
  const keysUnder = db.prepare<[string, string], string>('SELECT key FROM kv WHERE key >= ? AND key < ? ORDER BY key').pluck();
  const allKeys = db.prepare<[], string>('SELECT key FROM kv ORDER BY key').pluck();
  const clearUnder = db.prepare('DELETE FROM kv WHERE key >= ? AND key < ?');
  return {
    name: 'sqlite-kv',
    hasItem: (key) => has.get(key) !== undefined,
    getItem: (key) => get.get(key) ?? null,
    setItem: (key, value) => {
      set.run(key, value, Date.now());
    },
    removeItem: (key) => {
      remove.run(key);
    },
    getKeys: (base) => (base ? keysUnder.all(`${base}`, `${base.replace(/:$/, '')};`) : allKeys.all()),
    clear: (base) => {
      if (base) clearUnder.run(`${base}`, `${base.replace(/:$/, '')};`);
      else db.exec('DELETE FROM kv');
    },
    dispose: () => {
      db.close();
    },
  };
});

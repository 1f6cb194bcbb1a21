// Where SQL stores live on disk: `<dir>/<scope>/<store>.sqlite`, plus SQLite's -wal and -shm beside it.
// The worker process loads this file too, so it imports nothing from the core.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STORE_EXTENSION = '.sqlite';

/** Files SQLite keeps beside a database: the WAL, its index, and a rollback journal. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/** The store's database file. Both names must be valid (see sql-stores.ts): neither may hold a separator. */
export function storeFile(dir: string, scope: string, store: string): string {
  return join(dir, scope, `${store}${STORE_EXTENSION}`);
}

/** Stores in one scope folder whose names pass `isName`, sorted, with their bytes on disk (database and WAL). */
export function storesIn(scopeDir: string, isName: (name: string) => boolean): { name: string; bytes: number }[] {
  let entries;
  try {
    entries = readdirSync(scopeDir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const stores: { name: string; bytes: number }[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(STORE_EXTENSION)) continue;
    const name = entry.name.slice(0, -STORE_EXTENSION.length);
    if (!isName(name)) continue;
    const file = join(scopeDir, entry.name);
    stores.push({ name, bytes: sizeOf(file) + sizeOf(`${file}-wal`) });
  }
  return stores.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Deletes a closed store's files; whether the database existed. */
export function deleteStoreFiles(file: string): boolean {
  const existed = existsSync(file);
  for (const suffix of COMPANION_SUFFIXES) rmSync(`${file}${suffix}`, { force: true });
  rmSync(file, { force: true });
  return existed;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { scopeName, sourceName, toolId } from '../ids.js';
import type { JsonSchema, JsonSchemaObject } from '../json-schema.js';
import type { ManifestTool } from '../manifest.js';
import { CatalogStore, type RegisteredSource } from './catalog-store.js';
import { openDatabase, type Db } from './database.js';
import { MIGRATIONS } from './migrations.js';

const LOCAL = scopeName('local');

function sourceRecord(name: string): RegisteredSource {
  return {
    scope: LOCAL,
    name: sourceName(name),
    kind: 'openapi',
    origin: 'config',
    config: { name, kind: 'openapi' },
    baseDir: '/',
    configHash: 'h',
    status: 'ready',
    auth: { type: 'none' },
    warnings: [],
    toolCount: 0,
  };
}

function tool(id: string, inputSchema: JsonSchemaObject, outputSchema?: JsonSchema): ManifestTool {
  return { id: toolId(id), summary: id, description: '', inputSchema, ...(outputSchema === undefined ? {} : { outputSchema }), sideEffect: 'read', binding: null };
}

// Definitions shared as objects, the way the OpenAPI plugin builds them.
const Label = { type: 'object', properties: { name: { type: 'string' } } } as const;
const Issue = {
  type: 'object',
  properties: { labels: { type: 'array', items: { $ref: '#/$defs/Label' } }, parent: { $ref: '#/$defs/Issue' } },
  // A definition carrying its own nested `$defs`: kept inside the body, untouched.
  $defs: { Local: { type: 'integer' } },
} as const;

const listIssues = tool(
  'issues.list',
  { type: 'object', properties: { label: { $ref: '#/$defs/Label' } }, $defs: { Label } },
  { type: 'array', items: { $ref: '#/$defs/Issue' }, $defs: { Issue, Label } },
);
const getIssue = tool(
  'issues.get',
  { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
  { $ref: '#/$defs/Issue', $defs: { Issue, Label, Anything: true, ['__proto__']: { type: 'null' } } },
);
const noDefs = tool('meta.get', { type: 'object', properties: {}, $defs: {} }, false);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tempPath(): string {
  dir = mkdtempSync(join(tmpdir(), 'catalog-store-'));
  return join(dir, 'executor.db');
}

function defCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM schema_defs').get() as { n: number }).n;
}

function schemasOf(store: CatalogStore, source: string, id: string) {
  return store.schemasOf(LOCAL, sourceName(source), toolId(id));
}

describe('catalog store schemas', () => {
  it('gives back each schema exactly as saved, definitions and their order included', () => {
    const store = new CatalogStore(openDatabase(':memory:'));
    store.saveResolved(sourceRecord('github'), [listIssues, getIssue, noDefs]);
    for (const saved of [listIssues, getIssue, noDefs]) {
      const read = schemasOf(store, 'github', saved.id)!;
      expect(read.inputSchema).toEqual(saved.inputSchema);
      expect(read.outputSchema).toEqual(saved.outputSchema);
      // Same JSON text: same keys in the same order (`$defs` goes back last, where it was).
      expect(JSON.stringify(read)).toBe(JSON.stringify({ inputSchema: saved.inputSchema, outputSchema: saved.outputSchema }));
    }
    expect(Object.hasOwn(schemasOf(store, 'github', 'issues.get')!.outputSchema as object, '$defs')).toBe(true);
    expect(Object.keys((schemasOf(store, 'github', 'issues.get')!.outputSchema as JsonSchemaObject).$defs!)).toContain('__proto__');
  });

  it('stores a definition once however many tools and sources use it', () => {
    const db = openDatabase(':memory:');
    const store = new CatalogStore(db);
    store.saveResolved(sourceRecord('github'), [listIssues, getIssue, noDefs]);
    // Label, Issue, Anything, __proto__.
    expect(defCount(db)).toBe(4);
    // An equal definition built separately (not the same object) from another source.
    const copy = tool('labels.get', { type: 'object', $defs: { Label: structuredClone(Label) } });
    store.saveResolved(sourceRecord('gitlab'), [copy]);
    expect(defCount(db)).toBe(4);
    expect(schemasOf(store, 'gitlab', 'labels.get')!.inputSchema).toEqual(copy.inputSchema);
  });

  it('deletes the definitions no source uses any more, and only those', () => {
    const db = openDatabase(':memory:');
    const store = new CatalogStore(db);
    store.saveResolved(sourceRecord('github'), [listIssues, getIssue]);
    store.saveResolved(sourceRecord('gitlab'), [tool('labels.get', { type: 'object', $defs: { Label, Extra: { type: 'string' } } })]);
    expect(defCount(db)).toBe(5);
    store.removeSource(LOCAL, sourceName('github'));
    // Label stays: gitlab still uses it.
    expect(defCount(db)).toBe(2);
    expect(schemasOf(store, 'gitlab', 'labels.get')!.inputSchema.$defs).toEqual({ Label, Extra: { type: 'string' } });
    // A refresh that changes a definition drops the old version.
    store.saveResolved(sourceRecord('gitlab'), [tool('labels.get', { type: 'object', $defs: { Label, Extra: { type: 'number' } } })]);
    expect(defCount(db)).toBe(2);
    store.removeSource(LOCAL, sourceName('gitlab'));
    expect(defCount(db)).toBe(0);
  });

  it('keeps the last good definitions when a refresh fails', () => {
    const db = openDatabase(':memory:');
    const store = new CatalogStore(db);
    store.saveResolved(sourceRecord('github'), [listIssues]);
    store.saveFailure({ ...sourceRecord('github'), status: 'failed', error: 'boom' });
    expect(schemasOf(store, 'github', 'issues.list')!.outputSchema).toEqual(listIssues.outputSchema);
  });

  it('reads rows written before the split, with `$defs` inline', () => {
    const path = tempPath();
    writeBeforeSplit(path, 'github', [listIssues, getIssue]);
    const db = openDatabase(path);
    const store = new CatalogStore(db);
    expect(schemasOf(store, 'github', 'issues.list')).toEqual({ inputSchema: listIssues.inputSchema, outputSchema: listIssues.outputSchema });
    expect(schemasOf(store, 'github', 'issues.get')!.outputSchema).toEqual(getIssue.outputSchema);
    // Re-saving the source moves it to the split form.
    store.saveResolved(sourceRecord('github'), [listIssues, getIssue]);
    expect(defCount(db)).toBe(4);
    expect(schemasOf(store, 'github', 'issues.get')!.outputSchema).toEqual(getIssue.outputSchema);
    db.close();
  });
});

/** A database at migration 3 holding `tools` as the store wrote them then (schemas whole), as an upgrade finds it. */
function writeBeforeSplit(path: string, source: string, tools: readonly ManifestTool[]): void {
  const db = new Database(path);
  for (const step of MIGRATIONS.slice(0, 3)) db.exec(step);
  db.pragma('user_version = 3');
  db.prepare(
    `INSERT INTO sources (scope, name, kind, origin, config, base_dir, config_hash, status, auth)
     VALUES ('local', ?, 'openapi', 'config', '{}', '/', 'h', 'ready', '{"type":"none"}')`,
  ).run(source);
  const insert = db.prepare(
    `INSERT INTO tools (scope, source, id, summary, description, input_schema, output_schema, side_effect, keywords, binding)
     VALUES ('local', ?, ?, '', '', ?, ?, 'read', '[]', 'null')`,
  );
  for (const t of tools) insert.run(source, t.id, JSON.stringify(t.inputSchema), t.outputSchema === undefined ? null : JSON.stringify(t.outputSchema));
  db.close();
}

describe('catalog store integrity', () => {
  it('says so when a stored definition is missing instead of returning a schema without it', () => {
    const db = openDatabase(':memory:');
    const store = new CatalogStore(db);
    store.saveResolved(sourceRecord('github'), [listIssues]);
    db.exec("DELETE FROM schema_defs WHERE name = 'Issue'");
    expect(() => schemasOf(store, 'github', 'issues.list')).toThrow('lost 1 schema definition');
  });
});

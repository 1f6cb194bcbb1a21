import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManifestTool } from '../core/index.js';
import { scopeName, sourceName } from '../core/ids.js';
import { CatalogStore, type RegisteredSource } from '../core/store/catalog-store.js';
import { openDatabase, type Db } from '../core/store/database.js';
import { openApiSource } from '../sources/openapi/index.js';
import { GITHUB_SPEC } from './fixtures/executor-home.js';

// A measurement, printed rather than asserted: what GitHub's description costs in the store with each tool's
// `$defs` written inline (the store before migration 4) and with definitions kept once (now).

const dir = mkdtempSync(join(tmpdir(), 'catalog-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(toolCount: number): RegisteredSource {
  return {
    scope: scopeName('local'),
    name: sourceName('github'),
    kind: 'openapi',
    origin: 'config',
    config: { name: 'github', kind: 'openapi' },
    baseDir: '/',
    configHash: 'h',
    status: 'ready',
    auth: { type: 'none' },
    warnings: [],
    toolCount,
  };
}

/** The pre-split write: every schema whole, `$defs` and all. */
function saveInline(db: Db, tools: readonly ManifestTool[]): void {
  db.prepare(
    `INSERT INTO sources (scope, name, kind, origin, config, base_dir, config_hash, status, auth)
     VALUES ('local', 'github', 'openapi', 'config', '{}', '/', 'h', 'ready', '{"type":"none"}')`,
  ).run();
  const insert = db.prepare(
    `INSERT INTO tools (scope, source, id, summary, description, input_schema, output_schema, side_effect, keywords, parameters, binding)
     VALUES ('local', 'github', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const t of tools) {
      const output = t.outputSchema === undefined ? null : JSON.stringify(t.outputSchema);
      const parameters = JSON.stringify(Object.keys(t.inputSchema.properties ?? {}));
      insert.run(t.id, t.summary, t.description, JSON.stringify(t.inputSchema), output, t.sideEffect, JSON.stringify(t.keywords ?? []), parameters, JSON.stringify(t.binding ?? null));
    }
  })();
}

function measure(name: string, save: (db: Db) => void): { bytes: number; saveMs: number; readMs: number } {
  const path = join(dir, `${name}.db`);
  const db = openDatabase(path);
  const started = performance.now();
  save(db);
  const saveMs = performance.now() - started;
  const store = new CatalogStore(db);
  const readStarted = performance.now();
  for (const tool of store.listTools()) store.schemasOf(tool.scope, tool.source, tool.id);
  const readMs = performance.now() - readStarted;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { bytes: statSync(path).size, saveMs, readMs };
}

describe("GitHub's description in the store", () => {
  it('prints size and save time with `$defs` inline and split', async () => {
    const plugin = openApiSource();
    const manifest = await plugin.resolve(plugin.config.parse({ name: 'github', kind: 'openapi', spec: GITHUB_SPEC }), { baseDir: dir, fetch });
    const inline = measure('inline', (db) => saveInline(db, manifest.tools));
    const split = measure('split', (db) => new CatalogStore(db).saveResolved(record(manifest.tools.length), manifest.tools));
    const row = (label: string, m: typeof inline) =>
      `${label}: ${(m.bytes / 1e6).toFixed(2)} MB, save ${m.saveMs.toFixed(0)} ms, read all schemas ${m.readMs.toFixed(0)} ms`;
    console.log(`GitHub, ${manifest.tools.length} tools\n  ${row('$defs inline', inline)}\n  ${row('$defs split ', split)}`);
    expect(split.bytes).toBeGreaterThan(0);
  });
});

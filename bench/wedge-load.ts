// Loading GitHub's REST description: time to resolve (parse + refs + tools), to persist, and to index
// for search; memory before and after. `npm run bench:wedge-load`
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExecutor, parseConfig } from '../core/index.js';
import { CatalogSearch } from '../server/catalog-search.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { openApiSource } from '../sources/openapi/index.js';
import { GITHUB_SPEC } from '../test/fixtures/executor-home.js';
import { mib } from './stats.js';

const home = mkdtempSync(join(tmpdir(), 'bench-load-'));
try {
  global.gc?.();
  const before = process.memoryUsage();

  const plugin = openApiSource();
  let started = performance.now();
  const manifest = await plugin.resolve(
    { name: 'github', kind: 'openapi', spec: GITHUB_SPEC },
    { baseDir: home, fetch },
  );
  const resolveMs = performance.now() - started;

  const config = parseConfig({ sources: [{ name: 'github', kind: 'openapi', spec: GITHUB_SPEC, auth: { type: 'bearer' } }], connections: [{ source: 'github', name: 'work', secret: 'env://GITHUB_TOKEN' }] });
  const executor = createExecutor({ databasePath: join(home, 'executor.db'), config: { path: undefined, baseDir: home, config }, plugins: BUILTIN_PLUGINS });
  started = performance.now();
  await executor.syncConfig();
  const syncMs = performance.now() - started;

  const search = new CatalogSearch(executor);
  started = performance.now();
  await search.search('warm up the index');
  const indexMs = performance.now() - started;

  // A restart: the catalog comes from SQLite, no spec is parsed.
  executor.close();
  started = performance.now();
  const reopened = createExecutor({ databasePath: join(home, 'executor.db'), config: { path: undefined, baseDir: home, config }, plugins: BUILTIN_PLUGINS });
  await reopened.syncConfig();
  const reopenMs = performance.now() - started;
  global.gc?.();
  const after = process.memoryUsage();

  console.log(`GitHub REST description: ${manifest.tools.length} tools, ${manifest.warnings.length} warnings`);
  console.log(`resolve (parse + refs + tools):      ${resolveMs.toFixed(0)} ms`);
  console.log(`resolve + persist to SQLite (sync):  ${syncMs.toFixed(0)} ms`);
  console.log(`build lexical index:                 ${indexMs.toFixed(0)} ms`);
  console.log(`reopen from SQLite (restart):        ${reopenMs.toFixed(0)} ms`);
  console.log(`SQLite file: ${mib(statSync(join(home, 'executor.db')).size)} (+ WAL ${mib(walSize(join(home, 'executor.db-wal')))})`);
  console.log(`heap used: ${mib(before.heapUsed)} → ${mib(after.heapUsed)}; rss: ${mib(before.rss)} → ${mib(after.rss)}`);
  reopened.close();
} finally {
  rmSync(home, { recursive: true, force: true });
}

function walSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

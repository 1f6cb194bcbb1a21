// The agent's stores: read and write throughput through the executor (each call a tool call: validation,
// policy, a run record), against the same stores called directly in the same run. `npm run bench:stores`
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { outputOf, type ExecutorHandle } from '../core/index.js';
import { openRuntime } from '../server/runtime.js';
import { KvStores } from '../sources/storage/kv-stores.js';
import { createSqlStores } from '../sources/storage/sql-stores.js';
import { createExecutorHome } from '../test/fixtures/executor-home.js';
import { summarize } from './stats.js';

const N = 2_000;
const home = createExecutorHome({});
const runtime = await openRuntime({ env: home.env, embeddingModel: false });
const direct = { kv: new KvStores({ path: join(home.home, 'direct', 'kv.sqlite') }), sql: createSqlStores({ dir: join(home.home, 'direct', 'sql') }) };
const rows: Array<[string, string]> = [];

try {
  const call = (tool: string, args: Record<string, unknown>) => viaExecutor(runtime.executor, tool, args);
  await call('sql.exec', { store: 'bench', sql: 'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)' });
  await direct.sql.exec('local', 'bench', 'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)');

  const value = { title: 'an issue worth remembering', labels: ['bug', 'p1'], n: 0 };
  await compare('kv.set', (i) => call('kv.set', { store: 'bench', key: `k${i}`, value: { ...value, n: i } }), (i) => direct.kv.set('local', 'bench', `k${i}`, { ...value, n: i }));
  await compare('kv.get', (i) => call('kv.get', { store: 'bench', key: `k${i}` }), (i) => direct.kv.get('local', 'bench', `k${i}`));
  await compare(
    'sql.exec INSERT (one row)',
    (i) => call('sql.exec', { store: 'bench', sql: 'INSERT INTO items VALUES (?, ?, ?)', params: [i, `item ${i}`, i % 7] }),
    (i) => direct.sql.exec('local', 'bench', 'INSERT INTO items VALUES (?, ?, ?)', [i, `item ${i}`, i % 7]),
  );
  await compare(
    'sql.query by key',
    (i) => call('sql.query', { store: 'bench', sql: 'SELECT * FROM items WHERE id = ?', params: [i] }),
    (i) => direct.sql.query('local', 'bench', 'SELECT * FROM items WHERE id = ?', [i]),
  );
  console.log(`stores: ${N} operations each, sequential; executor = execute() (validation, policy, run record) + the store`);
  for (const [name, figure] of rows) console.log(`${name.padEnd(28)} ${figure}`);
} finally {
  await direct.sql.close();
  await direct.kv.close();
  await runtime.close();
  rmSync(home.home, { recursive: true, force: true });
}

async function compare(name: string, viaTool: (i: number) => Promise<unknown>, viaStore: (i: number) => Promise<unknown>): Promise<void> {
  const tool = await timed(viaTool);
  const store = await timed(viaStore);
  rows.push([
    name,
    `executor ${Math.round(tool.perSecond)}/s (p50 ${tool.p50.toFixed(3)} ms) · store alone ${Math.round(store.perSecond)}/s (p50 ${store.p50.toFixed(3)} ms) · ratio ${(tool.p50 / store.p50).toFixed(2)}×`,
  ]);
}

async function timed(operation: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await operation(i);
    samples.push(performance.now() - t);
  }
  const elapsed = performance.now() - started;
  return { perSecond: (N / elapsed) * 1000, p50: summarize(samples).p50 };
}

async function viaExecutor(executor: ExecutorHandle, tool: string, args: Record<string, unknown>): Promise<unknown> {
  const result = await executor.execute(`storage.local.default.${tool}`, args, { surface: 'sdk' });
  if (!result.ok) throw new Error(`${tool}: ${result.error.message}`);
  return outputOf(result);
}

// Large results as handles: (a) bytes an agent receives for one task with and without handles, (b) reading a
// 50 MB stored result (results.query on the host, resources/read pages), (c) what making a handle costs.
// In-process, against the local GitHub upstream's bulk mode. `npm run bench:results`
import { performance } from 'node:perf_hooks';
import type { CallToolResult } from '@modelcontextprotocol/server';
import { outputOf, type ExecuteResult, type ResultHandle } from '../core/index.js';
import { previewOf } from '../core/results/result-preview.js';
import { shapeOf } from '../core/results/result-shape.js';
import { ResultCalls } from '../sandbox/result-calls.js';
import { renderExecuteResult } from '../server/mcp/execute-tool.js';
import { renderRunCodeResult } from '../server/mcp/run-code-tool.js';
import { RESULT_PAGE_CHARS } from '../server/mcp/result-resource.js';
import { openRuntime, type Runtime } from '../server/runtime.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../test/fixtures/executor-home.js';
import { startGithubUpstream } from '../test/fixtures/github-upstream.js';
import { ms, summarize } from './stats.js';

const ADDRESS = 'github.local.work.issues.list_for_repo';
// The bridge's cap on one answer brought into the sandbox (CODE_INLINE_BUDGET_BYTES).
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const rows: Array<[string, string]> = [];

const upstream = await startGithubUpstream(CANARY);
const homes: ExecutorHome[] = [];
const runtimes: Runtime[] = [];
try {
  const withHandles = await open(githubConfig(upstream.url));
  // "Without handles": a budget no result reaches, so the whole body is rendered inline as execute always did.
  const withoutHandles = await open({ ...githubConfig(upstream.url), results: { inlineBudgetBytes: 1_000_000_000 } });

  // (a) "How many of the ~3 MB of issues are open?"
  const truth = (JSON.parse(upstream.bulkBody(3)) as Array<{ state: string }>).filter((issue) => issue.state === 'open').length;
  const inline = await execute(withoutHandles, 'mb3');
  const inlineBytes = jsonBytes(renderExecuteResult(inline));
  const inlineAnswer = (outputOf(inline) as Array<{ state: string }>).filter((issue) => issue.state === 'open').length;
  const stored = await execute(withHandles, 'mb3');
  const handle = handleOf(stored);
  const code = `return (await results.query(${JSON.stringify(handle.uri)}, { filter: { state: 'open' }, limit: 0 })).total;`;
  const counted = await withHandles.codeRunner().run({ code, surface: 'mcp', inlineBudgetBytes: withHandles.executor.inlineBudgetBytes });
  if (!counted.ok || !('result' in counted) || counted.result !== truth || inlineAnswer !== truth) throw new Error(`wrong answer: ${JSON.stringify(counted)}`);
  const handleBytes = jsonBytes(renderExecuteResult(stored));
  const snippetBytes = jsonBytes(renderRunCodeResult(counted));
  rows.push(
    ['(a) task', `count the open issues among ${handle.bytes.toLocaleString('en')} bytes of issues (answer ${truth})`],
    ['(a) without handles: execute result inline', `${inlineBytes.toLocaleString('en')} bytes (the body twice: text block and structuredContent)`],
    ['(a) with handles: execute handle + run_code answer', `${(handleBytes + snippetBytes).toLocaleString('en')} bytes (${handleBytes.toLocaleString('en')} + ${snippetBytes}; snippet sent: ${code.length} chars)`],
    ['(a) ratio', `${(inlineBytes / (handleBytes + snippetBytes)).toFixed(0)}× fewer bytes to the agent`],
  );

  // (b) Reading a 50 MB stored result.
  let started = performance.now();
  const big = await execute(withHandles, 'mb50');
  const executeMs = performance.now() - started;
  const bigHandle = handleOf(big);
  const count = (bigHandle.shape as [string, number])[1];
  rows.push(['(b) execute of 50 MB (fetch, parse, handle)', `${ms(executeMs)} (${bigHandle.bytes.toLocaleString('en')} bytes, ${count.toLocaleString('en')} issues)`]);
  const store = withHandles.executor.results.store;
  const firstQuery: number[] = [];
  let calls = new ResultCalls(store);
  for (let i = 0; i < 3; i++) {
    calls = new ResultCalls(store);
    firstQuery.push(timed(() => calls.answer({ op: 'query', uri: bigHandle.uri, query: { limit: 100 } }, MAX_ANSWER_BYTES)));
  }
  rows.push(['(b) results.query, first on a result (read 50 MB + parse)', `median ${ms(summarize(firstQuery).p50)} of ${firstQuery.map((t) => t.toFixed(0)).join(', ')} ms`]);
  const pages = repeat(500, () => calls.answer({ op: 'query', uri: bigHandle.uri, query: { limit: 100, offset: randomInt(count - 100) } }, MAX_ANSWER_BYTES));
  rows.push(['(b) results.query page, limit 100, random offset', percentiles(pages)]);
  const scans = repeat(20, () => calls.answer({ op: 'query', uri: bigHandle.uri, query: { filter: { state: 'open', 'labels.0.name': 'bug', comments: { $gte: 8 } }, limit: 100 } }, MAX_ANSWER_BYTES));
  rows.push([`(b) results.query filter scan of ${count.toLocaleString('en')} issues`, percentiles(scans)]);
  const paths = repeat(500, () => calls.answer({ op: 'query', uri: bigHandle.uri, query: { path: `${randomInt(count)}.user.login` } }, MAX_ANSWER_BYTES));
  rows.push(['(b) results.query path lookup (n.user.login)', percentiles(paths)]);
  // Every read above starts with the record's lookup: its share of each figure.
  const records = repeat(200, () => store.get(bigHandle.uri));
  rows.push(['(b) ResultStore.get (the record, no content) of the 50 MB result', percentiles(records)]);
  const pageCount = Math.ceil(bigHandle.bytes / RESULT_PAGE_CHARS);
  const reads = repeat(200, () => store.page(store.get(bigHandle.uri), randomInt(pageCount) * RESULT_PAGE_CHARS, RESULT_PAGE_CHARS));
  rows.push([`(b) resources/read page (ResultStore.page, 1 MiB of ${pageCount})`, percentiles(reads)]);
  const whole = repeat(5, () => store.text(store.get(bigHandle.uri)));
  rows.push(['(b) ResultStore.text, whole 50 MB', percentiles(whole)]);
  const scan = `
    let count = 0, open = 0;
    for (let offset: number | undefined = 0; offset !== undefined; ) {
      const page: any = await results.query(${JSON.stringify(bigHandle.uri)}, { limit: 1000, offset });
      count += page.items.length;
      for (const issue of page.items) if (issue.state === 'open') open++;
      offset = page.next;
    }
    return { count, open };`;
  for (const label of ['first', 'again']) {
    started = performance.now();
    const scanned = await withHandles.codeRunner().run({ code: scan, surface: 'sdk', timeoutMs: 120_000 });
    if (!scanned.ok || !('result' in scanned) || (scanned.result as { count: number }).count !== count) throw new Error(`scan failed: ${JSON.stringify(scanned)}`);
    rows.push([`(b) run_code paging all 50 MB (limit 1000), ${label}`, `${ms(performance.now() - started)} (${Math.ceil(count / 1000)} pages into a 64 MiB heap)`]);
  }

  // (c) Making a handle: stringify + store + shape + preview, and its parts.
  const owner = { scope: withHandles.executor.scopes.at(-1)!, principal: 'bench' };
  const results = withHandles.executor.results;
  for (const megabytes of [3, 50]) {
    const data: unknown = JSON.parse(upstream.bulkBody(megabytes));
    const times = megabytes === 3 ? 10 : 3;
    const text = JSON.stringify(data);
    const total = repeat(times, () => results.keepIfLarge(data, 16 * 1024, owner));
    const stringify = repeat(times, () => JSON.stringify(data));
    const save = repeat(times, () => results.store.save({ text, ...owner, ttlMs: 60_000 }));
    const shape = repeat(times, () => shapeOf(data));
    const preview = repeat(times, () => previewOf(data, 1024));
    const p50 = (samples: number[]) => summarize(samples).p50.toFixed(1);
    rows.push([
      `(c) keepIfLarge, ${megabytes} MB (median of ${times})`,
      `${ms(summarize(total).p50)} = stringify ${p50(stringify)} + SQLite insert ${p50(save)} + shape ${p50(shape)} + preview ${p50(preview)} ms`,
    ]);
  }

  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
} finally {
  for (const runtime of runtimes) await runtime.close();
  await upstream.close();
  for (const home of homes) home.dispose();
}

async function open(config: unknown): Promise<Runtime> {
  const home = createExecutorHome(config);
  homes.push(home);
  const runtime = await openRuntime({ configPath: home.configPath, env: home.env });
  runtimes.push(runtime);
  return runtime;
}

type Success = Extract<ExecuteResult, { ok: true }>;

async function execute(runtime: Runtime, repo: string): Promise<Success> {
  const result = await runtime.executor.execute(ADDRESS, { owner: 'bulk', repo }, { surface: 'mcp', inlineBudgetBytes: runtime.executor.inlineBudgetBytes });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

function handleOf(result: Success): ResultHandle {
  if (!('handle' in result)) throw new Error('expected a handle');
  return result.handle;
}

function jsonBytes(result: CallToolResult): number {
  return Buffer.byteLength(JSON.stringify(result));
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function repeat(times: number, work: () => unknown): number[] {
  return Array.from({ length: times }, () => timed(work));
}

function percentiles(samples: number[]): string {
  const { p50, p99, n } = summarize(samples);
  return `p50 ${ms(p50)}  p99 ${ms(p99)}  (n=${n})`;
}

function randomInt(below: number): number {
  return Math.floor(Math.random() * below);
}

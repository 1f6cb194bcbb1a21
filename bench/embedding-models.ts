// Compares static-model variants on DENSE-ONLY retrieval over StableToolBench's dev split (tune on dev only;
// the test split stays unseen): every endpoint embedded once, each query ranked by cosine. Reports R@5, R@10,
// nDCG@10, the model folder's size, load time, document throughput and single-query latency. With --fused, also
// nDCG@10 of the project's lexical ranking fused with the dense one by reciprocal rank (what search will do).
//
//   npm run bench:embedding-models -- [--only name,name] [--docs summary|named|ranker] [--fused] [--json]
//       [--variant 'name={"vocab":50000,"sifA":1e-5}']…   (ad-hoc variants: StaticModelOptions over the shipped ones)
//
// Variants are built into search/embedding/.cache/variants/<name> (git-ignored).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDataset, splitOf, toDocuments } from './search-quality/corpus.js';
import { aggregate, type JudgedRun } from './search-quality/metrics.js';
import { plainBm25, projectLexical } from './search-quality/systems.js';
import { documentText, fuseRankings, type SearchDocument } from '../search/index.js';
import { buildStaticModel, DEFAULT_OPTIONS, type StaticModelOptions } from '../search/embedding/build-static-model.js';
import { loadEmbedder, type Embedder } from '../search/embedding/embedder.js';
import { CACHE_DIR, loadWinkVectors, type WordVectors } from '../search/embedding/static-model-sources.js';

const GLOVE: StaticModelOptions = { ...DEFAULT_OPTIONS, source: 'glove', apiWords: 0, newApiWords: 0, dims: 0, tuning: null };
const USE: StaticModelOptions = { ...DEFAULT_OPTIONS, vocab: 50_000, apiWords: 3, newApiWords: 0, tuning: null };

/** The candidates of RESEARCH.md's table, in its order. */
const VARIANTS: Record<string, StaticModelOptions> = {
  // (a) GloVe word vectors. First as RESEARCH.md first built them: SIF a = 1e-3, nothing removed.
  'glove-100k-a1e-3': { ...GLOVE, vocab: 100_000, sifA: 1e-3, removeTop: 0 },
  'glove-100k-a1e-3-nosif': { ...GLOVE, vocab: 100_000, sifA: null, removeTop: 0 },
  'glove-100k-a1e-3-fp32': { ...GLOVE, vocab: 100_000, sifA: 1e-3, removeTop: 0, int8: false },
  'glove-100k-a1e-4': { ...GLOVE, vocab: 100_000, removeTop: 0 },
  // Then with the top 8 principal directions removed, by vocabulary size.
  'glove-30k': { ...GLOVE, vocab: 30_000, removeTop: 8 },
  'glove-50k': { ...GLOVE, vocab: 50_000, removeTop: 8 },
  'glove-100k': { ...GLOVE, vocab: 100_000, removeTop: 8 },
  'glove-200k': { ...GLOVE, vocab: 200_000, removeTop: 8 },
  'glove-50k+api3': { ...GLOVE, vocab: 50_000, apiWords: 3, removeTop: 8 },
  // (c) every word embedded alone by USE lite (model2vec-style), by width and vocabulary.
  'use-50k+api3-d512': { ...USE, dims: 0, removeTop: 16 },
  'use-50k+api3-d256': { ...USE, dims: 256 },
  'use-50k+api3-d128': { ...USE },
  'use-100k-d128': { ...USE, vocab: 100_000, apiWords: 0 },
  'use-20k+api3-d128': { ...USE, vocab: 20_000 },
  'use-30k+api3-d128': { ...USE, vocab: 30_000 },
  'use-30k+api3+new10-d64': { ...DEFAULT_OPTIONS, dims: 64, tuning: null },
  'static-use-128d-untuned': { ...DEFAULT_OPTIONS, tuning: null },
  'static-use-128d': { ...DEFAULT_OPTIONS }, // shipped
  'static-use-128d-fp32': { ...DEFAULT_OPTIONS, int8: false },
};

/** How an endpoint becomes one text to embed. */
const DOCUMENT_TEXTS: Record<string, (doc: SearchDocument) => string> = {
  // The summary is the description's first sentence, so that sentence counts twice: a cheap emphasis.
  summary: (doc) => `${doc.summary} ${doc.description}`,
  // Also the operation and API names, which often say what the endpoint does when the description is thin.
  named: (doc) => `${doc.toolId} ${doc.source} ${doc.summary} ${doc.description}`,
  // What the dense ranker embeds by default (search/dense-ranker.ts).
  ranker: documentText,
};

/** Rankings are cut here before fusing, as a search index would ask each ranker for a few pages of hits. */
const FUSION_DEPTH = 100;

interface Measurement {
  variant: string;
  megabytes: number;
  loadMs: number;
  docsPerSecond: number;
  queryMs: number;
  recallAt5: number;
  recallAt10: number;
  ndcgAt10: number;
  /** Best nDCG@10 of lexical + dense fused by reciprocal rank (with --fused), and the dense weight giving it. */
  fusedNdcgAt10?: number;
  fusedDenseWeight?: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      docs: { type: 'string' },
      fused: { type: 'boolean' },
      json: { type: 'boolean' },
      variant: { type: 'string', multiple: true },
    },
  });
  for (const spec of values.variant ?? []) {
    const [name, json] = spec.split(/=(.*)/s);
    VARIANTS[name!] = { ...DEFAULT_OPTIONS, ...(JSON.parse(json!) as Partial<StaticModelOptions>) };
  }
  const names = values.only?.split(',') ?? (values.variant ? values.variant.map((spec) => spec.split('=')[0]!) : Object.keys(VARIANTS));
  const documentText = DOCUMENT_TEXTS[values.docs ?? 'named'];
  if (!documentText) throw new Error(`--docs must be one of ${Object.keys(DOCUMENT_TEXTS).join(', ')}`);

  const dataset = loadDataset();
  const documents = toDocuments(dataset.endpoints);
  const devQueries = dataset.queries.filter((query) => (dataset.qrels.get(query._id)?.size ?? 0) > 0 && splitOf(query._id) === 'dev');
  const judged = { queries: devQueries, qrels: dataset.qrels, documents };
  const lexical = values.fused ? await lexicalRankings(documents, devQueries) : undefined;
  if (lexical) for (const [name, rankings] of Object.entries(lexical)) console.log(`${name} alone: nDCG@10 ${ndcgOf(rankings, judged).toFixed(3)}`);
  await import('@huggingface/transformers'); // so load times below exclude the one-off library import

  let glove: WordVectors | undefined;
  const measurements: Measurement[] = [];
  for (const name of names) {
    const variant = VARIANTS[name];
    if (!variant) throw new Error(`unknown variant ${name}; known: ${Object.keys(VARIANTS).join(', ')}`);
    glove ??= loadWinkVectors();
    const folder = join(CACHE_DIR, 'variants', name);
    await buildStaticModel(glove, variant, folder);
    const measurement = await measure(name, folder, documents.map(documentText), judged, lexical?.['lexical']);
    measurements.push(measurement);
    if (!values.json) printRow(measurement, measurements.length === 1);
  }
  if (values.json) console.log(JSON.stringify({ documents: documents.length, devQueries: devQueries.length, measurements }, null, 2));
}

interface Judged {
  queries: { _id: string; text: string }[];
  qrels: Map<string, Set<string>>;
  documents: SearchDocument[];
}

async function measure(variant: string, folder: string, documentTexts: string[], judged: Judged, lexical?: string[][]): Promise<Measurement> {
  const loadStarted = performance.now();
  const embedder = await loadEmbedder({ model: folder });
  const loadMs = performance.now() - loadStarted;

  const docsStarted = performance.now();
  const documentVectors = await embedder.embed(documentTexts);
  const docsPerSecond = documentTexts.length / ((performance.now() - docsStarted) / 1000);

  const dense: string[][] = [];
  let queryTime = 0;
  for (const query of judged.queries) {
    const started = performance.now();
    const [vector] = await embedder.embed([query.text]);
    queryTime += performance.now() - started;
    dense.push(topByCosine(vector!, documentVectors, judged.documents, FUSION_DEPTH));
  }
  await embedder.dispose();
  const metrics = aggregate(judgedRuns(dense, judged));
  const measurement: Measurement = {
    variant,
    megabytes: folderBytes(folder) / 1e6,
    loadMs,
    docsPerSecond,
    queryMs: queryTime / judged.queries.length,
    recallAt5: metrics.recallAt5,
    recallAt10: metrics.recallAt10,
    ndcgAt10: metrics.ndcgAt10,
  };
  if (lexical) {
    for (const weight of FUSION_WEIGHTS) {
      const ndcg = ndcgOf(fused(lexical, dense, weight), judged);
      if (ndcg > (measurement.fusedNdcgAt10 ?? -1)) Object.assign(measurement, { fusedNdcgAt10: ndcg, fusedDenseWeight: weight });
    }
  }
  return measurement;
}

function judgedRuns(rankings: string[][], judged: Judged): JudgedRun[] {
  return rankings.map((ranked, i) => ({ ranked: ranked.slice(0, 10), relevant: judged.qrels.get(judged.queries[i]!._id)! }));
}

function ndcgOf(rankings: string[][], judged: Judged): number {
  return aggregate(judgedRuns(rankings, judged)).ndcgAt10;
}

/** Dense weights tried against lexical's 1: the dense ranking is the weaker one, so it should count less. */
const FUSION_WEIGHTS = [0.1, 0.2, 0.3, 0.5, 0.75, 1];

/** Each query's lexical and dense rankings fused by reciprocal rank. */
function fused(lexical: string[][], dense: string[][], denseWeight: number): string[][] {
  const hits = (keys: string[]) => keys.map((key, i) => ({ key, score: -i }));
  return lexical.map((keys, i) =>
    fuseRankings([{ hits: hits(keys) }, { hits: hits(dense[i]!), weight: denseWeight }]).map((hit) => hit.key),
  );
}

/** The project's lexical search (and plain BM25, for scale), top FUSION_DEPTH keys per query. */
async function lexicalRankings(documents: SearchDocument[], queries: { text: string }[]): Promise<Record<string, string[][]>> {
  const rankings: Record<string, string[][]> = {};
  for (const system of [projectLexical(), plainBm25()]) {
    await system.index(documents);
    rankings[system.name] = [];
    for (const query of queries) rankings[system.name]!.push(await system.search(query.text, FUSION_DEPTH));
  }
  return rankings;
}

/** Keys of the `limit` documents closest to the query (vectors are normalised: dot product = cosine). */
function topByCosine(query: Float32Array, vectors: Float32Array[], documents: SearchDocument[], limit: number): string[] {
  const scored = vectors.map((vector, index) => {
    let dot = 0;
    for (let d = 0; d < vector.length; d++) dot += vector[d]! * query[d]!;
    return { index, dot };
  });
  scored.sort((a, b) => b.dot - a.dot || a.index - b.index);
  return scored.slice(0, limit).map(({ index }) => documents[index]!.key);
}

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function printRow(m: Measurement, header: boolean): void {
  if (header) {
    console.log('| variant | MB | R@5 | R@10 | nDCG@10 | nDCG@10 per 10 MB | fused nDCG@10 (dense weight) | load ms | docs/s | query ms |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
  }
  const cells = [
    m.variant,
    m.megabytes.toFixed(1),
    m.recallAt5.toFixed(3),
    m.recallAt10.toFixed(3),
    m.ndcgAt10.toFixed(3),
    ((m.ndcgAt10 / m.megabytes) * 10).toFixed(3),
    m.fusedNdcgAt10 === undefined ? '' : `${m.fusedNdcgAt10.toFixed(3)} (w ${m.fusedDenseWeight})`,
    m.loadMs.toFixed(0),
    m.docsPerSecond.toFixed(0),
    m.queryMs.toFixed(3),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

await main();

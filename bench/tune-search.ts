// Tunes the lexical ranker's query-time options on the DEV halves of both benchmarks (paraphrased requests
// over 28 APIs, StableToolBench) and prints a grid; it never prints test figures. `npx tsx bench/tune-search.ts`
// Each row is one option set; the first is the current default.
import { loadEmbedder } from '../search/embedding/embedder.js';
import {
  createDenseRanker,
  createLexicalRanker,
  createSearchIndex,
  defaultLexicon,
  type ContentCache,
  type LexicalRankerOptions,
  type SearchDocument,
  type TextEmbedder,
  type WeightedRanker,
} from '../search/index.js';
import { searchDocumentOf } from '../server/catalog-search.js';
import { requestSplit, requestsExecutor } from './search-requests.js';
import { loadDataset, splitOf, toDocuments } from './search-quality/corpus.js';
import { aggregate, type JudgedRun } from './search-quality/metrics.js';
import { loadNlRequests } from './search-quality/requests/validate.js';

const memory = new Map<string, Uint8Array>();
const cache: ContentCache = {
  get: (kind, hashes) => new Map(hashes.flatMap((h) => (memory.has(kind + h) ? [[h, memory.get(kind + h)!] as const] : []))),
  put: (kind, entries) => {
    for (const [h, data] of entries) memory.set(kind + h, data);
  },
};

const executor = await requestsExecutor();
const requestDocs: SearchDocument[] = [];
for (const source of executor.catalog.sources()) {
  for (const tool of executor.catalog.toolsOf(source.name)) requestDocs.push(searchDocumentOf(tool, source));
}
const sourceInfo = executor.catalog.sources().map((s) => ({ name: s.name, title: s.title, baseUrl: s.baseUrl }));
executor.close();
const requests = loadNlRequests().filter((r) => requestSplit(r) === 'dev');
const stb = loadDataset();
const stbDocs = toDocuments(stb.endpoints);
const stbQueries = stb.queries.filter((q) => splitOf(q._id) === 'dev' && (stb.qrels.get(q._id)?.size ?? 0) > 0);

interface Variant {
  name: string;
  lexical: LexicalRankerOptions;
  namedSourceWeight?: number;
  /** Adds the dense ranker (the shipped model) with this fusion weight. */
  dense?: number;
  rrfK?: number;
  /** Adds the dense model as a second-stage reranker with this weight. */
  rerank?: number;
  /** What the dense ranker embeds per document. */
  denseText?: (doc: SearchDocument) => string;
}

function rankersOf(variant: Variant) {
  const lexical = createLexicalRanker({ cache, ...variant.lexical });
  const rankers: WeightedRanker[] = [{ ranker: lexical, weight: 1 }];
  const dense = variant.dense !== undefined || variant.rerank !== undefined ? createDenseRanker({ embedder: embedder!, cache, ...(variant.denseText ? { textOf: variant.denseText } : {}) }) : undefined;
  if (variant.dense !== undefined) rankers.push({ ranker: dense!, weight: variant.dense });
  return {
    rankers,
    ...(variant.rrfK === undefined ? {} : { rrfK: variant.rrfK }),
    ...(variant.rerank === undefined ? {} : { rerank: { reranker: dense!, weight: variant.rerank } }),
  };
}

async function score(variant: Variant) {
  const requestIndex = createSearchIndex({ ...rankersOf(variant), ...(variant.namedSourceWeight === undefined ? {} : { namedSourceWeight: variant.namedSourceWeight }) });
  for (const s of sourceInfo) requestIndex.describeSource(s.name, { ...(s.title ? { title: s.title } : {}), ...(s.baseUrl ? { baseUrl: s.baseUrl } : {}) });
  await requestIndex.add(requestDocs);
  const runs: JudgedRun[] = [];
  for (const request of requests) {
    const hits = await requestIndex.search(request.text, { limit: 10 });
    runs.push({ ranked: hits.map((h) => `${h.source}.${h.toolId}`), relevant: new Set(request.relevant.map((id) => `${request.source}.${id}`)) });
  }
  const stbIndex = createSearchIndex(rankersOf(variant));
  await stbIndex.add(stbDocs);
  const stbRuns: JudgedRun[] = [];
  for (const query of stbQueries) {
    const hits = await stbIndex.search(query.text, { limit: 10 });
    stbRuns.push({ ranked: hits.map((h) => h.key), relevant: stb.qrels.get(query._id)! });
  }
  return { requests: aggregate(runs), stb: aggregate(stbRuns) };
}

const lexicon = defaultLexicon();
const modelFlag = process.argv.find((arg) => arg.startsWith('--model='))?.slice('--model='.length);
const embedder: TextEmbedder | undefined = process.argv.includes('--no-dense') ? undefined : await loadEmbedder(modelFlag === undefined ? {} : { model: modelFlag });
const base: LexicalRankerOptions = { lexicon };
const variants: Variant[] = [
  { name: 'default+lexicon', lexical: base },
  { name: 'no lexicon', lexical: {} },
  ...[0.4, 0.8, 1.0].map((w) => ({ name: `lexiconWeight ${w}`, lexical: { ...base, lexiconWeight: w } })),
  ...[0.25, 0.5, 1].map((w) => ({ name: `sourceWeight ${w}`, lexical: { ...base, sourceWeight: w } })),
  ...[0.25, 1].map((w) => ({ name: `description ${w}`, lexical: { ...base, fieldWeights: { description: w } } })),
  ...[1, 3].map((w) => ({ name: `summaryCoverage ${w}`, lexical: { ...base, summaryCoverageWeight: w } })),
  ...[0, 2].map((w) => ({ name: `namedSource ${w}`, lexical: base, namedSourceWeight: w })),
  ...[0, 0.25, 1, 2].map((w) => ({ name: `action ${w}`, lexical: { ...base, actionWeight: w } })),
  ...[0.2, 0.4].map((w) => ({ name: `lexiconWord ${w}`, lexical: { ...base, lexiconWordWeight: w } })),
  ...[0, 0.25, 0.5].map((w) => ({ name: `combo action ${w}`, lexical: { ...base, sourceWeight: 0.5, lexiconWordWeight: 0.2, actionWeight: w } })),
  ...[0.05, 0.1, 0.2, 0.35].map((w) => ({ name: `dense ${w}`, lexical: base, dense: w })),
  ...[0.1, 0.2].map((w) => ({ name: `dense ${w} k20`, lexical: base, dense: w, rrfK: 20 })),
  ...[0.05, 0.1, 0.15].map((w) => ({ name: `dense ${w} k10`, lexical: base, dense: w, rrfK: 10 })),
  { name: 'no dense k20', lexical: base, rrfK: 20 },
  ...[0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.12].map((w) => ({ name: `rerank ${w} k10`, lexical: base, rerank: w, rrfK: 10 })),
  ...[0.005, 0.01].map((w) => ({ name: `rerank ${w} k60`, lexical: base, rerank: w })),
  { name: 'server', lexical: base, rerank: 0.06, rrfK: 10 },
  ...[0.1, 0.15, 0.2].map((w) => ({ name: `tuned rerank ${w}`, lexical: base, rerank: w, rrfK: 10 })),
  ...[0.2, 0.35, 0.5].map((w) => ({ name: `tuned dense ${w} rerank 0.06`, lexical: base, dense: w, rerank: 0.06, rrfK: 10 })),
  ...[0.2, 0.35].map((w) => ({ name: `tuned dense ${w} rerank 0.1`, lexical: base, dense: w, rerank: 0.1, rrfK: 10 })),
  { name: 'server lexicon 0.8', lexical: { ...base, lexiconWeight: 0.8 }, rerank: 0.06, rrfK: 10 },
  { name: 'server lexiconWord 0.35', lexical: { ...base, lexiconWordWeight: 0.35 }, rerank: 0.06, rrfK: 10 },
  { name: 'server description 1', lexical: { ...base, fieldWeights: { description: 1 } }, rerank: 0.06, rrfK: 10 },
  { name: 'server keywords 2.5', lexical: { ...base, fieldWeights: { keywords: 2.5 } }, rerank: 0.06, rrfK: 10 },
  { name: 'server params 0.75', lexical: { ...base, fieldWeights: { parameters: 0.75 } }, rerank: 0.06, rrfK: 10 },
  ...[0.06, 0.1].map((w) => ({
    name: `rerank ${w} k10 fulltext`,
    lexical: base,
    rerank: w,
    rrfK: 10,
    denseText: (doc: SearchDocument) => `${doc.toolId} ${doc.source} ${doc.sourceTitle ?? ''} ${doc.summary} ${doc.description}`,
  })),
  ...[0.2, 0.4].map((w) => ({ name: `lexiconWord ${w} phrase 1`, lexical: { ...base, lexiconWordWeight: w, lexiconWeight: 1 } })),
];
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
console.log('variant                      req hit@5  hit@10  MRR    | stb R@5  R@10   nDCG@10');
for (const variant of variants) {
  if (only.length > 0 && !only.some((o) => variant.name.includes(o))) continue;
  const { requests: r, stb: s } = await score(variant);
  console.log(`${variant.name.padEnd(28)} ${r.hitAt5.toFixed(3)}      ${r.hitAt10.toFixed(3)}   ${r.mrr.toFixed(3)}  | ${s.recallAt5.toFixed(3)}    ${s.recallAt10.toFixed(3)}  ${s.ndcgAt10.toFixed(3)}`);
}

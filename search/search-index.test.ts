import { describe, expect, it } from 'vitest';
import { createLexicalRanker } from './lexical-ranker.js';
import type { RankedHit, RankOptions, Ranker, SearchDocument } from './ranker.js';
import { FEATURE_NAMES } from './rerank/candidate-features.js';
import { createLearnedReranker } from './rerank/learned-reranker.js';
import { createSearchIndex } from './search-index.js';

function doc(source: string, toolId: string, summary: string): SearchDocument {
  return { key: `${source}\u0000${toolId}`, source, toolId, summary, description: '', parameters: [], keywords: [] };
}

const CATALOG: SearchDocument[] = [
  doc('github', 'issues.list_for_repo', 'List repository issues'),
  doc('github', 'issues.list', 'List issues assigned to the authenticated user'),
  doc('github', 'issues.create', 'Create an issue'),
  doc('github', 'repos.get', 'Get a repository'),
  doc('github', 'gists.get', 'Get a gist'),
  doc('gitlab', 'issues.list', 'List project issues'),
  doc('gitlab', 'projects.get', 'Get a project'),
];

/**
 * A second ranker with a fixed opinion (the dense ranker's place, without a model's noise): it ranks the
 * keys it was told to, in that order, async like an embedding model, and records what it was asked.
 */
function fixedRanker(order: string[]): Ranker & { asked: RankOptions[] } {
  const known = new Set<string>();
  const asked: RankOptions[] = [];
  return {
    asked,
    async add(docs) {
      for (const d of docs) known.add(d.key);
    },
    remove(keys) {
      for (const key of keys) known.delete(key);
    },
    async rank(_query, options): Promise<RankedHit[]> {
      asked.push(options);
      return order.filter((key) => known.has(key)).slice(0, options.limit).map((key, i) => ({ key, score: 1 - i / 100 }));
    },
  };
}

async function indexOf(...rankers: Parameters<typeof createSearchIndex>[0]['rankers']) {
  const index = createSearchIndex({ rankers });
  await index.add(CATALOG);
  return index;
}

async function toolsFor(index: Awaited<ReturnType<typeof indexOf>>, query: string, limit = 5, source?: string) {
  const hits = await index.search(query, source === undefined ? { limit } : { limit, source });
  return hits.map((hit) => `${hit.source}.${hit.toolId}`);
}

describe('createSearchIndex', () => {
  it('returns hits naming their source and tool, best first, at most limit', async () => {
    const index = await indexOf(createLexicalRanker());
    const hits = await index.search('list repository issues', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ key: 'github\u0000issues.list_for_repo', source: 'github', toolId: 'issues.list_for_repo' });
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('ranks the request, not the values in it, yet still matches a tool named outright', async () => {
    const index = await indexOf(createLexicalRanker());
    // Quoted text is a value: "get a gist" inside the title must not find gists.get.
    expect((await toolsFor(index, 'create an issue titled "get a gist"', 1))[0]).toBe('github.issues.create');
    expect((await toolsFor(index, 'gists.get', 1))[0]).toBe('github.gists.get');
  });

  it('asks each ranker for a deeper candidate list than it returns', async () => {
    const deep = fixedRanker([]);
    const index = await indexOf(createLexicalRanker(), deep);
    await index.search('issues', { limit: 5 });
    await index.search('issues', { limit: 30, source: 'github' });
    expect(deep.asked).toEqual([{ limit: 50 }, { limit: 120, source: 'github' }]);
  });

  it('fuses the rankers by rank, so their agreement wins', async () => {
    // Lexical puts gitlab's issues.list first for "list project issues"; the fixed ranker disagrees.
    const opinion = fixedRanker(['github\u0000issues.list_for_repo', 'gitlab\u0000issues.list']);
    const index = await indexOf(createLexicalRanker(), opinion);
    const tools = await toolsFor(index, 'list project issues', 2);
    expect(tools).toEqual(['gitlab.issues.list', 'github.issues.list_for_repo']);
  });

  it('lets a heavier ranker decide', async () => {
    const opinion = fixedRanker(['github\u0000gists.get']);
    const index = await indexOf(createLexicalRanker(), { ranker: opinion, weight: 3 });
    expect((await toolsFor(index, 'get a repository'))[0]).toBe('github.gists.get');
  });

  it('filters by source, even when a ranker ignores the filter', async () => {
    const careless = fixedRanker(['github\u0000issues.list', 'gitlab\u0000projects.get']);
    const index = await indexOf(createLexicalRanker(), careless);
    const tools = await toolsFor(index, 'list issues get', 10, 'gitlab');
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((tool) => tool.startsWith('gitlab.'))).toBe(true);
  });

  it('replaces documents by key and forgets removed ones in every ranker', async () => {
    const opinion = fixedRanker(['github\u0000repos.get']);
    const index = await indexOf(createLexicalRanker(), opinion);
    await index.add([{ ...doc('github', 'repos.archive', 'Archive a repository'), key: 'github\u0000repos.get' }]);
    expect((await index.search('archive', { limit: 1 }))[0]).toMatchObject({ key: 'github\u0000repos.get', toolId: 'repos.archive' });
    index.remove(['github\u0000repos.get']);
    expect(await toolsFor(index, 'archive a repository', 10)).not.toContain('github.repos.archive');
    expect(await toolsFor(index, 'repos.archive')).not.toContain('github.repos.archive');
  });

  it('drops hits for keys it was never given', async () => {
    const index = await indexOf(fixedRanker(['ghost', 'github\u0000repos.get']));
    expect(await toolsFor(index, 'anything')).toEqual(['github.repos.get']);
  });

  it('returns nothing for a limit of 0', async () => {
    const index = await indexOf(createLexicalRanker());
    expect(await index.search('issues', { limit: 0 })).toEqual([]);
  });

  it('refuses to be created without a ranker', () => {
    expect(() => createSearchIndex({ rankers: [] })).toThrow(/"rankers" must hold at least one ranker/);
  });
});

describe('createSearchIndex exact-name boost', () => {
  it('puts the tool first when the query is its id, although the words favour another', async () => {
    const index = await indexOf(createLexicalRanker());
    expect((await toolsFor(index, 'issues.list'))[0]).toMatch(/\.issues\.list$/);
    expect((await toolsFor(index, 'issues.list', 2)).sort()).toEqual(['github.issues.list', 'gitlab.issues.list']);
  });

  it('accepts a dotted suffix of source.toolId, an operationId and a full address', async () => {
    const index = await indexOf(createLexicalRanker());
    for (const query of ['list_for_repo', 'github.issues.list_for_repo', 'issues/list-for-repo', 'github.local.work.issues.list_for_repo', 'ISSUES.LIST_FOR_REPO']) {
      expect((await toolsFor(index, query))[0], query).toBe('github.issues.list_for_repo');
    }
  });

  it('names one source’s tool when the query qualifies it with the source', async () => {
    const index = await indexOf(createLexicalRanker());
    expect((await toolsFor(index, 'gitlab.issues.list'))[0]).toBe('gitlab.issues.list');
    expect((await toolsFor(index, 'github.issues.list'))[0]).toBe('github.issues.list');
  });

  it('ranks a whole-id match above a suffix match', async () => {
    const index = await indexOf(createLexicalRanker());
    await index.add([doc('slack', 'get', 'Get a thing')]);
    expect((await toolsFor(index, 'get'))[0]).toBe('slack.get');
  });

  it('finds a named tool even when no ranker does, and keeps scores in order', async () => {
    const index = await indexOf(fixedRanker(['github\u0000gists.get', 'github\u0000issues.create']));
    const hits = await index.search('repos.get', { limit: 3 });
    expect(hits.map((hit) => hit.toolId)).toEqual(['repos.get', 'gists.get', 'issues.create']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('respects the source filter', async () => {
    const index = await indexOf(createLexicalRanker());
    expect(await toolsFor(index, 'github.issues.list', 5, 'gitlab')).not.toContain('github.issues.list');
  });

  it('treats a query with spaces as prose, not a name', async () => {
    const index = await indexOf(fixedRanker(['github\u0000repos.get']));
    expect(await toolsFor(index, 'issues list')).toEqual(['github.repos.get']);
  });
});

describe('createSearchIndex second stage (rerank)', () => {
  /** A reranker that finds the given keys similar to any query, and knows the documents it was given. */
  function similarTo(favoured: string[]) {
    const ranker = fixedRanker([]);
    const known = new Set<string>();
    return Object.assign(ranker, {
      async add(docs: SearchDocument[]) {
        for (const d of docs) known.add(d.key);
      },
      async similarity(_query: string, keys: readonly string[]) {
        return new Map(keys.filter((key) => known.has(key)).map((key) => [key, favoured.includes(key) ? 1 : 0]));
      },
    });
  }

  it('re-orders the candidates by similarity, and never adds one the rankers missed', async () => {
    const reranker = similarTo(['github\u0000issues.list', 'github\u0000gists.get']);
    const index = createSearchIndex({ rankers: [createLexicalRanker()], rerank: { reranker, weight: 1 } });
    await index.add(CATALOG);
    const tools = (await index.search('list issues', { limit: 5 })).map((hit) => `${hit.source}.${hit.toolId}`);
    expect(tools[0]).toBe('github.issues.list');
    expect(tools).not.toContain('github.gists.get');
    const plain = await indexOf(createLexicalRanker());
    expect(new Set(await toolsFor(plain, 'list issues', 5))).toEqual(new Set(tools));
  });

  it('counts the similarity less for a request longer than fullWeightWords', async () => {
    const first = 'github\u0000issues.list_for_repo';
    const favoured = 'github\u0000issues.create';
    // RRF (k = 60) puts the first ranked tool 1/61 − 1/62 ≈ 0.00026 ahead; the reranker adds 0.005 to the other.
    const index = createSearchIndex({
      rankers: [fixedRanker([first, favoured])],
      rrfK: 60,
      rerank: { reranker: similarTo([favoured]), weight: 0.005, fullWeightWords: 4 },
    });
    await index.add(CATALOG);
    const firstFor = async (query: string) => (await index.search(query, { limit: 2 }))[0]!.key;
    expect(await firstFor('open a new issue')).toBe(favoured);
    // 100 words: the weight shrinks to 0.005 × 4 / 100 = 0.0002, less than the fused lead.
    expect(await firstFor(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '))).toBe(first);
  });

  it('keeps the fused order when the weight is 0', async () => {
    const reranker = similarTo(['github\u0000issues.list']);
    const index = createSearchIndex({ rankers: [createLexicalRanker()], rerank: { reranker, weight: 0 } });
    await index.add(CATALOG);
    const plain = await indexOf(createLexicalRanker());
    expect((await index.search('list issues', { limit: 5 })).map((hit) => hit.key)).toEqual((await plain.search('list issues', { limit: 5 })).map((hit) => hit.key));
  });

  describe('with a learned scorer', () => {
    // A scorer that only values how much of the request a summary holds: the fused order says nothing to it.
    const width = FEATURE_NAMES.length;
    const unit = FEATURE_NAMES.map((name) => (name === 'summaryOverlap' ? 1 : 0)).concat(0);
    const learned = createLearnedReranker({ embeddingModel: 'test', features: [...FEATURE_NAMES], mean: new Array(width).fill(0), deviation: new Array(width).fill(1), hidden: [unit], output: [5] });
    const order = ['github\u0000issues.list', 'github\u0000repos.get', 'github\u0000issues.create'];

    it('orders the candidates by its scores, best at 1 and the rest below', async () => {
      const index = createSearchIndex({ rankers: [fixedRanker(order)], rerank: { reranker: similarTo([]), weight: 0, learned } });
      await index.add(CATALOG);
      const hits = await index.search('create an issue', { limit: 3 });
      expect(hits.map((hit) => hit.toolId)).toEqual(['issues.create', 'issues.list', 'repos.get']);
      expect(hits[0]!.score).toBe(1);
      expect(hits[1]!.score).toBeLessThan(1);
      expect(hits[2]!.score).toBeGreaterThan(0);
    });

    it('hands out the candidates with their feature rows, in the first stage\'s order', async () => {
      const index = createSearchIndex({ rankers: [fixedRanker(order)], rerank: { reranker: similarTo([]), weight: 0.2 } });
      await index.add(CATALOG);
      const candidates = await index.candidates('create an issue', {});
      expect(candidates.map((candidate) => candidate.key)).toEqual(order);
      expect(candidates[2]!.features[FEATURE_NAMES.indexOf('summaryOverlap')]).toBe(1);
      for (const candidate of candidates) expect(candidate.features).toHaveLength(width);
      expect(await createSearchIndex({ rankers: [fixedRanker(order)] }).candidates('create an issue', {})).toEqual([]);
    });

    it('reads a tool\'s new words once it is replaced, not the ones it analysed before', async () => {
      const index = createSearchIndex({ rankers: [fixedRanker(order)], rerank: { reranker: similarTo([]), weight: 0, learned } });
      await index.add(CATALOG);
      expect((await index.search('create an issue', { limit: 1 }))[0]!.toolId).toBe('issues.create');
      await index.add([doc('github', 'issues.create', 'Open a ticket'), doc('github', 'repos.get', 'Create an issue')]);
      expect((await index.search('create an issue', { limit: 1 }))[0]!.toolId).toBe('repos.get');
    });
  });
});

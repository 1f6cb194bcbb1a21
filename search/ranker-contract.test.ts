import { describe, expect, it } from 'vitest';
import { createLexicalRanker } from './lexical-ranker.js';
import type { Ranker, SearchDocument } from './ranker.js';

// The contract every Ranker keeps (see `ranker.ts`), run against each implementation. A new ranker (the
// dense one) joins by adding one line to RANKERS; cases here only rely on what any ranker must do, so a
// case that needs exact words belongs in that ranker's own tests.

const RANKERS: [string, () => Ranker][] = [['lexical', () => createLexicalRanker()]];

function doc(source: string, toolId: string, summary: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { key: `${source}\u0000${toolId}`, source, toolId, summary, description: '', parameters: [], keywords: [], ...extra };
}

const CATALOG: SearchDocument[] = [
  doc('github', 'issues.list_for_repo', 'List repository issues', { parameters: ['owner', 'repo'] }),
  doc('github', 'issues.create', 'Create an issue', { parameters: ['owner', 'repo', 'title'] }),
  doc('github', 'repos.delete', 'Delete a repository'),
  doc('github', 'pulls.create', 'Create a pull request'),
  doc('gitlab', 'issues.list', 'List project issues', { parameters: ['project_id'] }),
  doc('gitlab', 'projects.delete', 'Delete a project'),
  doc('gitlab', 'merge_requests.create', 'Create a merge request'),
];

async function ranked(ranker: Ranker, query: string, limit = 10, source?: string): Promise<string[]> {
  const hits = await ranker.rank(query, source === undefined ? { limit } : { limit, source });
  return hits.map((hit) => hit.key);
}

async function rankerWith(create: () => Ranker, docs: SearchDocument[] = CATALOG): Promise<Ranker> {
  const ranker = create();
  await ranker.add(docs);
  return ranker;
}

describe.each(RANKERS)('Ranker contract: %s', (_, create) => {
  it('ranks the tool a query describes first', async () => {
    const ranker = await rankerWith(create);
    expect((await ranked(ranker, 'delete a repository'))[0]).toBe('github\u0000repos.delete');
    expect((await ranked(ranker, 'create a merge request'))[0]).toBe('gitlab\u0000merge_requests.create');
  });

  it('returns at most limit hits, best first, each key once', async () => {
    const ranker = await rankerWith(create);
    const hits = await ranker.rank('create list issues', { limit: 3 });
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(new Set(hits.map((hit) => hit.key)).size).toBe(hits.length);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('returns only documents of the given source', async () => {
    const ranker = await rankerWith(create);
    const keys = await ranked(ranker, 'create delete list issues', 10, 'gitlab');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith('gitlab\u0000')).toBe(true);
    expect(await ranked(ranker, 'list issues', 10, 'bitbucket')).toEqual([]);
  });

  it('replaces a document added again under the same key', async () => {
    const ranker = await rankerWith(create);
    const key = 'github\u0000repos.delete';
    await ranker.add([{ ...doc('github', 'gists.star', 'Star a gist'), key }]);
    expect((await ranked(ranker, 'star a gist'))[0]).toBe(key);
    expect(await ranked(ranker, 'delete a repository')).not.toContain(key);
    expect((await ranked(ranker, 'star a gist')).filter((hit) => hit === key)).toHaveLength(1);
  });

  it('keeps the last of two documents with one key in the same batch', async () => {
    const ranker = await rankerWith(create, [
      { ...doc('github', 'gists.star', 'Star a gist'), key: 'k' },
      { ...doc('github', 'teams.create', 'Create a team'), key: 'k' },
    ]);
    expect(await ranked(ranker, 'create a team')).toEqual(['k']);
    expect(await ranked(ranker, 'star a gist')).not.toContain('k');
  });

  it('forgets removed documents, ignores unknown keys, and takes a removed key back', async () => {
    const ranker = await rankerWith(create);
    ranker.remove(['github\u0000repos.delete', 'never-added']);
    expect(await ranked(ranker, 'delete a repository')).not.toContain('github\u0000repos.delete');
    await ranker.add([doc('github', 'repos.delete', 'Delete a repository')]);
    expect((await ranked(ranker, 'delete a repository'))[0]).toBe('github\u0000repos.delete');
  });

  it('returns [] for a query without words, a limit of 0, or an empty index', async () => {
    const ranker = await rankerWith(create);
    expect(await ranked(ranker, '')).toEqual([]);
    expect(await ranked(ranker, ' ?! / {} ')).toEqual([]);
    expect(await ranked(ranker, 'list issues', 0)).toEqual([]);
    expect(await ranked(create(), 'list issues')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createLexicalRanker } from './lexical-ranker.js';
import type { LexicalRankerOptions } from './lexical-ranker.js';
import type { SearchDocument } from './ranker.js';

// What the lexical ranker adds to the shared contract (`ranker-contract.test.ts`): how words meet.

function doc(toolId: string, summary: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { key: toolId, source: 'github', toolId, summary, description: '', parameters: [], keywords: [], ...extra };
}

function rankerOf(docs: SearchDocument[], options?: LexicalRankerOptions) {
  const ranker = createLexicalRanker(options);
  ranker.add(docs);
  return (query: string, source?: string) => {
    const hits = ranker.rank(query, source === undefined ? { limit: 10 } : { limit: 10, source });
    if (!Array.isArray(hits)) throw new TypeError('the lexical ranker ranks synchronously');
    return hits.map((hit) => hit.key);
  };
}

describe('createLexicalRanker', () => {
  const search = rankerOf([
    doc('issues.list_for_repo', 'List repository issues', { parameters: ['owner', 'repo', 'per_page'] }),
    doc('repos.list_deployments', 'List deployments'),
    doc('gists.list', 'List gists for the authenticated user'),
    doc('repos.list_for_authenticated_user', 'List repositories for the authenticated user'),
    doc('repos.create_webhook', 'Create a repository webhook'),
  ]);

  it('meets a tool id whatever convention the query spells it in', () => {
    expect(search('listForRepo')[0]).toBe('issues.list_for_repo');
    expect(search('issues/list-for-repo')[0]).toBe('issues.list_for_repo');
  });

  it('meets plurals, -ing forms and abbreviations', () => {
    expect(search('listing repo issue')[0]).toBe('issues.list_for_repo');
  });

  it('reads "my" as the authenticated user', () => {
    expect(search('list my repositories')[0]).toBe('repos.list_for_authenticated_user');
  });

  it('matches a prefix of a word of four letters or more', () => {
    expect(search('deploy')).toEqual(['repos.list_deployments']);
  });

  it('forgives a typo in a long word', () => {
    expect(search('webhok')).toEqual(['repos.create_webhook']);
  });

  it('does not stretch short words by prefix or typo', () => {
    expect(search('git')).toEqual([]);
  });

  it('returns [] when no word matches', () => {
    expect(search('kubernetes')).toEqual([]);
  });

  it('searches parameter names', () => {
    expect(search('per_page')).toEqual(['issues.list_for_repo']);
  });

  it('weighs a match in the summary above one in the description', () => {
    const ranked = rankerOf([
      doc('a.mentions', 'Get a thing', { description: 'Works like the webhook endpoints.' }),
      doc('b.names', 'Get a webhook'),
    ]);
    expect(ranked('webhook')).toEqual(['b.names', 'a.mentions']);
  });

  it('does not search a field weighted 0', () => {
    const ranked = rankerOf([doc('a.mentions', 'Get a thing', { description: 'webhook' })], { fieldWeights: { description: 0 } });
    expect(ranked('webhook')).toEqual([]);
  });

  it('searches the source name, so naming the source prefers its tools', () => {
    const ranked = rankerOf([
      doc('issues.list', 'List issues'),
      { ...doc('issues.list', 'List issues', { source: 'gitlab' }), key: 'gitlab issues.list' },
    ]);
    expect(ranked('gitlab issues')[0]).toBe('gitlab issues.list');
  });

  it('prefers the tool whose whole summary the query spells out over one that repeats its words', () => {
    const docs = [
      doc('repos.delete', 'Delete a repository', { keywords: ['repos'], parameters: ['owner', 'repo'] }),
      doc('repos.delete_webhook', 'Delete a repository webhook', {
        keywords: ['repos', 'hooks'],
        parameters: ['owner', 'repo', 'hook_id'],
        description: 'Deletes a webhook from a repository.',
      }),
      doc('repos.get', 'Get a repository', { keywords: ['repos'], parameters: ['owner', 'repo'] }),
      doc('repos.list_webhooks', 'List repository webhooks', { keywords: ['repos', 'hooks'], parameters: ['owner', 'repo'] }),
      doc('issues.delete_label', 'Delete a label', { keywords: ['issues', 'labels'], parameters: ['owner', 'repo', 'name'] }),
    ];
    expect(rankerOf(docs)('delete a repository')[0]).toBe('repos.delete');
    // Without the coverage boost, the description's extra mentions win: the case the boost exists for.
    expect(rankerOf(docs, { summaryCoverageWeight: 0 })('delete a repository')[0]).toBe('repos.delete_webhook');
  });

  it('reads a question without a verb of its own as asking to read', () => {
    const docs = [
      doc('meetings.delete', 'Delete a meeting'),
      doc('meetings.list', 'List meetings of a user'),
      doc('meetings.update', 'Update a meeting'),
    ];
    const search = rankerOf(docs);
    expect(search('what meetings do I have coming up?')[0]).toBe('meetings.list');
    expect(rankerOf(docs, { actionWeight: 0 })('what meetings do I have coming up?')[0]).not.toBe('meetings.list');
  });
});

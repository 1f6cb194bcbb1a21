import { describe, expect, it } from 'vitest';
import { createLexicalRanker } from '../lexical-ranker.js';
import type { ContentCache, SearchDocument } from '../ranker.js';
import { decodeFields, encodeFields } from './analysis-codec.js';
import { analyzeFields, fieldTexts } from './analyze.js';
import { boundedEditDistance } from './expand-query.js';
import { TopK } from './top-k.js';

function doc(source: string, toolId: string, summary: string): SearchDocument {
  return { key: `${source}\u0000${toolId}`, source, toolId, summary, description: '', parameters: [], keywords: [] };
}

describe('TopK', () => {
  it('keeps the k best, best first, earlier first among equals', () => {
    const top = new TopK(3);
    [5, 1, 9, 5, 7, 3].forEach((score, id) => top.push(id, score));
    expect(top.sorted()).toEqual([
      { id: 2, score: 9 },
      { id: 4, score: 7 },
      { id: 0, score: 5 },
    ]);
    expect(new TopK(0).sorted()).toEqual([]);
  });
});

describe('boundedEditDistance', () => {
  it('counts edits and stops early past the bound', () => {
    expect(boundedEditDistance('webhok', 'webhook', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('abc', 'xyzabc', 1)).toBe(2);
  });
});

describe('analysis codec', () => {
  it('round-trips the term counts of a document', () => {
    const fields = analyzeFields(fieldTexts({ ...doc('github', 'issues.list_for_repo', 'List repository issues'), parameters: ['owner', 'repo'], description: 'Lists issues. Issues issues.' }));
    expect(decodeFields(encodeFields(fields))).toEqual(fields);
  });

  it('refuses bytes that are not an encoding', () => {
    expect(decodeFields(new TextEncoder().encode('garbage'))).toBeUndefined();
  });
});

describe('lexical ranker source lift', () => {
  const docs = [
    doc('music', 'tracks.pause', 'Pause the track'),
    doc('music', 'tracks.resume', 'Resume the track'),
    doc('music', 'tracks.skip', 'Skip the track'),
    doc('video', 'video.pause', 'Pause the video'),
    doc('video', 'video.delete', 'Delete a video'),
  ];
  const rankerWith = (sourceWeight: number) => {
    const ranker = createLexicalRanker({ sourceWeight });
    ranker.add(docs);
    return (query: string) => ranker.rank(query, { limit: 5 }) as { key: string; score: number }[];
  };
  const scoreOf = (hits: { key: string; score: number }[], key: string) => hits.find((hit) => hit.key === key)!.score;

  it('lifts the tools of the source that matches the request best', () => {
    const plain = rankerWith(0)('pause track');
    const lifted = rankerWith(0.5)('pause track');
    const ratio = (hits: typeof plain) => scoreOf(hits, 'music\u0000tracks.resume') / scoreOf(hits, 'video\u0000video.pause');
    expect(ratio(lifted)).toBeGreaterThan(ratio(plain) * 1.2);
  });

  it('scores a query the same after other queries as on its own (nothing carries over)', () => {
    const used = rankerWith(0.5);
    used('delete the video');
    used('skip');
    expect(used('pause track')).toEqual(rankerWith(0.5)('pause track'));
  });
});

describe('lexical ranker at scale', () => {
  it('stays correct through many removals (compaction) and re-adds', () => {
    const ranker = createLexicalRanker();
    const docs = Array.from({ length: 3000 }, (_, i) => doc(`s${i % 30}`, `thing_${i}.get`, `Get thing number ${i}`));
    ranker.add([...docs, doc('github', 'repos.delete', 'Delete a repository')]);
    ranker.remove(docs.slice(0, 2500).map((d) => d.key));
    expect(ranker.size).toBe(501);
    expect(ranker.rank('delete a repository', { limit: 3 })[0]?.key).toBe('github\u0000repos.delete');
    expect(ranker.rank('thing 2999', { limit: 1 })[0]?.key).toBe(docs[2999]!.key);
    expect(ranker.rank('thing 10', { limit: 50 }).some((hit) => hit.key === docs[10]!.key)).toBe(false);
    ranker.add([docs[10]!]);
    expect(ranker.rank('thing 10', { limit: 50 }).some((hit) => hit.key === docs[10]!.key)).toBe(true);
  });

  it('reads term counts of seen documents from the cache instead of analysing them again', () => {
    const stored = new Map<string, Uint8Array>();
    let puts = 0;
    const cache: ContentCache = {
      get: (kind, hashes) => new Map(hashes.flatMap((hash) => (stored.has(`${kind}/${hash}`) ? [[hash, stored.get(`${kind}/${hash}`)!] as const] : []))),
      put(kind, entries) {
        for (const [hash, data] of entries) {
          stored.set(`${kind}/${hash}`, data);
          puts++;
        }
      },
    };
    const docs = [doc('github', 'repos.delete', 'Delete a repository'), doc('github', 'repos.get', 'Get a repository')];
    createLexicalRanker({ cache }).add(docs);
    expect(puts).toBe(2);
    const second = createLexicalRanker({ cache });
    second.add(docs);
    expect(puts).toBe(2);
    expect(second.rank('delete a repository', { limit: 1 })[0]?.key).toBe('github\u0000repos.delete');
  });
});

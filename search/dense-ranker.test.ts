import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDenseRanker } from './dense-ranker.js';
import { loadEmbedder, type Embedder } from './embedding/embedder.js';
import type { ContentCache, SearchDocument } from './ranker.js';

// The dense ranker over the shipped embedding model, loaded offline from the repository.

function doc(source: string, toolId: string, summary: string, description = ''): SearchDocument {
  return { key: `${source}\u0000${toolId}`, source, toolId, summary, description, parameters: [], keywords: [] };
}

const CATALOG = [
  doc('stripe', 'refunds.create', 'Create a refund', 'Refunds a charge that has previously been created, returning the money to the card.'),
  doc('stripe', 'customers.list', 'List all customers'),
  doc('spotify', 'player.pause', 'Pause playback', "Pause playback on the user's account."),
  doc('spotify', 'playlists.create', 'Create a playlist'),
  doc('calendar', 'events.delete', 'Delete an event', 'Deletes an event from a calendar.'),
];

let embedder: Embedder;
beforeAll(async () => {
  embedder = await loadEmbedder();
});
afterAll(() => embedder.dispose());

describe('createDenseRanker', () => {
  it('ranks by meaning, within the limit and the source filter', async () => {
    const ranker = createDenseRanker({ embedder });
    await ranker.add(CATALOG);
    const hits = await ranker.rank('pause the music that is playing', { limit: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(hits.map((hit) => hit.key)).toContain('spotify\u0000player.pause');
    const stripeOnly = await ranker.rank('pause the music that is playing', { limit: 5, source: 'stripe' });
    expect(stripeOnly.every((hit) => hit.key.startsWith('stripe\u0000'))).toBe(true);
    expect(await ranker.rank('   ', { limit: 5 })).toEqual([]);
    expect(await ranker.rank('refund', { limit: 0 })).toEqual([]);
  });

  it('replaces a document by key, forgets removed ones and reuses their rows', async () => {
    const ranker = createDenseRanker({ embedder });
    await ranker.add(CATALOG);
    ranker.remove(['spotify\u0000player.pause', 'never-added']);
    expect(ranker.size).toBe(CATALOG.length - 1);
    expect((await ranker.rank('pause playback', { limit: 10 })).map((h) => h.key)).not.toContain('spotify\u0000player.pause');
    await ranker.add([doc('spotify', 'player.pause', 'Pause playback')]);
    await ranker.add([doc('spotify', 'player.pause', 'Pause playback')]);
    expect(ranker.size).toBe(CATALOG.length);
  });

  it('scores given candidates for a second stage, leaving out keys it does not hold', async () => {
    const ranker = createDenseRanker({ embedder });
    await ranker.add(CATALOG);
    const similarity = await ranker.similarity('give the customer their money back', ['stripe\u0000refunds.create', 'spotify\u0000playlists.create', 'unknown']);
    expect([...similarity.keys()].sort()).toEqual(['spotify\u0000playlists.create', 'stripe\u0000refunds.create']);
    expect(similarity.get('stripe\u0000refunds.create')!).toBeGreaterThan(similarity.get('spotify\u0000playlists.create')!);
  });

  it('embeds each distinct text once and reads it back from the cache', async () => {
    const stored = new Map<string, Uint8Array>();
    const cache: ContentCache = {
      get: (kind, hashes) => new Map(hashes.flatMap((h) => (stored.has(kind + h) ? [[h, stored.get(kind + h)!] as const] : []))),
      put: (kind, entries) => {
        for (const [h, data] of entries) stored.set(kind + h, data);
      },
    };
    let embedded = 0;
    const counting = { ...embedder, id: embedder.id, dimensions: embedder.dimensions, embed: (texts: readonly string[]) => ((embedded += texts.length), embedder.embed(texts)) };
    // Two keys with the same text (one tool seen under two keys): one embedding.
    const twins = [doc('a', 'x.get', 'Get a thing'), { ...doc('a', 'x.get', 'Get a thing'), key: 'a\u0000twin' }];
    await createDenseRanker({ embedder: counting, cache }).add(twins);
    expect(embedded).toBe(1);
    const again = createDenseRanker({ embedder: counting, cache });
    await again.add(twins);
    expect(embedded).toBe(1);
    expect(again.size).toBe(2);
  });
});

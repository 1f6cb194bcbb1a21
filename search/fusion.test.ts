import { describe, expect, it } from 'vitest';
import { DEFAULT_RRF_K, fuseRankings } from './fusion.js';
import type { RankedHit } from './ranker.js';

function hits(...keys: string[]): RankedHit[] {
  return keys.map((key, index) => ({ key, score: 100 - index }));
}

describe('fuseRankings', () => {
  it('scores a single ranking 1 / (k + rank) with ranks from 1 and k = 60', () => {
    expect(DEFAULT_RRF_K).toBe(60);
    expect(fuseRankings([{ hits: hits('a', 'b', 'c') }])).toEqual([
      { key: 'a', score: 1 / 61 },
      { key: 'b', score: 1 / 62 },
      { key: 'c', score: 1 / 63 },
    ]);
  });

  it('sums over rankings, so a key two rankings agree on beats one a single ranking put first', () => {
    const fused = fuseRankings([{ hits: hits('a', 'b') }, { hits: hits('c', 'b') }]);
    expect(fused.map((hit) => hit.key)).toEqual(['b', 'a', 'c']);
    expect(fused[0]?.score).toBeCloseTo(2 / 62, 12);
  });

  it('ignores the rankers’ own scores', () => {
    const lowScores = [{ key: 'a', score: 0.001 }, { key: 'b', score: 0.0001 }];
    expect(fuseRankings([{ hits: lowScores }])).toEqual(fuseRankings([{ hits: hits('a', 'b') }]));
  });

  it('multiplies each ranking by its weight', () => {
    const fused = fuseRankings([{ hits: hits('a', 'b'), weight: 1 }, { hits: hits('b', 'a'), weight: 3 }]);
    expect(fused).toEqual([
      { key: 'b', score: 1 / 62 + 3 / 61 },
      { key: 'a', score: 1 / 61 + 3 / 62 },
    ]);
  });

  it('uses the given k', () => {
    expect(fuseRankings([{ hits: hits('a', 'b') }], 0)).toEqual([
      { key: 'a', score: 1 },
      { key: 'b', score: 1 / 2 },
    ]);
  });

  it('counts a key repeated within one ranking at its best rank only', () => {
    expect(fuseRankings([{ hits: hits('a', 'b', 'a') }])).toEqual([
      { key: 'a', score: 1 / 61 },
      { key: 'b', score: 1 / 62 },
    ]);
  });

  it('keeps first-met order for ties', () => {
    expect(fuseRankings([{ hits: hits('a') }, { hits: hits('b') }]).map((hit) => hit.key)).toEqual(['a', 'b']);
  });

  it('leaves out a zero-weight ranking entirely, including keys only it found', () => {
    expect(fuseRankings([{ hits: hits('a') }, { hits: hits('z'), weight: 0 }])).toEqual([{ key: 'a', score: 1 / 61 }]);
  });

  it('returns nothing for no rankings or empty ones', () => {
    expect(fuseRankings([])).toEqual([]);
    expect(fuseRankings([{ hits: [] }, { hits: [] }])).toEqual([]);
  });

  it('rejects a negative weight or k, naming the bad value', () => {
    expect(() => fuseRankings([{ hits: hits('a'), weight: -1 }])).toThrow(/weight must be .* got -1/);
    expect(() => fuseRankings([{ hits: hits('a') }], -5)).toThrow(/k must be .* got -5/);
  });
});

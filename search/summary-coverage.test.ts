import { describe, expect, it } from 'vitest';
import { coverageBoost, summaryCoverage } from './summary-coverage.js';

describe('summaryCoverage', () => {
  it('is the share of summary terms the query contains', () => {
    const query = new Set(['delet', 'repositori']);
    expect(summaryCoverage(query, new Set(['delet', 'repositori']))).toBe(1);
    expect(summaryCoverage(query, new Set(['delet', 'repositori', 'webhook', 'secret']))).toBe(0.5);
    expect(summaryCoverage(query, new Set())).toBe(0);
  });

  it('boosts a fully covered summary three times and a half-covered one by half', () => {
    expect(coverageBoost(1)).toBe(3);
    expect(coverageBoost(0.5)).toBe(1.5);
    expect(coverageBoost(0)).toBe(1);
    expect(coverageBoost(1, 0)).toBe(1);
  });
});

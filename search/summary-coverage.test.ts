import { describe, expect, it } from 'vitest';
import { coverageBoost } from './summary-coverage.js';

describe('coverageBoost', () => {
  it('boosts a fully covered summary three times and a half-covered one by half', () => {
    expect(coverageBoost(1)).toBe(3);
    expect(coverageBoost(0.5)).toBe(1.5);
    expect(coverageBoost(0)).toBe(1);
    expect(coverageBoost(1, 0)).toBe(1);
  });
});

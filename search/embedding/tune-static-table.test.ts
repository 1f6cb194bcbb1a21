import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrainingExamples, tuneTable, type TrainingExample, type TuningOptions } from './tune-static-table.js';

const WORDS = ['[PAD]', '[UNK]', 'silence', 'mute', 'snooze', 'notifications', 'money', 'back', 'refund', 'charge', 'music', 'pause', 'playback'];
const DIMS = 8;
const tokenize = (text: string) => Int32Array.from(text.split(' ').map((word) => WORDS.indexOf(word)).filter((id) => id > 1));
const OPTIONS: TuningOptions = { epochs: 40, learningRate: 0.05, scale: 10, batchSize: 8, sameApi: 2, seed: 7 };

/** Rows drawn from a fixed sequence, so every word starts unrelated to every other. */
function startTable(): Float32Array {
  const table = new Float32Array(WORDS.length * DIMS);
  for (let i = 2 * DIMS; i < table.length; i++) table[i] = Math.sin(i * 12.9898) * 0.5;
  return table;
}

function vectorOf(table: Float32Array, text: string): Float32Array {
  const sum = new Float32Array(DIMS);
  for (const id of tokenize(text)) for (let d = 0; d < DIMS; d++) sum[d]! += table[id * DIMS + d]!;
  const norm = Math.hypot(...sum);
  return sum.map((value) => value / norm);
}

const cosine = (table: Float32Array, a: string, b: string) => {
  const [x, y] = [vectorOf(table, a), vectorOf(table, b)];
  return x.reduce((sum, value, i) => sum + value * y[i]!, 0);
};

const EXAMPLES: TrainingExample[] = [
  { api: 'slack', operation: 'snooze notifications', requests: ['silence', 'mute'] },
  { api: 'stripe', operation: 'refund charge', requests: ['money back'] },
  { api: 'spotify', operation: 'pause playback', requests: ['music'] },
];

describe('tuneTable', () => {
  it('moves a request towards its operation and away from the others', () => {
    const table = startTable();
    const before = cosine(table, 'silence', 'snooze notifications') - cosine(table, 'silence', 'refund charge');
    const losses = tuneTable(table, DIMS, EXAMPLES, tokenize, OPTIONS);
    const after = cosine(table, 'silence', 'snooze notifications') - cosine(table, 'silence', 'refund charge');
    expect(after).toBeGreaterThan(before + 0.2);
    expect(cosine(table, 'money back', 'refund charge')).toBeGreaterThan(cosine(table, 'money back', 'pause playback'));
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
  });

  it('gives the same table for the same seed and leaves padding and unknown rows at zero', () => {
    const [a, b] = [startTable(), startTable()];
    tuneTable(a, DIMS, EXAMPLES, tokenize, OPTIONS);
    tuneTable(b, DIMS, EXAMPLES, tokenize, OPTIONS);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(a.subarray(0, 2 * DIMS).every((value) => value === 0)).toBe(true);
  });

  it('skips a request with no known word instead of producing NaN', () => {
    const table = startTable();
    const losses = tuneTable(table, DIMS, [...EXAMPLES, { api: 'slack', operation: 'mute', requests: ['zzz qqq'] }], tokenize, OPTIONS);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(table.every(Number.isFinite)).toBe(true);
  });
});

describe('loadTrainingExamples', () => {
  it('names the file and line of a malformed example', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tune-')), 'pairs.jsonl');
    writeFileSync(file, `${JSON.stringify(EXAMPLES[0])}\n{"api": "x", "requests": []}\n`);
    expect(() => loadTrainingExamples(file)).toThrow(`${file}:2: expected {api, operation, requests[]}`);
  });
});

// Prints the sandbox's overheads (the numbers in the report come from here); asserts only loose bounds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { HostCallHandler, Sandbox } from '../sandbox.js';
import { createQuickJsSandbox } from './index.js';
import { runSnippet, valueOf } from './testing/snippets.js';

const instantHost: HostCallHandler = async () => '{"ok":true,"value":1}';
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = createQuickJsSandbox({ workers: 2 });
  for (let i = 0; i < 50; i++) await runSnippet(sandbox, 'return 1;');
});

afterAll(async () => {
  await sandbox.close();
});

it('runs `return 1` in a couple of milliseconds with a warm pool, and host calls in a fraction of one', async () => {
  const wall: number[] = [];
  const inside: number[] = [];
  for (let i = 0; i < 500; i++) {
    const started = performance.now();
    const result = await runSnippet(sandbox, 'return 1;');
    wall.push(performance.now() - started);
    inside.push(result.durationMs);
  }

  let started = performance.now();
  const sequential = await runSnippet(sandbox, 'let sum = 0; for (let i = 0; i < 1000; i++) sum += await search("q"); return sum;', {
    hostCall: instantHost,
    timeoutMs: 30_000,
  });
  const sequentialMs = performance.now() - started;

  started = performance.now();
  const concurrent = await runSnippet(sandbox, 'const all = await Promise.all(Array.from({ length: 1000 }, () => search("q"))); return all.length;', {
    hostCall: instantHost,
    timeoutMs: 30_000,
  });
  const concurrentMs = performance.now() - started;

  expect(valueOf(sequential)).toBe(1000);
  expect(valueOf(concurrent)).toBe(1000);
  console.log(
    [
      `return 1 (500 runs, warm pool): p50 ${percentile(wall, 0.5).toFixed(2)} ms, p99 ${percentile(wall, 0.99).toFixed(2)} ms` +
        ` (inside the worker: p50 ${percentile(inside, 0.5).toFixed(2)} ms)`,
      `1,000 sequential host calls: ${sequentialMs.toFixed(0)} ms (${((sequentialMs / 1000) * 1000).toFixed(0)} µs per call)`,
      `1,000 concurrent host calls (Promise.all): ${concurrentMs.toFixed(0)} ms`,
    ].join('\n'),
  );
  expect(percentile(wall, 0.5)).toBeLessThan(10);
});

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

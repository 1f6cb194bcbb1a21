import { afterAll, describe, expect, it } from 'vitest';
import { createQuickJsSandbox } from './quickjs-sandbox.js';
import { asciiJson } from './snippet-run.js';

describe('asciiJson', () => {
  it('leaves small answers and ASCII answers as they are', () => {
    expect(asciiJson('{"ok":true,"value":"café ✓"}')).toBe('{"ok":true,"value":"café ✓"}');
    const ascii = JSON.stringify({ ok: true, value: 'e'.repeat(300_000) });
    expect(asciiJson(ascii)).toBe(ascii);
  });

  it('escapes non-ASCII characters in a large answer, to the same value once parsed', () => {
    const value = Array.from({ length: 20_000 }, (_, i) => ({ i, title: `café ✓ 🚀 ${i}` }));
    const answer = JSON.stringify({ ok: true, value });
    const escaped = asciiJson(answer);
    expect(escaped).not.toBe(answer);
    expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
    expect(JSON.parse(escaped)).toEqual({ ok: true, value });
  });
});

describe('a large answer with non-ASCII text', () => {
  const sandbox = createQuickJsSandbox({ workers: 1 });
  afterAll(() => sandbox.close());

  it('parses into objects in the snippet and the worker survives the run (no abort on teardown)', async () => {
    const value = Array.from({ length: 6_000 }, (_, i) => ({ id: i, title: `café ✓ ${i}`, body: 'x'.repeat(300) }));
    const answer = JSON.stringify({ ok: true, value });
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      for (let run = 0; run < 2; run++) {
        const result = await sandbox.run({ code: 'const v = await search("x"); return v.at(-1).title;', timeoutMs: 20_000, seed: 1, clock: [], hostCall: async () => answer });
        expect(result).toMatchObject({ ok: true, value: JSON.stringify('café ✓ 5999') });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join('')).not.toContain('Aborted(');
  });
});

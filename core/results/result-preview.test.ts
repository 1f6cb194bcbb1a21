import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewOf } from './result-preview.js';

const MORE_ITEMS = /^… (\d+) more$/;
const MORE_KEYS = /^(\d+) more keys?$/;
const CUT_STRING = /^([\s\S]*)…(?: \((\d+) chars\))?$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

/**
 * Whether `preview` shows only true things about `original`: equal values, heads of strings and arrays, keys of
 * objects (a long key may be cut), and the markers this module documents in place of what was left out ("…" alone
 * stands for anything: it is what a number too long for the budget becomes).
 */
function isFaithful(preview: unknown, original: unknown): boolean {
  if (Object.is(preview, original) || preview === '…') return true;
  if (typeof preview === 'string') {
    if (Array.isArray(original)) return preview === `[… ${original.length} ${original.length === 1 ? 'item' : 'items'}]`;
    if (original !== null && typeof original === 'object') return preview === '{…}';
    const cut = CUT_STRING.exec(preview);
    if (typeof original !== 'string' || !cut) return false;
    return original.startsWith(cut[1]!) && (cut[2] === undefined || Number(cut[2]) === original.length);
  }
  if (Array.isArray(preview)) {
    if (!Array.isArray(original)) return false;
    const last = preview.at(-1);
    const marker = typeof last === 'string' ? MORE_ITEMS.exec(last) : null;
    const items = marker && Number(marker[1]) === original.length - (preview.length - 1) ? preview.slice(0, -1) : preview;
    if (items.length !== preview.length && items.length > original.length) return false;
    return items.every((item, i) => isFaithful(item, original[i]));
  }
  if (preview !== null && typeof preview === 'object') {
    if (original === null || typeof original !== 'object' || Array.isArray(original)) return false;
    const keys = Object.keys(original);
    return Object.entries(preview).every(([key, value]) => {
      if (key === '…' && !Object.hasOwn(original, '…')) return typeof value === 'string' && MORE_KEYS.test(value);
      const source = Object.hasOwn(original, key) ? key : keys.find((k) => key.endsWith('…') && k.startsWith(key.slice(0, -1)));
      return source !== undefined && isFaithful(value, (original as Record<string, unknown>)[source]);
    });
  }
  return false;
}

describe('previewOf: what passes through', () => {
  it('returns scalars as they are', () => {
    for (const value of [0, -1.5, 1e21, true, false, null, '', 'short text']) expect(previewOf(value)).toBe(value);
    expect(previewOf(undefined)).toBeUndefined();
  });

  it('returns a value that fits as an equal copy', () => {
    const value = { a: [1, 2, { b: 'c' }], d: null };
    const preview = previewOf(value);
    expect(preview).toEqual(value);
    expect(preview).not.toBe(value);
  });

  it('writes what JSON would for non-JSON values', () => {
    const date = new Date('2024-01-02T03:04:05Z');
    expect(previewOf({ date, nan: Number.NaN, gone: undefined, fn: () => 1, big: 12n })).toEqual({
      date: '2024-01-02T03:04:05.000Z',
      nan: null,
      big: '12',
    });
    expect(previewOf([undefined, Infinity])).toEqual([null, null]);
  });

  it('keeps a "__proto__" key as a key', () => {
    const preview = previewOf(JSON.parse('{"__proto__": {"x": 1}, "y": 2}'));
    expect(JSON.stringify(preview)).toBe('{"__proto__":{"x":1},"y":2}');
  });
});

describe('previewOf: cuts', () => {
  it('keeps the first items of a long array and counts the rest', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => i);
    const preview = previewOf(numbers, 200) as unknown[];
    const marker = preview.at(-1) as string;
    const kept = preview.length - 1;
    expect(preview.slice(0, -1)).toEqual(numbers.slice(0, kept));
    expect(marker).toBe(`… ${1000 - kept} more`);
    expect(kept).toBeGreaterThan(40);
    expect(bytesOf(preview)).toBeLessThanOrEqual(200);
  });

  it('shows a few whole objects of an array of objects rather than fragments', () => {
    const rows = Array.from({ length: 500 }, (_, id) => ({ id, title: `Issue number ${id}`, body: 'x'.repeat(200), labels: ['bug', 'p1'] }));
    const preview = previewOf(rows) as unknown[];
    expect(preview.length).toBeGreaterThanOrEqual(2);
    expect(preview.length).toBeLessThanOrEqual(5);
    expect(preview.slice(0, 3)).toEqual(rows.slice(0, 3));
    expect(preview.at(-1)).toBe(`… ${500 - (preview.length - 1)} more`);
  });

  it('cuts the first object of an array when even one is too big', () => {
    const rows = Array.from({ length: 100 }, (_, id) => ({ id, name: `row ${id}`, payload: 'p'.repeat(5000), done: false }));
    const preview = previewOf(rows) as Array<Record<string, unknown>>;
    expect(preview).toHaveLength(2);
    expect(preview[0]).toMatchObject({ id: 0, name: 'row 0', done: false });
    expect(preview[0]!['payload']).toMatch(/^p+… \(5000 chars\)$/);
    expect(preview[1]).toBe('… 99 more');
    expect(bytesOf(preview)).toBeGreaterThan(900);
  });

  it('cuts a long string with "…" and its length', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(100);
    const preview = previewOf(text, 100) as string;
    expect(preview).toMatch(/… \(4500 chars\)$/);
    expect(text.startsWith(preview.replace(/… \(4500 chars\)$/, ''))).toBe(true);
    expect(bytesOf(preview)).toBeLessThanOrEqual(100);
    expect(bytesOf(preview)).toBeGreaterThan(90);
  });

  it('drops the length note when the budget is tiny', () => {
    expect(previewOf('abcdefghijklmnopqrstuvwxyz', 16)).toBe('abcdefghijk…');
  });

  it('never splits a surrogate pair', () => {
    for (let budget = 16; budget < 80; budget++) {
      expect(LONE_SURROGATE.test(previewOf('😀'.repeat(100), budget) as string)).toBe(false);
    }
  });

  it('keeps the small fields of an envelope whole beside a big array', () => {
    const data = Array.from({ length: 300 }, (_, id) => ({ id, name: `user ${id}` }));
    const envelope = { data, meta: { page: 1, per_page: 300, next: 'https://api.example.com/users?page=2' }, total: 12_000 };
    const preview = previewOf(envelope) as Record<string, unknown>;
    expect(preview['meta']).toEqual(envelope.meta);
    expect(preview['total']).toBe(12_000);
    const head = preview['data'] as unknown[];
    expect(head.slice(0, -1)).toEqual(data.slice(0, head.length - 1));
    expect(head.at(-1)).toBe(`… ${300 - (head.length - 1)} more`);
  });

  it('shows a few entries of a map of big objects, not a row of stubs', () => {
    const entry = { name: 'n', description: 'd'.repeat(300), owner: { login: 'octocat', id: 1 } };
    const map = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`id${i}`, entry]));
    const preview = previewOf(map) as Record<string, unknown>;
    expect(Object.keys(preview).length).toBeLessThanOrEqual(8);
    expect(preview['id0']).toEqual(entry);
    expect(preview['…']).toMatch(MORE_KEYS);
  });

  it('keeps as many keys of a wide flat object as fit, then counts the rest', () => {
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const preview = previewOf(wide, 300) as Record<string, unknown>;
    const kept = Object.keys(preview).filter((key) => key !== '…');
    expect(kept).toEqual(Object.keys(wide).slice(0, kept.length));
    expect(preview['…']).toBe(`${1000 - kept.length} more keys`);
    expect(bytesOf(preview)).toBeGreaterThan(250);
  });

  it('cuts long keys', () => {
    const preview = previewOf({ ['k'.repeat(5000)]: 1 }, 200) as Record<string, unknown>;
    expect(Object.keys(preview)).toEqual([`${'k'.repeat(63)}…`]);
  });

  it('marks an object with no room for content as "{…}"', () => {
    expect(previewOf([{ a: 'x'.repeat(100) }, { b: 1 }], 24)).toEqual(['{…}', '… 1 more']);
  });
});

describe('previewOf: the bound', () => {
  it('holds for any JSON value and budget, and shows only faithful heads', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 16, max: 600 }), (value, maxBytes) => {
        const preview = previewOf(value, maxBytes);
        expect(bytesOf(preview)).toBeLessThanOrEqual(maxBytes);
        expect(isFaithful(preview, value)).toBe(true);
        // "…" alone is the last resort: only a number has no shorter faithful form.
        if (maxBytes >= 32 && typeof value !== 'number') expect(preview).not.toBe('…');
      }),
      { numRuns: 1000 },
    );
  });

  it('holds for large generated arrays, objects and strings', () => {
    const big = fc.oneof(
      fc.array(fc.record({ id: fc.nat(), name: fc.string({ maxLength: 200 }), tags: fc.array(fc.string(), { maxLength: 20 }) }), { minLength: 50, maxLength: 300 }),
      fc.dictionary(fc.string({ maxLength: 80 }), fc.jsonValue({ maxDepth: 3 }), { minKeys: 50, maxKeys: 200 }),
      fc.string({ unit: 'binary', minLength: 2000, maxLength: 5000 }),
      fc.array(fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 50 }), { maxLength: 20 }), { minLength: 20, maxLength: 50 }),
    );
    fc.assert(
      fc.property(big, fc.integer({ min: 16, max: 2048 }), (value, maxBytes) => {
        const preview = previewOf(value, maxBytes);
        expect(bytesOf(preview)).toBeLessThanOrEqual(maxBytes);
        expect(isFaithful(preview, value)).toBe(true);
        if (maxBytes >= 256 && bytesOf(value) > maxBytes) expect(bytesOf(preview)).toBeGreaterThan(maxBytes / 3);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for deep nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 3000; i++) deep = i % 2 ? [deep] : { next: deep };
    const preview = previewOf(deep, 512);
    expect(bytesOf(preview)).toBeLessThanOrEqual(512);
    expect(isFaithful(preview, deep)).toBe(true);
  });

  it('answers "…" for a value whose getters throw', () => {
    const hostile = {
      get boom(): never {
        throw new Error('no');
      },
    };
    expect(previewOf(hostile)).toBe('…');
  });

  it('raises a budget under 16 bytes to 16', () => {
    expect(bytesOf(previewOf('x'.repeat(100), 1))).toBeLessThanOrEqual(16);
  });

  it('previews a large parsed value quickly', () => {
    const rows = Array.from({ length: 200_000 }, (_, id) => ({ id, name: `user ${id}`, tags: ['a', 'b'] }));
    const started = performance.now();
    previewOf({ rows, total: rows.length });
    expect(performance.now() - started).toBeLessThan(50);
  });
});

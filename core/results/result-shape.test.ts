import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeOf } from './result-shape.js';

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { [`level${depth - i}`]: value };
  return value;
}

describe('shapeOf: the notation', () => {
  it('names scalar types', () => {
    expect(shapeOf('a')).toBe('string');
    expect(shapeOf(1.5)).toBe('number');
    expect(shapeOf(false)).toBe('boolean');
    expect(shapeOf(null)).toBe('null');
  });

  it('describes an array of objects by its length and the shape of its elements', () => {
    const items = Array.from({ length: 1000 }, (_, id) => ({ id, name: `n${id}`, tags: ['x'] }));
    expect(shapeOf({ items, total: 1000 })).toEqual({
      items: ['array', 1000, { id: 'number', name: 'string', tags: ['array', 1, 'string'] }],
      total: 'number',
    });
  });

  it('merges keys across sampled elements and marks the ones some lack with "?"', () => {
    const users = [{ id: 1 }, { id: 2, email: 'a@b.c' }, { id: 3, email: null }];
    expect(shapeOf(users)).toEqual(['array', 3, { id: 'number', 'email?': 'string|null' }]);
  });

  it('joins the scalar kinds seen at one place, strings first and null last', () => {
    expect(shapeOf([1, 'a', null, true])).toEqual(['array', 4, 'string|number|boolean|null']);
  });

  it('lists objects, arrays and scalars met at the same place under oneOf', () => {
    expect(shapeOf([{ a: 1 }, null])).toEqual(['array', 2, ['oneOf', { a: 'number' }, 'null']]);
    expect(shapeOf([[1], 'x'])).toEqual(['array', 2, ['oneOf', ['array', 1, 'number'], 'string']]);
  });

  it('shows empty arrays and objects as such', () => {
    expect(shapeOf([])).toEqual(['array', 0]);
    expect(shapeOf({})).toEqual({});
    expect(shapeOf({ list: [], map: {} })).toEqual({ list: ['array', 0], map: {} });
  });

  it('gives the length range of arrays at one place across elements', () => {
    const rows = [{ tags: ['a'] }, { tags: ['a', 'b', 'c'] }, { tags: [] }];
    expect(shapeOf(rows)).toEqual(['array', 3, { tags: ['array', '0..3', 'string'] }]);
  });

  it('describes a typical API envelope to its leaves at the default depth', () => {
    const envelope = { data: { items: [{ id: 1, user: { login: 'ada', org: { name: 'x' } } }] }, links: { next: null } };
    expect(shapeOf(envelope)).toEqual({
      data: { items: ['array', 1, { id: 'number', user: { login: 'string', org: { name: 'string' } } }] },
      links: { next: 'null' },
    });
  });

  it('describes arrays of arrays', () => {
    expect(shapeOf([[1, 2], [3, 4]])).toEqual(['array', 2, ['array', 2, 'number']]);
  });
});

describe('shapeOf: bounds', () => {
  it('stops at maxDepth (6 by default), marking deeper objects "{…}"', () => {
    expect(shapeOf(nested(8))).toEqual({ level1: { level2: { level3: { level4: { level5: { level6: '{…}' } } } } } });
    expect(shapeOf(nested(6), { maxDepth: 1 })).toEqual({ level1: '{…}' });
  });

  it('marks arrays past maxDepth with their length', () => {
    expect(shapeOf({ a: [[1, 2, 3]] }, { maxDepth: 2 })).toEqual({ a: ['array', 1, ['array', 3, '…']] });
  });

  it('lists at most maxKeys keys and counts the rest', () => {
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const shape = shapeOf(wide) as Record<string, unknown>;
    expect(Object.keys(shape)).toHaveLength(31);
    expect(shape['k0']).toBe('number');
    expect(shape['…']).toBe('70 more keys');
    expect(Object.keys(shapeOf(wide, { maxKeys: 5 }) as object)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', '…']);
  });

  it('cuts long key names', () => {
    const key = 'k'.repeat(500);
    const [shown] = Object.keys(shapeOf({ [key]: 1 }) as object);
    expect(shown).toBe(`${'k'.repeat(39)}…`);
  });

  it('reads only the first sampled elements of an array', () => {
    const rows: unknown[] = Array.from({ length: 100_000 }, () => ({ id: 1 }));
    rows[50] = { id: 1, late: true };
    expect(shapeOf(rows)).toEqual(['array', 100_000, { id: 'number' }]);
    expect(shapeOf(rows, { sample: 60 })).toEqual(['array', 100_000, { id: 'number', 'late?': 'boolean' }]);
  });

  it('never touches elements past the sample, however long the array', () => {
    const touched = new Set<PropertyKey>();
    const rows = new Proxy(
      Array.from({ length: 1_000_000 }, (_, i) => i),
      {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    expect(shapeOf(rows)).toEqual(['array', 1_000_000, 'number']);
    expect(touched.size).toBeLessThanOrEqual(20);
  });

  it('keeps wide and deep inputs within 2 KB, shallow keys first', () => {
    const row = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field_${i}`, { inner: { deeper: [{ x: 1, y: 'z' }] } }]));
    const wide = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`section_${i}`, [row, row]]));
    const shape = shapeOf(wide) as Record<string, unknown>;
    expect(bytesOf(shape)).toBeLessThanOrEqual(2048);
    expect(Object.keys(shape)).toContain('section_0');
    expect(shape['…']).toBe('170 more keys');
  });

  it('keeps long and multi-byte key names within the bound', () => {
    const wide = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`鍵`.repeat(60) + i, { a: { b: 'c'.repeat(100) } }]));
    expect(bytesOf(shapeOf(wide))).toBeLessThanOrEqual(2048);
    expect(bytesOf(shapeOf(wide, { maxBytes: 300 }))).toBeLessThanOrEqual(300);
  });

  it('keeps any JSON value within maxBytes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 128, max: 4096 }), (value, maxBytes) => {
        expect(bytesOf(shapeOf(value, { maxBytes }))).toBeLessThanOrEqual(maxBytes);
        expect(bytesOf(shapeOf(value))).toBeLessThanOrEqual(2048);
      }),
      { numRuns: 300 },
    );
  });

  it('describes a large parsed value quickly', () => {
    const rows = Array.from({ length: 200_000 }, (_, id) => ({ id, name: `user ${id}`, tags: ['a', 'b'], profile: { age: id % 90 } }));
    const started = performance.now();
    const shape = shapeOf({ rows });
    expect(performance.now() - started).toBeLessThan(50);
    expect(shape).toEqual({ rows: ['array', 200_000, { id: 'number', name: 'string', tags: ['array', 2, 'string'], profile: { age: 'number' } }] });
  });
});

describe('shapeOf: never throws', () => {
  it('survives a cycle', () => {
    const loop: Record<string, unknown> = { name: 'a' };
    loop['self'] = loop;
    const shape = shapeOf(loop);
    expect(shape).toEqual({ name: 'string', self: { name: 'string', self: { name: 'string', self: { name: 'string', self: { name: 'string', self: { name: 'string', self: '{…}' } } } } } });
  });

  it('answers "…" for a value whose getters throw', () => {
    const hostile = {
      get boom(): never {
        throw new Error('no');
      },
    };
    expect(shapeOf(hostile)).toBe('…');
  });

  it('names non-JSON values by their type', () => {
    expect(shapeOf({ big: 10n, nothing: undefined, fn: () => 1 })).toEqual({ big: 'number', nothing: 'undefined', fn: 'function' });
  });

  it('keeps a "__proto__" key as a key', () => {
    const shape = shapeOf(JSON.parse('{"__proto__": {"x": 1}}'));
    expect(Object.keys(shape as object)).toEqual(['__proto__']);
    expect(JSON.stringify(shape)).toBe('{"__proto__":{"x":"number"}}');
  });

  it('ignores odd option values', () => {
    expect(shapeOf([1], { sample: Number.NaN, maxKeys: -1, maxDepth: Number.NaN, maxBytes: 1 })).toEqual(['array', 1, 'number']);
  });
});

import { describe, expect, it } from 'vitest';
import { ExecutorError } from '../errors.js';
import { DEFAULT_QUERY_LIMIT, FILTER_OPERATORS, parseResultQuery, queryValue, type ResultQuery } from './result-query.js';

const users = [
  { id: 1, login: 'ada', age: 36, tags: ['admin', 'ops'], profile: { city: 'London', joined: '2019-03-01' } },
  { id: 2, login: 'grace', age: 45, tags: ['ops'], profile: { city: 'New York', joined: '2021-07-15' } },
  { id: 3, login: 'linus', age: 28, tags: [], profile: { city: 'Portland', joined: '2020-01-10' }, suspended: true },
  { id: 4, login: 'barbara', age: 52, tags: ['admin'], profile: { city: 'London', joined: '2018-11-30' }, suspended: false },
];
const result = { data: { items: users, total: 4 }, meta: { page: 1 }, 'with.dot': 1 };

function errorOf(run: () => unknown): ExecutorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExecutorError);
    expect((error as ExecutorError).code).toBe('invalid_args');
    return error as ExecutorError;
  }
  throw new Error('expected an invalid_args error');
}

function messageOf(value: unknown, query: ResultQuery): string {
  return errorOf(() => queryValue(value, query)).message;
}

function loginsOf(query: ResultQuery): unknown[] {
  const outcome = queryValue(users, query);
  if (!('items' in outcome)) throw new Error('expected a page');
  return outcome.items.map((user) => (user as { login: string }).login);
}

describe('queryValue: path', () => {
  it('returns the root when the path is absent or empty', () => {
    expect(queryValue({ a: 1 }, {})).toEqual({ value: { a: 1 } });
    expect(queryValue({ a: 1 }, { path: '' })).toEqual({ value: { a: 1 } });
  });

  it('follows dotted keys and indices', () => {
    expect(queryValue(result, { path: 'data.total' })).toEqual({ value: 4 });
    expect(queryValue(result, { path: 'data.items.1.profile.city' })).toEqual({ value: 'New York' });
    expect(queryValue([[10, 20], [30]], { path: '0.1' })).toEqual({ value: 20 });
  });

  it('accepts [n] indices and a leading "$"', () => {
    expect(queryValue(result, { path: 'data.items[2].login' })).toEqual({ value: 'linus' });
    expect(queryValue(result, { path: '$.meta.page' })).toEqual({ value: 1 });
    expect(queryValue([5, 6], { path: '[1]' })).toEqual({ value: 6 });
  });

  it('reads numeric keys of objects as keys', () => {
    expect(queryValue({ 200: { ok: true } }, { path: '200.ok' })).toEqual({ value: true });
  });

  it('says how many elements an array has when an index is past its end', () => {
    expect(messageOf({ items: [1, 2, 3] }, { path: 'items.7.name' })).toBe('path "items.7.name": items has 3 elements');
    expect(messageOf([], { path: '0' })).toBe('path "0": the root has 0 elements');
  });

  it('lists the keys there are when a key is missing', () => {
    expect(messageOf({ data: { a: 1, b: 2, c: 3 } }, { path: 'data.x' })).toBe('path "data.x": data has no key "x" (keys: a, b, c)');
    expect(messageOf({}, { path: 'x' })).toBe('path "x": the root has no key "x" (it has no keys)');
  });

  it('cuts a long key list', () => {
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(messageOf(wide, { path: 'nope' })).toMatch(/keys: k0, k1, .*k19, … 30 more\)$/);
  });

  it('asks for an index when a key is used on an array', () => {
    expect(messageOf(result, { path: 'data.items.login' })).toBe('path "data.items.login": data.items is an array of 4; use an index 0..3, not "login"');
  });

  it('says what a scalar is when the path goes through it', () => {
    expect(messageOf(result, { path: 'data.total.value' })).toBe('path "data.total.value": data.total is a number, it has no "value"');
    expect(messageOf({ a: null }, { path: 'a.b' })).toBe('path "a.b": a is null, it has no "b"');
  });

  it('rejects an empty segment', () => {
    expect(messageOf(result, { path: 'data..items' })).toBe('path "data..items": empty segment');
  });

  it('cannot reach keys that contain a dot', () => {
    expect(messageOf(result, { path: 'with.dot' })).toContain('the root has no key "with"');
  });

  it('never reads inherited properties', () => {
    expect(messageOf({}, { path: 'constructor' })).toContain('no key "constructor"');
    expect(messageOf([1], { path: 'length' })).toContain('is an array of 1');
  });
});

describe('queryValue: pages', () => {
  const numbers = Array.from({ length: 250 }, (_, i) => i);

  it('returns the first 100 elements by default, with the offset of the next page', () => {
    const page = queryValue(numbers, {});
    expect(page).toEqual({ items: numbers.slice(0, DEFAULT_QUERY_LIMIT), total: 250, offset: 0, limit: 100, next: 100 });
  });

  it('pages with offset and limit, without next on the last page', () => {
    expect(queryValue(numbers, { offset: 200, limit: 30 })).toEqual({ items: numbers.slice(200, 230), total: 250, offset: 200, limit: 30, next: 230 });
    expect(queryValue(numbers, { offset: 240, limit: 30 })).toEqual({ items: numbers.slice(240), total: 250, offset: 240, limit: 30 });
  });

  it('returns an empty page past the end', () => {
    expect(queryValue(numbers, { offset: 1000 })).toEqual({ items: [], total: 250, offset: 1000, limit: 100 });
  });

  it('counts without items when limit is 0', () => {
    expect(queryValue(numbers, { limit: 0 })).toEqual({ items: [], total: 250, offset: 0, limit: 0 });
  });

  it('pages an array found at a path', () => {
    expect(queryValue(result, { path: 'data.items', limit: 1, offset: 1 })).toEqual({ items: [users[1]], total: 4, offset: 1, limit: 1, next: 2 });
  });

  it('rejects a limit out of range and a bad offset', () => {
    expect(messageOf(numbers, { limit: 1001 })).toBe('limit must be an integer from 0 to 1000, got 1001');
    expect(messageOf(numbers, { limit: -1 })).toBe('limit must be an integer from 0 to 1000, got -1');
    expect(messageOf(numbers, { limit: 2.5 })).toBe('limit must be an integer from 0 to 1000, got 2.5');
    expect(messageOf(numbers, { offset: -3 })).toBe('offset must be an integer of 0 or more, got -3');
  });

  it('rejects filter, offset and limit on a value that is not an array', () => {
    expect(messageOf(result, { path: 'data.total', filter: { a: 1 } })).toBe(
      'filter on a non-array value at "data.total" (a number): filter, offset and limit apply to arrays only',
    );
    expect(messageOf(result, { offset: 0, limit: 5 })).toBe('offset, limit on a non-array value at the root (an object): filter, offset and limit apply to arrays only');
  });
});

describe('queryValue: filter', () => {
  it('keeps elements deep-equal to a plain value', () => {
    expect(loginsOf({ filter: { age: 45 } })).toEqual(['grace']);
    expect(loginsOf({ filter: { tags: ['ops'] } })).toEqual(['grace']);
    expect(loginsOf({ filter: { profile: { city: 'London', joined: '2019-03-01' } } })).toEqual(['ada']);
  });

  it('reads dotted paths into elements', () => {
    expect(loginsOf({ filter: { 'profile.city': 'London' } })).toEqual(['ada', 'barbara']);
    expect(loginsOf({ filter: { 'tags.0': 'admin' } })).toEqual(['ada', 'barbara']);
  });

  it('requires every entry to hold', () => {
    expect(loginsOf({ filter: { 'profile.city': 'London', age: { $gt: 40 } } })).toEqual(['barbara']);
  });

  it('applies $eq and $ne, a missing field counting as not equal', () => {
    expect(loginsOf({ filter: { login: { $eq: 'ada' } } })).toEqual(['ada']);
    expect(loginsOf({ filter: { suspended: { $ne: true } } })).toEqual(['ada', 'grace', 'barbara']);
  });

  it('compares numbers with numbers and strings with strings', () => {
    expect(loginsOf({ filter: { age: { $gt: 36 } } })).toEqual(['grace', 'barbara']);
    expect(loginsOf({ filter: { age: { $gte: 36 } } })).toEqual(['ada', 'grace', 'barbara']);
    expect(loginsOf({ filter: { age: { $lt: 36 } } })).toEqual(['linus']);
    expect(loginsOf({ filter: { age: { $lte: 36 } } })).toEqual(['ada', 'linus']);
    expect(loginsOf({ filter: { 'profile.joined': { $gte: '2020-01-01' } } })).toEqual(['grace', 'linus']);
    expect(loginsOf({ filter: { age: { $gt: '30' } } })).toEqual([]);
  });

  it('combines several operators on one field', () => {
    expect(loginsOf({ filter: { age: { $gt: 30, $lt: 50 } } })).toEqual(['ada', 'grace']);
  });

  it('applies $contains as a substring test on strings and membership on arrays', () => {
    expect(loginsOf({ filter: { login: { $contains: 'ar' } } })).toEqual(['barbara']);
    expect(loginsOf({ filter: { tags: { $contains: 'admin' } } })).toEqual(['ada', 'barbara']);
    expect(loginsOf({ filter: { age: { $contains: 3 } } })).toEqual([]);
  });

  it('applies $in and $exists', () => {
    expect(loginsOf({ filter: { id: { $in: [2, 4, 9] } } })).toEqual(['grace', 'barbara']);
    expect(loginsOf({ filter: { suspended: { $exists: true } } })).toEqual(['linus', 'barbara']);
    expect(loginsOf({ filter: { suspended: { $exists: false } } })).toEqual(['ada', 'grace']);
  });

  it('counts total after the filter and pages the matches', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ i, even: i % 2 === 0 }));
    const page = queryValue(many, { filter: { even: true }, offset: 10, limit: 3 });
    expect(page).toEqual({ items: [{ i: 20, even: true }, { i: 22, even: true }, { i: 24, even: true }], total: 2500, offset: 10, limit: 3, next: 13 });
  });

  it('names an unknown operator and lists the valid ones', () => {
    expect(messageOf(users, { filter: { login: { $like: 'a%' } } })).toBe(`filter "login": unknown operator "$like" (valid: ${FILTER_OPERATORS.join(', ')})`);
  });

  it('checks operands before reading the array, even an empty one', () => {
    expect(messageOf([], { filter: { age: { $gt: true } } })).toBe('filter "age": $gt takes a number or a string, got a boolean');
    expect(messageOf([], { filter: { id: { $in: 3 } } })).toBe('filter "id": $in takes an array, got a number');
    expect(messageOf([], { filter: { id: { $exists: 'yes' } } })).toBe('filter "id": $exists takes a boolean, got a string');
  });

  it('rejects an operator where a field path belongs', () => {
    expect(messageOf(users, { filter: { $or: [{ id: 1 }, { id: 2 }] } })).toBe(
      'filter key "$or": keys are field paths, and every entry must hold; put operators under a field: {"stars": {"$gt": 10}}',
    );
    expect(messageOf(users, { filter: { $gt: 3 } })).toContain('filter key "$gt"');
  });

  it('reads a field whose name starts with "$"', () => {
    expect(queryValue([{ $ref: '#/a' }, { $ref: '#/b' }], { filter: { $ref: '#/b' } })).toEqual({ items: [{ $ref: '#/b' }], total: 1, offset: 0, limit: 100 });
  });

  it('rejects operators mixed with plain keys, and empty key segments', () => {
    expect(messageOf(users, { filter: { profile: { $eq: 1, city: 'x' } } })).toContain('filter "profile": mixes operators with plain keys (city)');
    expect(messageOf(users, { filter: { 'profile..city': 'x' } })).toBe('filter key "profile..city": empty segment');
  });

  it('filters a large array quickly', () => {
    const rows = Array.from({ length: 500_000 }, (_, id) => ({ id, owner: { login: `u${id % 1000}` }, stars: id % 500 }));
    const started = performance.now();
    const page = queryValue(rows, { filter: { 'owner.login': 'u7', stars: { $gte: 7 } }, limit: 5 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(page).toMatchObject({ total: 500, next: 5 });
  });
});

describe('parseResultQuery', () => {
  it('accepts a valid query and nothing at all', () => {
    const query = { path: 'data.items', filter: { 'owner.login': 'ada' }, limit: 10, offset: 20 };
    expect(parseResultQuery(query)).toEqual(query);
    expect(parseResultQuery(undefined)).toEqual({});
    expect(parseResultQuery(null)).toEqual({});
    expect(parseResultQuery({})).toEqual({});
  });

  it('leaves absent fields absent', () => {
    expect(Object.keys(parseResultQuery({ limit: 5 }))).toEqual(['limit']);
  });

  it('names the field that is wrong', () => {
    expect(errorOf(() => parseResultQuery({ limit: 5000 })).message).toBe('query.limit: must be at most 1000');
    expect(errorOf(() => parseResultQuery({ limit: 1.5 })).message).toBe('query.limit: must be an integer');
    expect(errorOf(() => parseResultQuery({ offset: -1 })).message).toBe('query.offset: must be at least 0');
    expect(errorOf(() => parseResultQuery({ path: 3 })).message).toMatch(/^query\.path: .*expected string/);
    expect(errorOf(() => parseResultQuery({ filter: [1] })).message).toMatch(/^query\.filter: must be an object of conditions/);
    expect(errorOf(() => parseResultQuery({ fields: ['a'] })).message).toBe('query: unknown "fields" (valid: path, filter, limit, offset)');
    expect(errorOf(() => parseResultQuery('items')).message).toMatch(/^query: .*expected object/);
  });
});

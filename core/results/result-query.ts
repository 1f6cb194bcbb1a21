import { z } from 'zod';
import { ExecutorError } from '../errors.js';
import { formatZodIssues } from '../zod-issues.js';

// Slices a stored result on the host, so a snippet reads one page of a 50 MB array instead of all of it.
//
//   path    dotted keys and indices from the root: "data.items", "items.0.user.login" ("items[0]" and a leading
//           "$" are accepted too); absent or "" is the root. Keys containing "." cannot be addressed.
//   filter  for an array: every entry must hold for an element to be kept. Its key is a dotted path into the
//           element; its value is either a plain value (deep equality) or an object of operators, all of which
//           must hold: {$gt: 3, $lte: 9}. A missing field is undefined: it matches only $ne and {$exists: false}.
//   offset, limit   the page of the (filtered) array: offset 0 and limit 100 by default, limit at most 1000.

/** Default page size of `results.query` on an array. */
export const DEFAULT_QUERY_LIMIT = 100;
/** Largest page size of `results.query`. */
export const MAX_QUERY_LIMIT = 1000;

/** The operators a filter entry may use, e.g. `{ stars: { $gte: 100 } }`. */
export const FILTER_OPERATORS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$contains', '$in', '$exists'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

const MAX_KEYS_LISTED = 20;
const LOGICAL_OPERATORS = ['$and', '$or', '$not', '$nor'];

/** What a snippet asks of a stored result. */
export interface ResultQuery {
  /** Dotted path from the root (`data.items`, `items.0.user.login`); absent or "" is the root. */
  path?: string;
  /** Arrays only: conditions every kept element meets, keyed by a dotted path into the element. */
  filter?: Record<string, unknown>;
  /** Arrays only: elements kept, 0 to 1000. Default 100. */
  limit?: number;
  /** Arrays only: matching elements skipped before the page. Default 0. */
  offset?: number;
}

/** One page of the array at `path`. */
export interface ResultPage {
  items: unknown[];
  /** Elements matching the filter (all elements without one). */
  total: number;
  offset: number;
  limit: number;
  /** The offset of the next page; absent on the last one. */
  next?: number;
}

/** The value at `path`, when it is not an array. */
export interface ResultValue {
  value: unknown;
}

export type QueryOutcome = ResultPage | ResultValue;

const ResultQuerySchema = z.strictObject(
  {
    path: z.string().optional(),
    filter: z.record(z.string(), z.unknown(), { error: 'must be an object of conditions, e.g. {"owner.login": "ada", "stars": {"$gt": 10}}' }).optional(),
    limit: z.number().int('must be an integer').min(0, 'must be at least 0').max(MAX_QUERY_LIMIT, `must be at most ${MAX_QUERY_LIMIT}`).optional(),
    offset: z.number().int('must be an integer').min(0, 'must be at least 0').optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown ${issue.keys.map((key) => `"${key}"`).join(', ')} (valid: path, filter, limit, offset)` : undefined),
  },
);

type Matcher = (field: unknown) => boolean;
interface FilterClause {
  path: string[];
  matches: Matcher;
}

/**
 * Validates a query from untrusted input (a snippet's `results.query(handle, query)`); absent means the root.
 * Throws `invalid_args` naming the field, e.g. `query.limit: must be at most 1000`.
 */
export function parseResultQuery(raw: unknown): ResultQuery {
  const parsed = ResultQuerySchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ExecutorError('invalid_args', formatZodIssues(parsed.error, ['query']));
  const query: ResultQuery = {};
  const { path, filter, limit, offset } = parsed.data;
  if (path !== undefined) query.path = path;
  if (filter !== undefined) query.filter = filter;
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}

/**
 * Reads the value at `query.path`; an array comes back as one page of its (filtered) elements.
 * Throws `invalid_args` naming what was wrong: a path step, a filter operator, an out-of-range limit.
 *
 * @example
 * queryValue({ items: [{ n: 1 }, { n: 5 }, { n: 9 }] }, { path: 'items', filter: { n: { $gt: 2 } }, limit: 1 });
 * // → { items: [{ n: 5 }], total: 2, offset: 0, limit: 1, next: 1 }
 */
export function queryValue(value: unknown, query: ResultQuery): QueryOutcome {
  const path = query.path ?? '';
  const target = valueAtPath(value, path);
  if (!Array.isArray(target)) {
    const given = (['filter', 'offset', 'limit'] as const).filter((name) => query[name] !== undefined);
    if (given.length > 0) {
      throw new ExecutorError('invalid_args', `${given.join(', ')} on a non-array value at ${placeOf(path)} (${kindOf(target)}): filter, offset and limit apply to arrays only`);
    }
    return { value: target };
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_QUERY_LIMIT;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new ExecutorError('invalid_args', `offset must be an integer of 0 or more, got ${offset}`);
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_QUERY_LIMIT) {
    throw new ExecutorError('invalid_args', `limit must be an integer from 0 to ${MAX_QUERY_LIMIT}, got ${limit}`);
  }
  const clauses = compileFilter(query.filter ?? {});
  return clauses.length === 0 ? pageOf(target, offset, limit) : filteredPageOf(target, clauses, offset, limit);
}

function pageOf(array: readonly unknown[], offset: number, limit: number): ResultPage {
  return withNext({ items: array.slice(offset, offset + limit), total: array.length, offset, limit });
}

function filteredPageOf(array: readonly unknown[], clauses: readonly FilterClause[], offset: number, limit: number): ResultPage {
  const items: unknown[] = [];
  let total = 0;
  for (const element of array) {
    if (!clauses.every((clause) => clause.matches(fieldAt(element, clause.path)))) continue;
    if (total >= offset && items.length < limit) items.push(element);
    total++;
  }
  return withNext({ items, total, offset, limit });
}

function withNext(page: ResultPage): ResultPage {
  const end = page.offset + page.items.length;
  return page.items.length > 0 && end < page.total ? { ...page, next: end } : page;
}

function valueAtPath(root: unknown, path: string): unknown {
  const steps = stepsOf(path);
  let current = root;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const here = i === 0 ? 'the root' : steps.slice(0, i).join('.');
    const fail = (problem: string) => new ExecutorError('invalid_args', `path "${path}": ${problem}`);
    if (step === '') throw fail('empty segment');
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(step)) throw fail(`${here} is an array of ${current.length}; use an index${current.length > 0 ? ` 0..${current.length - 1}` : ''}, not "${step}"`);
      const index = Number(step);
      if (index >= current.length) throw fail(`${here} has ${current.length} ${current.length === 1 ? 'element' : 'elements'}`);
      current = current[index];
    } else if (current !== null && typeof current === 'object') {
      if (!Object.hasOwn(current, step)) throw fail(`${here} has no key "${step}" (${keyList(current)})`);
      current = (current as Record<string, unknown>)[step];
    } else {
      throw fail(`${here} is ${kindOf(current)}, it has no "${step}"`);
    }
  }
  return current;
}

function stepsOf(path: string): string[] {
  let text = path.replace(/\[(\d+)\]/g, '.$1');
  if (text === '$' || text.startsWith('$.')) text = text.slice(1);
  if (text.startsWith('.')) text = text.slice(1);
  return text === '' ? [] : text.split('.');
}

function compileFilter(filter: Record<string, unknown>): FilterClause[] {
  return Object.entries(filter).map(([key, condition]) => {
    if (key === '' || key.split('.').includes('')) throw new ExecutorError('invalid_args', `filter key "${key}": empty segment`);
    // A key is a field path, and a field may start with "$" ("$ref"); these never name a field but a misread operator.
    if (LOGICAL_OPERATORS.includes(key) || (FILTER_OPERATORS as readonly string[]).includes(key)) {
      throw new ExecutorError('invalid_args', `filter key "${key}": keys are field paths, and every entry must hold; put operators under a field: {"stars": {"$gt": 10}}`);
    }
    return { path: key.split('.'), matches: matcherOf(key, condition) };
  });
}

function matcherOf(key: string, condition: unknown): Matcher {
  if (!isPlainObject(condition)) return (field) => deepEqual(field, condition);
  const names = Object.keys(condition);
  const operators = names.filter((name) => name.startsWith('$'));
  if (operators.length === 0) return (field) => deepEqual(field, condition);
  if (operators.length < names.length) {
    const plain = names.filter((name) => !name.startsWith('$'));
    throw new ExecutorError('invalid_args', `filter "${key}": mixes operators with plain keys (${plain.join(', ')}); use either {"$op": value} or a value to compare with`);
  }
  const matchers = operators.map((name) => operatorMatcher(key, name, condition[name]));
  return (field) => matchers.every((matches) => matches(field));
}

function operatorMatcher(key: string, name: string, operand: unknown): Matcher {
  const invalid = (expected: string) =>
    new ExecutorError('invalid_args', `filter "${key}": ${name} takes ${expected}, got ${kindOf(operand)}`);
  switch (name as FilterOperator) {
    case '$eq':
      return (field) => deepEqual(field, operand);
    case '$ne':
      return (field) => !deepEqual(field, operand);
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      if (typeof operand !== 'number' && typeof operand !== 'string') throw invalid('a number or a string');
      const holds = COMPARISONS[name as '$gt' | '$gte' | '$lt' | '$lte'];
      // Only like with like: numbers with numbers, strings (ISO dates too) with strings.
      return (field) => typeof field === typeof operand && holds(field as number | string, operand);
    }
    case '$contains':
      return (field) => (typeof field === 'string' ? typeof operand === 'string' && field.includes(operand) : Array.isArray(field) && field.some((item) => deepEqual(item, operand)));
    case '$in': {
      if (!Array.isArray(operand)) throw invalid('an array');
      return (field) => operand.some((candidate) => deepEqual(field, candidate));
    }
    case '$exists': {
      if (typeof operand !== 'boolean') throw invalid('a boolean');
      return (field) => (field !== undefined) === operand;
    }
    default:
      throw new ExecutorError('invalid_args', `filter "${key}": unknown operator "${name}" (valid: ${FILTER_OPERATORS.join(', ')})`);
  }
}

const COMPARISONS: Record<'$gt' | '$gte' | '$lt' | '$lte', (a: number | string, b: number | string) => boolean> = {
  $gt: (a, b) => a > b,
  $gte: (a, b) => a >= b,
  $lt: (a, b) => a < b,
  $lte: (a, b) => a <= b,
};

/** The field at a dotted path inside a filtered element; undefined where the path leads nowhere. */
function fieldAt(element: unknown, path: readonly string[]): unknown {
  let current = element;
  for (const step of path) {
    if (Array.isArray(current)) current = /^\d+$/.test(step) ? current[Number(step)] : undefined;
    else if (current !== null && typeof current === 'object' && Object.hasOwn(current, step)) current = (current as Record<string, unknown>)[step];
    else return undefined;
  }
  return current;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyList(object: object): string {
  const keys = Object.keys(object);
  if (keys.length === 0) return 'it has no keys';
  const shown = keys.slice(0, MAX_KEYS_LISTED).join(', ');
  return `keys: ${shown}${keys.length > MAX_KEYS_LISTED ? `, … ${keys.length - MAX_KEYS_LISTED} more` : ''}`;
}

function placeOf(path: string): string {
  return stepsOf(path).length === 0 ? 'the root' : `"${path}"`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

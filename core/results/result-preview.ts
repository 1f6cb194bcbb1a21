// The head of a large result, cut to a byte budget so it can travel in a handle. Cuts are structural, and every
// cut leaves a marker saying what is missing:
//
//   ["a", "b", "… 998 more"]      an array's first items, then how many were left out
//   "The quick brown… (5000 chars)"  a string's head and its full length ("…" alone when the budget is tiny)
//   "{…}" / "[… 12 items]"         an object / array with no room for any of its content
//   {"a": 1, "…": "40 more keys"}  an object's first keys, then how many were left out
//
// Everything kept is faithful: a whole value, or the head of one. Arrays prefer a few whole-ish elements to many
// fragments; objects keep their first keys, small values whole, and give what is left to the first big one.

const DEFAULT_MAX_BYTES = 1024;
// Room for "{…}", a short head of a string, or a count of left-out items: below it little is worth showing.
const MIN_BYTES = 16;
const STUB_STRING_CHARS = 16;
// An object of many big values (a map by id) shows a few of them, not a row of "{…}".
const MAX_CONTAINER_STUBS = 6;
const MAX_KEY_CHARS = 64;
// A string cut to fewer bytes than this loses its length note: the head matters more.
const LENGTH_NOTE_MIN_BYTES = 48;

/** An object being previewed: its keys, the first `listed` of which are decided, and what they cost. */
interface ObjectPreview {
  keys: string[];
  entries: PreviewEntry[];
  /** Bytes of the entries so far, braces included, the "more keys" marker not. */
  used: number;
  listed: number;
  containerStubs: number;
}

/** One key of an object being previewed, with what is shown for it so far. */
interface PreviewEntry {
  key: string;
  value: unknown;
  shown: unknown;
  shownBytes: number;
  whole: boolean;
}

/**
 * A copy of `value` cut so that its JSON is at most `maxBytes` bytes (UTF-8; values below 16 count as 16).
 * Scalars that fit pass through; parts that fit whole are copied whole.
 *
 * @example
 * previewOf(Array.from({ length: 1000 }, (_, id) => ({ id })), 64);
 * // → [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, '… 995 more']
 */
export function previewOf(value: unknown, maxBytes = DEFAULT_MAX_BYTES): unknown {
  const limit = Math.max(MIN_BYTES, Math.floor(Number.isFinite(maxBytes) ? maxBytes : DEFAULT_MAX_BYTES));
  try {
    const json = jsonValueOf(value);
    if (json === undefined) return undefined;
    const preview = fit(json, limit);
    // The budget arithmetic is exact for JSON values; this holds the bound even for exotic ones.
    if (preview !== undefined && jsonBytes(preview) <= limit) return preview;
  } catch {
    // A throwing getter or toJSON, or nesting deeper than the stack: fall through to the marker.
  }
  return '…';
}

/** The largest faithful head of `value` whose JSON fits in `budget` bytes, or undefined when nothing does. */
function fit(value: unknown, budget: number): unknown {
  if (sizeWithin(value, budget) <= budget) return copyJson(value);
  if (typeof value === 'string') return cutString(value, budget);
  if (value === null || typeof value !== 'object') return undefined;
  return Array.isArray(value) ? fitArray(value, budget) : fitObject(value as Record<string, unknown>, budget);
}

function fitArray(array: readonly unknown[], budget: number): unknown {
  // Room for the marker is kept from the start, sized for the largest count it could show.
  const reserve = 1 + jsonBytes(moreItems(array.length));
  const out: unknown[] = [];
  let used = 2;
  let taken = 0;
  for (; taken < array.length; taken++) {
    const separator = out.length > 0 ? 1 : 0;
    const room = budget - used - separator - reserve;
    if (room <= 0) break;
    const item = jsonValueOf(array[taken]) ?? null;
    const size = sizeWithin(item, room);
    if (size <= room) {
      out.push(copyJson(item));
      used += separator + size;
      continue;
    }
    // One big element cut to fill the rest beats many small fragments; a small rest is better spent on the count.
    if (out.length === 0 || room >= budget / 3) {
      const part = fit(item, room);
      if (part !== undefined) {
        out.push(part);
        taken++;
      }
    }
    break;
  }
  if (taken < array.length) out.push(moreItems(array.length - taken));
  return jsonBytes(out) <= budget ? out : stubWithin(array, budget);
}

function fitObject(object: Record<string, unknown>, budget: number): unknown {
  const preview: ObjectPreview = { keys: Object.keys(object), entries: [], used: 2, listed: 0, containerStubs: 0 };
  addKeys(object, preview, budget, 'stubs');
  const markerBytes = () => moreKeysCost(preview.keys.length - preview.listed);

  // Then small values are shown whole, in order; then what is left goes to the first values that still need it.
  for (const entry of preview.entries) {
    const room = Math.min(entry.shownBytes + budget - preview.used - markerBytes(), budget / 4);
    if (entry.whole || room <= entry.shownBytes) continue;
    const size = sizeWithin(entry.value, room);
    if (size > room) continue;
    preview.used += size - entry.shownBytes;
    Object.assign(entry, { shown: copyJson(entry.value), shownBytes: size, whole: true });
  }
  for (const entry of preview.entries) {
    const room = entry.shownBytes + budget - preview.used - markerBytes();
    if (entry.whole || room <= entry.shownBytes) continue;
    const part = fit(entry.value, room);
    const size = part === undefined ? 0 : jsonBytes(part);
    if (size <= entry.shownBytes) continue;
    preview.used += size - entry.shownBytes;
    Object.assign(entry, { shown: part, shownBytes: size });
  }
  addKeys(object, preview, budget, 'fill');

  const omitted = preview.keys.length - preview.listed;
  if (preview.entries.length === 0) return omitted > 0 && 2 + moreKeysBytes(omitted) <= budget ? { '…': moreKeys(omitted) } : stubWithin(object, budget);
  const out: Record<string, unknown> = {};
  for (const entry of preview.entries) defineKey(out, entry.key, entry.shown);
  if (omitted > 0) defineKey(out, '…', moreKeys(omitted));
  return out;
}

/**
 * Lists more keys of `object`, in order, until one does not fit. With 'stubs' each gets its stub: exact ones
 * (small scalars, empty containers) up to the whole budget, lossy ones ("{…}", cut strings) up to half, so room
 * is left to show values. With 'fill' (room left after the values) each is whole where it fits, else its stub.
 */
function addKeys(object: Record<string, unknown>, preview: ObjectPreview, budget: number, mode: 'stubs' | 'fill'): void {
  const { keys, entries } = preview;
  for (; preview.listed < keys.length; preview.listed++) {
    const key = keys[preview.listed]!;
    const value = jsonValueOf(object[key]);
    if (value === undefined) continue;
    const name = key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS - 1)}…` : key;
    if (entries.some((entry) => entry.key === name)) continue;
    const fixed = (entries.length > 0 ? 1 : 0) + jsonBytes(name) + 1;
    const room = budget - preview.used - fixed - moreKeysCost(keys.length - preview.listed - 1);
    if (room <= 0) break;
    let shown = stubOf(value);
    let whole = shown === value || (shown !== null && typeof shown === 'object');
    if (mode === 'fill' && !whole && sizeWithin(value, room) <= room) {
      shown = copyJson(value);
      whole = true;
    }
    const shownBytes = jsonBytes(shown);
    const limit = mode === 'stubs' && !whole && entries.length > 0 ? room - budget / 2 : room;
    if (shownBytes > limit) break;
    if (!whole && typeof value === 'object' && ++preview.containerStubs > MAX_CONTAINER_STUBS) break;
    entries.push({ key: name, value, shown, shownBytes, whole });
    preview.used += fixed + shownBytes;
  }
}

/** A string's head with "…" (and its length when there is room), or undefined when not even "…" fits. */
function cutString(text: string, budget: number): string | undefined {
  const note = budget >= LENGTH_NOTE_MIN_BYTES ? `… (${text.length} chars)` : '…';
  let low = 0;
  let high = Math.min(text.length, budget);
  if (jsonBytes(note) > budget) return undefined;
  // The JSON of a prefix grows with its length, so the longest prefix that fits is found by bisection.
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (jsonBytes(text.slice(0, middle) + note) <= budget) low = middle;
    else high = middle - 1;
  }
  // Never split a surrogate pair: half of one is not the head of the text.
  if (low > 0 && isHighSurrogate(text.charCodeAt(low - 1))) low--;
  return text.slice(0, low) + note;
}

/** What a value shows when there is no room for its content; a small scalar is its own stub. */
function stubOf(value: unknown): unknown {
  if (typeof value === 'string') return value.length <= STUB_STRING_CHARS ? value : cutString(value, jsonBytes(value.slice(0, STUB_STRING_CHARS)) + 3);
  if (Array.isArray(value)) return value.length === 0 ? [] : `[… ${value.length} ${value.length === 1 ? 'item' : 'items'}]`;
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? {} : '{…}';
  return value;
}

function stubWithin(value: unknown, budget: number): unknown {
  const stub = stubOf(value);
  return jsonBytes(stub) <= budget ? stub : undefined;
}

/**
 * The UTF-8 length of `value`'s JSON when it is at most `limit`; otherwise some number above `limit`, found
 * without walking further than `limit` bytes of output. `value` must be a JSON value (see jsonValueOf).
 */
function sizeWithin(value: unknown, limit: number): number {
  if (value === null) return 4;
  if (typeof value === 'string') return value.length + 2 > limit ? limit + 1 : jsonBytes(value);
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (Array.isArray(value)) {
    let total = 1;
    for (let i = 0; i < value.length; i++) {
      if (i > 0) total++;
      total += sizeWithin(jsonValueOf(value[i]) ?? null, limit - total);
      if (total >= limit) return limit + 1;
    }
    return total + 1;
  }
  let total = 1;
  let first = true;
  for (const key in value as object) {
    if (!Object.hasOwn(value as object, key)) continue;
    const item = jsonValueOf((value as Record<string, unknown>)[key]);
    if (item === undefined) continue;
    if (!first) total++;
    first = false;
    total += (key.length + 3 > limit ? limit : jsonBytes(key)) + 1;
    if (total >= limit) return limit + 1;
    total += sizeWithin(item, limit - total);
    if (total >= limit) return limit + 1;
  }
  return total + 1;
}

/** A copy with JSON's semantics: toJSON applied, non-finite numbers as null, undefined and functions dropped. */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => copyJson(jsonValueOf(item) ?? null));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = jsonValueOf((value as Record<string, unknown>)[key]);
    if (item !== undefined) defineKey(out, key, copyJson(item));
  }
  return out;
}

/** What JSON.stringify would write for `value`, one level deep; undefined where it would write nothing. */
function jsonValueOf(value: unknown): unknown {
  let json = value;
  if (json !== null && typeof json === 'object' && typeof (json as { toJSON?: unknown }).toJSON === 'function') {
    json = (json as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof json) {
    case 'number':
      return Number.isFinite(json) ? json : null;
    case 'bigint':
      return json.toString();
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
    default:
      return json;
  }
}

function moreItems(count: number): string {
  return `… ${count} more`;
}

function moreKeys(count: number): string {
  return `${count} more ${count === 1 ? 'key' : 'keys'}`;
}

/** Bytes of `,"…":"<count> more keys"`, or 0 when no key is left out. */
function moreKeysCost(count: number): number {
  return count > 0 ? 1 + moreKeysBytes(count) : 0;
}

/** Bytes of `"…":"<count> more keys"`. */
function moreKeysBytes(count: number): number {
  return jsonBytes('…') + 1 + jsonBytes(moreKeys(count));
}

// defineProperty: a plain assignment to "__proto__" would set the prototype instead of a key.
function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

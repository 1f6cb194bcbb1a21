// The outline of a large result: what is inside, without reading it. It is plain JSON an agent reads at a glance:
//
//   "string" | "number" | "boolean" | "null"   a scalar; several kinds seen at one place join as "string|null"
//   {"id": "number", "email?": "string"}       an object; "?" marks a key missing from some of the sampled objects
//   "…": "12 more keys"                        keys past `maxKeys` (at most that many more, in one sampled object)
//   ["array", 1000, <element shape>]           an array, its length and the merged shape of its first `sample` elements
//   ["array", "0..5", "string"]                arrays at one place in several sampled elements: their length range
//   ["array", 0]                               an empty array (or only empty ones)
//   "{…}" / ["array", 12, "…"]                 an object / array not described further (depth or size budget)
//   ["oneOf", {…}, "null"]                     objects, arrays and scalars met at the same place
//
// e.g. `{items: [{id: 1, name: "a", tags: ["x"]}, …], total: 1000}` →
//   {"items": ["array", 1000, {"id": "number", "name": "string", "tags": ["array", 1, "string"]}], "total": "number"}
//
// Only samples are read: the first `sample` elements of an array, so a 50 MB array costs as much as a small one.
// The outline is built breadth-first and cut to `maxBytes` of JSON, so shallow keys are kept before deep ones.

/** A compact, JSON-serialisable outline of a value. See the module comment for the notation. */
export type Shape = string | ShapeObject | ShapeArray | ShapeOneOf;
export interface ShapeObject {
  [key: string]: Shape;
}
export type ShapeArray = ['array', number | string] | ['array', number | string, Shape];
export type ShapeOneOf = ['oneOf', ...Shape[]];

export interface ShapeOptions {
  /** Array elements merged to describe an array's elements. Default 20. */
  sample?: number;
  /** Levels of nesting described (an array's elements are one level below it); deeper objects and arrays show as "{…}" / ["array", n, "…"]. Default 6. */
  maxDepth?: number;
  /** Keys listed per object; the rest are counted under "…". Default 30. */
  maxKeys?: number;
  /** Upper bound on the UTF-8 length of the shape's JSON. Default 2048; values below 128 count as 128. */
  maxBytes?: number;
}

const DEFAULT_SAMPLE = 20;
const DEFAULT_MAX_DEPTH = 6;
const DEFAULT_MAX_KEYS = 30;
const DEFAULT_MAX_BYTES = 2048;
// The root described without children always fits in this: `["oneOf","{…}",["array","0..9","…"],"string|…"]`.
const MIN_BYTES = 128;
const MAX_KEY_CHARS = 40;
// Bounds the work on pathological inputs (wide objects of wide objects): far more nodes than fit in maxBytes.
const MAX_EXPANSIONS = 500;
const SCALAR_ORDER = ['string', 'number', 'boolean', 'null'];

/** Everything seen at one place of the value, across the sampled elements of the arrays above it. */
interface ShapeNode {
  depth: number;
  scalars: Set<string>;
  objects: object[];
  arrays: unknown[][];
  /** Position in breadth-first order among expanded nodes; a node renders its children iff order < cut. */
  order: number;
  keys: Array<{ name: string; optional: boolean; node: ShapeNode }>;
  moreKeys: number;
  element: ShapeNode | undefined;
}

interface ResolvedOptions {
  sample: number;
  maxDepth: number;
  maxKeys: number;
}

/**
 * Describes `value` compactly (keys, array lengths, types). Never throws; reads only sampled array elements.
 *
 * @example
 * shapeOf({ items: [{ id: 1 }, { id: 2, name: 'b' }], total: 2 });
 * // → { items: ['array', 2, { id: 'number', 'name?': 'string' }], total: 'number' }
 */
export function shapeOf(value: unknown, options: ShapeOptions = {}): Shape {
  const resolved: ResolvedOptions = {
    sample: positive(options.sample, DEFAULT_SAMPLE),
    maxDepth: options.maxDepth !== undefined && options.maxDepth >= 0 ? Math.floor(options.maxDepth) : DEFAULT_MAX_DEPTH,
    maxKeys: positive(options.maxKeys, DEFAULT_MAX_KEYS),
  };
  const maxBytes = Math.max(MIN_BYTES, Math.floor(options.maxBytes !== undefined && options.maxBytes >= 0 ? options.maxBytes : DEFAULT_MAX_BYTES));
  try {
    const root = nodeOf([value], 0);
    const expanded = expandBreadthFirst(root, resolved);
    return largestFitting(root, expanded, maxBytes);
  } catch {
    // Only a non-JSON value (a throwing getter, a proxy) gets here.
    return '…';
  }
}

function positive(value: number | undefined, fallback: number): number {
  return value === undefined || !(value >= 1) ? fallback : Math.floor(value);
}

function nodeOf(values: readonly unknown[], depth: number): ShapeNode {
  const node: ShapeNode = { depth, scalars: new Set(), objects: [], arrays: [], order: Infinity, keys: [], moreKeys: 0, element: undefined };
  for (const value of values) {
    if (value === null) node.scalars.add('null');
    else if (Array.isArray(value)) node.arrays.push(value);
    else if (typeof value === 'object') node.objects.push(value);
    else node.scalars.add(typeof value === 'bigint' ? 'number' : typeof value);
  }
  return node;
}

/** Expands nodes level by level, so a cut by size keeps shallow detail before deep detail. Returns how many. */
function expandBreadthFirst(root: ShapeNode, options: ResolvedOptions): number {
  const queue = [root];
  let expanded = 0;
  for (let next = 0; next < queue.length && expanded < MAX_EXPANSIONS; next++) {
    const node = queue[next]!;
    if (node.depth >= options.maxDepth || (node.objects.length === 0 && node.arrays.length === 0)) continue;
    node.order = expanded++;
    expand(node, options);
    for (const key of node.keys) queue.push(key.node);
    if (node.element) queue.push(node.element);
  }
  return expanded;
}

function expand(node: ShapeNode, options: ResolvedOptions): void {
  const fields = new Map<string, unknown[]>();
  for (const object of node.objects) {
    let unlisted = 0;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      let values = fields.get(key);
      if (!values && fields.size < options.maxKeys) fields.set(key, (values = []));
      if (values) values.push((object as Record<string, unknown>)[key]);
      else unlisted++;
    }
    node.moreKeys = Math.max(node.moreKeys, unlisted);
  }
  for (const [name, values] of fields) {
    node.keys.push({ name, optional: values.length < node.objects.length, node: nodeOf(values, node.depth + 1) });
  }

  // Take a few elements from each array rather than all from the first, so variety across parents shows.
  const perArray = Math.max(1, Math.ceil(options.sample / Math.max(1, node.arrays.length)));
  const elements: unknown[] = [];
  for (const array of node.arrays) {
    for (let i = 0; i < array.length && i < perArray && elements.length < options.sample; i++) elements.push(array[i]);
  }
  if (elements.length > 0) node.element = nodeOf(elements, node.depth + 1);
}

/** The most detailed rendering within maxBytes: a binary search on how many expanded nodes show children. */
function largestFitting(root: ShapeNode, expanded: number, maxBytes: number): Shape {
  const fits = (cut: number): Shape | undefined => {
    const shape = render(root, cut);
    return Buffer.byteLength(JSON.stringify(shape)) <= maxBytes ? shape : undefined;
  };
  const whole = fits(expanded);
  if (whole !== undefined) return whole;
  let best = fits(0) ?? '…';
  let low = 1;
  let high = expanded - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const shape = fits(middle);
    if (shape === undefined) high = middle - 1;
    else {
      best = shape;
      low = middle + 1;
    }
  }
  return best;
}

function render(node: ShapeNode, cut: number): Shape {
  const open = node.order < cut;
  const parts: Shape[] = [];
  if (node.objects.length > 0) parts.push(open ? renderObject(node, cut) : '{…}');
  if (node.arrays.length > 0) {
    const length = lengthOf(node.arrays);
    if (length === 0) parts.push(['array', 0]);
    else if (!open) parts.push(['array', length, '…']);
    else parts.push(node.element ? ['array', length, render(node.element, cut)] : ['array', length]);
  }
  if (node.scalars.size > 0) parts.push(scalarsOf(node.scalars));
  if (parts.length === 1) return parts[0]!;
  return parts.length === 0 ? '…' : ['oneOf', ...parts];
}

function renderObject(node: ShapeNode, cut: number): ShapeObject {
  const out: ShapeObject = {};
  for (const { name, optional, node: child } of node.keys) {
    const shown = (name.length > MAX_KEY_CHARS ? `${name.slice(0, MAX_KEY_CHARS - 1)}…` : name) + (optional ? '?' : '');
    // defineProperty: a plain assignment to "__proto__" would set the prototype instead of a key.
    if (!Object.hasOwn(out, shown)) Object.defineProperty(out, shown, { value: render(child, cut), enumerable: true, writable: true, configurable: true });
  }
  if (node.moreKeys > 0) out['…'] = `${node.moreKeys} more ${node.moreKeys === 1 ? 'key' : 'keys'}`;
  return out;
}

function lengthOf(arrays: readonly unknown[][]): number | string {
  let min = Infinity;
  let max = 0;
  for (const array of arrays) {
    min = Math.min(min, array.length);
    max = Math.max(max, array.length);
  }
  return min === max ? max : `${min}..${max}`;
}

function scalarsOf(kinds: ReadonlySet<string>): string {
  const rank = (kind: string) => (SCALAR_ORDER.includes(kind) ? SCALAR_ORDER.indexOf(kind) : SCALAR_ORDER.length);
  return [...kinds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join('|');
}

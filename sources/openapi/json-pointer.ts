// RFC 6901 JSON pointers, as `$ref` fragments and error locations use them.

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/a~1b/c` → `['a/b', 'c']`; `''` → `[]`. */
export function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);
}

export function pointerOf(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}

export type WalkResult = { found: true; value: unknown } | { found: false; missing: number };

/** The value at `segments` below `root`, or the index of the first segment that is not there. */
export function walk(root: unknown, segments: readonly string[]): WalkResult {
  let value = root;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment) && Number(segment) < value.length) {
      value = value[Number(segment)];
    } else if (isRecord(value) && Object.hasOwn(value, segment)) {
      value = value[segment];
    } else {
      return { found: false, missing: index };
    }
  }
  return { found: true, value };
}

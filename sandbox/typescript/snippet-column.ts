// Type stripping keeps lines but not columns (`(a: string) => a` becomes `(a) => a`), so a column the sandbox
// reports in the transpiled code is mapped back through the source map sucrase can emit. Only error reports
// need this, so the map is built on demand rather than on every transpile.

import { transform } from 'sucrase';
import { SNIPPET_PREFIX, frameSnippet, normalizeLineBreaks } from './snippet-source.js';
import { SNIPPET_TRANSFORM_OPTIONS } from './transpile-snippet.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment of a line: where a token starts in the output and in the source, 0-based. */
interface ColumnPair {
  generated: number;
  original: number;
}

/**
 * The 1-based column in the agent's `source` that a 1-based `column` on line `line` of
 * `transpileSnippet(source).code` came from. sucrase maps token starts, so a column inside a token keeps its
 * distance from the token's start. Returns `column` unchanged when the snippet does not transpile or the line
 * has no mapping.
 *
 * @example
 * // transpiled to 'const f = (a) => a.b.c;', where column 22 is the final `c`
 * snippetColumn('const f = (a: any) => a.b.c;', 1, 22); // 27, the same `c` in the snippet
 */
export function snippetColumn(source: string, line: number, column: number): number {
  if (!Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) return column;
  const framed = frameSnippet(normalizeLineBreaks(source));
  let output: string;
  let mappings: string;
  try {
    const result = transform(framed, {
      ...SNIPPET_TRANSFORM_OPTIONS,
      filePath: 'snippet.ts',
      sourceMapOptions: { compiledFilename: 'snippet.js' },
    });
    output = result.code;
    mappings = result.sourceMap?.mappings ?? '';
  } catch {
    return column;
  }
  // The frame's prefix shares line 1 with the snippet's first line, in the output as in the source.
  const shift = line === 1 ? SNIPPET_PREFIX.length : 0;
  const target = column - 1 + shift;
  const pairs = columnPairsOfLine(mappings, line - 1);
  const index = pairs.findLastIndex((pair) => pair.generated <= target);
  const nearest = pairs[index];
  if (nearest === undefined) return column;
  const original = keptTokenStart(
    output.split('\n', line)[line - 1] ?? '',
    framed.split('\n', line)[line - 1] ?? '',
    nearest,
    pairs[index + 1]?.original,
  );
  return Math.max(1, original + (target - nearest.generated) - shift + 1);
}

/**
 * A removed token and the kept token after it come out at the same place, and sucrase maps that place to the
 * removed one: in `xs[0]!.id` the output's `.` maps to the `!`. The kept token is the last one before the next
 * mapped source column, so it is found by its first character, searching back from there.
 */
function keptTokenStart(
  outputLine: string,
  sourceLine: string,
  pair: ColumnPair,
  nextOriginal: number | undefined,
): number {
  const first = outputLine[pair.generated];
  if (first === undefined || sourceLine[pair.original] === first) return pair.original;
  const found = sourceLine.lastIndexOf(first, (nextOriginal ?? sourceLine.length) - 1);
  return found > pair.original ? found : pair.original;
}

/**
 * The segments of one generated line (0-based) of a source-map `mappings` string. Source columns are deltas
 * running across lines, so every earlier line is decoded too.
 */
function columnPairsOfLine(mappings: string, lineIndex: number): ColumnPair[] {
  const lines = mappings.split(';');
  let original = 0;
  for (let index = 0; index < lines.length && index <= lineIndex; index += 1) {
    const pairs: ColumnPair[] = [];
    let generated = 0;
    for (const segment of lines[index]!.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      generated += fields[0] ?? 0;
      if (fields.length >= 4) {
        original += fields[3] ?? 0;
        pairs.push({ generated, original });
      }
    }
    if (index === lineIndex) return pairs;
  }
  return [];
}

/** Base64 VLQ, as in every source map: 5 data bits per digit, continuation in bit 6, sign in the lowest bit. */
function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

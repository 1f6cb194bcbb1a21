// How a snippet is framed for the parser, and how offsets in that frame become the agent's line and column.

/**
 * A snippet is the body of an async function, so it is parsed as one: `return` and `await` are legal at its top
 * level, exactly as they will be in the sandbox. The prefix has no line break, so line N of the frame is line N
 * of the snippet; the suffix starts on a new line so a trailing `// comment` cannot swallow it. The parentheses
 * make a `}` too many a syntax error: without them, `} g(); {` would close the function early and still parse.
 */
export const SNIPPET_PREFIX = '(async function __snippet__() {';
export const SNIPPET_SUFFIX = '\n})';

/** A 1-based position in the agent's snippet. */
export interface SnippetPosition {
  line: number;
  column: number;
}

/**
 * Turns CRLF and lone CR into LF. JavaScript reads all three as one line terminator (template literals included,
 * where the cooked and raw values normalise them to LF), so the program is unchanged, while the parser and
 * `snippetLine` now count lines the same way.
 */
export function normalizeLineBreaks(source: string): string {
  return source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
}

/** Frames a normalised snippet as the function body it is. */
export function frameSnippet(body: string): string {
  return SNIPPET_PREFIX + body + SNIPPET_SUFFIX;
}

/** The position of `offset` (an index into `body`, clamped to it) as a 1-based line and column. */
export function positionInBody(body: string, offset: number): SnippetPosition {
  const end = Math.max(0, Math.min(offset, body.length));
  let line = 1;
  let lineStart = 0;
  for (let index = body.indexOf('\n'); index !== -1 && index < end; index = body.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

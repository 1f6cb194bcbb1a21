// One line of the agent's snippet, for error reports such as `line 3: const x = y.z;`.

/** Longest line shown; a snippet line can be a whole minified payload. */
export const SNIPPET_LINE_MAX_CHARS = 160;

/**
 * Line `line` (1-based) of `source`, trimmed and cut to 160 characters (the last one `…` when cut), or
 * undefined when there is no such line. Lines are counted as `transpileSnippet` counts them (LF, CRLF or CR), so
 * a line number from a sandbox error names the same line here.
 *
 * @example
 * snippetLine('const a = 1;\n  const x = y.z;', 2); // 'const x = y.z;'
 */
export function snippetLine(source: string, line: number): string | undefined {
  if (!Number.isInteger(line) || line < 1) return undefined;
  const text = source.split(/\r\n?|\n/, line)[line - 1];
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return trimmed.length <= SNIPPET_LINE_MAX_CHARS ? trimmed : `${trimmed.slice(0, SNIPPET_LINE_MAX_CHARS - 1)}…`;
}

// TypeScript in, JavaScript out, line for line: the front end of run_code.

import { transform, type Options } from 'sucrase';
import { parse } from 'sucrase/dist/parser/index.js';
import type { Token } from 'sucrase/dist/types/parser/tokenizer/index.js';
import { findUnsupportedSyntax, mayHaveUnsupportedSyntax } from './unsupported-syntax.js';
import {
  SNIPPET_PREFIX,
  SNIPPET_SUFFIX,
  frameSnippet,
  normalizeLineBreaks,
  positionInBody,
  type SnippetPosition,
} from './snippet-source.js';

/**
 * Only types are removed. Everything else (optional chaining, class fields, `??=`) reaches QuickJS as written,
 * so no helper is ever injected, and sucrase keeps every line break of what it removes: line N out is line N in.
 */
export const SNIPPET_TRANSFORM_OPTIONS: Options = { transforms: ['typescript'], disableESTransforms: true };

const UNEXPECTED_TOKEN = 'Unexpected token';
const TRANSFORM_FAILED_MESSAGE =
  'The TypeScript in this snippet could not be stripped to JavaScript; write that part as plain JavaScript';

/** Why a snippet cannot run, at a 1-based line and column of the agent's own text. */
export interface SnippetSyntaxError extends SnippetPosition {
  /** What is wrong and, where it helps, what to write instead, e.g. `Unexpected token, expected ","`. */
  message: string;
}

export type TranspileResult = { ok: true; code: string } | { ok: false; error: SnippetSyntaxError };

/**
 * Strips the types from a run_code snippet, the body of an async function (top-level `await` and `return`
 * allowed). On success, `code` is JavaScript whose line N is line N of `source` (line breaks normalised to LF),
 * ready for `SandboxRunRequest.code`. Columns can move left where types were removed from a line; `snippetColumn`
 * maps them back. Refuses `import`, `export` and namespaces without `declare`. Never throws; nothing is cached.
 *
 * @example
 * const result = transpileSnippet('const n: number = await count();\nreturn n as number;');
 * // { ok: true, code: 'const n = await count();\nreturn n;' }
 */
export function transpileSnippet(source: string): TranspileResult {
  const body = normalizeLineBreaks(source);
  const framed = frameSnippet(body);
  if (mayHaveUnsupportedSyntax(body)) {
    let tokens: Token[];
    try {
      tokens = parse(framed, false, true, false).tokens;
    } catch (error) {
      return { ok: false, error: syntaxErrorFrom(error, body) };
    }
    const unsupported = findUnsupportedSyntax(framed, tokens);
    if (unsupported !== undefined) {
      const offset = unsupported.offset - SNIPPET_PREFIX.length;
      return { ok: false, error: { message: unsupported.message, ...positionInBody(body, offset) } };
    }
  }
  let output: string;
  try {
    output = transform(framed, SNIPPET_TRANSFORM_OPTIONS).code;
  } catch (error) {
    return { ok: false, error: syntaxErrorFrom(error, body) };
  }
  // The frame is plain JavaScript, so sucrase passes it through untouched; checked rather than assumed, since
  // slicing a changed frame would hand the sandbox a shifted program.
  if (!output.startsWith(SNIPPET_PREFIX) || !output.endsWith(SNIPPET_SUFFIX)) {
    return { ok: false, error: { message: TRANSFORM_FAILED_MESSAGE, line: 1, column: 1 } };
  }
  return { ok: true, code: output.slice(SNIPPET_PREFIX.length, output.length - SNIPPET_SUFFIX.length) };
}

/**
 * sucrase raises `SyntaxError`s carrying `pos`, an offset into what it parsed, and a message ending in
 * ` (line:column)` of that text; both are restated in the snippet's coordinates. Anything else it throws is an
 * internal assertion, reported without its internals.
 */
function syntaxErrorFrom(error: unknown, body: string): SnippetSyntaxError {
  const framed = parserErrorFrom(error);
  if (framed === undefined) return { message: TRANSFORM_FAILED_MESSAGE, line: 1, column: 1 };
  const contentEnd = body.trimEnd().length;
  const offset = Math.max(0, framed.pos - SNIPPET_PREFIX.length);
  const strayBrace = strayBraceBefore(body, Math.min(offset, contentEnd));
  if (strayBrace !== undefined) return errorAt(body, strayBrace.pos, strayBrace.message);
  if (offset < contentEnd) return errorAt(body, offset, framed.message);
  // The parser ran into the frame's suffix: the snippet left a bracket, string or operator open.
  const message = framed.message.startsWith(UNEXPECTED_TOKEN)
    ? `Unexpected end of snippet${framed.message.slice(UNEXPECTED_TOKEN.length)}`
    : framed.message;
  return { message, ...positionInBody(body, contentEnd) };
}

/**
 * A `}` too many ends the frame's function, and the parser only complains at whatever follows it (`expected
 * ","`, since the frame is parenthesised), or at the frame's own suffix. Parsed alone, as a module (sucrase accepts
 * top-level `return` and `await` there), the snippet fails at the agent's own `}` instead.
 */
function strayBraceBefore(body: string, limit: number): { pos: number; message: string } | undefined {
  try {
    parse(body, false, true, false);
  } catch (error) {
    const unframed = parserErrorFrom(error);
    if (unframed !== undefined && unframed.pos < limit && body[unframed.pos] === '}') return unframed;
  }
  return undefined;
}

function errorAt(body: string, offset: number, message: string): SnippetSyntaxError {
  return { message: withOffendingText(message, body, offset), ...positionInBody(body, offset) };
}

/** sucrase says `Unexpected token` without saying which; name it, as engines do (`Unexpected token "}"`). */
function withOffendingText(message: string, body: string, offset: number): string {
  if (!message.startsWith(UNEXPECTED_TOKEN)) return message;
  const word = /[\p{ID_Continue}$]+|\S/uy;
  word.lastIndex = offset;
  const text = word.exec(body)?.[0];
  if (text === undefined) return message;
  return `${UNEXPECTED_TOKEN} ${JSON.stringify(text)}${message.slice(UNEXPECTED_TOKEN.length)}`;
}

function parserErrorFrom(error: unknown): { pos: number; message: string } | undefined {
  if (!(error instanceof Error) || !('pos' in error) || typeof error.pos !== 'number') return undefined;
  return { pos: error.pos, message: error.message.replace(/ \(\d+:\d+\)$/, '') };
}

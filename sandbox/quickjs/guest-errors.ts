// How the snippet is framed for QuickJS, and how what it threw becomes a SandboxError in its own coordinates.
import type { SandboxError } from '../sandbox.js';

/** The file name QuickJS puts in the snippet's stack frames (`at <anonymous> (snippet.js:3:10)`). */
export const SNIPPET_FILENAME = 'snippet.js';

// The head shares line 1 with the snippet, so line N of the snippet is line N for QuickJS; the tail sits on
// its own line, so a trailing `// comment` cannot swallow it.
const WRAPPER_HEAD = '(async () => {';
const WRAPPER_TAIL = '\n})()';
const FRAME = /snippet\.js:(\d+):(\d+)/;

/** What the prelude's `describeError` reports about a thrown value (validated by `isGuestErrorDescription`). */
export interface GuestErrorDescription {
  isError: boolean;
  name?: string;
  message: string;
  stack?: string;
  code?: string;
}

export interface SnippetPosition {
  line?: number;
  column?: number;
}

/** The snippet as the body of an async function, with line 1 kept on line 1. */
export function wrapSnippet(code: string): string {
  return WRAPPER_HEAD + code + WRAPPER_TAIL;
}

/** The first snippet frame of a guest stack, in the snippet's coordinates (1-based). */
export function positionInSnippet(stack: string | undefined, code: string): SnippetPosition {
  const match = stack === undefined ? null : FRAME.exec(stack);
  if (!match) return {};
  const lines = lineCount(code);
  const line = Number(match[1]);
  const column = Number(match[2]);
  // Past the last line means the wrapper's tail (e.g. an unclosed brace): point at the end of the snippet.
  if (line > lines) return { line: lines };
  if (line === 1) return { line, column: Math.max(1, column - WRAPPER_HEAD.length) };
  return { line, column };
}

export function isGuestErrorDescription(value: unknown): value is GuestErrorDescription {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.isError === 'boolean' &&
    typeof record.message === 'string' &&
    (record.name === undefined || typeof record.name === 'string') &&
    (record.stack === undefined || typeof record.stack === 'string') &&
    (record.code === undefined || typeof record.code === 'string')
  );
}

/**
 * Classifies an error the snippet did not catch. `phase: 'compile'` is an error from evaluating the wrapped
 * source itself, which (the whole snippet being inside an async function) can only be a parse failure.
 */
export function sandboxErrorFrom(description: GuestErrorDescription, code: string, phase: 'compile' | 'run'): SandboxError {
  const name = description.name ?? 'Error';
  const message = description.isError ? (description.message === '' ? name : `${name}: ${description.message}`) : description.message;
  const position = positionInSnippet(description.stack, code);
  return {
    kind: kindOf(description, phase),
    message,
    ...position,
    ...(description.code !== undefined ? { code: description.code } : {}),
  };
}

function kindOf(description: GuestErrorDescription, phase: 'compile' | 'run'): SandboxError['kind'] {
  if (!description.isError) return 'thrown';
  const { name, message } = description;
  if (name === 'InternalError' && message.startsWith('out of memory')) return 'memory';
  if (message === 'stack overflow' && (name === 'InternalError' || name === 'SyntaxError' || name === 'RangeError')) return 'stack';
  if (phase === 'compile' && name === 'SyntaxError') return 'syntax';
  return 'thrown';
}

function lineCount(code: string): number {
  let lines = 1;
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) lines++;
  return lines;
}

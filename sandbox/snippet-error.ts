import type { ErrorCode, ErrorShape } from '../core/index.js';
import type { SandboxError } from './sandbox.js';
import { snippetColumn, snippetLine } from './typescript/index.js';

// How an error a snippet raised reaches the agent: on the stable codes, at the agent's own line and column,
// with the line's text.

/** Where an uncaught error happened, in the agent's snippet. */
export interface SnippetErrorShape extends ErrorShape {
  line?: number;
  column?: number;
  /** The snippet's source line, trimmed. */
  source?: string;
}


const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'not_found', 'invalid_args', 'invalid_config', 'blocked', 'approval_declined', 'approval_pending', 'approval_expired',
  'upstream_error', 'timeout', 'sandbox_error', 'internal_error',
]);

/** Maps what the sandbox reports onto the stable codes; a tool error the snippet did not catch keeps its code. */
export function errorFromSandbox(error: SandboxError, timeoutMs: number): SnippetErrorShape {
  const position = {
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
  };
  switch (error.kind) {
    case 'timeout':
      return { code: 'timeout', message: `the snippet did not finish within ${timeoutMs} ms`, ...position };
    case 'memory':
      return { code: 'sandbox_error', message: `the snippet ran out of memory: ${error.message}`, ...position };
    case 'stack':
      return { code: 'sandbox_error', message: `the snippet overflowed its stack: ${error.message}`, ...position };
    default: {
      const code = error.code && KNOWN_CODES.has(error.code) ? (error.code as ErrorCode) : 'sandbox_error';
      return { code, message: error.message, ...position };
    }
  }
}

/** Stripping types keeps lines but shifts columns; map the sandbox's column back into the agent's text. */
export function atSnippetColumn(error: SnippetErrorShape, code: string): SnippetErrorShape {
  if (error.line === undefined || error.column === undefined) return error;
  return { ...error, column: snippetColumn(code, error.line, error.column) };
}

export function withSource(error: SnippetErrorShape, code: string): SnippetErrorShape {
  if (error.line === undefined) return error;
  const source = snippetLine(code, error.line);
  return source === undefined ? error : { ...error, source };
}

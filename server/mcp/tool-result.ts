import type { CallToolResult } from '@modelcontextprotocol/server';
import { errorFromUnknown, errorShapeFrom, type ErrorShape } from '../../core/index.js';

// The one place meta-tool outcomes become MCP results. structuredContent carries the full shape; the text
// block mirrors it compactly for clients that only read text.

export function okResult(structured: Record<string, unknown>, text: string): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

export function errorResult(structured: Record<string, unknown> & { error: ErrorShape }): CallToolResult {
  return {
    content: [{ type: 'text', text: errorText(structured.error) }],
    structuredContent: structured,
    isError: true,
  };
}

/** Turns anything a meta-tool threw into an error result; never a host stack trace. */
export function resultFromThrown(thrown: unknown): CallToolResult {
  return errorResult({ ok: false, error: errorShapeFrom(errorFromUnknown(thrown)) });
}

export function errorText(error: ErrorShape): string {
  return `${error.code}${error.status !== undefined ? ` (HTTP ${error.status})` : ''}: ${error.message}`;
}

import type { CallToolResult } from '@modelcontextprotocol/server';
import { errorFromUnknown, errorShapeFrom, type ErrorShape, type ResultHandle } from '../../core/index.js';

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

/**
 * A result kept on the server: the agent reads its outline and head, and a `resource_link` to the whole
 * (`resources/read` pages it; `results.query` in run_code slices it).
 */
export function handleResult(structured: Record<string, unknown>, handle: ResultHandle): CallToolResult {
  const text = [
    `stored as ${handle.uri} (${handle.bytes} bytes; too large to return inline). Read it with resources/read, or results.get/results.query in run_code.`,
    `shape: ${JSON.stringify(handle.shape)}`,
    `preview: ${JSON.stringify(handle.preview)}`,
  ].join('\n');
  return {
    content: [
      { type: 'text', text },
      { type: 'resource_link', uri: handle.uri, name: handle.uri.slice(handle.uri.lastIndexOf('/') + 1), mimeType: 'application/json', description: `stored result, ${handle.bytes} bytes` },
    ],
    structuredContent: structured,
  };
}

/** Turns anything a meta-tool threw into an error result; never a host stack trace. */
export function resultFromThrown(thrown: unknown): CallToolResult {
  return errorResult({ ok: false, error: errorShapeFrom(errorFromUnknown(thrown)) });
}

export function errorText(error: ErrorShape): string {
  return `${error.code}${error.status !== undefined ? ` (HTTP ${error.status})` : ''}: ${error.message}`;
}

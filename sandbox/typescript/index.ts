// TypeScript front end of code mode: a run_code snippet in, JavaScript for the sandbox out, on the same lines.

export { transpileSnippet, type SnippetSyntaxError, type TranspileResult } from './transpile-snippet.js';
export { snippetLine } from './snippet-line.js';
export { snippetColumn } from './snippet-column.js';

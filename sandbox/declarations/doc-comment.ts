// JSDoc comments: one line of text per comment, whitespace collapsed, capped so huge specs stay readable.

import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import { resolveRef } from './schema-refs.js';

// Formats that say nothing an agent needs (number widths) or that already changed the type (`binary`).
const UNNOTED_FORMATS = new Set(['binary', 'int32', 'int64', 'float', 'double']);
const MAX_DEFAULT_LENGTH = 80;

/**
 * The lines of a property's JSDoc: its description (or, for a bare `$ref`, the def's), a `(format)` note,
 * `@deprecated` and `@default`. Empty when there is nothing to say.
 */
export function docLinesFrom(schema: JsonSchema, root: JsonSchema, maxLength: number): string[] {
  if (!isSchemaObject(schema)) return [];
  const lines: string[] = [];
  const description = collapseWhitespace(descriptionOf(schema, root));
  const format = typeof schema.format === 'string' && !UNNOTED_FORMATS.has(schema.format) ? schema.format : '';
  const note = format === '' ? '' : `(${collapseWhitespace(format)})`;
  const text = [truncate(description, maxLength - (note === '' ? 0 : note.length + 1)), note]
    .filter((part) => part !== '')
    .join(' ');
  if (text !== '') lines.push(text);
  if (schema.deprecated === true) lines.push('@deprecated');
  const defaultText = schema.default === undefined ? undefined : jsonText(schema.default);
  if (defaultText !== undefined) lines.push(`@default ${truncate(defaultText, MAX_DEFAULT_LENGTH)}`);
  return lines;
}

/** Collapses runs of whitespace to one space and cuts the text to `maxLength` characters. */
export function docTextFrom(text: unknown, maxLength: number): string {
  return truncate(collapseWhitespace(text), maxLength);
}

/** Prints a JSDoc comment ending in a newline, one line when it can; `''` for no lines. An empty line is a gap. */
export function printDocComment(lines: string[], indent: string): string {
  if (lines.length === 0) return '';
  const safe = lines.map(escapeCommentEnd);
  if (safe.length === 1) return `${indent}/** ${safe[0]} */\n`;
  const body = safe.map((line) => (line === '' ? `${indent} *\n` : `${indent} * ${line}\n`)).join('');
  return `${indent}/**\n${body}${indent} */\n`;
}

/** Text that is safe inside a block comment. */
export function escapeCommentEnd(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

function descriptionOf(schema: JsonSchemaObject, root: JsonSchema): unknown {
  if (typeof schema.description === 'string' && schema.description.trim() !== '') return schema.description;
  // A property that only points at a def reads best with the def's own description.
  const target = resolveRef(schema.$ref, root);
  if (target && isSchemaObject(target.schema)) return target.schema.description;
  const [only] = Array.isArray(schema.allOf) && schema.allOf.length === 1 ? schema.allOf : [];
  if (isSchemaObject(only)) {
    const inner = resolveRef(only.$ref, root);
    if (inner && isSchemaObject(inner.schema)) return inner.schema.description;
  }
  return undefined;
}

function collapseWhitespace(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(1, maxLength - 1));
  // End on a word when one ends near the limit, so the ellipsis does not split a word.
  const lastSpace = cut.lastIndexOf(' ');
  const end = lastSpace >= cut.length * 0.8 ? cut.slice(0, lastSpace) : cut;
  return `${end.trimEnd()}…`;
}

function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

// Object and array types: the two kinds that nest, indent and carry JSDoc.

import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import { docLinesFrom, printDocComment } from './doc-comment.js';
import type { PrintContext } from './print-context.js';
import { pathWith } from './repeated-defs.js';
import {
  UNKNOWN,
  arrayOf,
  atom,
  intersectionOf,
  isUnknown,
  propertyKey,
  unionOf,
  type PrintedType,
} from './printed-type.js';

// An object this short with no JSDoc prints on one line: `{ id: number; name: string }`.
const INLINE_OBJECT_WIDTH = 60;
const INDENT = '  ';
const OPAQUE_OBJECT = atom('Record<string, unknown>');

interface PropertyLine {
  doc: string[];
  text: string;
}

/**
 * `{ ... }` with `?` on optional properties, quoted keys where needed, and an index signature (or a
 * `Record<string, T>` intersection, which compiles where a narrower index signature would clash with a property).
 */
export function printObject(schema: JsonSchemaObject, context: PrintContext): PrintedType {
  const { options, state } = context;
  if (context.depth >= options.maxDepth || state.objectsLeft <= 0) return OPAQUE_OBJECT;
  state.objectsLeft -= 1;
  const inner: PrintContext = { ...context, depth: context.depth + 1, indent: context.indent + 1 };
  const properties = isSchemaObject(schema.properties) ? Object.entries(schema.properties) : [];
  const index = indexTypeOf(schema, inner);
  if (properties.length === 0) {
    if (index) return atom(`Record<string, ${index.text}>`);
    return schema.additionalProperties === false ? atom('Record<string, never>') : OPAQUE_OBJECT;
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const showDocs = options.docs === 'all' || (options.docs === 'top-level' && context.depth === 0);
  const lines: PropertyLine[] = properties.map(([name, property]) => {
    const type = context.printSchema(property, { ...inner, path: pathWith(context, { property: name }) });
    return {
      doc: showDocs ? docLinesFrom(property, context.root, options.maxDocLength) : [],
      text: `${propertyKey(name)}${required.has(name) ? '' : '?'}: ${type.text};`,
    };
  });
  if (index && isUnknown(index)) lines.push({ doc: [], text: '[key: string]: unknown;' });
  const object = atom(layOut(lines, context.indent));
  return index && !isUnknown(index) ? intersectionOf([object, atom(`Record<string, ${index.text}>`)]) : object;
}

/** `T[]` / `Array<T>` from `items`, or a tuple from `prefixItems` (or a draft-04 `items` array). */
export function printArray(schema: JsonSchemaObject, context: PrintContext): PrintedType {
  if (Array.isArray(schema.prefixItems)) return printTuple(schema.prefixItems, schema, context);
  if (Array.isArray(schema.items)) return printTuple(schema.items, schema, context);
  const items = { ...context, path: pathWith(context, 'items') };
  return arrayOf(schema.items === undefined ? UNKNOWN : context.printSchema(schema.items, items));
}

function printTuple(elements: unknown[], schema: JsonSchemaObject, context: PrintContext): PrintedType {
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : elements.length;
  const printed = elements.map((element, position) => {
    const type = context.printSchema(element, context);
    if (position < minItems) return type.text;
    return type.kind === 'atom' ? `${type.text}?` : `(${type.text})?`;
  });
  // Without `items: false` more elements are allowed, but only a stated `items` schema is worth printing.
  const rest = Array.isArray(schema.prefixItems) && isSchemaObject(schema.items) ? schema.items : undefined;
  if (rest) printed.push(`...${arrayOf(context.printSchema(rest, context)).text}`);
  return atom(`[${printed.join(', ')}]`);
}

function indexTypeOf(schema: JsonSchemaObject, context: PrintContext): PrintedType | undefined {
  const values: JsonSchema[] = [];
  const additional = schema.additionalProperties;
  if (additional === true || isSchemaObject(additional)) values.push(additional);
  if (isSchemaObject(schema.patternProperties)) {
    for (const value of Object.values(schema.patternProperties)) {
      if (value === true || isSchemaObject(value)) values.push(value);
    }
  }
  if (values.length === 0) return undefined;
  return unionOf(values.map((value) => context.printSchema(value, context)));
}

function layOut(lines: PropertyLine[], indent: number): string {
  const oneLine = `{ ${lines.map((line) => line.text).join(' ').slice(0, -1)} }`;
  const fits =
    oneLine.length <= INLINE_OBJECT_WIDTH && lines.every((line) => line.doc.length === 0 && !line.text.includes('\n'));
  if (fits) return oneLine;
  const pad = INDENT.repeat(indent + 1);
  const body = lines.map((line) => `${printDocComment(line.doc, pad)}${pad}${line.text}\n`).join('');
  return `{\n${body}${INDENT.repeat(indent)}}`;
}

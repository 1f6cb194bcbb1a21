// JSON Schema (draft 2020-12, self-contained) → a TypeScript type expression an agent can read.

import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import { escapeCommentEnd } from './doc-comment.js';
import { mergeObjectSchemas } from './merge-all-of.js';
import { whileExpanding, type PrintContext } from './print-context.js';
import { resolvePrintOptions, type PrintOptions } from './print-options.js';
import {
  NULL,
  UNKNOWN,
  atom,
  intersectionOf,
  literalOf,
  unionOf,
  type PrintedType,
} from './printed-type.js';
import { earlierPrint, rememberPrint } from './repeated-defs.js';
import { resolveRef } from './schema-refs.js';
import { printArray, printObject } from './structured-types.js';

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/**
 * Prints a schema as a TypeScript type expression. `$ref`s are followed inline; a def reached again while it
 * is being printed prints as `unknown`. Never throws: whatever cannot be understood prints as `unknown`.
 *
 * @example
 * const type = typeFromSchema({ type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] });
 * // '{ id: number }'
 */
export function typeFromSchema(schema: JsonSchema, options?: PrintOptions): string {
  const resolved = resolvePrintOptions(options);
  const context: PrintContext = {
    root: schema,
    options: resolved,
    state: {
      expanding: [],
      active: new Set(),
      objectsLeft: resolved.maxObjects,
      firstPrints: new Map(),
      defKeys: new Map(),
    },
    path: '',
    depth: 0,
    indent: resolved.indent,
    printSchema,
  };
  try {
    return printSchema(schema, context).text;
  } catch {
    // The input is untrusted JSON (throwing getters, absurd nesting); a declaration must still come out.
    return 'unknown';
  }
}

function printSchema(schema: unknown, context: PrintContext): PrintedType {
  if (schema === false) return atom('never');
  if (!isSchemaObject(schema) || context.state.active.has(schema)) return UNKNOWN;
  context.state.active.add(schema);
  try {
    const printed = printConstraints(schema, context);
    // OpenAPI 3.0's `nullable` survives in converted specs; honouring it costs nothing.
    return schema.nullable === true ? unionOf([printed, NULL]) : printed;
  } finally {
    context.state.active.delete(schema);
  }
}

// Every keyword of a schema applies at once, so the parts print as an intersection.
function printConstraints(schema: JsonSchemaObject, context: PrintContext): PrintedType {
  const ref: JsonSchema[] = typeof schema.$ref === 'string' ? [{ $ref: schema.$ref }] : [];
  const conjuncts = [...ref, ...schemaList(schema.allOf)];
  const oneOf = schemaList(schema.oneOf);
  const anyOf = schemaList(schema.anyOf);
  const parts: PrintedType[] = [];
  const merged =
    conjuncts.length > 0 ? mergeObjectSchemas(schema, conjuncts, context.root, context.state.expanding) : undefined;
  if (merged) {
    parts.push(whileExpanding(context, merged.names, () => printObject(merged.schema, context)));
  } else {
    const own = printOwnType(schema, context);
    // A bare `type: object` beside combinators adds only noise (`Record<string, unknown> & (A | B)`).
    const combined = conjuncts.length > 0 || oneOf.length > 0 || anyOf.length > 0;
    if (own && !(combined && isBareObject(schema))) parts.push(own);
    for (const conjunct of conjuncts) parts.push(printConjunct(conjunct, context));
  }
  if (oneOf.length > 0) parts.push(unionOf(oneOf.map((member) => printSchema(member, context))));
  if (anyOf.length > 0) parts.push(unionOf(anyOf.map((member) => printSchema(member, context))));
  return parts.length === 0 ? UNKNOWN : intersectionOf(parts);
}

function printConjunct(conjunct: JsonSchema, context: PrintContext): PrintedType {
  if (!isSchemaObject(conjunct) || conjunct.$ref === undefined || Object.keys(conjunct).length > 1) {
    return printSchema(conjunct, context);
  }
  const target = resolveRef(conjunct.$ref, context.root);
  if (!target) return UNKNOWN;
  if (context.state.expanding.includes(target.name)) {
    return atom(`unknown /* recursive: ${escapeCommentEnd(target.name)} */`);
  }
  const earlier = earlierPrint(target, context);
  if (earlier) return earlier;
  const printed = whileExpanding(context, [target.name], () => printSchema(target.schema, context));
  rememberPrint(target, printed, context);
  return printed;
}

// The type from `const`, `enum` or `type` (stated or implied by the keywords present); undefined if none.
function printOwnType(schema: JsonSchemaObject, context: PrintContext): PrintedType | undefined {
  if (Object.hasOwn(schema, 'const')) return literalOf(schema.const);
  const types = typeNamesOf(schema);
  if (Array.isArray(schema.enum)) return printEnum(schema.enum, types, context);
  if (types.length === 0) return undefined;
  return unionOf(types.map((type) => printTypeName(type, schema, context)));
}

function printTypeName(type: string, schema: JsonSchemaObject, context: PrintContext): PrintedType {
  switch (type) {
    case 'string':
      return schema.format === 'binary' ? unionOf([atom('Blob'), atom('string')]) : atom('string');
    case 'number':
    case 'integer':
      return atom('number');
    case 'boolean':
      return atom('boolean');
    case 'null':
      return NULL;
    case 'object':
      return printObject(schema, context);
    case 'array':
      return printArray(schema, context);
    default:
      return UNKNOWN;
  }
}

function printEnum(values: unknown[], types: string[], context: PrintContext): PrintedType {
  const distinct = [...new Map(values.map((value) => [JSON.stringify(value) ?? 'undefined', value])).values()];
  // A converted OpenAPI 3.0 schema says `type: [T, "null"]` but leaves null out of its enum; the intent is clear.
  const withNull = types.includes('null') && !distinct.includes(null) ? [...distinct, null] : distinct;
  if (withNull.length <= context.options.maxEnumValues) return unionOf(withNull.map(literalOf));
  const bases = [...new Set(withNull.map(baseTypeOf))];
  const [first = 'unknown', ...rest] = bases;
  return unionOf([atom(`${first} /* ${withNull.length} values */`), ...rest.map(atom)]);
}

function baseTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return typeof value;
  return 'unknown';
}

function typeNamesOf(schema: JsonSchemaObject): string[] {
  if (schema.type !== undefined) {
    const stated: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    return [...new Set(stated.filter((type): type is string => typeof type === 'string' && TYPE_NAMES.has(type)))];
  }
  const { properties, additionalProperties, patternProperties } = schema;
  if (properties !== undefined || additionalProperties !== undefined || patternProperties !== undefined) {
    return ['object'];
  }
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ['array'];
  if (schema.format === 'binary') return ['string'];
  return [];
}

function isBareObject(schema: JsonSchemaObject): boolean {
  const types = typeNamesOf(schema);
  return (
    types.length === 1 &&
    types[0] === 'object' &&
    schema.properties === undefined &&
    schema.additionalProperties === undefined &&
    schema.patternProperties === undefined
  );
}

function schemaList(value: unknown): JsonSchema[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is JsonSchema => typeof item === 'boolean' || isSchemaObject(item));
}

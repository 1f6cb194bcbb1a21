// `allOf` of plain objects merges into one object type: `{ a; b }` reads better than `{ a } & { b }`.

import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import { resolveRef } from './schema-refs.js';

export interface MergedObject {
  /** One object schema holding every piece's properties, in order. */
  schema: JsonSchemaObject;
  /** Defs followed to build it; they count as being printed, so a ref back to one is a cycle. */
  names: string[];
}

// Keywords that make a schema more than a plain object shape.
const NON_OBJECT_KEYWORDS = ['items', 'prefixItems', 'enum', 'const', 'oneOf', 'anyOf', 'not', 'patternProperties'];
const SHAPE_KEYWORDS = ['type', 'properties', 'required', 'additionalProperties', ...NON_OBJECT_KEYWORDS];

/**
 * Merges `schema`'s own object shape with its conjuncts (`$ref` and `allOf` members, refs followed), or returns
 * undefined when any piece is not a plain object, a ref cannot be followed, or fewer than two pieces remain.
 * `schema`'s own `oneOf`/`anyOf` are left to the caller.
 */
export function mergeObjectSchemas(
  schema: JsonSchemaObject,
  conjuncts: JsonSchema[],
  root: JsonSchema,
  expanding: readonly string[],
): MergedObject | undefined {
  const pieces: JsonSchemaObject[] = [];
  const names: string[] = [];
  for (const conjunct of conjuncts) {
    if (!collectPieces(conjunct, root, expanding, names, pieces)) return undefined;
  }
  const own = withoutCombinators(schema);
  if (hasShape(own)) {
    if (!isPlainObject(own)) return undefined;
    pieces.push(own);
  }
  if (pieces.length < 2) return undefined;
  return { schema: mergePieces(pieces), names };
}

function collectPieces(
  schema: JsonSchema,
  root: JsonSchema,
  expanding: readonly string[],
  names: string[],
  pieces: JsonSchemaObject[],
): boolean {
  if (schema === true) return true;
  if (!isSchemaObject(schema)) return false;
  if (schema.$ref !== undefined) {
    const target = resolveRef(schema.$ref, root);
    if (!target || expanding.includes(target.name) || names.includes(target.name)) return false;
    names.push(target.name);
    if (!collectPieces(target.schema, root, expanding, names, pieces)) return false;
  }
  if (schema.allOf !== undefined) {
    if (!Array.isArray(schema.allOf)) return false;
    for (const member of schema.allOf) {
      if (!collectPieces(member, root, expanding, names, pieces)) return false;
    }
  }
  if (!hasShape(schema)) return true;
  if (!isPlainObject(schema)) return false;
  pieces.push(schema);
  return true;
}

function mergePieces(pieces: JsonSchemaObject[]): JsonSchemaObject {
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const piece of pieces) {
    for (const [key, value] of Object.entries(isSchemaObject(piece.properties) ? piece.properties : {})) {
      const previous = Object.hasOwn(properties, key) ? properties[key] : undefined;
      properties[key] = previous === undefined || previous === value ? value : { allOf: [previous, value] };
    }
    if (Array.isArray(piece.required)) {
      for (const key of piece.required) if (typeof key === 'string') required.add(key);
    }
  }
  const closed = pieces.every((piece) => piece.additionalProperties === false);
  return {
    type: 'object',
    properties,
    required: [...required],
    ...(closed ? { additionalProperties: false } : {}),
  };
}

function withoutCombinators(schema: JsonSchemaObject): JsonSchemaObject {
  const { $ref: _ref, allOf: _allOf, oneOf: _oneOf, anyOf: _anyOf, ...own } = schema;
  return own;
}

function hasShape(schema: JsonSchemaObject): boolean {
  return SHAPE_KEYWORDS.some((keyword) => schema[keyword] !== undefined) || schema.nullable === true;
}

function isPlainObject(schema: JsonSchemaObject): boolean {
  const type = schema.type;
  const objectType =
    type === undefined || type === 'object' || (Array.isArray(type) && type.length === 1 && type[0] === 'object');
  const additional = schema.additionalProperties;
  const simpleAdditional = additional === undefined || typeof additional === 'boolean';
  return (
    objectType &&
    simpleAdditional &&
    schema.nullable !== true &&
    (schema.properties === undefined || isSchemaObject(schema.properties)) &&
    NON_OBJECT_KEYWORDS.every((keyword) => schema[keyword] === undefined)
  );
}

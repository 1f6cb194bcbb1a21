import { describe, expect, it } from 'vitest';
import type { JsonSchema, JsonSchemaObject } from '../../core/index.js';
import { typeFromSchema } from './index.js';
import { compileDiagnostics } from './testing/compile-check.js';

// Weird inputs real specs and careless plugins produce. Each must print something that compiles.
const junk: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['a string', 'string'],
  ['an array', [{ type: 'string' }]],
  ['a numeric type', { type: 42 }],
  ['unknown type names', { type: ['text', 'varchar'] }],
  ['properties as an array', { type: 'object', properties: [{ type: 'string' }] }],
  ['property schemas that are not schemas', { properties: { a: 5, b: 'x', c: null, d: true, e: false } }],
  ['required as a string', { type: 'object', required: 'a', properties: { a: {} } }],
  ['required naming junk', { type: 'object', required: [1, null, 'a'], properties: { a: {} } }],
  ['enum as a string', { enum: 'abc' }],
  ['an empty enum', { enum: [] }],
  ['enum of objects and NaN', { enum: [{ a: 1 }, [1], Number.NaN] }],
  ['items as a number', { type: 'array', items: 5 }],
  ['prefixItems of junk', { type: 'array', prefixItems: [1, null] }],
  ['allOf as an object', { allOf: { type: 'string' } }],
  ['oneOf of junk', { oneOf: [null, 5, 'x'] }],
  ['an empty anyOf', { anyOf: [] }],
  ['both properties and oneOf and allOf', { properties: { a: { type: 'string' } }, oneOf: [{ type: 'string' }], allOf: [{ type: 'integer' }] }],
  ['a numeric $ref', { $ref: 5 }],
  ['$defs as a number', { $defs: 5, $ref: '#/$defs/x' }],
  ['a def that is junk', { $defs: { x: 5 }, $ref: '#/$defs/x' }],
  ['a ref pointing deeper than $defs', { $defs: { x: { type: 'string' } }, $ref: '#/$defs/x/properties/y' }],
  ['a malformed percent-escape in a ref', { $defs: {}, $ref: '#/$defs/%E0%A4%A' }],
  ['a ref into Object.prototype', { $defs: {}, $ref: '#/$defs/constructor' }],
  ['additionalProperties as a string', { type: 'object', additionalProperties: 'yes' }],
  ['a self-referencing allOf', { $defs: { A: { allOf: [{ $ref: '#/$defs/A' }] } }, $ref: '#/$defs/A' }],
  ['mutually referencing allOfs', { $defs: { A: { allOf: [{ $ref: '#/$defs/B' }, { properties: { a: {} } }] }, B: { allOf: [{ $ref: '#/$defs/A' }] } }, $ref: '#/$defs/A' }],
  ['a def name with a comment end', { $defs: { 'a*/b': { properties: { x: { $ref: '#/$defs/a*~1b' } } } }, $ref: '#/$defs/a*~1b' }],
  ['a string property name with a comment end', { properties: { '*/': { type: 'string' } } }],
  ['an object nested in an object (printed with maxDepth NaN)', { type: 'object', properties: { a: { type: 'object' } } }],
];

function throwingGetter(): JsonSchemaObject {
  const schema: JsonSchemaObject = { type: 'object' };
  Object.defineProperty(schema, 'properties', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  return schema;
}

function objectCycle(): JsonSchemaObject {
  const schema: JsonSchemaObject = { type: 'object', properties: {} };
  (schema.properties as Record<string, JsonSchema>).self = schema;
  return schema;
}

function deepNesting(levels: number): JsonSchemaObject {
  let schema: JsonSchemaObject = { type: 'string' };
  for (let i = 0; i < levels; i += 1) schema = { type: 'array', items: schema };
  return schema;
}

// A small seeded generator of schemas mixing every keyword the printer reads, sensible and not.
function randomSchemas(count: number, seed: number): unknown[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const scalars = [null, 0, -1, 2.5, 'a', 'b c', '"q"', true, false, [], {}];
  const generate = (depth: number): unknown => {
    if (depth > 3 || next() < 0.15) return pick([true, false, {}, { type: 'string' }, { type: 'integer' }, 7, 'junk']);
    const schema: Record<string, unknown> = {};
    for (let keywords = 1 + Math.floor(next() * 3); keywords > 0; keywords -= 1) {
      switch (pick(['type', 'props', 'items', 'enum', 'const', 'allOf', 'oneOf', 'anyOf', 'ref', 'extra', 'tuple', 'nullable'])) {
        case 'type':
          schema.type = pick(['string', 'object', 'array', 'null', ['string', 'null'], ['object', 'array'], 'nope', 3]);
          break;
        case 'props':
          schema.properties = { a: generate(depth + 1), 'b-c': generate(depth + 1) };
          schema.required = pick([['a'], ['b-c', 'zz'], 'a', []]);
          break;
        case 'items':
          schema.items = generate(depth + 1);
          break;
        case 'enum':
          schema.enum = [pick(scalars), pick(scalars), pick(scalars)];
          break;
        case 'const':
          schema.const = pick(scalars);
          break;
        case 'allOf':
        case 'oneOf':
        case 'anyOf':
          schema[pick(['allOf', 'oneOf', 'anyOf'])] = [generate(depth + 1), generate(depth + 1)];
          break;
        case 'ref':
          schema.$ref = pick(['#/$defs/A', '#/$defs/B', '#/$defs/Missing', 'other.json#/x']);
          break;
        case 'extra':
          schema.additionalProperties = generate(depth + 1);
          break;
        case 'tuple':
          schema.prefixItems = [generate(depth + 1), generate(depth + 1)];
          schema.minItems = pick([0, 1, 'x']);
          break;
        case 'nullable':
          schema.nullable = true;
          break;
      }
    }
    return schema;
  };
  return Array.from({ length: count }, () => ({
    ...(generate(0) as object),
    $defs: { A: generate(1), B: { type: 'object', properties: { a: { $ref: '#/$defs/A' }, b: { $ref: '#/$defs/B' } } } },
  }));
}

describe('typeFromSchema on weird input', () => {
  it.each(junk)('prints %s without throwing', (_name, schema) => {
    expect(typeof typeFromSchema(schema as JsonSchema, { maxDepth: Number.NaN })).toBe('string');
  });

  it('prints unknown when reading the schema throws', () => {
    expect(typeFromSchema(throwingGetter())).toBe('unknown');
  });

  it('prints a JavaScript object cycle as unknown where it recurs', () => {
    expect(typeFromSchema(objectCycle())).toBe('{ self?: unknown }');
  });

  it('survives nesting deeper than the stack', () => {
    expect(typeof typeFromSchema(deepNesting(20_000))).toBe('string');
  });

  it('prints types that compile for junk and for 400 random schemas', () => {
    const inputs = [...junk.map(([, schema]) => schema), ...randomSchemas(400, 20_260_728)];
    const text = inputs.map((schema, i) => `type T${i} = ${typeFromSchema(schema as JsonSchema)};`).join('\n');
    expect(compileDiagnostics({ 'junk.ts': `${text}\nexport {};\n` })).toEqual([]);
  });
});

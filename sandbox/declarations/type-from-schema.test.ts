import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../core/index.js';
import { typeFromSchema, type PrintOptions } from './index.js';
import { compileDiagnostics } from './testing/compile-check.js';

interface Case {
  rule: string;
  schema: JsonSchema;
  expected: string;
  options?: PrintOptions;
}

const twoObjects: JsonSchema = {
  oneOf: [
    { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
    { type: 'object', properties: { b: { type: 'number' } }, required: ['b'] },
  ],
};

const cases: Case[] = [
  { rule: 'string', schema: { type: 'string' }, expected: 'string' },
  { rule: 'integer is number', schema: { type: 'integer' }, expected: 'number' },
  { rule: 'number', schema: { type: 'number' }, expected: 'number' },
  { rule: 'boolean', schema: { type: 'boolean' }, expected: 'boolean' },
  { rule: 'null', schema: { type: 'null' }, expected: 'null' },
  { rule: 'type array is a union', schema: { type: ['string', 'null'] }, expected: 'string | null' },
  { rule: 'null goes last in a union', schema: { type: ['null', 'integer', 'boolean'] }, expected: 'number | boolean | null' },
  { rule: 'OpenAPI 3.0 nullable adds null', schema: { type: 'string', nullable: true }, expected: 'string | null' },
  { rule: 'enum is a literal union', schema: { type: 'string', enum: ['open', 'closed'] }, expected: '"open" | "closed"' },
  { rule: 'enum of mixed literals', schema: { enum: [1, 'x', true, null, 1] }, expected: '1 | "x" | true | null' },
  { rule: 'enum literals are escaped', schema: { enum: ['say "hi"', 'a\\b'] }, expected: '"say \\"hi\\"" | "a\\\\b"' },
  { rule: 'nullable type adds null to an enum lacking it', schema: { type: ['string', 'null'], enum: ['a'] }, expected: '"a" | null' },
  {
    rule: 'a long enum prints its base type and a count',
    schema: { type: 'string', enum: Array.from({ length: 120 }, (_, i) => `v${i}`) },
    expected: 'string /* 120 values */',
  },
  {
    rule: 'the enum cap is an option',
    schema: { enum: ['a', 'b', 'c'] },
    options: { maxEnumValues: 2 },
    expected: 'string /* 3 values */',
  },
  { rule: 'const string', schema: { const: 'fixed' }, expected: '"fixed"' },
  { rule: 'const number', schema: { const: -4.5 }, expected: '-4.5' },
  { rule: 'const null', schema: { const: null }, expected: 'null' },
  { rule: 'const object has no literal type', schema: { const: { a: 1 } }, expected: 'unknown' },
  { rule: 'empty schema', schema: {}, expected: 'unknown' },
  { rule: 'true schema', schema: true, expected: 'unknown' },
  { rule: 'false schema', schema: false, expected: 'never' },
  { rule: 'not alone says nothing printable', schema: { not: { type: 'string' } }, expected: 'unknown' },
  {
    rule: 'object with required and optional properties',
    schema: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } }, required: ['id'] },
    expected: '{ id: number; name?: string }',
  },
  {
    rule: 'keys that are not identifiers are quoted',
    schema: { type: 'object', properties: { '+1': { type: 'integer' }, 'content-type': { type: 'string' } }, required: ['+1'] },
    expected: '{ "+1": number; "content-type"?: string }',
  },
  {
    rule: 'properties imply an object',
    schema: { properties: { a: { type: 'boolean' } } },
    expected: '{ a?: boolean }',
  },
  {
    rule: 'long objects print one property a line',
    schema: {
      type: 'object',
      properties: { first_property: { type: 'string' }, second_property: { type: 'string' }, third: { type: 'number' } },
    },
    expected: '{\n  first_property?: string;\n  second_property?: string;\n  third?: number;\n}',
  },
  {
    rule: 'nested objects indent by two spaces',
    schema: {
      type: 'object',
      properties: {
        owner: { type: 'object', properties: { login: { type: 'string', description: 'The handle.' } }, required: ['login'] },
      },
      required: ['owner'],
    },
    expected: '{\n  owner: {\n    /** The handle. */\n    login: string;\n  };\n}',
  },
  { rule: 'a bare object is a record', schema: { type: 'object' }, expected: 'Record<string, unknown>' },
  {
    rule: 'additionalProperties alone is a record',
    schema: { type: 'object', additionalProperties: { type: 'integer' } },
    expected: 'Record<string, number>',
  },
  {
    rule: 'an object closed with no properties is empty',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    expected: 'Record<string, never>',
  },
  {
    rule: 'additionalProperties true beside properties is an index signature',
    schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: true },
    expected: '{ a: string; [key: string]: unknown }',
  },
  {
    rule: 'an additionalProperties schema beside properties is an intersection (an index signature would clash)',
    schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: { type: 'number' } },
    expected: '{ a: string } & Record<string, number>',
  },
  {
    rule: 'patternProperties become the record value',
    schema: { type: 'object', patternProperties: { '^x-': { type: 'string' } } },
    expected: 'Record<string, string>',
  },
  { rule: 'array of a simple type', schema: { type: 'array', items: { type: 'string' } }, expected: 'string[]' },
  { rule: 'array of arrays', schema: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, expected: 'number[][]' },
  { rule: 'array without items', schema: { type: 'array' }, expected: 'unknown[]' },
  {
    rule: 'array of objects uses Array<>',
    schema: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
    expected: 'Array<{ a?: string }>',
  },
  {
    rule: 'array of a union uses Array<>',
    schema: { type: 'array', items: { type: ['string', 'number'] } },
    expected: 'Array<string | number>',
  },
  { rule: 'nullable array', schema: { type: ['array', 'null'], items: { type: 'string' } }, expected: 'string[] | null' },
  { rule: 'prefixItems is a tuple', schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false }, expected: '[string, number]' },
  {
    rule: 'prefixItems with an items schema has a rest element',
    schema: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'boolean' } },
    expected: '[string, ...boolean[]]',
  },
  {
    rule: 'tuple elements past minItems are optional',
    schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: ['number', 'null'] }], minItems: 1 },
    expected: '[string, (number | null)?]',
  },
  { rule: 'binary format is Blob or string', schema: { type: 'string', format: 'binary' }, expected: 'Blob | string' },
  {
    rule: 'array of binary',
    schema: { type: 'array', items: { type: 'string', format: 'binary' } },
    expected: 'Array<Blob | string>',
  },
  { rule: 'oneOf is a union', schema: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, expected: 'string | number' },
  { rule: 'anyOf is a union', schema: { anyOf: [{ type: 'string' }, { const: 3 }] }, expected: 'string | 3' },
  { rule: 'union members are deduplicated', schema: { anyOf: [{ type: 'integer' }, { type: 'number' }] }, expected: 'number' },
  { rule: 'a bare object type beside oneOf adds nothing', schema: { type: 'object', ...twoObjects }, expected: '{ a: string } | { b: number }' },
  {
    rule: 'properties beside oneOf intersect with the union',
    schema: { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'], ...twoObjects },
    expected: '{ kind: string } & ({ a: string } | { b: number })',
  },
  {
    rule: 'allOf of objects merges into one object',
    schema: {
      allOf: [
        { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
        { properties: { b: { type: 'number' } } },
        { required: ['b'] },
      ],
    },
    expected: '{ a: string; b: number }',
  },
  {
    rule: 'allOf merges refs and the schema\'s own properties',
    schema: {
      $defs: { Base: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] } },
      type: 'object',
      allOf: [{ $ref: '#/$defs/Base' }],
      properties: { name: { type: 'string' } },
    },
    expected: '{ id: number; name?: string }',
  },
  {
    rule: 'allOf of non-objects is an intersection',
    schema: { allOf: [{ type: 'string' }, { enum: ['a', 'b'] }] },
    expected: 'string & ("a" | "b")',
  },
  {
    rule: 'allOf with a record member is an intersection',
    schema: {
      allOf: [
        { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
        { type: 'object', additionalProperties: { type: 'string' } },
      ],
    },
    expected: '{ a: string } & Record<string, string>',
  },
  {
    rule: 'refs are followed inline',
    schema: { $defs: { Id: { type: 'integer' } }, type: 'array', items: { $ref: '#/$defs/Id' } },
    expected: 'number[]',
  },
  {
    rule: 'a ref with escaped pointer characters resolves',
    schema: { $defs: { 'a/b~c': { type: 'boolean' } }, $ref: '#/$defs/a~1b~0c' },
    expected: 'boolean',
  },
  { rule: 'a ref to a missing def is unknown', schema: { $defs: {}, $ref: '#/$defs/Missing' }, expected: 'unknown' },
  { rule: 'a ref outside $defs is unknown', schema: { $ref: 'https://example.com/schema.json' }, expected: 'unknown' },
  {
    rule: 'a ref with siblings intersects them',
    schema: { $defs: { Name: { type: 'string' } }, $ref: '#/$defs/Name', enum: ['x', 'y'] },
    expected: '("x" | "y") & string',
  },
  {
    rule: 'a self-referencing def prints unknown where it recurs',
    schema: {
      $defs: {
        Node: {
          type: 'object',
          properties: { value: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } },
          required: ['value'],
        },
      },
      $ref: '#/$defs/Node',
    },
    expected: '{\n  value: string;\n  children?: Array<unknown /* recursive: Node */>;\n}',
  },
  {
    rule: 'mutually recursive defs stop at the first def met again',
    schema: {
      $defs: {
        A: { type: 'object', properties: { b: { $ref: '#/$defs/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/$defs/A' } } },
      },
      $ref: '#/$defs/A',
    },
    expected: '{ b?: { a?: unknown /* recursive: A */ } }',
  },
  {
    rule: 'a def used twice side by side is not a cycle',
    schema: {
      $defs: { User: { type: 'object', properties: { login: { type: 'string' } } } },
      type: 'object',
      properties: { author: { $ref: '#/$defs/User' }, editor: { $ref: '#/$defs/User' } },
    },
    expected: '{ author?: { login?: string }; editor?: { login?: string } }',
  },
];

describe('typeFromSchema', () => {
  it.each(cases)('$rule', ({ schema, expected, options }) => {
    expect(typeFromSchema(schema, options)).toBe(expected);
  });

  it('prints types that all compile', () => {
    const text = cases.map(({ schema, options }, i) => `type T${i} = ${typeFromSchema(schema, options)};`).join('\n');
    expect(compileDiagnostics({ 'cases.ts': `${text}\nexport {};\n` })).toEqual([]);
  });
});

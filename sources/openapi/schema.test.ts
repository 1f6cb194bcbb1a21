import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './load-document.js';
import { DocumentSet } from './refs.js';
import { SchemaConverter, type DefKeys } from './schema.js';

const ROOT = 'file:///specs/api.json';

/** Converts `#/<name>` of a root document (JSON) and attaches its defs, as a tool schema would be. */
async function converterFor(root: object, others: Record<string, object> = {}) {
  const files: Record<string, string> = { [ROOT]: JSON.stringify(root) };
  for (const [url, value] of Object.entries(others)) files[url] = JSON.stringify(value);
  const docs = await DocumentSet.load(new URL(ROOT), async (url) => parseDocumentText(files[url.href]!, url.href));
  const converter = new SchemaConverter(docs);
  return (name: string) => {
    const refs: DefKeys = new Set();
    const schema = converter.convert(docs.child(docs.rootNode(), name), refs);
    return converter.withDefs(schema, refs);
  };
}

describe('SchemaConverter', () => {
  it('turns OpenAPI 3.0 nullable into a type array, adding null to an enum', async () => {
    const convert = await converterFor({
      s: { type: 'string', nullable: true, enum: ['a', 'b'] },
      n: { type: ['integer', 'null'], nullable: true },
    });
    expect(convert('s')).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
    expect(convert('n')).toEqual({ type: ['integer', 'null'] });
  });

  it('lets null through a nullable ref or composition by adding a null branch', async () => {
    const convert = await converterFor({
      ref: { $ref: '#/components/A', nullable: true, description: 'maybe an A' },
      any: { anyOf: [{ type: 'string' }, { type: 'integer' }], nullable: true },
      all: { type: 'object', allOf: [{ $ref: '#/components/A' }], nullable: true },
      components: { A: { type: 'object' } },
    });
    expect(convert('ref')).toEqual({
      description: 'maybe an A',
      anyOf: [{ $ref: '#/$defs/A' }, { type: 'null' }],
      $defs: { A: { type: 'object' } },
    });
    expect(convert('any')).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] });
    expect(convert('all')).toMatchObject({ anyOf: [{ type: 'object', allOf: [{ $ref: '#/$defs/A' }] }, { type: 'null' }] });
  });

  it('rewrites draft-4 boolean exclusiveMinimum/Maximum into the numeric form', async () => {
    const convert = await converterFor({
      a: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false },
      b: { type: 'number', exclusiveMinimum: 3 },
    });
    expect(convert('a')).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 10 });
    expect(convert('b')).toEqual({ type: 'number', exclusiveMinimum: 3 });
  });

  it('drops x-*, example, examples, xml, externalDocs and discriminator but keeps properties so named', async () => {
    const convert = await converterFor({
      pet: {
        type: 'object',
        'x-go-name': 'Pet',
        example: { name: 'Rex' },
        examples: [{ name: 'Rex' }],
        xml: { name: 'pet' },
        externalDocs: { url: 'https://example.com' },
        discriminator: { propertyName: 'kind' },
        properties: { xml: { type: 'string', example: '<a/>' }, example: { type: 'boolean' } },
        oneOf: [{ required: ['xml'] }],
      },
    });
    expect(convert('pet')).toEqual({
      type: 'object',
      properties: { xml: { type: 'string' }, example: { type: 'boolean' } },
      oneOf: [{ required: ['xml'] }],
    });
  });

  it('reads Swagger 2 file types and draft-4 tuples', async () => {
    const convert = await converterFor({
      file: { type: 'file' },
      tuple: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false },
    });
    expect(convert('file')).toEqual({ type: 'string', format: 'binary' });
    expect(convert('tuple')).toEqual({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false });
  });

  it('includes only the defs a schema reaches, transitively', async () => {
    const convert = await converterFor({
      root: { type: 'array', items: { $ref: '#/components/schemas/A' } },
      components: {
        schemas: {
          A: { properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { properties: { c: { $ref: '#/components/schemas/C' } } },
          C: { type: 'string' },
          Unused: { type: 'integer' },
        },
      },
    });
    const schema = convert('root');
    expect(Object.keys((schema as { $defs: object }).$defs)).toEqual(['A', 'B', 'C']);
  });

  it('keeps recursive schemas as refs, so the result has no object cycles', async () => {
    const convert = await converterFor({
      root: { $ref: '#/components/schemas/Node' },
      components: {
        schemas: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } },
      },
    });
    const schema = convert('root');
    expect(schema).toEqual({
      $ref: '#/$defs/Node',
      $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } } } },
    });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('names defs after the last pointer segment, de-duplicated across documents', async () => {
    const convert = await converterFor(
      {
        a: { $ref: '#/components/schemas/Pet' },
        b: { $ref: 'other.json#/Pet' },
        c: { $ref: 'other.json' },
        d: { $ref: '#/components/schemas/simple user' },
        components: { schemas: { Pet: { type: 'object' }, 'simple user': { type: 'string' } } },
      },
      { 'file:///specs/other.json': { Pet: { type: 'string' } } },
    );
    expect(convert('a')).toEqual({ $ref: '#/$defs/Pet', $defs: { Pet: { type: 'object' } } });
    expect(convert('b')).toEqual({ $ref: '#/$defs/Pet_2', $defs: { Pet_2: { type: 'string' } } });
    expect(convert('c')).toMatchObject({ $ref: '#/$defs/other' });
    expect(convert('a')).toEqual({ $ref: '#/$defs/Pet', $defs: { Pet: { type: 'object' } } });
    expect(convert('d')).toEqual({ $ref: '#/$defs/simple_user', $defs: { simple_user: { type: 'string' } } });
  });

  it('throws naming the dangling ref and where it is', async () => {
    const convert = await converterFor({
      root: { $ref: '#/components/schemas/A' },
      components: { schemas: { A: { properties: { b: { $ref: '#/components/schemas/Missing' } } } } },
    });
    expect(() => convert('root')).toThrow(
      '$ref "#/components/schemas/Missing" at /specs/api.json#/components/schemas/A/properties/b points to nothing',
    );
  });
});

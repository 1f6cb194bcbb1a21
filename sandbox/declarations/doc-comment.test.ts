import { describe, expect, it } from 'vitest';
import type { JsonSchema, JsonSchemaObject } from '../../core/index.js';
import { typeFromSchema, type PrintOptions } from './index.js';

interface DocCase {
  rule: string;
  property: JsonSchema;
  /** The printed lines above `x?: …;`, without indentation. */
  doc: string[];
  options?: PrintOptions;
}

const long = `${'word '.repeat(100)}end`;

const cases: DocCase[] = [
  { rule: 'description becomes a one-line JSDoc', property: { type: 'string', description: 'The name.' }, doc: ['/** The name. */'] },
  {
    rule: 'whitespace collapses',
    property: { type: 'string', description: '  First line.\n\n  Second\tline.  ' },
    doc: ['/** First line. Second line. */'],
  },
  { rule: 'deprecated adds a tag', property: { type: 'string', deprecated: true }, doc: ['/** @deprecated */'] },
  {
    rule: 'description, format note, deprecated and default together',
    property: { type: 'string', format: 'date-time', description: 'When.', deprecated: true, default: '2020-01-01T00:00:00Z' },
    doc: ['/**', ' * When. (date-time)', ' * @deprecated', ' * @default "2020-01-01T00:00:00Z"', ' */'],
  },
  { rule: 'a format alone is noted', property: { type: 'string', format: 'uuid' }, doc: ['/** (uuid) */'] },
  { rule: 'number widths are not noted', property: { type: 'integer', format: 'int64' }, doc: [] },
  { rule: 'defaults print as JSON', property: { type: 'array', default: ['a'] }, doc: ['/** @default ["a"] */'] },
  {
    rule: 'a comment end inside text is escaped',
    property: { type: 'string', description: 'Globs like src/**/*.ts work.' },
    doc: ['/** Globs like src/**\\/*.ts work. */'],
  },
  {
    rule: 'a bare ref borrows the def description',
    property: { $ref: '#/$defs/User' },
    doc: ['/** A GitHub user. */'],
  },
  {
    rule: 'an own description wins over the def description',
    property: { $ref: '#/$defs/User', description: 'Who opened it.' },
    doc: ['/** Who opened it. */'],
  },
  {
    rule: 'the cap is an option',
    property: { type: 'string', description: 'abcdefghijklmnopqrstuvwxyz' },
    options: { maxDocLength: 10 },
    doc: ['/** abcdefghi… */'],
  },
];

function docAbove(property: JsonSchema, options?: PrintOptions): string[] {
  const schema: JsonSchemaObject = {
    $defs: { User: { type: 'object', description: 'A GitHub user.', properties: { login: { type: 'string' } } } },
    type: 'object',
    properties: { x: property, y: { type: 'string' } },
  };
  const lines = typeFromSchema(schema, options)
    .split('\n')
    .map((line) => line.replace(/^ {2}/, ''));
  return lines.slice(1, lines.findIndex((line) => line.startsWith('x?:')));
}

describe('JSDoc from schemas', () => {
  it.each(cases)('$rule', ({ property, doc, options }) => {
    expect(docAbove(property, options)).toEqual(doc);
  });

  it('caps a long description near 300 characters, ending on a word with an ellipsis', () => {
    const [line = ''] = docAbove({ type: 'string', description: long });
    const text = line.slice('/** '.length, -' */'.length);
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.length).toBeGreaterThan(240);
    expect(text).toMatch(/word…$/);
  });

  it('prints no JSDoc with docs "none"', () => {
    const printed = typeFromSchema(
      { type: 'object', properties: { a: { type: 'string', description: 'A.', deprecated: true } } },
      { docs: 'none' },
    );
    expect(printed).toBe('{ a?: string }');
  });

  it('prints JSDoc on the outermost object only with docs "top-level"', () => {
    const printed = typeFromSchema(
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            outer: { description: 'Outer.', type: 'object', properties: { inner: { type: 'string', description: 'Inner.' } } },
          },
        },
      },
      { docs: 'top-level' },
    );
    expect(printed).toContain('/** Outer. */');
    expect(printed).not.toContain('Inner.');
  });
});

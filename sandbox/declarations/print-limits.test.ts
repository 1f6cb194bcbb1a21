import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../../core/index.js';
import { outputPrintDefaults, typeFromSchema } from './index.js';

// { a: { b: { c: { d: { e: string } } } } }, every property required.
function nested(names: string[]): JsonSchemaObject {
  const [name, ...rest] = names;
  if (name === undefined) return { type: 'string' };
  return { type: 'object', properties: { [name]: nested(rest) }, required: [name] };
}

const user: JsonSchemaObject = {
  type: 'object',
  properties: Object.fromEntries(
    ['login', 'id', 'node_id', 'avatar_url', 'html_url', 'followers_url', 'following_url', 'gists_url', 'starred_url'].map(
      (name) => [name, { type: 'string' }],
    ),
  ),
};

const withRepeats: JsonSchemaObject = {
  $defs: { user, 'nullable-user': { ...user, nullable: true, description: 'A user, or null.' } },
  type: 'object',
  properties: {
    author: { $ref: '#/$defs/user' },
    editor: { $ref: '#/$defs/nullable-user' },
    reviewers: { type: 'array', items: { $ref: '#/$defs/user' } },
  },
  required: ['author', 'editor', 'reviewers'],
};

describe('print limits', () => {
  it('prints every level by default', () => {
    expect(typeFromSchema(nested(['a', 'b', 'c', 'd']))).toBe('{ a: { b: { c: { d: string } } } }');
  });

  it('prints objects deeper than maxDepth as records', () => {
    expect(typeFromSchema(nested(['a', 'b', 'c', 'd']), { maxDepth: 3 })).toBe('{ a: { b: { c: Record<string, unknown> } } }');
  });

  it('does not count arrays as depth', () => {
    const schema: JsonSchemaObject = { type: 'array', items: { type: 'array', items: nested(['a', 'b']) } };
    expect(typeFromSchema(schema, { maxDepth: 2 })).toBe('Array<Array<{ a: { b: string } }>>');
  });

  it('starts nested lines at the given indentation', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { x: { type: 'string', description: 'X.' } } };
    expect(typeFromSchema(schema, { indent: 2 })).toBe('{\n      /** X. */\n      x?: string;\n    }');
  });

  it('stops expanding objects once maxObjects is spent', () => {
    expect(typeFromSchema(nested(['a', 'b', 'c']), { maxObjects: 2 })).toBe('{ a: { b: Record<string, unknown> } }');
  });

  it('prints a def met again as a pointer to its first print with collapseRepeats', () => {
    const printed = typeFromSchema(withRepeats, { collapseRepeats: true });
    expect(printed.match(/avatar_url/g)).toHaveLength(1);
    expect(printed).toContain('editor: Record<string, unknown> /* same shape as .author */ | null;');
    expect(printed).toContain('reviewers: Array<Record<string, unknown> /* same shape as .author */>;');
  });

  it('prints every use of a def in full without collapseRepeats', () => {
    expect(typeFromSchema(withRepeats).match(/avatar_url/g)).toHaveLength(3);
  });

  it('keeps short repeated defs in full, where a pointer would save nothing', () => {
    const schema: JsonSchemaObject = {
      $defs: { Point: { type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } } } },
      type: 'object',
      properties: { from: { $ref: '#/$defs/Point' }, to: { $ref: '#/$defs/Point' } },
    };
    expect(typeFromSchema(schema, { collapseRepeats: true })).not.toContain('same shape');
  });

  it('uses depth 3, top-level docs and collapsed repeats for outputs', () => {
    expect(outputPrintDefaults).toEqual({ maxDepth: 3, docs: 'top-level', collapseRepeats: true });
  });
});

import { describe, expect, it } from 'vitest';
import { ExecutorError } from './errors.js';
import { compileArgsValidator } from './validate-args.js';

const validate = compileArgsValidator({
  type: 'object',
  properties: {
    owner: { type: 'string' },
    state: { type: 'string', enum: ['open', 'closed'] },
    per_page: { type: 'integer' },
    labels: { type: 'array', items: { type: 'string' } },
    filter: { $ref: '#/$defs/Filter' },
  },
  required: ['owner', 'filter'],
  $defs: { Filter: { type: 'object', properties: { since: { type: ['string', 'null'] } }, required: ['since'] } },
});

function messageOf(args: unknown): string {
  try {
    validate(args);
  } catch (error) {
    expect(error).toBeInstanceOf(ExecutorError);
    expect((error as ExecutorError).code).toBe('invalid_args');
    return (error as ExecutorError).message;
  }
  return 'valid';
}

describe('argument validation', () => {
  it('accepts valid arguments', () => {
    expect(messageOf({ owner: 'o', filter: { since: null }, labels: ['bug'] })).toBe('valid');
  });
  it('names a missing field and its type', () => {
    expect(messageOf({ filter: { since: null } })).toBe('"owner" is required (string)');
  });
  it('names a missing field behind a $ref', () => {
    expect(messageOf({ owner: 'o', filter: {} })).toBe('"filter.since" is required (string | null)');
  });
  it('names an ill-typed field and what it got', () => {
    expect(messageOf({ owner: 'o', filter: { since: null }, per_page: 'ten' })).toBe('"per_page" must be integer, got string');
  });
  it('lists the allowed values of an enum', () => {
    expect(messageOf({ owner: 'o', filter: { since: null }, state: 'all' })).toBe('"state" must be one of "open", "closed"');
  });
  it('reports several problems at once', () => {
    expect(messageOf({ labels: [1] })).toContain('"labels.0" must be string');
  });
  it('rejects a non-object', () => {
    expect(messageOf('x')).toContain('arguments must be object');
  });
});

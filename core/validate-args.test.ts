import { describe, expect, it } from 'vitest';
import { ExecutorError } from './errors.js';
import { legacyMisreading } from './patterns.js';
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

// Real patterns from AWS descriptions (APIs.guru directory) that unicode-mode JavaScript rejects.
const ESCAPED_SPACE = '^[a-zA-Z0-9\\ \\_\\.]+$'; // `\ ` is a space, in Java and in legacy JavaScript alike
const PRINT = '\\p{Print}+'; // Java's printable-ASCII class; legacy JavaScript would read the text "p{Print}"
const WORD_DASH = '^[\\w-.+]+@[\\w-.+]+$'; // `[\w-.]`: `-` next to a class escape is a literal

describe('patterns JavaScript cannot run in unicode mode', () => {
  const validator = compileArgsValidator({
    type: 'object',
    properties: {
      name: { type: 'string', pattern: ESCAPED_SPACE },
      comment: { type: 'string', pattern: PRINT, maxLength: 5 },
      email: { type: 'string', pattern: WORD_DASH },
      id: { type: 'string', pattern: '^[a-z]+$' },
      count: { type: 'integer' },
    },
    required: ['name'],
  });
  const check = (args: unknown): string => {
    try {
      validator(args);
      return 'valid';
    } catch (error) {
      return (error as ExecutorError).message;
    }
  };

  it('checks a pattern that is only valid without the u flag, as its author meant', () => {
    expect(check({ name: 'my bucket_1.x' })).toBe('valid');
    expect(check({ name: 'no/slash' })).toBe('"name" must match pattern "^[a-zA-Z0-9\\ \\_\\.]+$"');
    expect(check({ name: 'a', email: 'first-last.x+y@mail-host.com' })).toBe('valid');
    expect(check({ name: 'a', email: 'no at sign' })).toContain('"email" must match pattern');
  });

  it('drops a pattern that would mean something else, and keeps checking the rest of the tool', () => {
    // Any text passes `\p{Print}+` (not checked)…
    expect(check({ name: 'a', comment: 'é!' })).toBe('valid');
    // …but its other constraints and the other arguments are still checked.
    expect(check({ name: 'a', comment: 'too long' })).toContain('"comment" must NOT have more than 5 characters');
    expect(check({ name: 'a', id: 'ABC', count: 'x' })).toBe('"id" must match pattern "^[a-z]+$"; "count" must be integer, got string');
    expect(check({})).toBe('"name" is required (string)');
  });

  it('reports what it does not check, once', () => {
    expect(validator.warnings).toEqual(['pattern `\\p{Print}+` is not checked: `\\p` would mean something else in JavaScript']);
  });

  it('drops a pattern no JavaScript grammar accepts', () => {
    const python = compileArgsValidator({ type: 'string', pattern: '/(?P<product_ref>.*)-.*/' });
    expect(() => python('anything')).not.toThrow();
    expect(python.warnings).toHaveLength(1);
    expect(python.warnings[0]).toMatch(/^pattern `\/\(\?P<product_ref>\.\*\)-\.\*\/` is not checked: not a JavaScript regular expression/);
    expect(() => python(3)).toThrow('must be string');
  });

  it('treats an unusable patternProperties pattern as naming no property', () => {
    const map = compileArgsValidator({
      type: 'object',
      patternProperties: { '^\\p{Print}+$': { type: 'integer' }, '^x-': { type: 'string' } },
      additionalProperties: false,
    });
    expect(() => map({ 'x-a': 'ok' })).not.toThrow();
    expect(() => map({ abc: 1 })).toThrow('"abc" is not an accepted argument');
    expect(map.warnings).toEqual(['pattern `^\\p{Print}+$` is not checked: `\\p` would mean something else in JavaScript']);
  });

  it('reports a schema that does not compile at all instead of skipping it silently', () => {
    const broken = compileArgsValidator({ type: 'object', properties: { a: { $ref: '#/$defs/Missing' } } });
    expect(() => broken({ a: 1 })).not.toThrow();
    expect(broken.warnings[0]).toMatch(/^arguments are not checked: the input schema does not compile/);
  });
});

describe('legacy (non-unicode) reading of a pattern', () => {
  it.each([
    ['\\A[a-zA-Z0-9_]+\\z', '\\A'],
    ['[\\p{Print}&&[^|:/]]+', '\\p'],
    ['[a-zA-Z]{1-70}', '{1-70}'],
    ['1[0-9]{,2}', '{,2}'],
    ['^([$\\-._+!*\\x{60}(),;/?:@=&\\w])+$', '\\x'],
    ['^[[:alnum:]\\_]+$', '[:'],
    ['[a-z&&[^aeiou]]', '&&'],
  ])('%s is misread at %s', (pattern, construct) => {
    expect(legacyMisreading(pattern)).toBe(construct);
  });
  it.each(['^[a-zA-Z0-9\\ \\_\\.]+$', '^[\\w-.+]+@[\\w-.+]+$', '[^/:|\\000-\\037]+', '(^\\$\\{Parameters\\.[a-z]+)}$', '^a{2,}\\-b\\u00e9\\x41$'])(
    '%s reads the same',
    (pattern) => {
      expect(legacyMisreading(pattern)).toBeUndefined();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { positionInSnippet, sandboxErrorFrom, wrapSnippet } from './guest-errors.js';

describe('wrapSnippet', () => {
  it('keeps line 1 of the snippet on line 1 and survives a trailing line comment', () => {
    const wrapped = wrapSnippet('return 1; // done');
    expect(wrapped.split('\n')[0]).toContain('return 1; // done');
    expect(wrapped.split('\n')).toHaveLength(2);
  });
});

describe('positionInSnippet', () => {
  it('takes the first snippet frame and removes the wrapper from columns on line 1', () => {
    const stack = '    at f (sandbox-prelude.js:3:4)\n    at <anonymous> (snippet.js:1:20)\n    at <anonymous> (snippet.js:4:2)\n';
    expect(positionInSnippet(stack, 'a\nb\nc\nd')).toEqual({ line: 1, column: 6 });
    expect(positionInSnippet('    at <anonymous> (snippet.js:3:7)\n', 'a\nb\nnull.x')).toEqual({ line: 3, column: 7 });
  });

  it('points past-the-end positions (the wrapper tail) at the last line', () => {
    expect(positionInSnippet('    at snippet.js:3:1\n', 'if (x) {\n  y();')).toEqual({ line: 2 });
  });

  it('knows no position without a snippet frame', () => {
    expect(positionInSnippet('    at <input>:1:1\n', 'x')).toEqual({});
    expect(positionInSnippet(undefined, 'x')).toEqual({});
  });
});

describe('sandboxErrorFrom', () => {
  const code = 'line one\nline two';

  it('classifies out of memory, stack overflow and compile-time syntax errors', () => {
    const stack = '    at <anonymous> (snippet.js:2:3)\n';
    expect(sandboxErrorFrom({ isError: true, name: 'InternalError', message: 'out of memory', stack }, code, 'run')).toEqual({
      kind: 'memory',
      message: 'InternalError: out of memory',
      line: 2,
      column: 3,
    });
    expect(sandboxErrorFrom({ isError: true, name: 'InternalError', message: 'stack overflow' }, code, 'run').kind).toBe('stack');
    expect(sandboxErrorFrom({ isError: true, name: 'SyntaxError', message: 'stack overflow' }, code, 'compile').kind).toBe('stack');
    expect(sandboxErrorFrom({ isError: true, name: 'SyntaxError', message: 'unexpected token' }, code, 'compile').kind).toBe('syntax');
    expect(sandboxErrorFrom({ isError: true, name: 'SyntaxError', message: 'bad JSON' }, code, 'run').kind).toBe('thrown');
  });

  it('keeps the code of a thrown value and its message as printed', () => {
    expect(sandboxErrorFrom({ isError: false, message: "Uncaught { code: 'x' }", code: 'x' }, code, 'run')).toEqual({
      kind: 'thrown',
      message: "Uncaught { code: 'x' }",
      code: 'x',
    });
    expect(sandboxErrorFrom({ isError: true, name: 'Error', message: '' }, code, 'run').message).toBe('Error');
  });
});

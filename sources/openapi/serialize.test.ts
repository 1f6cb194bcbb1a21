import { describe, expect, it } from 'vitest';
import { cookiePieces, headerValue, pathValue, queryPieces } from './serialize.js';

describe('parameter serialization', () => {
  it('encodes path values in simple, label and matrix styles', () => {
    expect(pathValue('id', 'a/b c')).toBe('a%2Fb%20c');
    expect(pathValue('id', [1, 2])).toBe('1,2');
    expect(pathValue('id', { x: 1, y: 2 }, 'simple', true)).toBe('x=1,y=2');
    expect(pathValue('id', [1, 2], 'label', true)).toBe('.1.2');
    expect(pathValue('id', 5, 'matrix')).toBe(';id=5');
    expect(pathValue('id', [1, 2], 'matrix', true)).toBe(';id=1;id=2');
  });

  it('joins query arrays by style when not exploded and repeats keys when exploded', () => {
    expect(queryPieces('t', ['a', 'b c'])).toEqual(['t=a', 't=b%20c']);
    expect(queryPieces('t', ['a', 'b'], 'form', false)).toEqual(['t=a,b']);
    expect(queryPieces('t', ['a', 'b'], 'pipeDelimited', false)).toEqual(['t=a%7Cb']);
    expect(queryPieces('t', ['a', 'b'], 'spaceDelimited', false)).toEqual(['t=a%20b']);
    expect(queryPieces('t', ['a', 'b'], 'tabDelimited', false)).toEqual(['t=a%09b']);
  });

  it('writes objects as deepObject brackets or form pairs', () => {
    expect(queryPieces('filter', { status: 'open', label: { name: 'bug' }, skip: undefined }, 'deepObject')).toEqual([
      'filter[status]=open',
      'filter[label][name]=bug',
    ]);
    expect(queryPieces('point', { x: 1, y: 2 })).toEqual(['x=1', 'y=2']);
    expect(queryPieces('point', { x: 1, y: 2 }, 'form', false)).toEqual(['point=x,1,y,2']);
  });

  it('writes headers and cookies', () => {
    expect(headerValue(['a', 'b'])).toBe('a,b');
    expect(headerValue({ a: 1 }, true)).toBe('a=1');
    expect(cookiePieces('s', 'a b;c')).toEqual(['s=a%20b%3Bc']);
    expect(cookiePieces('s', ['a', 'b'], false)).toEqual(['s=a,b']);
  });
});

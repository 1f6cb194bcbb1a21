import { describe, expect, it } from 'vitest';
import { snippetColumn, transpileSnippet } from './index.js';
import { runJavaScript } from './testing/run-javascript.js';

describe('snippetColumn maps a column of the transpiled code back to the snippet', () => {
  // Each snippet fails at run time on a line where types were stripped before the failing expression, so V8's
  // column (in the transpiled code) differs from the agent's; mapped back, it must land on the same text.
  const cases: { where: string; source: string; line: number; at: string }[] = [
    {
      where: 'line 1, after a parameter type and a return type',
      source: 'const f = (a: any): number => a.b.c;\nreturn f({});',
      line: 1,
      at: '.c',
    },
    {
      where: 'a later line, after casts',
      source: 'const n: number = 1;\nconst o = null as unknown as { x: number }; const p = o!.x;',
      line: 2,
      at: '.x',
    },
    {
      where: 'a line with generics and several annotations',
      source: 'let a: string = "", b: Map<string, number[]> = new Map();\nconst g = <T,>(x: T): T => { throw new Error("here"); };\ng<number>(1);',
      line: 2,
      at: 'new Error',
    },
    {
      where: 'a call after a satisfies clause',
      source: 'const cfg = { n: 1 } satisfies { n: number }; (cfg as any).missing();',
      line: 1,
      at: '.missing',
    },
  ];

  it.each(cases)('$where', async ({ source, line, at }) => {
    const result = transpileSnippet(source);
    if (!result.ok) throw new Error(result.error.message);
    const outcome = await runJavaScript(result.code);
    if (!('thrown' in outcome)) throw new Error('expected the snippet to throw');
    expect(outcome.line).toBe(line);
    const transpiledLine = result.code.split('\n')[line - 1]!;
    const sourceLine = source.split('\n')[line - 1]!;
    const expectedColumn = sourceLine.indexOf(at) + 1 + (transpiledLine.slice(outcome.column - 1).startsWith(at) ? 0 : 1);
    // V8 points at the `.` of a failed property read or at the start of an expression; either way the mapped
    // column must show the agent the same text V8 showed in the transpiled line.
    expect(sourceLine.slice(snippetColumn(source, line, outcome.column) - 1)).toBe(
      sourceLine.slice(expectedColumn - 1),
    );
    expect(outcome.column).not.toBe(snippetColumn(source, line, outcome.column));
  });

  it('leaves columns of a line without types unchanged', () => {
    const source = 'const a: number = 1;\n  foo.bar(a);';
    for (let column = 1; column <= 12; column += 1) expect(snippetColumn(source, 2, column)).toBe(column);
  });

  it('maps every token start of a typed line onto the same token in the snippet', () => {
    const source = 'const xs: Array<{ id: number }> = [] as { id: number }[]; const first = xs[0]!.id ?? (0 satisfies number);';
    const result = transpileSnippet(source);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.code).toBe('const xs = [] ; const first = xs[0].id ?? (0 );');
    for (const token of ['const first', 'xs[0]', '.id', '??', '(0']) {
      const column = result.code.indexOf(token) + 1;
      expect(source.slice(snippetColumn(source, 1, column) - 1)).toMatch(new RegExp(`^${escapeRegExp(token)}`));
    }
  });

  it('returns the column unchanged for a snippet that does not transpile or a line that does not exist', () => {
    expect(snippetColumn('let x: = 1;', 1, 5)).toBe(5);
    expect(snippetColumn('const a: number = 1;', 9, 5)).toBe(5);
    expect(snippetColumn('const a: number = 1;', 0, 5)).toBe(5);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { describe, expect, it } from 'vitest';
import { snippetLine } from './index.js';

describe('snippetLine', () => {
  const source = 'const a = 1;\n    const x = y.z;   \n\nreturn x;';
  const cases: { ask: string; source: string; line: number; expected: string | undefined }[] = [
    { ask: 'the first line', source, line: 1, expected: 'const a = 1;' },
    { ask: 'an indented line, trimmed', source, line: 2, expected: 'const x = y.z;' },
    { ask: 'an empty line', source, line: 3, expected: '' },
    { ask: 'the last line, without a newline', source, line: 4, expected: 'return x;' },
    { ask: 'a line past the end', source, line: 5, expected: undefined },
    { ask: 'line 0', source, line: 0, expected: undefined },
    { ask: 'a negative line', source, line: -1, expected: undefined },
    { ask: 'a fractional line', source, line: 1.5, expected: undefined },
    { ask: 'NaN', source, line: Number.NaN, expected: undefined },
    { ask: 'a CRLF line', source: 'a();\r\n  b();\r\nc();', line: 2, expected: 'b();' },
    { ask: 'a lone-CR line', source: 'a();\r  b();', line: 2, expected: 'b();' },
    { ask: 'a line of an empty snippet', source: '', line: 1, expected: '' },
  ];

  it.each(cases)('returns $ask', ({ source: text, line, expected }) => {
    expect(snippetLine(text, line)).toBe(expected);
  });

  it('cuts a long line to 160 characters, ending in …', () => {
    const long = `  const payload = ${JSON.stringify('x'.repeat(500))};  `;
    const shown = snippetLine(`a();\n${long}`, 2);
    expect(shown).toHaveLength(160);
    expect(shown).toBe(`${long.trim().slice(0, 159)}…`);
  });

  it('keeps a line of exactly 160 characters whole', () => {
    const exact = 'x'.repeat(160);
    expect(snippetLine(exact, 1)).toBe(exact);
  });
});

import { expect, it } from 'vitest';
import { compactGuestSource } from './guest-source.js';

it('drops indentation, blank lines and whole-line comments, and keeps code and strings', () => {
  const source = "(function () {\n  // a comment\n  /** a doc line */\n\n    const url = 'http://x'; // trailing\n  return url;\n})";
  expect(compactGuestSource(source)).toBe("(function () {\nconst url = 'http://x'; // trailing\nreturn url;\n})");
});

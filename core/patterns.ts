// `pattern`s come from OpenAPI descriptions, which say "ECMA-262", but many were written for another engine
// (AWS's come from Java: `\p{Print}`, `\A…\z`, `[\w-.]`, `\ `). Measured on the 2,628 specs of the APIs.guru
// directory: 568 of 25,339 patterns are not valid unicode-mode JavaScript; 563 of those compile without the
// u flag, where JavaScript's legacy (Annex B) grammar is lenient. Lenient is right for some (`\ ` is a space,
// `[\w-.]` has a literal `-`, in Java too) and silently wrong for others (`\p{Print}` becomes the text
// "p{Print}", `\A` the letter A), so a pattern only falls back to the legacy grammar when it uses none of the
// constructs that read differently there.

/** How a pattern is checked: with `regExp`, or not at all (`problem` says why). */
export type PatternCheck = { regExp: RegExp; problem?: undefined } | { regExp?: undefined; problem: string };

export function checkPattern(pattern: string): PatternCheck {
  const unicode = compile(pattern, 'u');
  if (unicode instanceof RegExp) return { regExp: unicode };
  const legacy = compile(pattern, '');
  if (!(legacy instanceof RegExp)) return { problem: `not a JavaScript regular expression (${unicode})` };
  const misread = legacyMisreading(pattern);
  if (misread !== undefined) return { problem: `\`${misread}\` would mean something else in JavaScript` };
  return { regExp: legacy };
}

function compile(pattern: string, flags: string): RegExp | string {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Escapes the legacy grammar reads as the author meant: any non-letter (`\ `, `\-`, `\/`, `\1`), JavaScript's
 * own classes and control escapes, and complete `\cX`, `\xHH`, `\uHHHH`, `\k<name>`. Any other `\<letter>` is a
 * letter there (`\p`, `\A`, `\z`, `\h`, `\x{60}`'s `x`).
 */
const SAME_ESCAPE = /^\\(?:[^A-Za-z]|[dDwWsSbBfnrtv]|c[A-Za-z]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|k<)/;
/** A quantifier in braces; any other `{` is a plain character in the legacy grammar (`{1-70}`, `{,2}` were meant as counts). */
const QUANTIFIER = /^\{\d+(?:,\d*)?\}/;

/** The first construct of `pattern` the legacy grammar reads differently from its author's engine, if any. */
export function legacyMisreading(pattern: string): string | undefined {
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    const rest = pattern.slice(index);
    if (char === '\\') {
      if (!SAME_ESCAPE.test(rest)) return rest.slice(0, 2);
      index++;
    } else if (inClass) {
      // `[[:alpha:]]` is a POSIX class elsewhere and `[a-z&&[^b]]` Java's intersection; here both are plain characters.
      if (rest.startsWith('[:') || rest.startsWith('&&')) return rest.slice(0, 2);
      if (char === ']') inClass = false;
    } else if (char === '[') {
      // `[]…]` has a literal `]` in Java and PCRE; here `[]` matches nothing and `[^]` anything.
      if (rest.startsWith('[]') || rest.startsWith('[^]')) return rest.startsWith('[]') ? '[]' : '[^]';
      inClass = true;
    } else if (char === '{' && !QUANTIFIER.test(rest)) {
      return rest.slice(0, Math.max(1, rest.indexOf('}') + 1));
    }
  }
  return undefined;
}

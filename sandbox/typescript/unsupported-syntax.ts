// Syntax that parses but cannot mean what the agent intends inside run_code. Type stripping would quietly drop
// some of it (an `import` whose binding looks unused, a namespace with values), so it is refused by name instead.

import type { Token } from 'sucrase/dist/types/parser/tokenizer/index.js';
import { ContextualKeyword } from 'sucrase/dist/parser/tokenizer/keywords.js';
import { TokenType } from 'sucrase/dist/parser/tokenizer/types.js';

const IMPORT_MESSAGE =
  'import is not available in run_code: a snippet loads no modules. Call tools as ' +
  '`await tools.<address>(args)`, and find addresses with `await search(query)`';
const EXPORT_MESSAGE =
  'export is not available in run_code: a snippet is the body of an async function; `return` the result instead';
const NAMESPACE_MESSAGE =
  'namespace is not available in run_code: only its types would survive type stripping. Use a plain object ' +
  'for values (`declare namespace` for types only is fine)';

/** Every token `findUnsupportedSyntax` looks for is spelled with one of these words. */
const MODULE_WORDS = /\b(?:import|export|namespace|module)\b/;

/** Why the snippet is refused, and where: an offset into the framed text the tokens were read from. */
export interface UnsupportedSyntax {
  message: string;
  offset: number;
}

/**
 * Whether `findUnsupportedSyntax` could find anything in `source`. Most snippets use none of the words, and
 * skipping the token pass for them saves a second parse (about a third of a transpile).
 */
export function mayHaveUnsupportedSyntax(source: string): boolean {
  return MODULE_WORDS.test(source);
}

/**
 * The first unsupported construct in a framed snippet that parsed, or undefined. `tokens` come from sucrase's
 * parser run over `framed`.
 */
export function findUnsupportedSyntax(framed: string, tokens: readonly Token[]): UnsupportedSyntax | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    switch (token.type) {
      case TokenType._import:
        // `typeof import('x')` in a type position is stripped with the type, so it is harmless.
        if (!token.isType) return { message: IMPORT_MESSAGE, offset: token.start };
        break;
      case TokenType._export:
        if (!token.isType) return { message: EXPORT_MESSAGE, offset: token.start };
        break;
      case TokenType.name:
        if (isImportMeta(framed, tokens, index) || isValueNamespace(tokens, index)) {
          return { message: token.isType ? NAMESPACE_MESSAGE : IMPORT_MESSAGE, offset: token.start };
        }
        break;
    }
  }
  return undefined;
}

/** sucrase reads `import.meta` as three plain tokens: the name `import`, a dot, the name `meta`. */
function isImportMeta(framed: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.end - token.start !== 6 || !framed.startsWith('import', token.start)) return false;
  const previous = tokens[index - 1];
  if (previous !== undefined && (previous.type === TokenType.dot || previous.type === TokenType.questionDot)) {
    return false;
  }
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  return (
    next?.type === TokenType.dot &&
    after?.type === TokenType.name &&
    framed.slice(after.start, after.end) === 'meta'
  );
}

/**
 * A `namespace N {…}` or `module M {…}` declaration without `declare`. sucrase marks the whole declaration as
 * a type and drops it, values included, so `N.x` would fail at run time far from the cause. A type reference
 * that happens to be named `namespace` is not followed by a name inside the same type.
 */
function isValueNamespace(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.isType) return false;
  const keyword = token.contextualKeyword;
  if (keyword !== ContextualKeyword._namespace && keyword !== ContextualKeyword._module) return false;
  const next = tokens[index + 1];
  const named = next !== undefined && next.isType && (next.type === TokenType.name || next.type === TokenType.string);
  return named && tokens[index - 1]?.type !== TokenType._declare;
}

// Looking at SQL before it runs: refusing what could reach outside its store or lift its limits.
//
// SQLite's own guards (an authorizer, `sqlite3_limit(SQLITE_LIMIT_ATTACHED, 0)`) are not reachable through
// better-sqlite3, so the check is lexical. The SQL is split into tokens as SQLite's tokenizer splits it
// (comments dropped, string literals and quoted identifiers kept whole), so a comment cannot hide a keyword
// and a string literal cannot fake one. Words in string literals are data and are not checked; quoted
// identifiers are checked like bare words, so a table named "attach" is refused too: cheap, and on the safe
// side. `load_extension` is also off inside SQLite (better-sqlite3 never enables it for SQL).

/** Read-only introspection: the only PRAGMAs (and `pragma_*` table-valued functions) a store accepts. */
const READ_ONLY_PRAGMAS = [
  'table_info',
  'table_xinfo',
  'table_list',
  'index_list',
  'index_info',
  'index_xinfo',
  'foreign_key_list',
  'foreign_key_check',
  'integrity_check',
  'quick_check',
  'page_count',
  'page_size',
  'freelist_count',
] as const;
const ALLOWED_PRAGMAS: ReadonlySet<string> = new Set(READ_ONLY_PRAGMAS);
/** These read a value bare and set it when given one (`= n` or `(n)`). */
const VALUE_PRAGMAS: ReadonlySet<string> = new Set(['page_count', 'page_size', 'freelist_count']);

const WHITESPACE = new Set([' ', '\t', '\n', '\f', '\r']);

export interface SqlInspection {
  /** Why the SQL may not run, naming the statement and what is allowed; undefined when it may. */
  refusal?: string;
  /** Whether the SQL has an INSERT or REPLACE statement, so the last inserted rowid means something. */
  inserts: boolean;
}

type TokenKind = 'word' | 'quoted' | 'string' | 'variable' | 'symbol';

interface Token {
  kind: TokenKind;
  /** A word as written, a quoted identifier without its quotes, a symbol's character; empty for strings. */
  text: string;
}

/**
 * @example
 * inspectSql("ATTACH 'other.db' AS other").refusal; // 'ATTACH is not allowed: …'
 * inspectSql("SELECT 'attach' AS word").refusal; // undefined
 */
export function inspectSql(sql: string): SqlInspection {
  const tokens = tokensOf(sql);
  const refusal = refusalIn(tokens);
  const inserts = tokens.some((token, at) => isName(token, 'insert') || (isName(token, 'replace') && !isSymbol(tokens[at + 1], '(')));
  return refusal === undefined ? { inserts } : { refusal, inserts };
}

/** SQLite's tokenizer, reduced to token boundaries and kinds. */
function tokensOf(sql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql[at]!;
    const next = sql[at + 1];
    if (WHITESPACE.has(char)) {
      at++;
    } else if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', at);
      at = end < 0 ? sql.length : end + 1;
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', at + 2);
      at = end < 0 ? sql.length : end + 2;
    } else if (char === "'") {
      at = quotedEnd(sql, at, char);
      tokens.push({ kind: 'string', text: '' });
    } else if (char === '"' || char === '`') {
      const end = quotedEnd(sql, at, char);
      tokens.push({ kind: 'quoted', text: sql.slice(at + 1, end - 1).replaceAll(char + char, char) });
      at = end;
    } else if (char === '[') {
      const close = sql.indexOf(']', at + 1);
      const end = close < 0 ? sql.length : close;
      tokens.push({ kind: 'quoted', text: sql.slice(at + 1, end) });
      at = end + 1;
    } else if ((char === ':' || char === '@' || char === '$') && next !== undefined && isIdChar(next)) {
      at = wordEnd(sql, at + 1);
      tokens.push({ kind: 'variable', text: '' });
    } else if (isIdChar(char) && char !== '$') {
      const end = wordEnd(sql, at);
      tokens.push({ kind: 'word', text: sql.slice(at, end) });
      at = end;
    } else {
      tokens.push({ kind: 'symbol', text: char });
      at++;
    }
  }
  return tokens;
}

function refusalIn(tokens: Token[]): string | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word' && token.kind !== 'quoted') continue;
    const name = token.text.toLowerCase();
    if (name === 'attach' || name === 'detach') {
      return `${name.toUpperCase()} is not allowed: a store is one database file and cannot open another`;
    }
    if (name === 'load_extension') return 'load_extension is not allowed: a store cannot load native code';
    if (name === 'vacuum' && (isName(tokens[at + 1], 'into') || isName(tokens[at + 2], 'into'))) {
      return 'VACUUM INTO is not allowed: it writes a copy outside the store (plain VACUUM is allowed)';
    }
    if (name === 'pragma' && token.kind === 'word') {
      const refusal = pragmaRefusal(tokens, at + 1);
      if (refusal !== undefined) return refusal;
    }
    if (name.startsWith('pragma_') && !ALLOWED_PRAGMAS.has(name.slice('pragma_'.length))) {
      return `${name} is not allowed: a store allows only read-only introspection (${allowedList()})`;
    }
  }
  return undefined;
}

/** `PRAGMA [schema.]name [= value | (value)]`, starting after the PRAGMA keyword. */
function pragmaRefusal(tokens: Token[], at: number): string | undefined {
  let nameAt = at;
  if (isSymbol(tokens[at + 1], '.')) nameAt = at + 2;
  const token = tokens[nameAt];
  const name = token !== undefined && (token.kind === 'word' || token.kind === 'quoted') ? token.text.toLowerCase() : '';
  const setsValue = isSymbol(tokens[nameAt + 1], '=') || isSymbol(tokens[nameAt + 1], '(');
  if (ALLOWED_PRAGMAS.has(name) && !(VALUE_PRAGMAS.has(name) && setsValue)) return undefined;
  const shown = name === '' ? 'PRAGMA' : `PRAGMA ${name}${setsValue && VALUE_PRAGMAS.has(name) ? ' with a value' : ''}`;
  return `${shown} is not allowed: a store allows only read-only PRAGMAs (${allowedList()}), and never changes its own limits`;
}

function allowedList(): string {
  return READ_ONLY_PRAGMAS.join(', ');
}

/** Index after the closing quote; a doubled quote is an escaped one. Unterminated: the end of the SQL. */
function quotedEnd(sql: string, start: number, quote: string): number {
  let from = start + 1;
  for (;;) {
    const close = sql.indexOf(quote, from);
    if (close < 0) return sql.length;
    if (sql[close + 1] !== quote) return close + 1;
    from = close + 2;
  }
}

function wordEnd(sql: string, start: number): number {
  let end = start;
  while (end < sql.length && isIdChar(sql[end]!)) end++;
  return end;
}

/** SQLite's IdChar: ASCII letters, digits, `_`, `$`, and every character past ASCII. */
function isIdChar(char: string): boolean {
  return /[A-Za-z0-9_$]/.test(char) || char.charCodeAt(0) >= 0x80;
}

function isName(token: Token | undefined, name: string): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'quoted') && token.text.toLowerCase() === name;
}

function isSymbol(token: Token | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}

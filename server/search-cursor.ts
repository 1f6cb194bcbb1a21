import { createHash } from 'node:crypto';
import { ExecutorError } from '../core/index.js';

// The `more` cursor of a search page: the offset of the next page and a short digest of the query it
// belongs to, so a cursor passed with another query is refused instead of paging through the wrong list.
// Opaque to agents (base64url), small, and stateless: the server keeps nothing per search.

export function encodeCursor(offset: number, query: string, source: string | undefined): string {
  return Buffer.from(`${offset}:${digest(query, source)}`).toString('base64url');
}

/** The offset a cursor stands for; `invalid_args` if it is malformed or belongs to another query. */
export function decodeCursor(cursor: string, query: string, source: string | undefined): number {
  const [offset, check] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const value = Number(offset);
  if (check === undefined || !Number.isInteger(value) || value < 0 || value > 10_000) {
    throw new ExecutorError('invalid_args', 'cursor is not one this server gave out; search again without it');
  }
  if (check !== digest(query, source)) {
    throw new ExecutorError('invalid_args', 'cursor belongs to another query or source; pass the same query and source as the page it came from');
  }
  return value;
}

function digest(query: string, source: string | undefined): string {
  return createHash('sha1').update(`${query}\u0000${source ?? ''}`).digest('base64url').slice(0, 8);
}

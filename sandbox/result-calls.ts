import { z } from 'zod';
import { ExecutorError, parseResultQuery, queryValue, type ResultStore, type StoredResult } from '../core/index.js';

const ResultsPayload = z.object({ op: z.enum(['get', 'query']), uri: z.string(), query: z.unknown().optional() });

/**
 * The host side of `results.get` / `results.query`: a stored result is read or sliced here, so a snippet can
 * page through 50 MB with only a page in its heap. The last parsed result is kept, because paging reads the
 * same one many times and parsing 50 MB costs about half a second.
 */
export class ResultCalls {
  readonly #store: ResultStore;
  #parsed: { id: string; value: unknown } | undefined;

  constructor(store: ResultStore) {
    this.#store = store;
  }

  /** Answers one call with the bridge's JSON text (`{"ok":true,"value":…}`); throws ExecutorError on bad input. */
  answer(payload: unknown, maxAnswerBytes: number): string {
    const parsed = ResultsPayload.safeParse(payload);
    if (!parsed.success) throw new ExecutorError('invalid_args', 'results.get(handle) / results.query(handle, {path?, filter?, limit?, offset?}) take a result handle or its uri');
    const { op, uri } = parsed.data;
    const stored = this.#store.get(uri);
    if (op === 'get') {
      // The same bound as a tool result brought into the snippet: larger ones are paged.
      if (stored.bytes > maxAnswerBytes) {
        throw new ExecutorError(
          'invalid_args',
          `${stored.uri} is ${stored.bytes} bytes; results.get loads at most ${maxAnswerBytes} into the sandbox: page it with results.query(handle, {path, limit, offset})`,
        );
      }
      // The stored text is already JSON: spliced in, not parsed and printed again.
      return `{"ok":true,"value":${this.#store.text(stored)}}`;
    }
    const query = parseResultQuery(parsed.data.query ?? {});
    const page = JSON.stringify(queryValue(this.#valueOf(stored), query));
    if (Buffer.byteLength(page) > maxAnswerBytes) {
      throw new ExecutorError('invalid_args', `that page of ${stored.uri} is ${Buffer.byteLength(page)} bytes, over the ${maxAnswerBytes} a call may bring into the sandbox; ask for fewer items (limit)`);
    }
    return `{"ok":true,"value":${page}}`;
  }

  #valueOf(stored: StoredResult): unknown {
    if (this.#parsed?.id !== stored.id) this.#parsed = { id: stored.id, value: JSON.parse(this.#store.text(stored)) as unknown };
    return this.#parsed.value;
  }
}

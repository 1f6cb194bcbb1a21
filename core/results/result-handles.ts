import type { ResultStore, StoredResult } from '../store/result-store.js';
import { previewOf } from './result-preview.js';
import { shapeOf } from './result-shape.js';

/** What an agent gets instead of a result too large to hand back inline. */
export interface ResultHandle {
  /** `executor://results/<id>`: read it with `resources/read`, or pass it to `results.get` / `results.query` in code mode. */
  uri: string;
  bytes: number;
  /** A bounded head of the data. */
  preview: unknown;
  /** A compact outline: keys, array lengths, types. */
  shape: unknown;
  expiresAt: string;
}

/** Default inline budget of a result's JSON, in bytes: beyond it, a handle. */
export const DEFAULT_INLINE_BUDGET_BYTES = 16 * 1024;
/** How long a stored result lives by default. */
export const DEFAULT_RESULT_TTL_MS = 24 * 60 * 60 * 1000;
const PREVIEW_BYTES = 1024;

/** Who a stored result belongs to, for the record and for listing a client's handles. */
export interface ResultOwner {
  runId?: string;
  scope: string;
  principal: string;
}

/**
 * Decides inline or handle. The result's JSON is computed once to measure it and, when large, stored as is;
 * the preview and shape read the parsed value without walking all of it.
 */
export class ResultHandles {
  readonly #store: ResultStore;
  readonly #ttlMs: number;

  constructor(store: ResultStore, ttlMs = DEFAULT_RESULT_TTL_MS) {
    this.#store = store;
    this.#ttlMs = ttlMs;
  }

  get store(): ResultStore {
    return this.#store;
  }

  /** A handle for `data` when its JSON is over `budgetBytes`; undefined when it fits inline. */
  keepIfLarge(data: unknown, budgetBytes: number | undefined, owner: ResultOwner): ResultHandle | undefined {
    if (budgetBytes === undefined || data === undefined) return undefined;
    const text = JSON.stringify(data) ?? 'null';
    // A JSON text has at least as many bytes as characters: most results are decided without counting bytes.
    if (text.length <= budgetBytes && Buffer.byteLength(text) <= budgetBytes) return undefined;
    return this.keep(text, data, owner);
  }

  /** Stores `text` (the JSON of `data`) and describes it. */
  keep(text: string, data: unknown, owner: ResultOwner): ResultHandle {
    const stored = this.#store.save({ text, scope: owner.scope, principal: owner.principal, ttlMs: this.#ttlMs, ...(owner.runId ? { runId: owner.runId } : {}) });
    return handleOf(stored, data);
  }
}

export function handleOf(stored: StoredResult, data: unknown): ResultHandle {
  return {
    uri: stored.uri,
    bytes: stored.bytes,
    preview: previewOf(data, PREVIEW_BYTES),
    shape: shapeOf(data),
    expiresAt: new Date(stored.expiresAt).toISOString(),
  };
}

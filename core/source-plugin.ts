import type { ZodType } from 'zod';
import type { Manifest, ManifestTool } from './manifest.js';

/**
 * The one open seam of the executor. A plugin turns a config into a manifest (`resolve`) and performs one
 * call of one of its tools (`invoke`). Everything generic — argument validation, auth, policy, runs,
 * timeouts, result handling — belongs to the core, not the plugin.
 *
 * Contract:
 * - `resolve` may read files and the network; it is called when a source is added or refreshed, never
 *   while answering a search. It throws an Error whose message says what failed and where.
 * - `invoke` receives arguments already validated against the tool's `inputSchema`, and must send every
 *   request through `call.fetch`, which is where the core applies the connection's credentials. A plugin
 *   never reads or stores a secret.
 * - `invoke` resolves to the result data (JSON-serialisable), or throws an ExecutorError: `upstream_error`
 *   with the HTTP status for an upstream failure, `timeout` when `call.signal` fires.
 */
export interface SourcePlugin<Config extends SourceConfigBase = SourceConfigBase> {
  /** `openapi`, `graphql`, `mcp`, … — the `kind` field of a source config. */
  readonly kind: string;
  /** Validates the whole source entry of the config (including `name`, `kind`, `baseUrl`, `auth`). */
  readonly config: ZodType<Config>;
  resolve(config: Config, context: ResolveContext): Promise<Manifest>;
  /**
   * Optional: a cheap token that changes when what `resolve` reads changes (a local spec's size and mtime),
   * so a restart re-resolves an edited spec. Never fetches; sources without one re-resolve only on refresh.
   */
  fingerprint?(config: Config, context: ResolveContext): Promise<string>;
  invoke(tool: InvokedTool, args: Record<string, unknown>, call: InvokeContext): Promise<unknown>;
}

/** What `invoke` gets of a tool: its id and the plugin's own binding data (schemas stay in the store). */
export type InvokedTool = Pick<ManifestTool, 'id' | 'binding'>;

/** Fields every source config has; plugins add their own. */
export interface SourceConfigBase {
  name: string;
  kind: string;
  [field: string]: unknown;
}

export interface ResolveContext {
  /** Folder that relative paths in the config resolve against. */
  baseDir: string;
  /** Used for specs fetched from URLs. */
  fetch: typeof fetch;
  signal?: AbortSignal;
}

export interface InvokeContext {
  /** Base URL of the upstream: the configured `baseUrl`, else the manifest's (empty for a source with no upstream). Never ends with `/`. */
  baseUrl: string;
  /** A fetch that adds the connection's credentials to the request. Use it for every upstream request. */
  fetch: typeof fetch;
  /** Fires when the call times out or is cancelled. */
  signal: AbortSignal;
  /** The scope of the connection the call goes through (a source that keeps data partitions it by scope). */
  scope: string;
}

// The contract between code mode and whatever runs agent code. `sandbox/quickjs/` implements it; the host
// side (policy, secrets, network, run records) stays in the caller and is reached only through `hostCall`.

/**
 * Answers one call the snippet made through the bridge. `payload` is the JSON text the sandbox produced;
 * the answer is JSON text handed back to the sandbox. The host parses the payload exactly once, so what it
 * checks is what it runs: no getter or proxy inside the sandbox can show it two different values.
 *
 * Resolve with `{"ok":true,"value":…}` or `{"ok":false,"error":{"code":…,"message":…}}` (JSON text). A
 * rejected promise is turned into `{"ok":false,"error":{"code":"internal_error",…}}` by the sandbox.
 */
export type HostCallHandler = (name: HostCallName, payload: string) => Promise<string>;

/** What the snippet may ask of the host: a tool call, a catalog search, a tool description, a stored result. */
export type HostCallName = 'tool' | 'search' | 'describe' | 'results';

export interface SandboxRunRequest {
  /**
   * JavaScript (types already stripped): the BODY of an async function. Its `return` value is the result.
   * Line 1 of `code` is line 1 of what the agent wrote (the caller keeps the mapping that way).
   */
  code: string;
  /** Soft deadline (interrupt) and, a little later, the hard one (the worker is terminated and replaced). */
  timeoutMs: number;
  /** QuickJS heap limit. Default 64 MiB. */
  memoryLimitBytes?: number;
  /** QuickJS stack limit. Default 256 KiB. */
  stackLimitBytes?: number;
  /** Seed of the snippet's `Math.random`, so a replay draws the same numbers. */
  seed: number;
  /**
   * Clock readings to replay: `Date.now()` / `new Date()` return these in order, then continue from the last
   * one plus real elapsed time. Empty for a first run. The readings a run made come back in the result.
   */
  clock: readonly number[];
  /** Bounds the captured console: entries and total characters. Defaults 200 entries, 20,000 chars. */
  maxLogEntries?: number;
  maxLogChars?: number;
  hostCall: HostCallHandler;
  /**
   * Stops the run where it stands (the host decided it cannot go on, e.g. a call waits for a human): it ends
   * with a `stopped` error, which the snippet cannot catch. The run's calls and clock so far come back as usual.
   */
  signal?: AbortSignal;
}

/** An error the snippet raised (or the sandbox raised on its behalf), in the snippet's own coordinates. */
export interface SandboxError {
  /** `timeout` (deadline), `memory` (heap limit), `stack` (stack overflow), `thrown` (uncaught), `syntax`, `internal`, `stopped` (the request's signal). */
  kind: 'timeout' | 'memory' | 'stack' | 'thrown' | 'syntax' | 'internal' | 'stopped';
  /** The error's name and message as the snippet would print them, e.g. `TypeError: x is not a function`. */
  message: string;
  /** 1-based line and column in `code`, when known. */
  line?: number;
  column?: number;
  /** The error's `code` property when the snippet threw one (tool errors carry `invalid_args`, …). */
  code?: string;
}

export type SandboxRunResult = {
  /** Console output, one line per entry as a console would print it (`found 2`, `warn: slow`). */
  logs: string[];
  /** True when the log bounds dropped entries. */
  logsTruncated: boolean;
  /** The clock readings this run made, in order (for replay). */
  clock: number[];
  /** Wall time inside the sandbox, milliseconds. */
  durationMs: number;
} & ({ ok: true; /** The return value as JSON text (`undefined` → `null`). */ value: string } | { ok: false; error: SandboxError });

/** A pool of isolated runtimes. `run` never throws for anything the snippet does; `close` frees workers. */
export interface Sandbox {
  run(request: SandboxRunRequest): Promise<SandboxRunResult>;
  close(): Promise<void>;
}

// The QuickJS implementation of the Sandbox contract: a pool of worker threads, a fresh QuickJS runtime and
// context per run, one JSON bridge to the host.
import { availableParallelism } from 'node:os';
import type { Sandbox, SandboxRunRequest, SandboxRunResult } from '../sandbox.js';
import { PendingRun } from './pending-run.js';
import { runSettingsFrom } from './run-settings.js';
import { WorkerPool } from './worker-pool.js';

const DEFAULT_RETIRE_AFTER_WASM_BYTES = 48 * 1024 * 1024;
const DEFAULT_HARD_DEADLINE_GRACE_MS = 250;

export interface QuickJsSandboxOptions {
  /** Worker threads, each running one snippet at a time. Default `os.availableParallelism()`, at least 1. */
  workers?: number;
  /**
   * A worker whose WASM memory grew past this many bytes (it never shrinks) is replaced after its run.
   * Default 48 MiB; a worker starts at 16 MiB.
   */
  recycleAfterWasmBytes?: number;
  /** How long after `timeoutMs` a run that ignores its interrupt is killed with its worker. Default 250 ms. */
  hardDeadlineGraceMs?: number;
}

/**
 * Creates the sandbox. Workers start on the first runs and stay warm; `close()` stops them.
 *
 * @example
 * const sandbox = createQuickJsSandbox({ workers: 2 });
 * const result = await sandbox.run({
 *   code: 'const found = await search("list issues"); return found;',
 *   timeoutMs: 5_000,
 *   seed: 1,
 *   clock: [],
 *   hostCall: async () => JSON.stringify({ ok: true, value: [] }),
 * });
 * await sandbox.close();
 */
export function createQuickJsSandbox(options: QuickJsSandboxOptions = {}): Sandbox {
  const pool = new WorkerPool({
    size: positiveInteger(options.workers, availableParallelism()),
    retireAfterWasmBytes: positiveInteger(options.recycleAfterWasmBytes, DEFAULT_RETIRE_AFTER_WASM_BYTES),
    hardDeadlineGraceMs: positiveInteger(options.hardDeadlineGraceMs, DEFAULT_HARD_DEADLINE_GRACE_MS),
  });
  return {
    run: (request) => runIn(pool, request),
    close: () => pool.close(),
  };
}

function runIn(pool: WorkerPool, request: SandboxRunRequest): Promise<SandboxRunResult> {
  try {
    const resolved = runSettingsFrom(request);
    if (!resolved.ok) return Promise.resolve(failedBeforeStart(resolved.message));
    const run = new PendingRun(request, resolved.settings);
    const { signal } = request;
    if (signal) {
      const stop = () => run.stop(`Error: ${String(signal.reason ?? 'the host stopped the snippet')}`);
      if (signal.aborted) stop();
      else {
        signal.addEventListener('abort', stop, { once: true });
        void run.result.then(() => signal.removeEventListener('abort', stop));
      }
    }
    pool.submit(run);
    return run.result;
  } catch {
    return Promise.resolve(failedBeforeStart('Error: the sandbox could not start the run'));
  }
}

function failedBeforeStart(message: string): SandboxRunResult {
  return { ok: false, error: { kind: 'internal', message }, logs: [], logsTruncated: false, clock: [], durationMs: 0 };
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : Math.max(1, fallback);
}

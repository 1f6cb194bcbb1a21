// The messages between the pool (main thread) and a sandbox worker. Only plain data crosses: the guest's
// strings are copied out by the worker, and nothing the guest makes ever reaches the main thread as an object.
import type { HostCallName, SandboxError } from '../sandbox.js';

/** The release-sync build's initial WASM memory (5 MB of it its stack); a worker's memory starts here. */
export const INITIAL_WASM_MEMORY_BYTES = 16 * 1024 * 1024;

/** What a worker is started with (its `workerData`). */
export interface WorkerBoot {
  /** The QuickJS WASM module, compiled once on the main thread and shared by every worker. */
  wasmModule: WebAssembly.Module;
  /** Ceiling of the worker's WASM memory: the QuickJS heap limit plus the module's own static size. */
  memoryMaximumBytes: number;
  /** After a run that left the WASM memory larger than this (it never shrinks), the worker asks to retire. */
  retireAfterWasmBytes: number;
  /**
   * One Int32 the pool sets to a run's id to stop it. A busy worker reads no messages while the snippet computes,
   * but QuickJS's interrupt handler can read shared memory, so a stop lands mid-loop too.
   */
  stopSignal: SharedArrayBuffer;
}

/** One run, with every limit already resolved (see `run-settings.ts`). */
export interface RunSettings {
  code: string;
  timeoutMs: number;
  memoryLimitBytes: number;
  stackLimitBytes: number;
  seed: number;
  clock: number[];
  maxLogEntries: number;
  maxLogChars: number;
}

export type ToWorker =
  | { type: 'run'; runId: number; settings: RunSettings }
  | { type: 'answer'; runId: number; callId: number; answer: string }
  | { type: 'stop'; runId: number; reason: string };

/** How a run ended, as the worker saw it. */
export type RunOutcome = { ok: true; value: string } | { ok: false; error: SandboxError };

export type FromWorker =
  | { type: 'ready' }
  /** Sent as they happen, so a run the pool has to kill still returns what it logged and read. */
  | { type: 'log'; runId: number; lines: string[]; truncated: boolean; clock: number[] }
  | { type: 'call'; runId: number; callId: number; name: HostCallName; payload: string; clock: number[] }
  | {
      type: 'done';
      runId: number;
      outcome: RunOutcome;
      clock: number[];
      durationMs: number;
      /** The worker should not take another run (its memory grew too far, or its WASM state is suspect). */
      retire: boolean;
    };

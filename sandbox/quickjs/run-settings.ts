// Turns a SandboxRunRequest into the limits a worker applies: defaults filled in, bounds enforced.
import type { SandboxRunRequest } from '../sandbox.js';
import type { RunSettings } from './protocol.js';

const KiB = 1024;
const MiB = 1024 * KiB;

export const DEFAULT_MEMORY_LIMIT_BYTES = 64 * MiB;
export const DEFAULT_STACK_LIMIT_BYTES = 256 * KiB;
export const DEFAULT_MAX_LOG_ENTRIES = 200;
export const DEFAULT_MAX_LOG_CHARS = 20_000;

/** Below this QuickJS cannot even create a context with our prelude. */
const MIN_MEMORY_LIMIT_BYTES = 4 * MiB;
/** A worker's WASM memory is this limit plus the module's static part; wasm32 caps the sum near 2 GiB. */
const MAX_MEMORY_LIMIT_BYTES = 1024 * MiB;
const MIN_STACK_LIMIT_BYTES = 32 * KiB;
/**
 * QuickJS measures its stack on the WASM shadow stack (5 MB in this build), but each of its frames also costs
 * native stack in the worker thread. The worker's native stack (`WORKER_NATIVE_STACK_MB`) is sized so that
 * QuickJS's own check fires first up to this limit.
 */
export const MAX_STACK_LIMIT_BYTES = 1 * MiB;
const MAX_TIMEOUT_MS = 60 * 60 * 1000;
/** More readings than this are not recorded (a busy loop on `Date.now()` would otherwise grow without end). */
export const MAX_CLOCK_READINGS = 10_000;

export type RunSettingsResult = { ok: true; settings: RunSettings } | { ok: false; message: string };

/** Validates what the caller sent; a bad request becomes a message naming the field, never an exception. */
export function runSettingsFrom(request: SandboxRunRequest): RunSettingsResult {
  if (typeof request.code !== 'string') return invalid('code must be a string');
  if (typeof request.timeoutMs !== 'number' || !(request.timeoutMs > 0)) return invalid('timeoutMs must be a positive number');
  if (typeof request.seed !== 'number' || !Number.isFinite(request.seed)) return invalid('seed must be a finite number');
  if (!Array.isArray(request.clock) || !request.clock.every((reading) => typeof reading === 'number' && Number.isFinite(reading))) {
    return invalid('clock must be an array of finite numbers');
  }
  if (typeof request.hostCall !== 'function') return invalid('hostCall must be a function');
  return {
    ok: true,
    settings: {
      code: request.code,
      timeoutMs: Math.min(request.timeoutMs, MAX_TIMEOUT_MS),
      memoryLimitBytes: clampedInteger(request.memoryLimitBytes, DEFAULT_MEMORY_LIMIT_BYTES, MIN_MEMORY_LIMIT_BYTES, MAX_MEMORY_LIMIT_BYTES),
      stackLimitBytes: clampedInteger(request.stackLimitBytes, DEFAULT_STACK_LIMIT_BYTES, MIN_STACK_LIMIT_BYTES, MAX_STACK_LIMIT_BYTES),
      seed: Math.trunc(request.seed) >>> 0,
      clock: request.clock.slice(0, MAX_CLOCK_READINGS),
      maxLogEntries: clampedInteger(request.maxLogEntries, DEFAULT_MAX_LOG_ENTRIES, 0, 100_000),
      maxLogChars: clampedInteger(request.maxLogChars, DEFAULT_MAX_LOG_CHARS, 0, 10_000_000),
    },
  };
}

function invalid(message: string): RunSettingsResult {
  return { ok: false, message: `invalid sandbox request: ${message}` };
}

function clampedInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

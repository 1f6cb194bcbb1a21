// One snippet in one fresh QuickJS runtime and context. It knows nothing of threads: the worker feeds it host
// answers and forwards what it reports, which also lets tests drive it in-process.
import type {
  QuickJSContext,
  QuickJSDeferredPromise,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
  VmCallResult,
} from 'quickjs-emscripten-core';
import type { HostCallName, SandboxError } from '../sandbox.js';
import { GUEST_API_SOURCE } from './guest-api.js';
import { GUEST_CONSOLE_SOURCE } from './guest-console.js';
import { isGuestErrorDescription, positionInSnippet, sandboxErrorFrom, SNIPPET_FILENAME, wrapSnippet } from './guest-errors.js';
import { compactGuestSource } from './guest-source.js';
import { PRELUDE_FILENAME, PRELUDE_SOURCE } from './prelude.js';
import type { RunOutcome, RunSettings } from './protocol.js';
import { ReplayClock } from './replay-clock.js';

/** A snippet may have this many host calls in flight; past it a call throws (a flood would only queue up). */
export const MAX_PENDING_HOST_CALLS = 10_000;
/** Within this distance of its ceiling the WASM memory counts as exhausted (emscripten grows in large steps). */
const MEMORY_HEADROOM_BYTES = 1024 * 1024;
const HOST_CALL_NAMES: ReadonlySet<string> = new Set<HostCallName>(['tool', 'search', 'describe', 'results']);
const PRELUDE = compactGuestSource(PRELUDE_SOURCE);
/** Compiled inside the guest on first use (see prelude.ts). */
const GUEST_MODULES: ReadonlyMap<string, string> = new Map([
  ['api', compactGuestSource(GUEST_API_SOURCE)],
  ['console', compactGuestSource(GUEST_CONSOLE_SOURCE)],
]);

/** Where a run reports to; every method is called synchronously from inside the run. */
export interface SnippetRunHost {
  call(callId: number, name: HostCallName, payload: string, clock: number[]): void;
  /** Polled by the interrupt handler: the host wants this run stopped (see `WorkerBoot.stopSignal`). */
  stopRequested?(): boolean;
  log(lines: string[], truncated: boolean, clock: number[]): void;
  done(report: SnippetRunReport): void;
}

export interface SnippetRunReport {
  outcome: RunOutcome;
  clock: number[];
  durationMs: number;
  /** The WASM module may be left in a bad state (memory exhausted, native stack overflow): do not reuse it. */
  suspect: boolean;
}

export interface SnippetRunEnvironment {
  module: QuickJSWASMModule;
  /** The ceiling of `module`'s WASM memory, in bytes. */
  memoryMaximumBytes: number;
}

/**
 * Lifecycle: `start()` once, then `answer()` for each host call until the run reports `done` (exactly once).
 * After that every answer is ignored. The soft deadline is QuickJS's interrupt handler plus a timer for time
 * spent waiting on the host; the hard deadline (terminating the worker) belongs to the pool.
 */
export class SnippetRun {
  readonly #environment: SnippetRunEnvironment;
  readonly #settings: RunSettings;
  readonly #host: SnippetRunHost;
  #runtime: QuickJSRuntime | undefined;
  #context: QuickJSContext | undefined;
  /** Handles this run owns and frees before its context: the snippet's promise, the prelude's helpers. */
  readonly #owned: QuickJSHandle[] = [];
  #main: QuickJSHandle | undefined;
  #serialize: QuickJSHandle | undefined;
  #describe: QuickJSHandle | undefined;
  readonly #pending = new Map<number, QuickJSDeferredPromise>();
  #nextCallId = 0;
  #startedAt = 0;
  #deadline = 0;
  #timer: NodeJS.Timeout | undefined;
  #interrupted = false;
  /** Why the host stopped the run, once it did: the interruption then reports `stopped`, not a timeout. */
  #stopReason: string | undefined;
  #finished = false;
  readonly #clock: ReplayClock;
  #logEntries = 0;
  #logChars = 0;
  #logTruncated = false;

  constructor(environment: SnippetRunEnvironment, settings: RunSettings, host: SnippetRunHost) {
    this.#environment = environment;
    this.#settings = settings;
    this.#host = host;
    this.#clock = new ReplayClock(settings.clock);
  }

  start(): void {
    this.#startedAt = performance.now();
    this.#deadline = Date.now() + this.#settings.timeoutMs;
    const { code, memoryLimitBytes, stackLimitBytes, timeoutMs } = this.#settings;
    // The source is copied into the WASM heap before QuickJS's own limit applies; refuse what cannot fit.
    const codeBytes = Buffer.byteLength(code);
    if (codeBytes > memoryLimitBytes / 4 || !this.#hasRoomFor(codeBytes)) {
      this.#finish({ ok: false, error: { kind: 'memory', message: `RangeError: the snippet's source is too large (${code.length} characters)` } });
      return;
    }
    try {
      const runtime = this.#environment.module.newRuntime();
      this.#runtime = runtime;
      runtime.setMemoryLimit(memoryLimitBytes);
      runtime.setMaxStackSize(stackLimitBytes);
      runtime.setInterruptHandler(() => this.#shouldInterrupt());
      const context = runtime.newContext();
      this.#context = context;
      this.#installPrelude(context);
      this.#timer = setTimeout(() => this.#onDeadline(), timeoutMs);
      const evaluated = context.evalCode(wrapSnippet(code), SNIPPET_FILENAME, { type: 'global' });
      if (evaluated.error) {
        this.#failWith(context, evaluated.error, 'compile');
        return;
      }
      this.#main = this.#own(evaluated.value);
      this.#pump();
    } catch (error) {
      this.#finishFromHostFailure(error);
    }
  }

  /** Ends the run now, as `stopped`: the host asked (see `SandboxRunRequest.signal`). */
  stop(reason: string): void {
    this.#interrupted = true;
    this.#stopReason = reason;
    if (!this.#finished) this.#finish({ ok: false, error: { kind: 'stopped', message: reason } });
  }

  /** The host's answer (JSON text) to call `callId`; ignored once the run is over. */
  answer(callId: number, answer: string): void {
    const context = this.#context;
    const deferred = this.#pending.get(callId);
    if (this.#finished || !context || !deferred) return;
    this.#pending.delete(callId);
    const json = asciiJson(answer);
    // Copying the answer in allocates through emscripten's glue, which does not check for a failed
    // allocation (it would write at address 0): only copy what surely fits below the memory's ceiling.
    if (!this.#hasRoomFor(Buffer.byteLength(json))) {
      deferred.dispose();
      this.#finish({ ok: false, error: { kind: 'memory', message: 'InternalError: out of memory' } });
      return;
    }
    try {
      const text = context.newString(json);
      deferred.resolve(text);
      text.dispose();
      this.#pump();
    } catch (error) {
      this.#finishFromHostFailure(error);
    }
  }

  #installPrelude(context: QuickJSContext): void {
    const prelude = context.unwrapResult(context.evalCode(PRELUDE, PRELUDE_FILENAME, { type: 'global', strict: true }));
    const args = [
      context.newFunction('bridge', (...handles) => this.#onBridge(context, handles[0], handles[1])),
      context.newFunction('emitLog', (...handles) => context.newNumber(this.#onLog(context, handles[0]))),
      context.newFunction('readClock', () => context.newNumber(this.#clock.read())),
      context.newFunction('loadSource', (...handles) => {
        const name = handles[0] && context.typeof(handles[0]) === 'string' ? context.getString(handles[0]) : '';
        const source = GUEST_MODULES.get(name) ?? '';
        if (!this.#hasRoomFor(source.length)) return { error: context.newError({ name: 'InternalError', message: 'out of memory' }) };
        return context.newString(source);
      }),
      context.newNumber(this.#settings.seed),
      context.newNumber(this.#settings.maxLogChars),
    ];
    const installed = context.callFunction(prelude, context.undefined, args);
    for (const handle of args) handle.dispose();
    prelude.dispose();
    const internals = context.unwrapResult(installed);
    this.#serialize = this.#own(context.getProp(internals, 'serialize'));
    this.#describe = this.#own(context.getProp(internals, 'describeError'));
    internals.dispose();
  }

  #onBridge(
    context: QuickJSContext,
    nameHandle: QuickJSHandle | undefined,
    payloadHandle: QuickJSHandle | undefined,
  ): QuickJSHandle | VmCallResult<QuickJSHandle> {
    try {
      if (!nameHandle || !payloadHandle || context.typeof(nameHandle) !== 'string' || context.typeof(payloadHandle) !== 'string') {
        return { error: context.newError({ name: 'TypeError', message: 'host calls take a name and a JSON string' }) };
      }
      const name = context.getString(nameHandle);
      if (!isHostCallName(name)) return { error: context.newError({ name: 'TypeError', message: `unknown host call "${name}"` }) };
      if (this.#pending.size >= MAX_PENDING_HOST_CALLS) {
        const message = `too many calls in flight (${MAX_PENDING_HOST_CALLS}); await some before starting more`;
        return { error: context.newError({ name: 'Error', message }) };
      }
      const payload = context.getString(payloadHandle);
      const callId = ++this.#nextCallId;
      const deferred = context.newPromise();
      this.#pending.set(callId, deferred);
      this.#host.call(callId, name, payload, this.#clock.take());
      // Returning the handle hands it to the guest; the deferred keeps its resolvers until an answer arrives.
      return deferred.handle;
    } catch {
      return { error: context.newError({ name: 'Error', message: 'the sandbox could not make this host call' }) };
    }
  }

  /** Applies the log bounds; answers how many characters may still be logged, or -1 once something was dropped. */
  #onLog(context: QuickJSContext, lineHandle: QuickJSHandle | undefined): number {
    if (this.#logTruncated) return -1;
    const { maxLogEntries, maxLogChars } = this.#settings;
    const line = lineHandle && context.typeof(lineHandle) === 'string' ? context.getString(lineHandle) : '';
    const room = maxLogChars - this.#logChars;
    if (this.#logEntries >= maxLogEntries || line.length > room) {
      this.#logTruncated = true;
      const kept = this.#logEntries < maxLogEntries && room > 1 ? [`${line.slice(0, room - 1)}…`] : [];
      this.#logEntries += kept.length;
      this.#logChars = maxLogChars;
      this.#host.log(kept, true, this.#clock.take());
      return -1;
    }
    this.#logEntries++;
    this.#logChars += line.length;
    this.#host.log([line], false, this.#clock.take());
    return this.#logEntries >= maxLogEntries ? 0 : maxLogChars - this.#logChars;
  }

  #shouldInterrupt(): boolean {
    if (this.#interrupted) return true;
    if (this.#host.stopRequested?.()) this.#stopReason = 'Error: the host stopped the snippet';
    if (this.#stopReason !== undefined || Date.now() >= this.#deadline) this.#interrupted = true;
    return this.#interrupted;
  }

  #onDeadline(): void {
    this.#interrupted = true;
    if (!this.#finished) this.#finish({ ok: false, error: this.#timeoutError({}) });
  }

  /** Runs the guest's pending jobs, then settles the run if the snippet's promise has settled. */
  #pump(): void {
    const runtime = this.#runtime;
    const context = this.#context;
    const main = this.#main;
    if (this.#finished || !runtime || !context || !main) return;
    try {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) {
        this.#failWith(context, jobs.error, 'run');
        return;
      }
      const state = context.getPromiseState(main);
      if (state.type === 'pending') {
        // No timers exist in the sandbox: with no host call outstanding, nothing can ever settle it.
        if (this.#pending.size === 0) {
          const message = 'Error: the snippet is awaiting a promise that nothing can settle (no host call is in flight)';
          this.#finish({ ok: false, error: { kind: 'thrown', message } });
        }
        return;
      }
      if (state.type === 'rejected') {
        this.#failWith(context, state.error, 'run');
        return;
      }
      const value = state.value;
      const serialized = context.callFunction(this.#serialize ?? context.undefined, context.undefined, value);
      if (!state.notAPromise) value.dispose();
      if (serialized.error) {
        this.#failWith(context, serialized.error, 'run');
        return;
      }
      const text = context.typeof(serialized.value) === 'string' ? context.getString(serialized.value) : 'null';
      serialized.value.dispose();
      this.#finish({ ok: true, value: text });
    } catch (error) {
      this.#finishFromHostFailure(error);
    }
  }

  /** Settles the run from a guest exception; disposes `errorHandle` (before the context goes). */
  #failWith(context: QuickJSContext, errorHandle: QuickJSHandle, phase: 'compile' | 'run'): void {
    let outcome: { error: SandboxError; suspect: boolean };
    try {
      outcome = this.#errorFrom(context, errorHandle, phase);
    } finally {
      if (errorHandle.alive) errorHandle.dispose();
    }
    this.#finish({ ok: false, error: outcome.error }, outcome.suspect);
  }

  #errorFrom(context: QuickJSContext, errorHandle: QuickJSHandle, phase: 'compile' | 'run'): { error: SandboxError; suspect: boolean } {
    if (this.#interrupted) {
      return { error: this.#timeoutError(positionInSnippet(ownStack(context, errorHandle), this.#settings.code)), suspect: false };
    }
    const described = context.callFunction(this.#describe ?? context.undefined, context.undefined, errorHandle);
    let description: unknown;
    if (!described.error && context.typeof(described.value) === 'string') description = parseJson(context.getString(described.value));
    described.dispose();
    if (this.#interrupted) return { error: this.#timeoutError({}), suspect: false };
    const exhausted = this.#memoryExhausted();
    if (isGuestErrorDescription(description)) {
      // QuickJS throws null when it cannot even allocate the out-of-memory error.
      if (!description.isError && exhausted) return { error: { kind: 'memory', message: 'InternalError: out of memory' }, suspect: true };
      const error = sandboxErrorFrom(description, this.#settings.code, phase);
      return { error, suspect: error.kind === 'memory' && exhausted };
    }
    // Describing failed, which in practice means the heap is full.
    if (exhausted) return { error: { kind: 'memory', message: 'InternalError: out of memory' }, suspect: true };
    return { error: { kind: 'internal', message: 'Error: the snippet failed and its error could not be read' }, suspect: true };
  }

  /** A failure of the host side of QuickJS: a native stack overflow inside WASM, a WASM trap, a bug. */
  #finishFromHostFailure(error: unknown): void {
    if (this.#interrupted) {
      this.#finish({ ok: false, error: this.#timeoutError({}) }, true);
      return;
    }
    const stack = error instanceof RangeError && /call stack/i.test(error.message);
    const memory = !stack && this.#memoryExhausted();
    const sandboxError: SandboxError = stack
      ? { kind: 'stack', message: 'InternalError: stack overflow' }
      : memory
        ? { kind: 'memory', message: 'InternalError: out of memory' }
        : { kind: 'internal', message: 'Error: the sandbox failed while running the snippet' };
    this.#finish({ ok: false, error: sandboxError }, true);
  }

  /** What an interruption means: the host's stop, or the deadline. */
  #timeoutError(position: { line?: number; column?: number }): SandboxError {
    if (this.#stopReason !== undefined) return { kind: 'stopped', message: this.#stopReason, ...position };
    return { kind: 'timeout', message: `Error: the snippet did not finish within ${this.#settings.timeoutMs} ms`, ...position };
  }

  /** Whether `bytes` fit below the WASM memory's ceiling without relying on free space inside the heap. */
  #hasRoomFor(bytes: number): boolean {
    const used = this.#environment.module.getWasmMemory().buffer.byteLength;
    return used + bytes + MEMORY_HEADROOM_BYTES <= this.#environment.memoryMaximumBytes;
  }

  #memoryExhausted(): boolean {
    const used = this.#environment.module.getWasmMemory().buffer.byteLength;
    return used + MEMORY_HEADROOM_BYTES >= this.#environment.memoryMaximumBytes;
  }

  #own(handle: QuickJSHandle): QuickJSHandle {
    this.#owned.push(handle);
    return handle;
  }

  #finish(outcome: RunOutcome, suspect = false): void {
    if (this.#finished) return;
    this.#finished = true;
    clearTimeout(this.#timer);
    const durationMs = performance.now() - this.#startedAt;
    const clean = this.#dispose();
    // WASM memory never shrinks: a module that reached its ceiling would refuse every later run's answers.
    this.#host.done({ outcome, clock: this.#clock.take(), durationMs, suspect: suspect || !clean || this.#memoryExhausted() });
  }

  /** Frees everything this run made; false when QuickJS refused (the module is then not trusted again). */
  #dispose(): boolean {
    let clean = true;
    const attempt = (free: () => void): void => {
      try {
        free();
      } catch {
        clean = false;
      }
    };
    for (const deferred of this.#pending.values()) attempt(() => deferred.dispose());
    this.#pending.clear();
    for (const handle of this.#owned) attempt(() => handle.alive && handle.dispose());
    this.#owned.length = 0;
    const context = this.#context;
    const runtime = this.#runtime;
    if (context) attempt(() => context.dispose());
    if (runtime) attempt(() => runtime.dispose());
    this.#context = undefined;
    this.#runtime = undefined;
    this.#main = undefined;
    return clean;
  }
}

function isHostCallName(name: string): name is HostCallName {
  return HOST_CALL_NAMES.has(name);
}

/** The `stack` own property of a QuickJS error, read without running guest code. */
function ownStack(context: QuickJSContext, errorHandle: QuickJSHandle): string | undefined {
  if (context.typeof(errorHandle) !== 'object') return undefined;
  const stack = context.getProp(errorHandle, 'stack');
  const text = context.typeof(stack) === 'string' ? context.getString(stack) : undefined;
  stack.dispose();
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Above this many characters an answer holding non-ASCII characters is handed over escaped. */
const NON_ASCII_ESCAPE_CHARS = 256 * 1024;
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * The answer's JSON with every non-ASCII character written as a `\uXXXX` escape (the same value once parsed).
 * Why: when the guest parses a large (~1.5 M characters and up) string holding non-ASCII text, made by
 * `newString` from UTF-8, into many objects, this QuickJS build leaves objects behind and aborts in
 * JS_FreeRuntime at the end of the run (the snippet's result is right, but the worker dies). The same JSON in
 * ASCII does not, nor does in-guest JSON.parse. Seen with 3 MB of issues titled "café ✓" and a 1.7 MB array of
 * 5,000 such objects. JSON text has non-ASCII characters only inside strings, so the escape is always valid.
 */
export function asciiJson(answer: string): string {
  if (answer.length < NON_ASCII_ESCAPE_CHARS) return answer;
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(answer)) return answer;
  return answer.replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// One sandbox worker thread as the pool sees it: starting → idle ⇄ busy → gone. It routes the worker's
// messages to the run it is executing and enforces the hard deadline.
import type { Worker } from 'node:worker_threads';
import type { SandboxError } from '../sandbox.js';
import type { PendingRun } from './pending-run.js';
import type { FromWorker, ToWorker, WorkerBoot } from './protocol.js';
import { spawnSandboxWorker } from './spawn-worker.js';

export type PooledWorkerState = 'starting' | 'idle' | 'busy' | 'gone';

export interface PooledWorkerEvents {
  /** The worker can take a run (after start-up and after each run). */
  onIdle(worker: PooledWorker): void;
  /** The thread is gone (terminated, crashed, retired, or failed to start). */
  onGone(worker: PooledWorker): void;
}

export interface PooledWorkerOptions {
  /** Everything but the stop signal, which each worker gets its own of. */
  boot: Omit<WorkerBoot, 'stopSignal'>;
  /** The heap limit this worker's WASM memory was sized for; it only takes runs with that limit. */
  memoryLimitBytes: number;
  hardDeadlineGraceMs: number;
  events: PooledWorkerEvents;
}

let nextRunId = 0;

export class PooledWorker {
  readonly memoryLimitBytes: number;
  #state: PooledWorkerState = 'starting';
  /** Whether it ever became ready: a worker that dies before that is a start-up failure, not a casualty. */
  #started = false;
  readonly #worker: Worker;
  readonly #options: PooledWorkerOptions;
  readonly #stopSignal = new Int32Array(new SharedArrayBuffer(4));
  #active: { runId: number; run: PendingRun; hardDeadline: NodeJS.Timeout } | undefined;

  constructor(options: PooledWorkerOptions) {
    this.memoryLimitBytes = options.memoryLimitBytes;
    this.#options = options;
    this.#worker = spawnSandboxWorker({ ...options.boot, stopSignal: this.#stopSignal.buffer as SharedArrayBuffer });
    this.#worker.on('message', (message: FromWorker) => this.#onMessage(message));
    this.#worker.on('error', (error) => this.#onError(error));
    this.#worker.on('exit', () => this.#onExit());
  }

  get state(): PooledWorkerState {
    return this.#state;
  }

  get started(): boolean {
    return this.#started;
  }

  assign(run: PendingRun): void {
    if (this.#state !== 'idle') throw new Error(`cannot assign a run to a ${this.#state} sandbox worker`);
    const runId = ++nextRunId;
    const hardDeadline = setTimeout(() => this.#onHardDeadline(), run.settings.timeoutMs + this.#options.hardDeadlineGraceMs);
    this.#state = 'busy';
    this.#active = { runId, run, hardDeadline };
    run.started((reason) => {
      if (this.#active?.runId !== runId) return;
      Atomics.store(this.#stopSignal, 0, runId);
      this.#post({ type: 'stop', runId, reason });
    });
    this.#post({ type: 'run', runId, settings: run.settings });
  }

  /** Stops the thread; a run in progress settles with `reason`. */
  stop(reason: string): Promise<void> {
    this.#failActive('internal', reason);
    this.#becomeGone();
    return this.#worker.terminate().then(
      () => undefined,
      () => undefined,
    );
  }

  #onMessage(message: FromWorker): void {
    if (message.type === 'ready') {
      this.#started = true;
      if (this.#state === 'starting') {
        // Starting, someone awaits it, so it kept the process alive; from now on a busy worker's hard-deadline
        // timer does that, and an idle one must not.
        this.#worker.unref();
        this.#becomeIdle();
      }
      return;
    }
    const active = this.#active;
    if (!active || active.runId !== message.runId) return;
    const { runId, run } = active;
    switch (message.type) {
      case 'log':
        run.addClock(message.clock);
        run.addLogs(message.lines, message.truncated);
        return;
      case 'call':
        run.addClock(message.clock);
        run.callHost(message.name, message.payload, (answer) => {
          if (this.#active?.runId === runId) this.#post({ type: 'answer', runId, callId: message.callId, answer });
        });
        return;
      case 'done':
        clearTimeout(active.hardDeadline);
        this.#active = undefined;
        run.addClock(message.clock);
        run.settle(message.outcome, message.durationMs);
        if (message.retire) this.#terminate();
        else this.#becomeIdle();
    }
  }

  // QuickJS checks its interrupt handler rarely inside builtins (JSON.stringify of a huge value, a loop of
  // 10,000 long native calls), so the soft deadline can overshoot by minutes; this one cannot.
  #onHardDeadline(): void {
    const active = this.#active;
    if (!active) return;
    this.#failActive('timeout', `Error: the snippet did not finish within ${active.run.settings.timeoutMs} ms`);
    this.#terminate();
  }

  #onError(error: Error): void {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') this.#failActive('memory', 'InternalError: out of memory');
    else this.#failActive('internal', 'Error: the sandbox worker stopped unexpectedly');
  }

  #onExit(): void {
    this.#failActive('internal', 'Error: the sandbox worker stopped unexpectedly');
    this.#becomeGone();
  }

  #failActive(kind: SandboxError['kind'], message: string): void {
    const active = this.#active;
    if (!active) return;
    clearTimeout(active.hardDeadline);
    this.#active = undefined;
    active.run.fail(kind, message);
  }

  #terminate(): void {
    if (this.#state === 'gone') return;
    this.#becomeGone();
    void this.#worker.terminate();
  }

  #becomeIdle(): void {
    this.#state = 'idle';
    this.#options.events.onIdle(this);
  }

  /** Reported once, as soon as the worker stops being usable (not when the thread has finished exiting). */
  #becomeGone(): void {
    if (this.#state === 'gone') return;
    this.#state = 'gone';
    this.#options.events.onGone(this);
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }
}

// The pool: a queue of runs and up to `size` worker threads, each sized for one heap limit. Workers start on
// demand, stay warm, and are replaced when the hard deadline kills one or one retires.
import type { PendingRun } from './pending-run.js';
import { PooledWorker } from './pooled-worker.js';
import { INITIAL_WASM_MEMORY_BYTES } from './protocol.js';
import { readQuickJsWasm } from './spawn-worker.js';

export interface WorkerPoolOptions {
  size: number;
  retireAfterWasmBytes: number;
  hardDeadlineGraceMs: number;
}

export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #workers = new Set<PooledWorker>();
  /** Workers stopped to make room for another heap limit: they are not replaced. */
  readonly #rebalanced = new WeakSet<PooledWorker>();
  readonly #queue: PendingRun[] = [];
  #wasmModule: WebAssembly.Module | undefined;
  #closed = false;
  #draining = false;
  #drainAgain = false;

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
  }

  submit(run: PendingRun): void {
    if (this.#closed) {
      run.fail('internal', 'Error: the sandbox is closed');
      return;
    }
    this.#queue.push(run);
    this.#drain();
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const run of this.#queue.splice(0)) run.fail('internal', 'Error: the sandbox was closed before the snippet ran');
    const workers = [...this.#workers];
    this.#workers.clear();
    await Promise.all(workers.map((worker) => worker.stop('Error: the sandbox was closed while the snippet ran')));
  }

  /** Hands queued runs to idle workers with the right heap limit, starting workers as needed. */
  #drain(): void {
    if (this.#closed) return;
    if (this.#draining) {
      this.#drainAgain = true;
      return;
    }
    const wasmModule = this.#compiled();
    if (!wasmModule) return;
    this.#draining = true;
    try {
      do {
        this.#drainAgain = false;
        this.#drainOnce(wasmModule);
      } while (this.#drainAgain && !this.#closed);
    } finally {
      this.#draining = false;
    }
  }

  #drainOnce(wasmModule: WebAssembly.Module): void {
    const starting = new Map<number, number>();
    for (const worker of this.#workers) {
      if (worker.state === 'starting') starting.set(worker.memoryLimitBytes, (starting.get(worker.memoryLimitBytes) ?? 0) + 1);
    }
    let index = 0;
    while (index < this.#queue.length) {
      const run = this.#queue[index];
      if (!run || run.settled) {
        this.#queue.splice(index, 1);
        continue;
      }
      const limit = run.settings.memoryLimitBytes;
      const idle = this.#find((worker) => worker.state === 'idle' && worker.memoryLimitBytes === limit);
      if (idle) {
        this.#queue.splice(index, 1);
        idle.assign(run);
        continue;
      }
      index++;
      const awaited = starting.get(limit) ?? 0;
      if (awaited > 0) {
        starting.set(limit, awaited - 1);
        continue;
      }
      if (this.#workers.size >= this.#options.size) {
        const spare = this.#find((worker) => worker.state === 'idle');
        if (!spare) continue;
        this.#rebalanced.add(spare);
        this.#workers.delete(spare);
        void spare.stop('Error: the sandbox worker was replaced');
      }
      this.#spawn(wasmModule, limit);
    }
  }

  #spawn(wasmModule: WebAssembly.Module, memoryLimitBytes: number): void {
    const worker = new PooledWorker({
      boot: {
        wasmModule,
        memoryMaximumBytes: INITIAL_WASM_MEMORY_BYTES + memoryLimitBytes,
        retireAfterWasmBytes: this.#options.retireAfterWasmBytes,
      },
      memoryLimitBytes,
      hardDeadlineGraceMs: this.#options.hardDeadlineGraceMs,
      events: {
        onIdle: () => this.#drain(),
        onGone: (gone) => this.#onGone(gone),
      },
    });
    this.#workers.add(worker);
  }

  #onGone(worker: PooledWorker): void {
    const known = this.#workers.delete(worker);
    if (this.#closed || !known || this.#rebalanced.has(worker)) return;
    if (!worker.started) {
      // It failed to start: give its first waiting run the failure rather than retrying forever.
      const waiting = this.#queue.findIndex((run) => run.settings.memoryLimitBytes === worker.memoryLimitBytes);
      if (waiting !== -1) this.#queue.splice(waiting, 1)[0]?.fail('internal', 'Error: the sandbox worker could not start');
    } else if (this.#wasmModule && this.#workers.size < this.#options.size) {
      // Keep the pool warm after a hard-deadline kill or a retirement.
      this.#spawn(this.#wasmModule, worker.memoryLimitBytes);
    }
    this.#drain();
  }

  /** The WASM module, compiled once (synchronously: a few milliseconds, and no promise to keep alive). */
  #compiled(): WebAssembly.Module | undefined {
    if (this.#wasmModule) return this.#wasmModule;
    try {
      this.#wasmModule = new WebAssembly.Module(readQuickJsWasm());
      return this.#wasmModule;
    } catch {
      for (const run of this.#queue.splice(0)) run.fail('internal', 'Error: the QuickJS WebAssembly module could not be loaded');
      return undefined;
    }
  }

  #find(predicate: (worker: PooledWorker) => boolean): PooledWorker | undefined {
    for (const worker of this.#workers) if (predicate(worker)) return worker;
    return undefined;
  }
}

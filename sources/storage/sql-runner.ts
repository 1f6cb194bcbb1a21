// The SQL worker process as the stores see it: one request at a time, in call order, each with a deadline.
//
// A request that overruns is not stopped politely (no SQLite interrupt is reachable through better-sqlite3):
// the process is killed, SQLite rolls the unfinished transaction back from the store's WAL when the store is
// next opened, and the next request starts a fresh process. While nothing is pending the process and its
// channel do not keep the executor's event loop alive.
import type { ChildProcess } from 'node:child_process';
import { deleteStoreFiles } from './sql-files.js';
import type { FromSqlWorker, SqlFailure, SqlOutcome, SqlReplies, SqlRequest, SqlWorkerBoot } from './sql-protocol.js';
import { spawnSqlWorker } from './sql-spawn-worker.js';

/** How long a worker may take to start. From TypeScript source (tsx) it takes about 0.3 s, compiled less. */
const START_TIMEOUT_MS = 15_000;
/** How long a worker may take to close its stores and exit, or to die once killed, before we stop waiting. */
const EXIT_GRACE_MS = 2_000;

export interface SqlRunnerOptions {
  boot: SqlWorkerBoot;
  /** Deadline of one request, counted from when it is sent to a started worker. */
  timeoutMs: number;
}

interface RunningWorker {
  readonly child: ChildProcess;
  /** True once the worker said it is ready; false if it died or hung first. */
  readonly ready: Promise<boolean>;
  readonly exited: Promise<void>;
  /** The request it is running, if any. */
  active?: { id: number; settle(outcome: SqlOutcome): void };
}

export class SqlRunner {
  readonly #options: SqlRunnerOptions;
  /** Settles when every request accepted so far has settled: the queue. */
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;
  #worker: RunningWorker | undefined;
  /** A killed worker's exit: the next one waits for it, so two processes never write one store at once. */
  #lastExit: Promise<void> = Promise.resolve();
  #closing: Promise<void> | undefined;
  #nextId = 0;

  constructor(options: SqlRunnerOptions) {
    this.#options = options;
  }

  /** Runs one request after those before it. Never rejects: every failure is an outcome. */
  run<K extends SqlRequest['type']>(request: SqlRequest & { type: K }): Promise<SqlOutcome<SqlReplies[K]>> {
    if (this.#closing !== undefined) return Promise.resolve({ ok: false, failure: { kind: 'closed' } });
    this.#pending++;
    const outcome = this.#tail.then(() => (this.#closing !== undefined ? failed({ kind: 'closed' }) : this.#perform(request)));
    this.#tail = outcome.finally(() => {
      if (--this.#pending === 0 && this.#worker !== undefined) holdLoop(this.#worker, false);
    });
    // sql-worker.ts answers each request type with that type's reply; this names the pairing.
    return outcome as Promise<SqlOutcome<SqlReplies[K]>>;
  }

  /**
   * Refuses new requests and those still queued, lets the running one finish (or time out), then lets the
   * worker close its stores and exit. Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  async #shutDown(): Promise<void> {
    await this.#tail;
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker !== undefined) {
      holdLoop(worker, true);
      // The worker closes its stores (checkpointing their WALs) when its channel closes.
      if (worker.child.connected) worker.child.disconnect();
      const kill = setTimeout(() => worker.child.kill('SIGKILL'), EXIT_GRACE_MS);
      await worker.exited;
      clearTimeout(kill);
    }
    await withinGrace(this.#lastExit);
  }

  async #perform(request: SqlRequest): Promise<SqlOutcome> {
    try {
      // Dropping a store needs no SQLite: without a worker there is no connection to close first.
      if (request.type === 'drop' && this.#worker === undefined) return { ok: true, value: { existed: deleteStoreFiles(request.path) } };
      const worker = await this.#started();
      if (worker === undefined) return failed({ kind: 'crashed', message: 'the SQL worker process did not start' });
      holdLoop(worker, true);
      return await this.#exchange(worker, request);
    } catch (error) {
      return failed({ kind: 'internal', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async #started(): Promise<RunningWorker | undefined> {
    if (this.#worker === undefined) {
      await withinGrace(this.#lastExit);
      this.#worker = this.#spawn();
    }
    const worker = this.#worker;
    return (await worker.ready) ? worker : undefined;
  }

  #exchange(worker: RunningWorker, request: SqlRequest): Promise<SqlOutcome> {
    const id = ++this.#nextId;
    const { timeoutMs } = this.#options;
    return new Promise((resolve) => {
      const deadline = setTimeout(() => {
        worker.active = undefined;
        this.#discard(worker);
        resolve(failed({ kind: 'timeout', timeoutMs }));
      }, timeoutMs);
      const settle = (outcome: SqlOutcome) => {
        clearTimeout(deadline);
        if (worker.active?.id === id) worker.active = undefined;
        resolve(outcome);
      };
      worker.active = { id, settle };
      worker.child.send({ ...request, id }, (error) => {
        if (error === null || worker.active?.id !== id) return;
        this.#discard(worker);
        settle(failed({ kind: 'crashed', message: `the SQL worker process could not be reached: ${error.message}` }));
      });
    });
  }

  #spawn(): RunningWorker {
    const child = spawnSqlWorker(this.#options.boot);
    let markReady!: (ready: boolean) => void;
    let markExited!: () => void;
    const worker: RunningWorker = {
      child,
      ready: new Promise((resolve) => (markReady = resolve)),
      exited: new Promise((resolve) => (markExited = resolve)),
    };
    const startDeadline = setTimeout(() => this.#discard(worker), START_TIMEOUT_MS);
    const gone = (why: string) => {
      clearTimeout(startDeadline);
      if (this.#worker === worker) this.#worker = undefined;
      markReady(false);
      worker.active?.settle(failed({ kind: 'crashed', message: `the SQL worker process ${why}; the call did not complete` }));
      markExited();
    };
    // The worker is this package's own code (sql-worker.ts): its messages are trusted to match the protocol.
    child.on('message', (message: unknown) => {
      const received = message as FromSqlWorker;
      if (received.type === 'ready') {
        clearTimeout(startDeadline);
        markReady(true);
      } else if (worker.active?.id === received.id) {
        worker.active.settle(received.outcome);
      }
    });
    child.on('exit', (code, signal) => gone(signal === null ? `exited with code ${code}` : `was stopped by ${signal}`));
    child.on('error', (error) => {
      // A process that never started emits only 'error'; later errors (a failed kill) leave it running.
      if (child.pid === undefined) gone(`could not start: ${error.message}`);
    });
    return worker;
  }

  #discard(worker: RunningWorker): void {
    if (this.#worker === worker) this.#worker = undefined;
    this.#lastExit = worker.exited;
    worker.child.kill('SIGKILL');
  }
}

function failed(failure: SqlFailure): SqlOutcome {
  return { ok: false, failure };
}

/** A worker holds the event loop only while a request is pending. */
function holdLoop(worker: RunningWorker, hold: boolean): void {
  if (hold) {
    worker.child.ref();
    worker.child.channel?.ref();
  } else {
    worker.child.unref();
    worker.child.channel?.unref();
  }
}

async function withinGrace(exit: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exit, new Promise<void>((resolve) => (timer = setTimeout(resolve, EXIT_GRACE_MS)))]);
  clearTimeout(timer);
}

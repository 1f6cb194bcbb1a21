// The main thread's side of one run: what it has logged and read so far, its host calls, and its one result.
import type { HostCallName, SandboxError, SandboxRunRequest, SandboxRunResult } from '../sandbox.js';
import type { RunOutcome, RunSettings } from './protocol.js';

/** What the snippet sees when the host handler rejects or answers with something other than text. */
const HOST_FAILED_ANSWER = JSON.stringify({ ok: false, error: { code: 'internal_error', message: 'the host failed to answer this call' } });
const HOST_NOT_TEXT_ANSWER = JSON.stringify({ ok: false, error: { code: 'internal_error', message: 'the host answered with something other than JSON text' } });

/**
 * Settles exactly once, from whichever comes first: the worker's report, the hard deadline, a worker crash, or
 * `close()`. Everything after that (late host answers, late logs) is dropped.
 */
export class PendingRun {
  readonly settings: RunSettings;
  readonly result: Promise<SandboxRunResult>;
  readonly #hostCall: SandboxRunRequest['hostCall'];
  #resolve: (result: SandboxRunResult) => void = () => undefined;
  readonly #logs: string[] = [];
  #logsTruncated = false;
  readonly #clock: number[] = [];
  #startedAt: number | undefined;
  #settled = false;
  /** Set while a worker runs it: how to ask that worker to stop the run. */
  #stopInWorker: ((reason: string) => void) | undefined;

  constructor(request: SandboxRunRequest, settings: RunSettings) {
    this.settings = settings;
    this.#hostCall = request.hostCall;
    this.result = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  get settled(): boolean {
    return this.#settled;
  }

  /** The run was handed to a worker: its wall time starts now, and `stop` goes to that worker. */
  started(stopInWorker: (reason: string) => void): void {
    this.#startedAt = performance.now();
    this.#stopInWorker = stopInWorker;
  }

  /** Ends the run as `stopped`: through its worker (which reports what it did so far), or at once if still queued. */
  stop(reason: string): void {
    if (this.#settled) return;
    if (this.#stopInWorker) this.#stopInWorker(reason);
    else this.fail('stopped', reason);
  }

  addLogs(lines: readonly string[], truncated: boolean): void {
    if (this.#settled) return;
    this.#logs.push(...lines);
    if (truncated) this.#logsTruncated = true;
  }

  addClock(readings: readonly number[]): void {
    if (!this.#settled) this.#clock.push(...readings);
  }

  /** Asks the host; `reply` gets JSON text, never an exception, and is not called once the run is over. */
  callHost(name: HostCallName, payload: string, reply: (answer: string) => void): void {
    if (this.#settled) return;
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(this.#hostCall(name, payload));
    } catch {
      answer = Promise.resolve(HOST_FAILED_ANSWER);
    }
    answer.then(
      (text) => this.#reply(typeof text === 'string' ? text : HOST_NOT_TEXT_ANSWER, reply),
      () => this.#reply(HOST_FAILED_ANSWER, reply),
    );
  }

  settle(outcome: RunOutcome, durationMs?: number): void {
    if (this.#settled) return;
    this.#settled = true;
    const elapsed = this.#startedAt === undefined ? 0 : performance.now() - this.#startedAt;
    this.#resolve({
      logs: this.#logs,
      logsTruncated: this.#logsTruncated,
      clock: this.#clock,
      durationMs: durationMs ?? elapsed,
      ...outcome,
    });
  }

  fail(kind: SandboxError['kind'], message: string): void {
    this.settle({ ok: false, error: { kind, message } });
  }

  #reply(answer: string, reply: (answer: string) => void): void {
    if (!this.#settled) reply(answer);
  }
}

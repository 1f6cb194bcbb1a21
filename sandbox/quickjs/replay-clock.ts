import { MAX_CLOCK_READINGS } from './run-settings.js';

/**
 * The snippet's clock. It replays the readings a previous run recorded, in order, then continues from the
 * last one at the real pace, so a replayed snippet sees the same times it saw the first time. Every reading
 * it hands out is kept (up to a bound) to be recorded in the run.
 */
export class ReplayClock {
  readonly #recorded: readonly number[];
  #next = 0;
  #lastReplayed: { reading: number; at: number } | undefined;
  #kept = 0;
  #unsent: number[] = [];

  constructor(recorded: readonly number[]) {
    this.#recorded = recorded;
  }

  read(): number {
    const now = Date.now();
    let reading: number;
    if (this.#next < this.#recorded.length) {
      reading = this.#recorded[this.#next++] ?? now;
      this.#lastReplayed = { reading, at: now };
    } else {
      reading = this.#lastReplayed ? this.#lastReplayed.reading + (now - this.#lastReplayed.at) : now;
    }
    if (this.#kept < MAX_CLOCK_READINGS) {
      this.#kept++;
      this.#unsent.push(reading);
    }
    return reading;
  }

  /** The readings made since the last take, for the host to record. */
  take(): number[] {
    if (this.#unsent.length === 0) return [];
    const readings = this.#unsent;
    this.#unsent = [];
    return readings;
  }
}

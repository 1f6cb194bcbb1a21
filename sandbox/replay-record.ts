import type { RecordedCall } from '../core/index.js';

/**
 * The host calls an earlier attempt of a snippet completed, for its replay. Calls are matched by what they
 * ask (kind and exact payload), not by position: calls a snippet starts together (`Promise.all`) can reach
 * the host in another order on replay, and one that was in flight when the snippet paused is recorded after
 * the call that paused it. Each recorded call answers once, so two identical calls replay as two.
 */
export class ReplayRecord {
  readonly #unused = new Map<string, RecordedCall[]>();
  #remaining = 0;
  #nextSeq = 1;

  constructor(recorded: readonly RecordedCall[]) {
    for (const call of [...recorded].sort((a, b) => a.seq - b.seq)) {
      const key = keyOf(call.kind, call.payload);
      const queue = this.#unused.get(key);
      if (queue) queue.push(call);
      else this.#unused.set(key, [call]);
      this.#remaining++;
      this.#nextSeq = Math.max(this.#nextSeq, call.seq + 1);
    }
  }

  /** The recorded answer to this call, if an earlier attempt made it and it has not been replayed yet. */
  take(kind: string, payload: string): RecordedCall | undefined {
    const call = this.#unused.get(keyOf(kind, payload))?.shift();
    if (call) this.#remaining--;
    return call;
  }

  /** Recorded calls this attempt has not made (yet). */
  get remaining(): number {
    return this.#remaining;
  }

  /** The sequence number for a call made live in this attempt, after every recorded one. */
  allocateSeq(): number {
    return this.#nextSeq++;
  }
}

function keyOf(kind: string, payload: string): string {
  return `${kind}\u0000${payload}`;
}

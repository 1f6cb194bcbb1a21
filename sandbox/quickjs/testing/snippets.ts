// Test helpers: run a snippet against a scripted host and read its result.
import { expect } from 'vitest';
import type { HostCallHandler, HostCallName, Sandbox, SandboxRunRequest, SandboxRunResult } from '../../sandbox.js';

export interface RecordedCall {
  name: HostCallName;
  payload: string;
}

/** Answers every call with `{ok: true, value: answer(name, parsedPayload)}` and records the raw payloads. */
export function recordingHost(answer: (name: HostCallName, payload: unknown) => unknown = () => null): {
  calls: RecordedCall[];
  hostCall: HostCallHandler;
} {
  const calls: RecordedCall[] = [];
  const hostCall: HostCallHandler = async (name, payload) => {
    calls.push({ name, payload });
    const value: unknown = await answer(name, JSON.parse(payload));
    return JSON.stringify({ ok: true, value: value ?? null });
  };
  return { calls, hostCall };
}

/** Answers every call with the given JSON text. */
export function answeringHost(answer: string): HostCallHandler {
  return async () => answer;
}

export function runSnippet(sandbox: Sandbox, code: string, overrides: Partial<SandboxRunRequest> = {}): Promise<SandboxRunResult> {
  return sandbox.run({ code, timeoutMs: 2_000, seed: 1, clock: [], hostCall: recordingHost().hostCall, ...overrides });
}

/** The parsed return value of a successful run; fails the test with the error otherwise. */
export function valueOf(result: SandboxRunResult): unknown {
  if (!result.ok) throw new Error(`expected the run to succeed, got ${JSON.stringify(result.error)}`);
  return JSON.parse(result.value);
}

/** The host survived and the sandbox still runs snippets. */
export async function expectHealthy(sandbox: Sandbox): Promise<void> {
  const result = await runSnippet(sandbox, 'const r = await search("ping"); return 6 * 7;');
  expect(result).toMatchObject({ ok: true, value: '42' });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

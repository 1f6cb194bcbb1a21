import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostCallHandler, Sandbox } from '../sandbox.js';
import { createQuickJsSandbox } from './index.js';
import { expectHealthy, runSnippet } from './testing/snippets.js';

// Stopping a run through `SandboxRunRequest.signal`, as code mode does when a call waits for approval: the
// host aborts from inside its own handler and never answers the call.

let sandbox: Sandbox;

beforeAll(() => {
  sandbox = createQuickJsSandbox({ workers: 1 });
});

afterAll(async () => {
  await sandbox.close();
});

/** A host that stops the run at its first call and never answers it; counts the calls it got. */
function stoppingHost(): { controller: AbortController; calls: () => number; hostCall: HostCallHandler } {
  const controller = new AbortController();
  let calls = 0;
  const hostCall: HostCallHandler = () => {
    calls++;
    controller.abort('a call waits for approval');
    return new Promise<string>(() => undefined);
  };
  return { controller, calls: () => calls, hostCall };
}

describe('stopping a run', () => {
  it('ends a snippet awaiting an unanswered host call as stopped, at once, with the logs printed before it', async () => {
    const host = stoppingHost();
    const started = performance.now();
    const result = await runSnippet(sandbox, 'console.log("before");\nconst r = await tools.github.local.work.issues.create({ title: "x" });\nconsole.log("after");\nreturn r;', {
      hostCall: host.hostCall,
      signal: host.controller.signal,
      timeoutMs: 10_000,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    if (!result.ok) expect(result.error.message).toContain('a call waits for approval');
    expect(result.logs).toEqual(['before']);
    expect(host.calls()).toBe(1);
  });

  it('cannot be caught by the snippet', async () => {
    const host = stoppingHost();
    const code = `
      try {
        await search("anything");
      } catch (error) {
        return "caught";
      } finally {
        console.log("finally ran");
      }
      return "went on";`;
    const result = await runSnippet(sandbox, code, { hostCall: host.hostCall, signal: host.controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    expect(result.logs).toEqual([]);
  });

  it('ends the run even when other calls in flight are answered', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const hostCall: HostCallHandler = async (_name, payload) => {
      seen.push(payload);
      if (seen.length === 2) controller.abort('second call gated');
      return JSON.stringify({ ok: true, value: seen.length });
    };
    const code = `
      const [a, b, c] = await Promise.all([search("one"), search("two"), search("three")]);
      console.log("all answered");
      return [a, b, c];`;
    const result = await runSnippet(sandbox, code, { hostCall, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    expect(result.logs).toEqual([]);
  });

  it('does not start a run whose signal is already aborted', async () => {
    const host = stoppingHost();
    host.controller.abort('too late');
    const result = await runSnippet(sandbox, 'console.log("ran"); await search("x"); return 1;', { hostCall: host.hostCall, signal: host.controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'stopped' }, logs: [] });
    expect(host.calls()).toBe(0);
  });

  // A busy worker reads no messages; the stop also lands through shared memory its interrupt handler polls.
  it('stops a snippet that keeps computing after its host call, long before its deadline', async () => {
    const host = stoppingHost();
    const started = performance.now();
    const result = await runSnippet(sandbox, 'search("x");\nlet i = 0;\nwhile (true) i++;', {
      hostCall: host.hostCall,
      signal: host.controller.signal,
      timeoutMs: 1_200,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    expect(performance.now() - started).toBeLessThan(600);
  });

  it('leaves the pool able to run the next snippet normally', async () => {
    const host = stoppingHost();
    const stopped = await runSnippet(sandbox, 'await search("x"); return 1;', { hostCall: host.hostCall, signal: host.controller.signal });
    expect(stopped).toMatchObject({ ok: false, error: { kind: 'stopped' } });
    await expectHealthy(sandbox);
    // A signal that never fires changes nothing.
    const quiet = new AbortController();
    expect(await runSnippet(sandbox, 'return [1, 2].map((n) => n * 2);', { signal: quiet.signal })).toMatchObject({ ok: true, value: '[2,4]' });
  });
});

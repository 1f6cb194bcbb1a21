import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox.js';
import { createQuickJsSandbox } from './index.js';
import { answeringHost, expectHealthy, recordingHost, runSnippet, sleep, valueOf } from './testing/snippets.js';

let sandbox: Sandbox;

beforeAll(() => {
  sandbox = createQuickJsSandbox({ workers: 2 });
});

afterAll(async () => {
  await sandbox.close();
});

describe('results', () => {
  it("returns the snippet's value as JSON text, and undefined as null", async () => {
    expect(await runSnippet(sandbox, 'return { a: [1, "two", null], b: true };')).toMatchObject({ ok: true, value: '{"a":[1,"two",null],"b":true}' });
    expect(await runSnippet(sandbox, 'const x = 1;')).toMatchObject({ ok: true, value: 'null' });
    expect(await runSnippet(sandbox, 'return () => 1;')).toMatchObject({ ok: true, value: 'null' });
  });

  it('reports an uncaught error with its name, message, line and column in the snippet', async () => {
    const result = await runSnippet(sandbox, 'const a = 1;\nconst b = 2;\nnull.x;');
    expect(result).toMatchObject({ ok: false, error: { kind: 'thrown', message: "TypeError: cannot read property 'x' of null", line: 3 } });
    const first = await runSnippet(sandbox, 'undefinedFunction();');
    expect(first).toMatchObject({ ok: false, error: { kind: 'thrown', message: "ReferenceError: 'undefinedFunction' is not defined", line: 1, column: 1 } });
  });

  it('reports an error thrown after an await at its own line', async () => {
    const result = await runSnippet(sandbox, 'await search("x");\n\nthrow new RangeError("late");');
    expect(result).toMatchObject({ ok: false, error: { kind: 'thrown', message: 'RangeError: late', line: 3 } });
  });

  it('reports a syntax error as kind syntax with its position', async () => {
    const result = await runSnippet(sandbox, 'const ok = 1;\nlet x = ;');
    expect(result).toMatchObject({ ok: false, error: { kind: 'syntax', line: 2, column: 9 } });
    if (!result.ok) expect(result.error.message).toMatch(/^SyntaxError: /);
    const unclosed = await runSnippet(sandbox, 'if (true) {\n  return 1;');
    expect(unclosed).toMatchObject({ ok: false, error: { kind: 'syntax', line: 2 } });
  });

  it('gives a thrown non-Error value a readable message and keeps a code it carries', async () => {
    expect(await runSnippet(sandbox, "throw 'boom';")).toMatchObject({ ok: false, error: { kind: 'thrown', message: "Uncaught 'boom'" } });
    const object = await runSnippet(sandbox, "throw { code: 'not_found', detail: 1 };");
    expect(object).toMatchObject({ ok: false, error: { kind: 'thrown', message: "Uncaught { code: 'not_found', detail: 1 }", code: 'not_found' } });
  });

  it('refuses a return value JSON cannot represent, saying why', async () => {
    const result = await runSnippet(sandbox, 'return { n: 1n };');
    expect(result).toMatchObject({ ok: false, error: { kind: 'thrown' } });
    if (!result.ok) expect(result.error.message).toContain('the return value must be JSON-serializable');
    const cyclic = await runSnippet(sandbox, 'const a = {}; a.self = a; return a;');
    if (!cyclic.ok) expect(cyclic.error.message).toContain('circular');
    expect(cyclic.ok).toBe(false);
  });

  it('ends a snippet awaiting a promise nothing can settle at once, not at the deadline', async () => {
    const started = performance.now();
    const result = await runSnippet(sandbox, 'await new Promise(() => {});', { timeoutMs: 10_000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'thrown' } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('provides no timers, fetch, require, process or module loading', async () => {
    const names = ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'fetch', 'require', 'process', 'module', 'std', 'os', 'WeakRef', 'FinalizationRegistry'];
    const result = await runSnippet(sandbox, `return ${JSON.stringify(names)}.filter((name) => typeof globalThis[name] !== 'undefined');`);
    expect(valueOf(result)).toEqual([]);
  });
});

describe('the bridge', () => {
  it('calls a tool by the dotted address, with the arguments serialized once', async () => {
    const host = recordingHost((name, payload) => ({ name, payload }));
    const code = 'return await tools.github.local.work.issues.list_for_repo({ owner: "o", repo: "r" });';
    const result = await runSnippet(sandbox, code, { hostCall: host.hostCall });
    expect(host.calls).toEqual([{ name: 'tool', payload: '{"address":"github.local.work.issues.list_for_repo","args":{"owner":"o","repo":"r"}}' }]);
    expect(valueOf(result)).toEqual({ name: 'tool', payload: { address: 'github.local.work.issues.list_for_repo', args: { owner: 'o', repo: 'r' } } });
  });

  it('sends no args key for a call without arguments', async () => {
    const host = recordingHost();
    await runSnippet(sandbox, 'await tools.a.local.default.ping();', { hostCall: host.hostCall });
    expect(host.calls).toEqual([{ name: 'tool', payload: '{"address":"a.local.default.ping"}' }]);
  });

  it('sends search and describe payloads', async () => {
    const host = recordingHost();
    const code = 'await search("list issues", { limit: 3 }); await describe("a.local.b.c"); await describe(tools.x.local.y.z); return 1;';
    await runSnippet(sandbox, code, { hostCall: host.hostCall });
    expect(host.calls).toEqual([
      { name: 'search', payload: '{"limit":3,"query":"list issues"}' },
      { name: 'describe', payload: '{"address":"a.local.b.c"}' },
      { name: 'describe', payload: '{"address":"x.local.y.z"}' },
    ]);
  });

  it('makes a tool error catchable, with its code', async () => {
    const hostCall = answeringHost(JSON.stringify({ ok: false, error: { code: 'invalid_args', message: '"owner" is required' } }));
    const code = 'try { await tools.github.local.work.issues.list_for_repo({}); } catch (e) { return [e instanceof Error, e.message, e.code]; }';
    expect(valueOf(await runSnippet(sandbox, code, { hostCall }))).toEqual([true, 'invalid_args: "owner" is required', 'invalid_args']);
  });

  it('reports an uncaught tool error with its message, code and the line of the call', async () => {
    const hostCall = answeringHost(JSON.stringify({ ok: false, error: { code: 'invalid_args', message: '"owner" is required' } }));
    const result = await runSnippet(sandbox, 'const a = 1;\nconst issues = await tools.github.local.work.issues.list_for_repo({});', { hostCall });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'thrown', message: 'Error: invalid_args: "owner" is required', code: 'invalid_args', line: 2 },
    });
  });

  it('keeps the details of a tool error as properties', async () => {
    const hostCall = answeringHost(JSON.stringify({ ok: false, error: { code: 'approval_pending', message: 'waiting', runId: 'run_1' } }));
    const code = 'try { await tools.a.local.b.c(); } catch (e) { return e.runId; }';
    expect(valueOf(await runSnippet(sandbox, code, { hostCall }))).toBe('run_1');
  });

  it('turns a rejecting, throwing or misbehaving host into a catchable internal_error', async () => {
    const code = 'try { await search("x"); return "no error"; } catch (e) { return e.code; }';
    const rejecting = async (): Promise<string> => {
      throw new Error('secret host detail');
    };
    const throwing = (): Promise<string> => {
      throw new Error('secret host detail');
    };
    for (const hostCall of [rejecting, throwing, answeringHost('not json'), answeringHost('{"shape":"wrong"}')]) {
      expect(valueOf(await runSnippet(sandbox, code, { hostCall }))).toBe('internal_error');
    }
    const message = await runSnippet(sandbox, 'try { await search("x"); } catch (e) { return e.message; }', { hostCall: rejecting });
    expect(valueOf(message)).not.toContain('secret host detail');
  });

  it('resolves awaited tool proxies instead of hanging on them', async () => {
    const result = await runSnippet(sandbox, 'const t = await tools.github; return typeof t;', { timeoutMs: 1_000 });
    expect(valueOf(result)).toBe('function');
  });

  it('checks argument types of search and describe', async () => {
    const result = await runSnippet(sandbox, 'try { await search(42); } catch (e) { return e.message; }');
    expect(valueOf(result)).toContain('takes the query as a string');
  });
});

describe('the console', () => {
  it('prints each entry on one line the way Node would', async () => {
    const code = [
      'console.log("found", 2, "issues");',
      'console.log({ a: 1, b: "x", c: [1, 2, { d: { e: { f: 1 } } }], "key-with-dash": null });',
      'console.log([1, , 3], new Map([["k", 1]]), new Set([1]), new Uint8Array(2));',
      'console.log(undefined, null, true, 1n, -0, Symbol("s"), function named() {}, () => {}, class Foo {});',
      'console.log(new Date(0), /re/g, new TypeError("bad"), Object.create(null));',
      'console.log("%s is %d years and %j", "Bob", 42, { a: 1 }, "extra");',
      'console.log("%d%% %i %c%o", Symbol("s"), "12.5px", "color: red", [1]);',
      'console.log({ get lazy() { throw new Error("never called"); } });',
      'const cyclic = { name: "c" }; cyclic.self = cyclic; console.log(cyclic);',
      'console.log();',
    ].join('\n');
    const result = await runSnippet(sandbox, code);
    expect(result.logs).toEqual([
      'found 2 issues',
      "{ a: 1, b: 'x', c: [ 1, 2, { d: [Object] } ], 'key-with-dash': null }",
      "[ 1, <1 empty item>, 3 ] Map(1) { 'k' => 1 } Set(1) { 1 } Uint8Array(2) [ 0, 0 ]",
      'undefined null true 1n -0 Symbol(s) [Function: named] [Function (anonymous)] [class Foo]',
      '1970-01-01T00:00:00.000Z /re/g TypeError: bad [Object: null prototype] {}',
      'Bob is 42 years and {"a":1} extra',
      'NaN% 12 [ 1 ]',
      '{ lazy: [Getter] }',
      "{ name: 'c', self: [Circular] }",
      '',
    ]);
    expect(result.logsTruncated).toBe(false);
  });

  it('prefixes warn and error lines, and prints a tool error with its code', async () => {
    const hostCall = answeringHost(JSON.stringify({ ok: false, error: { code: 'not_found', message: 'no such tool' } }));
    const code = 'console.info("info"); console.warn("slow"); console.error("failed"); try { await tools.a.b.c.d(); } catch (e) { console.error(e); }';
    const result = await runSnippet(sandbox, code, { hostCall });
    expect(result.logs).toEqual(['info', 'warn: slow', 'error: failed', "error: Error: not_found: no such tool { code: 'not_found' }"]);
  });

  it('bounds the number of entries and says it dropped some', async () => {
    const result = await runSnippet(sandbox, 'for (let i = 0; i < 10; i++) console.log("line", i); return 1;', { maxLogEntries: 3 });
    expect(result.logs).toEqual(['line 0', 'line 1', 'line 2']);
    expect(result.logsTruncated).toBe(true);
    expect(result.ok).toBe(true);
  });

  it('bounds the characters, cutting the last entry, even for a huge value', async () => {
    const code = 'console.log("12345"); console.log(Array.from({ length: 100000 }, (_, i) => ({ i }))); console.log("after"); return 1;';
    const result = await runSnippet(sandbox, code, { maxLogChars: 40 });
    expect(result.logs[0]).toBe('12345');
    expect(result.logs).toHaveLength(2);
    expect(result.logs.join('').length).toBeLessThanOrEqual(40);
    expect(result.logs[1]).toMatch(/^\[ \{ i: 0 \}, .*…$/);
    expect(result.logsTruncated).toBe(true);
  });

  it('prints the tools proxy as a hint instead of listing it', async () => {
    const result = await runSnippet(sandbox, 'console.log(tools); console.log(tools.github.local); console.log(`${tools.a.b}`);');
    expect(result.logs).toEqual([
      '[tools: tools cannot be listed; use await search("what you need") to find addresses]',
      '[tool tools.github.local]',
      '[tool tools.a.b]',
    ]);
  });
});

describe('determinism', () => {
  const draws = 'return [Math.random(), Math.random(), Math.random()];';

  it('draws the same Math.random sequence for the same seed, and another for another seed', async () => {
    const first = valueOf(await runSnippet(sandbox, draws, { seed: 7 }));
    const again = valueOf(await runSnippet(sandbox, draws, { seed: 7 }));
    const other = valueOf(await runSnippet(sandbox, draws, { seed: 8 }));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    for (const n of first as number[]) expect(n >= 0 && n < 1).toBe(true);
  });

  it('returns every clock reading the run made, and replays them in order', async () => {
    const code = 'const a = Date.now(); const b = new Date().getTime(); const c = Date(); return [a, b, typeof c];';
    const live = await runSnippet(sandbox, code);
    expect(live.clock).toHaveLength(3);
    const [a, b] = valueOf(live) as number[];
    expect(live.clock.slice(0, 2)).toEqual([a, b]);
    const replay = await runSnippet(sandbox, code, { clock: [1_000, 2_000, 3_000] });
    expect(valueOf(replay)).toEqual([1_000, 2_000, 'string']);
    expect(replay.clock).toEqual([1_000, 2_000, 3_000]);
  });

  it('continues from the last recorded reading at the real pace', async () => {
    const result = await runSnippet(sandbox, 'return [Date.now(), Date.now(), new Date(5).getTime()];', { clock: [1_000] });
    const [first, second, fixed] = valueOf(result) as number[];
    expect(first).toBe(1_000);
    expect(second).toBeGreaterThanOrEqual(1_000);
    expect(second).toBeLessThan(1_000 + 1_000);
    expect(fixed).toBe(5);
    expect(result.clock).toEqual([first, second]);
  });

  it('does not let the snippet swap the seeded Math.random or the recorded Date back', async () => {
    const code = [
      'Math.random = () => 0.5;',
      'try { Object.defineProperty(Math, "random", { value: () => 0.5 }); } catch {}',
      'const RealDate = Object.getPrototypeOf(new Date()).constructor;',
      'return [Math.random() !== 0.5, RealDate === Date, new RealDate().getTime()];',
    ].join('\n');
    expect(valueOf(await runSnippet(sandbox, code, { clock: [123, 456] }))).toEqual([true, true, 456]);
  });
});

describe('requests and the pool', () => {
  it('answers an invalid request with an internal error instead of throwing', async () => {
    const result = await runSnippet(sandbox, 'return 1;', { timeoutMs: -5 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' }, logs: [] });
  });

  it('queues runs beyond the pool size and completes them all', async () => {
    const host = recordingHost(async (name, payload) => {
      await sleep(20);
      return payload;
    });
    const runs = Array.from({ length: 7 }, (_, i) => runSnippet(sandbox, `return (await search("q${i}")).query;`, { hostCall: host.hostCall }));
    const results = await Promise.all(runs);
    expect(results.map(valueOf)).toEqual(Array.from({ length: 7 }, (_, i) => `q${i}`));
  });

  it('runs a snippet with its own memory limit', async () => {
    const result = await runSnippet(sandbox, 'return "x".repeat(20 * 1024 * 1024).length;', { memoryLimitBytes: 8 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'memory' } });
    expect(valueOf(await runSnippet(sandbox, 'return "x".repeat(1024).length;', { memoryLimitBytes: 8 * 1024 * 1024 }))).toBe(1024);
    await expectHealthy(sandbox);
  });

  it('answers runs after close with an internal error', async () => {
    const closed = createQuickJsSandbox({ workers: 1 });
    await expectHealthy(closed);
    await closed.close();
    expect(await runSnippet(closed, 'return 1;')).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});

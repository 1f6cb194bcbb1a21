// Hostile snippets. Every case checks that the host survives and that the next run on the same sandbox works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostCallHandler, Sandbox } from '../sandbox.js';
import { createQuickJsSandbox } from './index.js';
import { expectHealthy, recordingHost, runSnippet, sleep, valueOf } from './testing/snippets.js';

const DEADLINE_MS = 1_000;
const GRACE_MS = 250;

let sandbox: Sandbox;

beforeAll(() => {
  sandbox = createQuickJsSandbox({ workers: 4, hardDeadlineGraceMs: GRACE_MS });
});

afterAll(async () => {
  await sandbox.close();
});

describe('runaway loops stop within 1.5× the deadline', () => {
  const loops: Record<string, string> = {
    'a plain loop': 'while (true) {}',
    'a loop of JSON.stringify over a huge array': "const big = new Array(2e5).fill('abcdefghij'); while (true) JSON.stringify(big);",
    "a loop of 'x'.repeat": "while (true) 'x'.repeat(2 ** 24).length;",
    'a loop of new Array().fill': 'while (true) new Array(1e6).fill(0);',
    'a loop that catches everything': 'while (true) { try { while (true) {} } catch (e) {} }',
  };
  for (const [name, code] of Object.entries(loops)) {
    it(`stops ${name}`, async () => {
      await expectHealthy(sandbox);
      const started = performance.now();
      const result = await runSnippet(sandbox, code, { timeoutMs: DEADLINE_MS });
      expect(performance.now() - started).toBeLessThan(DEADLINE_MS * 1.5);
      expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
      await expectHealthy(sandbox);
    });
  }

  it('keeps what was logged before the run was killed', async () => {
    const code = "console.log('before'); const big = new Array(2e5).fill('abcdefghij'); while (true) JSON.stringify(big);";
    const result = await runSnippet(sandbox, code, { timeoutMs: DEADLINE_MS });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' }, logs: ['before'] });
    await expectHealthy(sandbox);
  });
});

describe('memory', () => {
  const bombs: Record<string, string> = {
    "one huge string ('x'.repeat(2 ** 29))": "return 'x'.repeat(2 ** 29).length;",
    'one huge array (new Array(1e8).fill(0))': 'return new Array(1e8).fill(0).length;',
    'one huge buffer': 'return new ArrayBuffer(2 ** 30).byteLength;',
    'many small objects': 'const a = []; while (true) a.push({ i: a.length });',
    'many strings': "const a = []; let i = 0; while (true) a.push('x'.repeat(1000) + i++);",
    'many typed arrays': 'const a = []; while (true) a.push(new Uint8Array(1 << 20));',
  };
  for (const [name, code] of Object.entries(bombs)) {
    it(`reports ${name} as a memory error`, async () => {
      const result = await runSnippet(sandbox, code, { timeoutMs: 5_000 });
      expect(result).toMatchObject({ ok: false, error: { kind: 'memory' } });
      await expectHealthy(sandbox);
    });
  }

  it('replaces a worker whose memory reached its ceiling, even when the recycle threshold is higher', async () => {
    const single = createQuickJsSandbox({ workers: 1, recycleAfterWasmBytes: 2 ** 31 });
    try {
      const bomb = await runSnippet(single, 'const a = []; while (true) a.push({ i: a.length });', { timeoutMs: 5_000 });
      expect(bomb).toMatchObject({ ok: false, error: { kind: 'memory' } });
      await expectHealthy(single);
    } finally {
      await single.close();
    }
  });

  it('reports a host answer too large for the heap as a memory error, and carries on', async () => {
    const huge = JSON.stringify({ ok: true, value: 'x'.repeat(40 * 1024 * 1024) });
    const hostCall: HostCallHandler = async () => huge;
    const result = await runSnippet(sandbox, 'return (await search("big")).length;', { hostCall, memoryLimitBytes: 16 * 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'memory' } });
    await expectHealthy(sandbox);
  });

  it('lets a snippet catch running out of memory and go on', async () => {
    const code = "let n = 0; try { const a = []; while (true) a.push('y'.repeat(1e5) + n++); } catch (e) { return 'survived'; }";
    expect(valueOf(await runSnippet(sandbox, code, { timeoutMs: 5_000 }))).toBe('survived');
    await expectHealthy(sandbox);
  });
});

describe('stack', () => {
  it('reports deep recursion as a stack error at its line', async () => {
    const result = await runSnippet(sandbox, 'function f(n) { return f(n + 1) + 1; }\nreturn f(0);');
    expect(result).toMatchObject({ ok: false, error: { kind: 'stack', message: 'InternalError: stack overflow', line: 1 } });
    await expectHealthy(sandbox);
  });

  it('lets a snippet catch a stack overflow', async () => {
    const code = 'let depth = 0; function f() { depth++; f(); } try { f(); } catch (e) { return depth > 100; }';
    expect(valueOf(await runSnippet(sandbox, code))).toBe(true);
  });

  const nested: Record<string, string> = {
    '100k nested parentheses': `return ${'('.repeat(100_000)}1${')'.repeat(100_000)};`,
    '100k nested arrays': `return ${'['.repeat(100_000)}${']'.repeat(100_000)};`,
    '100k nested object literals': `return ${'{a:'.repeat(100_000)}1${'}'.repeat(100_000)};`,
    '20k nested functions': `return ${'(function(){return '.repeat(20_000)}1${'})()'.repeat(20_000)};`,
    '1M nested arrays in JSON.parse': "return JSON.parse('['.repeat(1e6) + ']'.repeat(1e6));",
    'a deeply nested value printed and stringified': 'let o = {}; for (let i = 0; i < 1e5; i++) o = { o }; console.log(o); return JSON.stringify(o).length;',
  };
  for (const [name, code] of Object.entries(nested)) {
    it(`turns ${name} into an error, not a crash`, async () => {
      const result = await runSnippet(sandbox, code, { timeoutMs: 5_000 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['syntax', 'stack']).toContain(result.error.kind);
      await expectHealthy(sandbox);
    });
  }
});

describe('no authority escapes', () => {
  const CANARY = 'canary-8d0f2c71-a9e4-4b1e-9b7a-0c5d3e2f1a6b';

  it('exposes nothing of the host: process, require, module loading, constructor escapes', async () => {
    const probes = [
      'typeof process',
      'typeof require',
      'typeof module',
      'typeof globalThis.process',
      "typeof Function('return this')().process",
      "typeof (0, eval)('this').require",
      'typeof this',
      '[].constructor.constructor("return typeof process")()',
      '(function () { return typeof this.process; })()',
    ];
    const result = await runSnippet(sandbox, `return [${probes.join(', ')}];`);
    expect(valueOf(result)).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'object', 'undefined', 'undefined']);
    const escapes = [
      "await import('fs')",
      "await (async () => {}).constructor('return process')()",
      "[].constructor.constructor('return process')()",
      "Function('return require')()('fs')",
      "new Function('return import(\"child_process\")')()",
    ];
    for (const escape of escapes) {
      const attempt = await runSnippet(sandbox, `return ${escape};`);
      expect(attempt.ok, escape).toBe(false);
      if (!attempt.ok) expect(attempt.error.kind, escape).toBe('thrown');
    }
    await expectHealthy(sandbox);
  });

  it('defines only the standard globals plus tools, search, describe, results and console', async () => {
    const result = await runSnippet(sandbox, 'return Object.getOwnPropertyNames(globalThis).sort();');
    const standard = [
      'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
      'Error', 'EvalError', 'Float16Array', 'Float32Array', 'Float64Array', 'Function', 'Infinity', 'Int16Array', 'Int32Array',
      'Int8Array', 'InternalError', 'Iterator', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Proxy',
      'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError',
      'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakSet',
      'console', 'decodeURI', 'decodeURIComponent', 'describe', 'encodeURI', 'encodeURIComponent', 'escape', 'eval',
      'globalThis', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'results', 'search', 'tools', 'undefined', 'unescape',
    ];
    expect(valueOf(result)).toEqual([...standard].sort());
  });

  it('cannot find a secret the host never passed in, anywhere it can reach', async () => {
    process.env.EXECUTOR_SANDBOX_CANARY = CANARY;
    Object.assign(globalThis, { executorSandboxCanary: CANARY });
    try {
      // Walks everything reachable from globalThis (own keys, symbols, accessors, prototypes, function sources).
      const code = `
        const seen = new Set();
        const queue = [globalThis];
        const texts = [];
        let visited = 0;
        while (queue.length > 0 && visited < 20000) {
          const value = queue.shift();
          if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) continue;
          seen.add(value);
          visited++;
          if (typeof value === 'function') { try { texts.push(Function.prototype.toString.call(value)); } catch {} }
          let keys = [];
          try { keys = Reflect.ownKeys(value); } catch {}
          for (const key of keys) {
            texts.push(String(key));
            let descriptor;
            try { descriptor = Object.getOwnPropertyDescriptor(value, key); } catch { continue; }
            if (!descriptor) continue;
            let found = descriptor.value;
            if (descriptor.get) { try { found = descriptor.get.call(value); } catch {} queue.push(descriptor.get); }
            if (typeof found === 'string') texts.push(found); else queue.push(found);
          }
          try { queue.push(Object.getPrototypeOf(value)); } catch {}
        }
        try { texts.push(new Error('probe').stack); } catch {}
        const all = texts.join('\\n');
        return { visited, found: all.includes(${JSON.stringify(CANARY)}), mentionsHostPaths: /node_modules|\\/work\\/|node:internal/.test(all) };
      `;
      const result = await runSnippet(sandbox, code, { timeoutMs: 10_000 });
      const report = valueOf(result) as { visited: number; found: boolean; mentionsHostPaths: boolean };
      expect(report.visited).toBeGreaterThan(100);
      expect(report.found).toBe(false);
      expect(report.mentionsHostPaths).toBe(false);
    } finally {
      delete process.env.EXECUTOR_SANDBOX_CANARY;
      Reflect.deleteProperty(globalThis, 'executorSandboxCanary');
    }
  });
});

describe('data from the host stays data', () => {
  it('keeps a "__proto__" key in host JSON a key, polluting neither the sandbox nor the host', async () => {
    const hostCall: HostCallHandler = async () => '{"ok":true,"value":{"__proto__":{"polluted":true},"a":1}}';
    const code = [
      'const value = await tools.a.local.b.c();',
      'return { keys: Object.keys(value), sandboxPolluted: ({}).polluted === true, prototypeIntact: Object.getPrototypeOf(value) === Object.prototype, value };',
    ].join('\n');
    const result = await runSnippet(sandbox, code, { hostCall });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toContain('"__proto__":{"polluted":true}');
    const parsed = valueOf(result) as { keys: string[]; sandboxPolluted: boolean; prototypeIntact: boolean };
    expect(parsed.keys).toEqual(['__proto__', 'a']);
    expect(parsed.sandboxPolluted).toBe(false);
    expect(parsed.prototypeIntact).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips a "__proto__" key from snippet to host and back', async () => {
    const host = recordingHost((name, payload) => payload);
    const code = 'const args = JSON.parse(\'{"__proto__": {"x": 1}, "y": 2}\'); const echo = await search("q", args); return echo;';
    const result = await runSnippet(sandbox, code, { hostCall: host.hostCall });
    expect(host.calls[0]?.payload).toBe('{"__proto__":{"x":1},"y":2,"query":"q"}');
    if (result.ok) expect(result.value).toBe('{"__proto__":{"x":1},"y":2,"query":"q"}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('gives an error detail named "__proto__" as an own property, not a prototype', async () => {
    const hostCall: HostCallHandler = async () => '{"ok":false,"error":{"code":"upstream_error","message":"m","__proto__":{"polluted":true}}}';
    const code = 'try { await tools.a.b.c.d(); } catch (e) { return [e instanceof Error, e.polluted === undefined, Object.keys(e)]; }';
    expect(valueOf(await runSnippet(sandbox, code, { hostCall }))).toEqual([true, true, ['code', '__proto__']]);
  });
});

describe('arguments the snippet builds are serialized exactly once', () => {
  it('sends one JSON string for a getter that changes on every read', async () => {
    const host = recordingHost();
    const code = 'let reads = 0; const args = { get owner() { reads++; return "owner-" + reads; } }; await tools.a.local.b.c(args); return reads;';
    const result = await runSnippet(sandbox, code, { hostCall: host.hostCall });
    expect(valueOf(result)).toBe(1);
    expect(host.calls).toEqual([{ name: 'tool', payload: '{"address":"a.local.b.c","args":{"owner":"owner-1"}}' }]);
  });

  it('serializes a Proxy argument through its traps, once', async () => {
    const host = recordingHost();
    const code = [
      'let traps = 0;',
      'const args = new Proxy({}, {',
      '  ownKeys() { traps++; return ["a"]; },',
      '  getOwnPropertyDescriptor() { return { value: 1, enumerable: true, configurable: true }; },',
      '  get(target, key) { return key === "a" ? "from-proxy-" + traps : undefined; },',
      '});',
      'await tools.a.local.b.c(args);',
      'return traps;',
    ].join('\n');
    expect(valueOf(await runSnippet(sandbox, code, { hostCall: host.hostCall }))).toBe(1);
    expect(host.calls.map((call) => call.payload)).toEqual(['{"address":"a.local.b.c","args":{"a":"from-proxy-1"}}']);
  });

  it('turns a throwing getter into an error the snippet catches, without calling the host', async () => {
    const host = recordingHost();
    const code = 'try { await tools.a.local.b.c({ get x() { throw new Error("nope"); } }); } catch (e) { return e.message; }';
    expect(valueOf(await runSnippet(sandbox, code, { hostCall: host.hostCall }))).toBe('nope');
    expect(host.calls).toEqual([]);
  });

  it('refuses arguments JSON cannot represent', async () => {
    const host = recordingHost();
    const code = 'try { await tools.a.local.b.c({ n: 1n }); } catch (e) { return e.name; }';
    expect(valueOf(await runSnippet(sandbox, code, { hostCall: host.hostCall }))).toBe('TypeError');
    expect(host.calls).toEqual([]);
  });
});

describe('host answers racing the deadline', () => {
  it('times out a run waiting on a slow host at the soft deadline and ignores the late answer', async () => {
    let answered = false;
    const hostCall: HostCallHandler = async () => {
      await sleep(DEADLINE_MS + GRACE_MS + 300);
      answered = true;
      return '{"ok":true,"value":1}';
    };
    const started = performance.now();
    const result = await runSnippet(sandbox, 'return await tools.slow.local.x.y();', { hostCall, timeoutMs: DEADLINE_MS });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(performance.now() - started).toBeLessThan(DEADLINE_MS * 1.5);
    await sleep(DEADLINE_MS);
    expect(answered).toBe(true);
    await expectHealthy(sandbox);
  });

  it('ignores an answer that arrives after the hard deadline killed the worker', async () => {
    let answered = false;
    const hostCall: HostCallHandler = async () => {
      await sleep(DEADLINE_MS + GRACE_MS + 200);
      answered = true;
      return '{"ok":true,"value":1}';
    };
    const code = "tools.slow.local.x.y(); const big = new Array(2e5).fill('abcdefghij'); while (true) JSON.stringify(big);";
    const result = await runSnippet(sandbox, code, { hostCall, timeoutMs: DEADLINE_MS });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await sleep(600);
    expect(answered).toBe(true);
    await expectHealthy(sandbox);
  });

  it("never delivers one run's late answer to the next run on the same worker", async () => {
    const single = createQuickJsSandbox({ workers: 1 });
    try {
      const hostCall: HostCallHandler = async (name, payload) => {
        const { query } = JSON.parse(payload) as { query: string };
        await sleep(query === 'first' ? 150 : 300);
        return JSON.stringify({ ok: true, value: query });
      };
      // The first run ends without awaiting its call; the answer comes while the second run waits on its own.
      expect(valueOf(await runSnippet(single, 'search("first"); return 1;', { hostCall }))).toBe(1);
      expect(valueOf(await runSnippet(single, 'return await search("second");', { hostCall }))).toBe('second');
      await expectHealthy(single);
    } finally {
      await single.close();
    }
  });
});

describe('one hostile run among many', () => {
  it('lets 9 concurrent runs succeed while a 10th spins forever', async () => {
    const host = recordingHost((name, payload) => (payload as { args: { n: number } }).args.n * 2);
    const hostile = runSnippet(sandbox, "const big = new Array(2e5).fill('abcdefghij'); while (true) JSON.stringify(big);", { timeoutMs: DEADLINE_MS });
    const honest = Array.from({ length: 9 }, (_, n) =>
      runSnippet(sandbox, `const doubled = await tools.calc.local.default.double({ n: ${n} }); return doubled + 1;`, { hostCall: host.hostCall, timeoutMs: 5_000 }),
    );
    const results = await Promise.all(honest);
    expect(results.map(valueOf)).toEqual(Array.from({ length: 9 }, (_, n) => n * 2 + 1));
    expect(await hostile).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await expectHealthy(sandbox);
  });
});

describe('enumerating tools', () => {
  it('explains how to find addresses instead of listing or crashing', async () => {
    const attempts = ['Object.keys(tools)', 'Object.getOwnPropertyNames(tools.github)', 'JSON.stringify(tools)', '(() => { for (const key in tools) {} })()', '({ ...tools })'];
    for (const attempt of attempts) {
      const result = await runSnippet(sandbox, `try { ${attempt}; return 'listed'; } catch (e) { return e.name + ': ' + e.message; }`);
      expect(valueOf(result), attempt).toBe('TypeError: tools cannot be listed; use await search("what you need") to find addresses');
    }
    const shape = await runSnippet(sandbox, "return [typeof tools, 'github' in tools, typeof tools.then, String(tools.github.local)];");
    expect(valueOf(shape)).toEqual(['function', true, 'undefined', '[tool tools.github.local]']);
    const assign = await runSnippet(sandbox, "try { tools.github = 1; return 'assigned'; } catch (e) { return e.message; }");
    expect(valueOf(assign)).toBe('tools is read-only');
    await expectHealthy(sandbox);
  });
});

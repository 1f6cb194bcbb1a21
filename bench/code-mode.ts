// Code mode: run_code latency, host-call throughput, tokens and time of a 3-step task done as three
// execute round trips vs one run_code, and how fast a hostile loop is stopped. `npm run bench:code-mode`
import { performance } from 'node:perf_hooks';
import { createQuickJsSandbox } from '../sandbox/index.js';
import { openRuntime } from '../server/runtime.js';
import { CANARY, createExecutorHome, githubConfig } from '../test/fixtures/executor-home.js';
import { startGithubUpstream } from '../test/fixtures/github-upstream.js';
import { connectStdio } from '../test/fixtures/mcp-clients.js';
import { ms, summarize } from './stats.js';

const upstream = await startGithubUpstream(CANARY);
const home = createExecutorHome(githubConfig(upstream.url));
process.env.EXECUTOR_HOME = home.home;
process.env.GITHUB_TOKEN = CANARY;
try {
  const runtime = await openRuntime({ configPath: home.configPath });
  const runner = runtime.codeRunner();

  // 1. Trivial snippet, server side (transpile + sandbox + run record), warm pool; baseline: execute of a tool.
  for (let i = 0; i < 100; i++) await runner.run({ code: 'return 1', surface: 'sdk' });
  const trivial: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const started = performance.now();
    await runner.run({ code: 'return 1', surface: 'sdk' });
    trivial.push(performance.now() - started);
  }
  const t = summarize(trivial);
  console.log(`run_code "return 1" (server side, warm pool): p50 ${ms(t.p50)}  p99 ${ms(t.p99)}`);

  // 2. 1,000 host calls, sequential and concurrent. Bridge alone (instant host answers), then through
  //    executor.execute to the local HTTP upstream (adds a loopback HTTP request per call).
  const sandbox = createQuickJsSandbox();
  const instant = async () => '{"ok":true,"value":{"n":1}}';
  const loops = {
    sequential: 'let n = 0; for (let i = 0; i < 1000; i++) n += (await tools.fast.local.default.ping({ i })).n; return n;',
    concurrent: 'const all = await Promise.all(Array.from({ length: 1000 }, (_, i) => tools.fast.local.default.ping({ i }))); return all.length;',
  };
  for (const [name, code] of Object.entries(loops)) {
    await sandbox.run({ code, timeoutMs: 30_000, seed: 1, clock: [], hostCall: instant });
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const result = await sandbox.run({ code, timeoutMs: 30_000, seed: 1, clock: [], hostCall: instant });
      if (!result.ok) throw new Error(result.error.message);
      samples.push(performance.now() - started);
    }
    console.log(`1,000 ${name} host calls, bridge only (instant host):  p50 ${ms(summarize(samples).p50)}`);
  }
  for (const [name, code] of Object.entries(loops)) {
    const viaHttp = code.replaceAll('tools.fast.local.default.ping({ i })', "tools.github.local.work.users.get_authenticated()").replace('.n;', '.id;');
    const started = performance.now();
    const result = await runner.run({ code: viaHttp, surface: 'sdk', timeoutMs: 120_000 });
    if (!result.ok) throw new Error(result.error.message);
    upstream.requests.length = 0;
    console.log(`1,000 ${name} tool calls via execute → 127.0.0.1 upstream: ${ms(performance.now() - started)} (each call is a run + HTTP request)`);
  }
  await sandbox.close();

  // 3. Hostile infinite loop: time until stopped, and the next run's success.
  for (const [label, code] of [['plain loop', 'while (true) {}'], ['inside JSON.stringify', "const a = Array.from({ length: 2e5 }, (_, i) => ({ i, s: 'x'.repeat(20) })); while (true) JSON.stringify(a);"]] as const) {
    const deadline = 1000;
    const started = performance.now();
    const stopped = await runner.run({ code, surface: 'sdk', timeoutMs: deadline });
    const elapsed = performance.now() - started;
    const next = await runner.run({ code: 'return 2', surface: 'sdk' });
    console.log(`hostile ${label}: stopped after ${elapsed.toFixed(0)} ms for a ${deadline} ms deadline (${(elapsed / deadline).toFixed(2)}x; ${stopped.ok ? 'NOT STOPPED' : stopped.error.code}); next run ok: ${next.ok}`);
  }
  await runtime.close();

  // 4. The same 3-step task through MCP stdio: three execute round trips vs one run_code.
  //    Task: the titles of the open issues of octo/hello that have comments, plus the repo's default branch.
  const session = await connectStdio(home.env);
  const bytesOf = (result: unknown) => JSON.stringify(result).length;
  await session.client.callTool({ name: 'run_code', arguments: { code: 'return 0' } });
  let started = performance.now();
  let bytes = 0;
  const repo = await session.client.callTool({ name: 'execute', arguments: { address: 'github.local.work.repos.get', args: { owner: 'octo', repo: 'hello' } } });
  const issues = await session.client.callTool({ name: 'execute', arguments: { address: 'github.local.work.issues.list_for_repo', args: { owner: 'octo', repo: 'hello' } } });
  const first = await session.client.callTool({ name: 'execute', arguments: { address: 'github.local.work.issues.get', args: { owner: 'octo', repo: 'hello', issue_number: 1 } } });
  bytes = bytesOf(repo) + bytesOf(issues) + bytesOf(first);
  const roundTrips = performance.now() - started;
  started = performance.now();
  const code = await session.client.callTool({
    name: 'run_code',
    arguments: {
      code: `const repo = await tools.github.local.work.repos.get({ owner: 'octo', repo: 'hello' });
const issues = await tools.github.local.work.issues.list_for_repo({ owner: 'octo', repo: 'hello' });
const first = await tools.github.local.work.issues.get({ owner: 'octo', repo: 'hello', issue_number: issues[0].number });
return { branch: repo.default_branch, titles: issues.map((i) => i.title), firstState: first.state };`,
    },
  });
  const oneSnippet = performance.now() - started;
  console.log(`3-step task, 3 x execute: ${bytes} bytes returned (~${Math.round(bytes / 4)} tokens), ${ms(roundTrips)}`);
  console.log(`3-step task, 1 x run_code: ${bytesOf(code)} bytes returned (~${Math.round(bytesOf(code) / 4)} tokens), ${ms(oneSnippet)}  (agent turns: 3 → 1)`);
  await session.close();
} finally {
  await upstream.close();
  home.dispose();
}

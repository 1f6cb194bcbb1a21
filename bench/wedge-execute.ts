// execute overhead: executor.execute against a local upstream vs a direct fetch of the same request,
// interleaved in one run so machine noise hits both alike. `npm run bench:wedge-execute`
import { performance } from 'node:perf_hooks';
import { openRuntime } from '../server/runtime.js';
import { outputOf } from '../core/index.js';
import { CANARY, createExecutorHome, githubConfig } from '../test/fixtures/executor-home.js';
import { startGithubUpstream } from '../test/fixtures/github-upstream.js';
import { ms, summarize } from './stats.js';

const CALLS = 2000;
const upstream = await startGithubUpstream(CANARY);
const home = createExecutorHome(githubConfig(upstream.url));
try {
  process.env.EXECUTOR_HOME = home.home;
  process.env.GITHUB_TOKEN = CANARY;
  const runtime = await openRuntime({ configPath: home.configPath });
  const address = 'github.local.work.issues.get';
  const args = { owner: 'octo', repo: 'hello', issue_number: 7 };
  const direct = async () => {
    const response = await fetch(`${upstream.url}/repos/octo/hello/issues/7`, {
      headers: { authorization: `Bearer ${CANARY}`, accept: 'application/json' },
    });
    return response.json();
  };
  const viaExecutor = async () => {
    const result = await runtime.executor.execute(address, args, { surface: 'sdk' });
    if (!result.ok) throw new Error(result.error.message);
    return outputOf(result);
  };
  for (let i = 0; i < 200; i++) {
    await direct();
    await viaExecutor();
  }
  upstream.requests.length = 0;
  const directSamples: number[] = [];
  const executorSamples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    let started = performance.now();
    await direct();
    directSamples.push(performance.now() - started);
    started = performance.now();
    await viaExecutor();
    executorSamples.push(performance.now() - started);
    if (upstream.requests.length > 1000) upstream.requests.length = 0;
  }
  const d = summarize(directSamples);
  const e = summarize(executorSamples);
  console.log(`${CALLS} interleaved calls of ${address} against 127.0.0.1`);
  console.log(`direct fetch:      p50 ${ms(d.p50)}  p99 ${ms(d.p99)}  mean ${ms(d.mean)}`);
  console.log(`executor.execute:  p50 ${ms(e.p50)}  p99 ${ms(e.p99)}  mean ${ms(e.mean)}`);
  console.log(`added latency:     p50 ${ms(e.p50 - d.p50)}  mean ${ms(e.mean - d.mean)}  (ratio p50 ${(e.p50 / d.p50).toFixed(2)}x)`);
  runtime.close();
} finally {
  await upstream.close();
  home.dispose();
}

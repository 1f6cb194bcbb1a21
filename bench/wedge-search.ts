// search latency over GitHub's catalog: in-process (CatalogSearch) and through MCP over stdio (a real
// client spawning the server, as an agent does). `npm run bench:wedge-search`
import { performance } from 'node:perf_hooks';
import { openRuntime } from '../server/runtime.js';
import { createExecutorHome, githubConfig } from '../test/fixtures/executor-home.js';
import { connectStdio } from '../test/fixtures/mcp-clients.js';
import { GITHUB_QUERIES } from './queries.js';
import { ms, summarize } from './stats.js';

const ROUNDS = 10;
const home = createExecutorHome(githubConfig('http://127.0.0.1:9'));
try {
  process.env.EXECUTOR_HOME = home.home;
  const runtime = await openRuntime({ configPath: home.configPath });
  await runtime.search.search('warm up');
  const inProcess: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of GITHUB_QUERIES) {
      const started = performance.now();
      await runtime.search.search(query, { limit: 10 });
      inProcess.push(performance.now() - started);
    }
  }
  runtime.close();

  const session = await connectStdio(home.env);
  await session.client.callTool({ name: 'search', arguments: { query: 'warm up' } });
  const overMcp: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of GITHUB_QUERIES) {
      const started = performance.now();
      await session.client.callTool({ name: 'search', arguments: { query, limit: 10 } });
      overMcp.push(performance.now() - started);
    }
  }
  await session.close();

  const local = summarize(inProcess);
  const remote = summarize(overMcp);
  console.log(`catalog: ${runtime.executor.catalog.toolCount()} tools; ${GITHUB_QUERIES.length} queries x ${ROUNDS} rounds`);
  console.log(`search in-process:     p50 ${ms(local.p50)}  p99 ${ms(local.p99)}`);
  console.log(`search via MCP stdio:  p50 ${ms(remote.p50)}  p99 ${ms(remote.p99)}  (round trip incl. JSON-RPC framing)`);
} finally {
  home.dispose();
}

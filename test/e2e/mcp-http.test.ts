import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectHttp, startHttpServer, type Era, type HttpServerProcess } from '../fixtures/mcp-clients.js';

let upstream: GithubUpstream;
let home: ExecutorHome;
let server: HttpServerProcess;

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome(githubConfig(upstream.url));
  server = await startHttpServer(home.env);
});

afterAll(async () => {
  await server?.close();
  await upstream?.close();
  home?.dispose();
});

/** A raw POST with chosen Host/Origin headers (fetch would not let us forge Host). */
function rawPost(url: string, headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.each<Era>(['legacy', 'modern'])('executor-mcp over Streamable HTTP (%s protocol era)', (era) => {
  it('searches, describes and executes against the upstream', async () => {
    const client = await connectHttp(server.url, era);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['describe', 'execute', 'resume', 'run_code', 'search']);

      const search = await client.callTool({ name: 'search', arguments: { query: 'get a repository', limit: 5 } });
      const addresses = (search.structuredContent as { results: { address: string }[] }).results.map((r) => r.address);
      expect(addresses).toContain('github.local.work.repos.get');

      const described = await client.callTool({ name: 'describe', arguments: { address: 'github.local.work.repos.get' } });
      expect((described.structuredContent as { typescript: string }).typescript).toContain('function get(');

      const executed = await client.callTool({
        name: 'execute',
        arguments: { address: 'github.local.work.repos.get', args: { owner: 'octo', repo: 'hello' } },
      });
      expect(executed.structuredContent).toMatchObject({ ok: true, data: { full_name: 'octo/hello' } });
      expect(upstream.requests.at(-1)!.headers.authorization).toBe(`Bearer ${CANARY}`);
      expect(JSON.stringify([search, described, executed])).not.toContain(CANARY);
    } finally {
      await client.close();
    }
  });
});

describe('HTTP host protection', () => {
  it('rejects a foreign Host header (DNS rebinding)', async () => {
    expect(await rawPost(server.url, { host: 'evil.example:8788' })).toBe(403);
  });

  it('rejects a cross-origin request', async () => {
    expect(await rawPost(server.url, { origin: 'http://evil.example' })).toBe(403);
  });

  it('accepts a localhost origin', async () => {
    const status = await rawPost(server.url, { origin: 'http://localhost:3000' });
    expect(status).not.toBe(403);
  });

  it('answers 404 off the MCP path, and keeps serving', async () => {
    const other = server.url.replace(/\/mcp$/, '/nope');
    expect(await rawPost(other, {})).toBe(404);
    const client = await connectHttp(server.url);
    await expect(client.listTools()).resolves.toBeDefined();
    await client.close();
  });

  it('never logs the canary', () => {
    expect(server.stderr()).toContain('MCP URL:');
    expect(server.stderr()).not.toContain(CANARY);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { InMemoryTransport } from '@modelcontextprotocol/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor, parseConfig, type ExecutorHandle } from '../core/index.js';
import { CatalogSearch } from '../server/catalog-search.js';
import { mcpServerFactory } from '../server/mcp/create-mcp-server.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { ToolDeclarations } from '../server/tool-declarations.js';
import { CANARY, createExecutorHome, GITHUB_SPEC, SPECS, type ExecutorHome } from './fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from './fixtures/github-upstream.js';

let upstream: GithubUpstream;
let home: ExecutorHome;

function open(config: unknown): ExecutorHandle {
  return createExecutor({
    databasePath: join(home.home, `${Math.random().toString(36).slice(2)}.db`),
    config: { path: undefined, baseDir: home.home, config: parseConfig(config) },
    plugins: BUILTIN_PLUGINS,
    env: { GITHUB_TOKEN: CANARY },
  });
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome({});
});
afterAll(async () => {
  await upstream?.close();
  home?.dispose();
});

describe('the executor in process', () => {
  it('returns timeout when the upstream does not answer within the deadline, and records it', async () => {
    const executor = open({
      timeoutMs: 300,
      sources: [{ name: 'github', kind: 'openapi', spec: GITHUB_SPEC, baseUrl: upstream.url, auth: { type: 'bearer' } }],
      connections: [{ source: 'github', name: 'work', secret: 'env://GITHUB_TOKEN' }],
    });
    await executor.syncConfig();
    const started = Date.now();
    const result = await executor.execute('github.local.work.repos.get', { owner: 'slow', repo: 'x' }, { surface: 'sdk' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(result.ok === false && result.error.message).toContain('did not answer within 300 ms');
    const run = executor.runs.get(result.runId)!;
    expect(run).toMatchObject({ status: 'failed', errorCode: 'timeout', surface: 'sdk', address: 'github.local.work.repos.get' });
    const ok = await executor.execute('github.local.work.users.get_authenticated', {}, { surface: 'sdk', client: 'bench' });
    expect(ok.ok).toBe(true);
    expect(executor.runs.get(ok.runId)).toMatchObject({ status: 'succeeded', principal: 'sdk:bench' });
    executor.close();
  });

  it('records a run for an unknown address too', async () => {
    const executor = open({});
    const result = await executor.execute('nope.local.x.y', {}, { surface: 'sdk' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(executor.runs.list({ status: 'failed' })[0]).toMatchObject({ address: 'nope.local.x.y', errorCode: 'not_found' });
    executor.close();
  });

  it('keeps serving the last good tools when a refresh fails, and reports the error', async () => {
    const spec = join(home.home, 'petstore.json');
    writeFileSync(spec, readPetstore());
    const executor = open({ sources: [{ name: 'pets', kind: 'openapi', spec, auth: { type: 'none' }, baseUrl: 'http://127.0.0.1:9' }] });
    await executor.syncConfig();
    const before = executor.catalog.toolCount();
    expect(before).toBeGreaterThan(10);
    writeFileSync(spec, '{"swagger": "2.0", "paths": {');
    const [outcome] = await executor.sources.refresh('pets');
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome!.error).toContain('petstore.json');
    expect(executor.catalog.source('pets')).toMatchObject({ status: 'failed' });
    expect(executor.catalog.toolCount()).toBe(before);
    expect(() => executor.describe('pets.local.default.getPetById')).not.toThrow();
    executor.close();
  });

  it('re-resolves a config source only when its config changes', async () => {
    const config = { sources: [{ name: 'pets', kind: 'openapi', spec: join(SPECS, 'petstore-swagger2.json'), auth: { type: 'none' } }] };
    const executor = open(config);
    const first = await executor.syncConfig();
    const second = await executor.syncConfig();
    expect(first[0]!.status).toBe('ready');
    expect(second[0]!.status).toBe('unchanged');
    executor.close();
  });

  it('re-resolves a config source when its spec file was edited', async () => {
    const spec = join(home.home, 'edited.json');
    writeFileSync(spec, readPetstore());
    const executor = open({ sources: [{ name: 'pets', kind: 'openapi', spec, auth: { type: 'none' } }] });
    await executor.syncConfig();
    const trimmed = JSON.parse(readPetstore()) as { paths: Record<string, unknown> };
    delete trimmed.paths['/store/inventory'];
    writeFileSync(spec, JSON.stringify(trimmed));
    const [outcome] = await executor.syncConfig();
    expect(outcome).toMatchObject({ status: 'ready' });
    expect(() => executor.catalog.lookup('pets.local.default.getInventory')).toThrow('no tool "getInventory"');
    executor.close();
  });
});

describe('the MCP surface', () => {
  async function toolsListBytes(executor: ExecutorHandle): Promise<number> {
    const server = mcpServerFactory({
      executor,
      search: new CatalogSearch(executor),
      declarations: new ToolDeclarations(executor),
      codeRunner: () => {
        throw new Error('listing tools runs no code');
      },
      requestStateKey: new Uint8Array(32),
      approvalTtlMs: 60_000,
    })();
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: 'size-probe', version: '1' });
    await client.connect(clientSide);
    const bytes = JSON.stringify(await client.listTools()).length;
    await client.close();
    return bytes;
  }

  it('keeps tools/list the same size whatever the catalog holds', async () => {
    const empty = open({});
    const github = open({
      sources: [{ name: 'github', kind: 'openapi', spec: GITHUB_SPEC, baseUrl: upstream.url, auth: { type: 'bearer' } }],
      connections: [{ source: 'github', name: 'work', secret: 'env://GITHUB_TOKEN' }],
    });
    await github.syncConfig();
    expect(github.catalog.toolCount()).toBeGreaterThan(1000);
    const emptyBytes = await toolsListBytes(empty);
    expect(await toolsListBytes(github)).toBe(emptyBytes);
    // Five meta-tools with their input schemas: about 900 tokens, whatever the catalog holds.
    expect(emptyBytes).toBeLessThan(3600);
    empty.close();
    github.close();
  });
});

function readPetstore(): string {
  return readFileSync(join(SPECS, 'petstore-swagger2.json'), 'utf8');
}

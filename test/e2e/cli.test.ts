import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../fixtures/cli.js';
import { CANARY, createExecutorHome, githubConfig, SPECS, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';


let upstream: GithubUpstream;
let home: ExecutorHome;
const outputs: string[] = [];

function cli(args: string[], env: NodeJS.ProcessEnv = home.env): Promise<CliResult> {
  return runCli(args, env, outputs);
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome(githubConfig(upstream.url));
});

afterAll(async () => {
  await upstream?.close();
  home?.dispose();
});

describe('the executor-mcp CLI', () => {
  it('lists sources with their tool counts', async () => {
    const { code, stdout } = await cli(['sources', 'list', '--json']);
    expect(code).toBe(0);
    const github = JSON.parse(stdout).sources.find((s: { name: string }) => s.name === 'github');
    expect(github).toMatchObject({ status: 'ready', connections: ['local.work'] });
    expect(github.tools).toBeGreaterThan(1000);
  });

  it('adds, refreshes and removes a source from a spec file', async () => {
    const added = await cli(['sources', 'add', 'petstore', '--spec', join(SPECS, 'petstore-swagger2.json'), '--json']);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).sources[0]).toMatchObject({ name: 'petstore', status: 'ready' });
    const duplicate = await cli(['sources', 'add', 'petstore', '--spec', join(SPECS, 'petstore-swagger2.json')]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('source "petstore" exists');
    expect((await cli(['sources', 'refresh', 'petstore'])).code).toBe(0);
    expect((await cli(['sources', 'remove', 'petstore'])).code).toBe(0);
    const list = JSON.parse((await cli(['sources', 'list', '--json'])).stdout);
    expect(list.sources.map((s: { name: string }) => s.name)).toEqual(['github', 'storage']);
  });

  it('reports a source whose spec fails to load, with the reason', async () => {
    const bad = join(home.home, 'bad.yaml');
    writeFileSync(bad, 'openapi: 3.0.0\npaths: [unclosed\n');
    const added = await cli(['sources', 'add', 'bad', '--spec', bad]);
    expect(added.code).toBe(1);
    expect(added.stdout + added.stderr).toContain('bad.yaml');
    const list = JSON.parse((await cli(['sources', 'list', '--json'])).stdout);
    const failed = list.sources.find((s: { name: string }) => s.name === 'bad');
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('bad.yaml');
    await cli(['sources', 'remove', 'bad']);
  });

  it('adds and removes a connection holding only a reference', async () => {
    expect((await cli(['connections', 'add', 'github', 'personal', '--secret', 'env://OTHER_TOKEN'])).code).toBe(0);
    const listed = JSON.parse((await cli(['connections', 'list', 'github', '--json'])).stdout);
    expect(listed.connections.map((c: { name: string }) => c.name).sort()).toEqual(['personal', 'work']);
    const unset = await cli(['call', 'github.local.personal.users.get_authenticated']);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('invalid_config: secret env://OTHER_TOKEN is not set');
    expect((await cli(['connections', 'remove', 'github', 'personal'])).code).toBe(0);
    const badRef = await cli(['connections', 'add', 'github', 'x', '--secret', 'plaintext-token']);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('secret: must be a secret reference');
  });

  it('searches, describes and calls', async () => {
    const search = JSON.parse((await cli(['search', 'create', 'an', 'issue', '--json'])).stdout);
    expect(search.results.map((r: { address: string }) => r.address)).toContain('github.local.work.issues.create');
    const described = await cli(['describe', 'github.local.work.issues.create']);
    expect(described.stdout).toContain('function create(');
    const called = await cli(['call', 'github.local.work.issues.get', '{"owner":"o","repo":"r","issue_number":7}', '--json']);
    expect(called.code).toBe(0);
    expect(JSON.parse(called.stdout)).toMatchObject({ ok: true, data: { number: 7 } });
  });

  it('searches with another embedding model, by words only, and goes on by words when a model cannot load', async () => {
    const wordsOnly = await cli(['search', 'delete', 'a', 'repository', '--embedding-model', 'none', '--json']);
    expect(JSON.parse(wordsOnly.stdout).results[0].address).toBe('github.local.work.repos.delete');
    const missing = await cli(['search', 'delete', 'a', 'repository', '--embedding-model', join(home.home, 'no-such-model'), '--json']);
    expect(missing.code).toBe(0);
    expect(missing.stderr).toMatch(/embedding model unavailable, searching by words only \(embedding model folder .*no-such-model does not exist\)/);
    expect(JSON.parse(missing.stdout).results[0].address).toBe('github.local.work.repos.delete');
    const hubId = await cli(['search', 'delete', 'a', 'repository', '--embedding-model', 'Xenova/bge-small-en-v1.5', '--json']);
    expect(hubId.stderr).toMatch(/hub id .* downloading models is off/);
    const noValue = await cli(['search', 'x', '--embedding-model']);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('--embedding-model needs a model folder, or none');
  });

  it('records every call as a run, without secrets', async () => {
    await cli(['call', 'github.local.work.issues.get', '{"owner":"o","repo":"r","issue_number":500}']);
    const runs = JSON.parse((await cli(['runs', 'list', '--json'])).stdout).runs;
    const failed = runs.find((r: { status: string; errorCode?: string }) => r.errorCode === 'upstream_error');
    expect(failed).toMatchObject({ surface: 'cli', address: 'github.local.work.issues.get', httpStatus: 404 });
    expect(runs.some((r: { status: string }) => r.status === 'succeeded')).toBe(true);
    const shown = JSON.parse((await cli(['runs', 'show', failed.id, '--json'])).stdout);
    expect(shown.id).toBe(failed.id);
    const filtered = JSON.parse((await cli(['runs', 'list', '--status', 'failed', '--address', 'github.local.work.issues.*', '--json'])).stdout);
    expect(filtered.runs.every((r: { status: string }) => r.status === 'failed')).toBe(true);
    expect(JSON.stringify(runs)).not.toContain(CANARY);
  });

  it('rejects bad input with a clear message and a non-zero exit', async () => {
    const badJson = await cli(['call', 'github.local.work.issues.get', '{not json']);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('args must be a JSON object');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missingRun = await cli(['runs', 'show', 'run_nope']);
    expect(missingRun.code).toBe(1);
  });

  it('refuses to serve HTTP beyond loopback without --expose', async () => {
    const result = await cli(['serve', '--http', '--host', '0.0.0.0', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('add --expose only behind an authenticating proxy');
  });

  it('rejects a malformed config naming the field', async () => {
    const broken = createExecutorHome({ sources: [{ name: 'has-dash', kind: 'openapi', spec: 'x.json' }], connections: [{ source: 'x' }] });
    try {
      const result = await cli(['sources', 'list'], broken.env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('sources[0].name: must be a JavaScript identifier');
      expect(result.stderr).toContain('connections[0].name');
      writeFileSync(broken.configPath, '{ "sources": [');
      const invalidJson = await cli(['sources', 'list'], broken.env);
      expect(invalidJson.code).toBe(2);
      expect(invalidJson.stderr).toContain('is not valid JSON');
    } finally {
      broken.dispose();
    }
  });

  it('never prints the canary', () => {
    expect(outputs.join('\n')).not.toContain(CANARY);
    expect(readFileSync(join(home.home, 'executor.db')).includes(CANARY)).toBe(false);
  });
});

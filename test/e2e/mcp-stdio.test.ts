import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, createExecutorHome, githubConfig, SPECS, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectStdio, type Era, type StdioSession } from '../fixtures/mcp-clients.js';

type Structured = Record<string, any>;

// Everything any MCP response carried, so the canary check covers the whole conversation.
const transcript: string[] = [];

async function call(session: StdioSession, name: string, args: Record<string, unknown>) {
  const result = await session.client.callTool({ name, arguments: args });
  transcript.push(JSON.stringify(result));
  return { structured: result.structuredContent as Structured, text: (result.content as { text: string }[])[0]!.text, isError: result.isError === true };
}

let upstream: GithubUpstream;
let home: ExecutorHome;

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome({
    ...githubConfig(upstream.url, [
      // Relative to the config file's folder, as users write them.
      { name: 'broken', kind: 'openapi', spec: './broken-spec.json' },
      // A real spec whose upstream is down: every call must come back as a clean upstream_error.
      { name: 'offline', kind: 'openapi', spec: join(SPECS, 'petstore-swagger2.json'), baseUrl: 'http://127.0.0.1:9', auth: { type: 'none' } },
    ]),
    // Writes need approval by default; an explicit allow is how an operator lets one through unasked.
    policies: [{ source: 'github', tools: 'issues.create', action: 'allow' }],
  });
  writeFileSync(join(home.home, 'broken-spec.json'), '{ "openapi": "3.0.0", "paths": ');
});

afterAll(async () => {
  await upstream?.close();
  home?.dispose();
});

describe.each<Era>(['legacy', 'modern'])('executor-mcp over stdio (%s protocol era)', (era) => {
  let session: StdioSession;
  beforeAll(async () => {
    session = await connectStdio(home.env, [], era);
  });
  afterAll(async () => {
    await session?.close();
    transcript.push(session.stderr());
  });

  it('lists exactly the five meta-tools', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['describe', 'execute', 'resume', 'run_code', 'search']);
  });

  it('finds a GitHub operation by what it does, with a ready-to-copy address', async () => {
    const { structured } = await call(session, 'search', { query: 'list issues in a repository' });
    const addresses = structured.results.map((r: Structured) => r.address);
    expect(addresses.slice(0, 5)).toContain('github.local.work.issues.list_for_repo');
    // The shipped learned second stage ordered them: its best candidate scores 1.
    expect(structured.results[0]).toMatchObject({ policy: 'allow', score: 1 });
  });

  it('pages search results with the "more" cursor and refuses a cursor from another query', async () => {
    const first = await call(session, 'search', { query: 'pull request review', limit: 3 });
    expect(first.structured.results).toHaveLength(3);
    expect(typeof first.structured.more).toBe('string');
    const second = await call(session, 'search', { query: 'pull request review', limit: 3, cursor: first.structured.more });
    const whole = await call(session, 'search', { query: 'pull request review', limit: 6 });
    const addresses = (page: { structured: Structured }) => page.structured.results.map((r: Structured) => r.address);
    expect([...addresses(first), ...addresses(second)]).toEqual(addresses(whole));
    const wrong = await call(session, 'search', { query: 'delete a repository', cursor: first.structured.more });
    expect(wrong.isError).toBe(true);
    expect(wrong.structured.error).toMatchObject({ code: 'invalid_args', message: expect.stringContaining('another query') });
  });

  it('describes a tool with a TypeScript signature naming its arguments', async () => {
    const { structured, isError } = await call(session, 'describe', { address: 'github.local.work.issues.list_for_repo' });
    expect(isError).toBe(false);
    expect(structured.typescript).toContain('function list_for_repo(');
    expect(structured.typescript).toMatch(/owner: string/);
    expect(structured.inputSchema.required).toEqual(expect.arrayContaining(['owner', 'repo']));
    expect(structured.outputSchema).toBeDefined();
  });

  it('executes a call with the connection credential, which the upstream receives', async () => {
    const before = upstream.requests.length;
    const { structured, isError } = await call(session, 'execute', {
      address: 'github.local.work.issues.list_for_repo',
      args: { owner: 'octo', repo: 'hello', state: 'closed', per_page: 2 },
    });
    expect(isError).toBe(false);
    expect(structured.ok).toBe(true);
    expect(structured.runId).toMatch(/^run_/);
    expect(structured.data).toHaveLength(2);
    expect(structured.data[0]).toMatchObject({ state: 'closed', title: 'Issue 1 of octo/hello' });
    const received = upstream.requests.slice(before);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'GET', path: '/repos/octo/hello/issues', query: { state: 'closed', per_page: '2' } });
    expect(received[0]!.headers.authorization).toBe(`Bearer ${CANARY}`);
  });

  it('sends a JSON body for a write', async () => {
    const { structured } = await call(session, 'execute', {
      address: 'github.local.work.issues.create',
      args: { owner: 'octo', repo: 'hello', title: 'Found a bug', body: 'details' },
    });
    expect(structured).toMatchObject({ ok: true, data: { number: 42, title: 'Found a bug' } });
    const last = upstream.requests.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({ title: 'Found a bug', body: 'details' });
    expect(last.headers['content-type']).toMatch(/application\/json/);
  });

  it('returns invalid_args naming the missing field, without calling the upstream', async () => {
    const before = upstream.requests.length;
    const { structured, isError, text } = await call(session, 'execute', {
      address: 'github.local.work.issues.list_for_repo',
      args: { owner: 'octo' },
    });
    expect(isError).toBe(true);
    expect(structured.error.code).toBe('invalid_args');
    expect(structured.error.message).toContain('"repo" is required (string)');
    expect(text).toMatch(/^invalid_args: /);
    expect(upstream.requests.length).toBe(before);
  });

  it('returns invalid_args naming an ill-typed field', async () => {
    const { structured } = await call(session, 'execute', {
      address: 'github.local.work.issues.list_for_repo',
      args: { owner: 'octo', repo: 'hello', per_page: 'many' },
    });
    expect(structured.error.code).toBe('invalid_args');
    expect(structured.error.message).toContain('"per_page" must be integer');
  });

  it('returns not_found for an unknown address, naming the bad segment', async () => {
    const unknownTool = await call(session, 'execute', { address: 'github.local.work.issues.lst' });
    expect(unknownTool.structured.error).toMatchObject({ code: 'not_found' });
    expect(unknownTool.structured.error.message).toContain('no tool "issues.lst"');
    const unknownConnection = await call(session, 'execute', { address: 'github.local.home.issues.list_for_repo' });
    expect(unknownConnection.structured.error.message).toContain('connections: github.local.work');
    const notAnAddress = await call(session, 'describe', { address: 'issues' });
    expect(notAnAddress.structured.error.code).toBe('not_found');
  });

  it('maps upstream 4xx and 5xx to upstream_error with the HTTP status', async () => {
    const notFound = await call(session, 'execute', {
      address: 'github.local.work.issues.get',
      args: { owner: 'octo', repo: 'hello', issue_number: 999 },
    });
    expect(notFound.structured.error).toMatchObject({ code: 'upstream_error', status: 404 });
    const failing = await call(session, 'execute', { address: 'github.local.work.repos.get', args: { owner: 'explode', repo: 'x' } });
    expect(failing.structured.error).toMatchObject({ code: 'upstream_error', status: 500 });
  });

  it('maps a refused connection to upstream_error and keeps serving', async () => {
    const refused = await call(session, 'execute', { address: 'offline.local.default.getPetById', args: { petId: 1 } });
    expect(refused.structured.error.code).toBe('upstream_error');
    expect(refused.structured.error.message).toMatch(/refused|failed/i);
    const after = await call(session, 'execute', { address: 'github.local.work.users.get_authenticated' });
    expect(after.structured).toMatchObject({ ok: true, data: { login: 'octocat' } });
  });

  it('redacts a credential an upstream echoes back', async () => {
    const { structured } = await call(session, 'execute', { address: 'github.local.work.repos.get', args: { owner: 'reflector', repo: 'x' } });
    expect(structured.error).toMatchObject({ code: 'upstream_error', status: 403 });
    expect(structured.error.message).toContain('[redacted]');
  });

  it('serves the other sources while one failed to load', async () => {
    const { structured } = await call(session, 'search', { query: 'find pet by id', source: 'offline' });
    expect(structured.results[0].address).toBe('offline.local.default.getPetById');
    expect(session.stderr()).toMatch(/source broken failed to load: .*broken-spec\.json/);
  });
});

describe('the run record', () => {
  it('names the MCP client as principal in both protocol eras', () => {
    const db = new Database(join(home.home, 'executor.db'), { readonly: true });
    const principals = db.prepare("SELECT DISTINCT principal FROM runs WHERE surface = 'mcp'").pluck().all();
    db.close();
    expect(principals).toEqual(['mcp:e2e-test-client']);
  });
});

describe('the canary secret', () => {
  it('appears in no MCP response, log, run record or the SQLite file', () => {
    expect(upstream.requests.some((r) => r.headers.authorization === `Bearer ${CANARY}`)).toBe(true);
    const everything = transcript.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(CANARY);
    for (const file of ['executor.db', 'executor.db-wal']) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(home.home, file));
      } catch {
        continue;
      }
      expect(bytes.includes(CANARY)).toBe(false);
    }
  });
});

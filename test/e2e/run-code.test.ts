import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, CLI, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectStdio, type StdioSession } from '../fixtures/mcp-clients.js';

type Structured = Record<string, any>;

let upstream: GithubUpstream;
let home: ExecutorHome;
let session: StdioSession;
const transcript: string[] = [];

async function runCode(code: string, timeoutMs?: number) {
  const result = await session.client.callTool({ name: 'run_code', arguments: { code, ...(timeoutMs ? { timeoutMs } : {}) } });
  transcript.push(JSON.stringify(result));
  return { structured: result.structuredContent as Structured, text: (result.content as { text: string }[])[0]!.text, isError: result.isError === true };
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome(githubConfig(upstream.url));
  session = await connectStdio(home.env);
});

afterAll(async () => {
  await session?.close();
  await upstream?.close();
  home?.dispose();
});

describe('run_code over MCP', () => {
  it('chains tool calls in one snippet and returns only what the agent asked for', async () => {
    const before = upstream.requests.length;
    const { structured, isError } = await runCode(`
      const issues: Array<{ number: number }> = await tools.github.local.work.issues.list_for_repo({ owner: 'octo', repo: 'hello' });
      console.log(\`found \${issues.length}\`);
      const details = await Promise.all(issues.map((i) => tools.github.local.work.issues.get({ owner: 'octo', repo: 'hello', issue_number: i.number })));
      return details.map((d) => d.title);
    `);
    expect(isError).toBe(false);
    expect(structured).toMatchObject({
      ok: true,
      result: ['Issue 1 of octo/hello', 'Issue 2 of octo/hello', 'Issue 3 of octo/hello'],
      logs: ['found 3'],
      calls: 4,
    });
    const received = upstream.requests.slice(before);
    expect(received).toHaveLength(4);
    expect(received.every((r) => r.headers.authorization === `Bearer ${CANARY}`)).toBe(true);
  });

  it('records the snippet as a run whose tool calls are child runs, with every host call and its answer', async () => {
    const { structured } = await runCode(`return (await tools.github.local.work.users.get_authenticated({})).login;`);
    expect(structured.result).toBe('octocat');
    const db = new Database(join(home.home, 'executor.db'), { readonly: true });
    try {
      const parent = db.prepare('SELECT * FROM runs WHERE id = ?').get(structured.runId) as Structured;
      expect(parent).toMatchObject({ address: 'run_code', status: 'succeeded', call_count: 1, principal: 'mcp:e2e-test-client' });
      const children = db.prepare('SELECT * FROM runs WHERE parent_id = ?').all(structured.runId) as Structured[];
      expect(children).toHaveLength(1);
      expect(children[0]).toMatchObject({ surface: 'code', address: 'github.local.work.users.get_authenticated', status: 'succeeded' });
      const calls = db.prepare('SELECT * FROM run_calls WHERE run_id = ?').all(structured.runId) as Structured[];
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ kind: 'tool', address: 'github.local.work.users.get_authenticated', child_run_id: children[0]!.id });
      expect(JSON.parse(calls[0]!.answer)).toMatchObject({ ok: true, value: { login: 'octocat' } });
    } finally {
      db.close();
    }
  });

  it('lets a snippet catch a tool error carrying its stable code', async () => {
    const { structured } = await runCode(`
      try {
        await tools.github.local.work.issues.get({ owner: 'octo' });
        return 'no error';
      } catch (error) {
        return { code: (error as any).code, message: (error as Error).message };
      }
    `);
    expect(structured.result.code).toBe('invalid_args');
    expect(structured.result.message).toMatch(/^invalid_args: .*"repo" is required/);
  });

  it('returns an uncaught error with its code, line, source and the logs so far', async () => {
    const { structured, isError, text } = await runCode(
      ["console.log('before');", 'const repo = await tools.github.local.work.repos.get({ owner: "explode", repo: "x" });', 'return repo;'].join('\n'),
    );
    expect(isError).toBe(true);
    expect(structured).toMatchObject({ ok: false, logs: ['before'], error: { code: 'upstream_error', line: 2 } });
    expect(structured.error.source).toContain('tools.github.local.work.repos.get');
    expect(text).toContain('line 2');
  });

  it('searches and describes from inside a snippet', async () => {
    const { structured } = await runCode(`
      const hits = await search('get a repository', { limit: 5 });
      const tool = await describe(hits.find((h: any) => h.address.endsWith('.repos.get')).address);
      return { first: hits.length, typed: tool.typescript.includes('function get(') };
    `);
    expect(structured.result).toEqual({ first: 5, typed: true });
  });

  it('reports a TypeScript syntax error at the agent\'s line', async () => {
    const { structured } = await runCode('const a = 1;\nconst b = ;\nreturn a;');
    expect(structured).toMatchObject({ ok: false, error: { code: 'sandbox_error', line: 2 } });
    expect(structured.error.message).toMatch(/^SyntaxError/);
  });

  it('stops an infinite loop at the deadline, and the next snippet runs', async () => {
    const started = Date.now();
    const { structured } = await runCode('while (true) {}', 500);
    expect(structured.error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
    const next = await runCode('return 1 + 1;');
    expect(next.structured.result).toBe(2);
  });

  it('serves nine snippets correctly while a tenth spins forever', async () => {
    const hostile = runCode('while (true) {}', 1000);
    const honest = Array.from({ length: 9 }, (_, i) =>
      runCode(`const me = await tools.github.local.work.users.get_authenticated(); return [${i}, me.login];`),
    );
    const results = await Promise.all([hostile, ...honest]);
    expect(results[0]!.structured.error.code).toBe('timeout');
    expect(results.slice(1).map((r) => r.structured.result)).toEqual(Array.from({ length: 9 }, (_, i) => [i, 'octocat']));
  });

  it('offers no ambient authority to hostile code', async () => {
    const { structured } = await runCode(`
      const probes: Record<string, string> = {};
      for (const name of ['process', 'require', 'fetch', 'setTimeout', 'Deno', 'Bun']) {
        probes[name] = typeof (globalThis as any)[name];
      }
      let escaped = 'no';
      try { escaped = String((Function('return this')() as any).process); } catch (e) { escaped = 'threw'; }
      return { probes, escaped, globals: Object.getOwnPropertyNames(globalThis).join(',') };
    `);
    expect(Object.values(structured.result.probes)).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect(structured.result.escaped).not.toMatch(/object/);
  });

  it('describes a namespace or several addresses as one declaration block', async () => {
    const result = await session.client.callTool({
      name: 'describe',
      arguments: { addresses: ['github.local.work.issues.get', 'github.local.work.repos.get'] },
    });
    const structured = result.structuredContent as Structured;
    expect(structured.addresses).toEqual(['github.local.work.issues.get', 'github.local.work.repos.get']);
    expect(structured.typescript).toContain('declare namespace tools.github.local.work.issues');
    expect(structured.typescript).toContain('declare namespace tools.github.local.work.repos');
    const namespace = await session.client.callTool({ name: 'describe', arguments: { address: 'github.local.work.gists' } });
    expect((namespace.structuredContent as Structured).addresses.length).toBeGreaterThan(5);
    const tooWide = await session.client.callTool({ name: 'describe', arguments: { address: 'github.local.work' } });
    expect((tooWide.structuredContent as Structured).error.code).toBe('invalid_args');
  });

  it('runs a snippet file from the CLI through the same path', async () => {
    const file = join(home.home, 'snippet.ts');
    writeFileSync(file, "const me: { login: string } = await tools.github.local.work.users.get_authenticated();\nconsole.log('hi');\nreturn me.login;\n");
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, 'run', file], { env: home.env });
    expect(JSON.parse(stdout)).toBe('octocat');
    expect(stderr).toContain('hi');
    transcript.push(stdout, stderr);
  });

  it('never lets the canary out', () => {
    transcript.push(session.stderr());
    expect(transcript.join('\n')).not.toContain(CANARY);
  });
});

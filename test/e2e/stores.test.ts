import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/cli.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectStdio, type StdioSession } from '../fixtures/mcp-clients.js';

// The agent's stores through the real server: ordinary catalog tools reached by execute and run_code, kept
// across calls and restarts, partitioned by scope, under policies like any tool.

type Structured = Record<string, any>;

let upstream: GithubUpstream;
let home: ExecutorHome;
let session: StdioSession;
const transcript: string[] = [];

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  transcript.push(JSON.stringify(result));
  return { structured: result.structuredContent as Structured, isError: result.isError === true };
}

const execute = (address: string, args: Record<string, unknown>) => call(session.client, 'execute', { address, args });

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome(githubConfig(upstream.url));
  session = await connectStdio(home.env);
});

afterAll(async () => {
  await session?.close();
  await upstream?.close();
  home?.dispose();
  expect(transcript.join('\n')).not.toContain(CANARY);
});

describe('agent stores', () => {
  it('are found by search, with their policy', async () => {
    const { structured } = await call(session.client, 'search', { query: 'remember a value under a key for later', limit: 5 });
    const addresses = (structured.results as Structured[]).map((r) => r.address);
    expect(addresses).toContain('storage.local.default.kv.set');
    expect((structured.results as Structured[]).find((r) => r.address === 'storage.local.default.kv.set')?.policy).toBe('allow');
  });

  it('keep key-value data across calls, strings staying strings', async () => {
    expect((await execute('storage.local.default.kv.set', { store: 'notes', key: 'a/b:c?', value: '123' })).structured.ok).toBe(true);
    expect((await execute('storage.local.default.kv.set', { store: 'notes', key: 'count', value: { n: 2 } })).structured.ok).toBe(true);
    const got = await execute('storage.local.default.kv.get', { store: 'notes', key: 'a/b:c?' });
    expect(got.structured.data).toEqual({ found: true, value: '123' });
    const listed = await execute('storage.local.default.kv.list', { store: 'notes' });
    expect(listed.structured.data.keys.sort()).toEqual(['a/b:c?', 'count']);
    const missing = await execute('storage.local.default.kv.get', { store: 'notes', key: 'nope' });
    expect(missing.structured.data).toEqual({ found: false, value: null });
  });

  it('give clear errors for bad store names, oversized values and bad SQL, and keep serving', async () => {
    const badName = await execute('storage.local.default.kv.set', { store: '../etc', key: 'k', value: 1 });
    expect(badName.structured.error.code).toBe('invalid_args');
    const huge = await execute('storage.local.default.kv.set', { store: 'notes', key: 'big', value: 'x'.repeat(1_100_000) });
    expect(huge.structured.error.code).toBe('invalid_args');
    expect(huge.structured.error.message).toMatch(/at most \d+/);
    const never = await execute('storage.local.default.sql.query', { store: 'db', sql: 'SELECT 1' });
    expect(never.structured.error.code).toBe('not_found');
    expect((await execute('storage.local.default.sql.exec', { store: 'db', sql: 'CREATE TABLE t (x)' })).structured.ok).toBe(true);
    const badSql = await execute('storage.local.default.sql.query', { store: 'db', sql: 'SELEKT 1' });
    expect(badSql.structured.error.code).toBe('invalid_args');
    expect(badSql.structured.error.message).toMatch(/syntax error/);
    const attach = await execute('storage.local.default.sql.exec', { store: 'db', sql: "ATTACH DATABASE '/tmp/x.sqlite' AS x" });
    expect(attach.structured.error.code).toBe('invalid_args');
    const fine = await execute('storage.local.default.sql.query', { store: 'db', sql: 'SELECT 1 AS one' });
    expect(fine.structured.data.rows).toEqual([{ one: 1 }]);
  });

  it('share data between calls: a snippet loads issues into a SQL store, a later call queries them', async () => {
    const load = await call(session.client, 'run_code', {
      code: `
        const issues = await tools.github.local.work.issues.list_for_repo({ owner: 'octo', repo: 'hello' });
        await tools.storage.local.default.sql.exec({ store: 'tracker', sql: 'CREATE TABLE IF NOT EXISTS issues (number INTEGER PRIMARY KEY, title TEXT, state TEXT)' });
        for (const issue of issues) {
          await tools.storage.local.default.sql.exec({ store: 'tracker', sql: 'INSERT OR REPLACE INTO issues VALUES (?, ?, ?)', params: [issue.number, issue.title, issue.state] });
        }
        return issues.length;
      `,
    });
    expect(load.isError).toBe(false);
    expect(load.structured.result).toBe(3);
    const later = await execute('storage.local.default.sql.query', { store: 'tracker', sql: 'SELECT number, state FROM issues ORDER BY number' });
    expect(later.structured.data.rows).toEqual([
      { number: 1, state: 'open' },
      { number: 2, state: 'open' },
      { number: 3, state: 'open' },
    ]);
    const stores = await execute('storage.local.default.stores.list', {});
    expect(stores.structured.data.kv).toContain('notes');
    expect(stores.structured.data.sql.map((s: Structured) => s.name)).toContain('tracker');
  });

  it('survive a restart of the server', async () => {
    await session.close();
    session = await connectStdio(home.env);
    const got = await execute('storage.local.default.kv.get', { store: 'notes', key: 'count' });
    expect(got.structured.data).toEqual({ found: true, value: { n: 2 } });
    const rows = await execute('storage.local.default.sql.query', { store: 'tracker', sql: 'SELECT count(*) AS n FROM issues' });
    expect(rows.structured.data.rows).toEqual([{ n: 3 }]);
  });

  it('obey policies like any tool: a block rule stops writes to the stores', async () => {
    const set = await runCli(['policies', 'set', '--source', 'storage', '--tools', 'sql.exec', '--action', 'block'], home.env, transcript);
    expect(set.code).toBe(0);
    const blocked = await execute('storage.local.default.sql.exec', { store: 'tracker', sql: 'DELETE FROM issues' });
    expect(blocked.structured.error.code).toBe('blocked');
    const rows = await execute('storage.local.default.sql.query', { store: 'tracker', sql: 'SELECT count(*) AS n FROM issues' });
    expect(rows.structured.data.rows).toEqual([{ n: 3 }]);
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor, parseConfig, type ExecutorHandle, type RunId } from '../core/index.js';
import { CodeRunner, createQuickJsSandbox, type RunCodeResult, type Sandbox } from '../sandbox/index.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from './fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from './fixtures/github-upstream.js';

// Code mode's pause and replay in process: a snippet whose write needs approval stops there, and after the
// decision runs again from the top with its earlier calls answered from the record, so nothing happens twice.
// Default policies: reads allowed, writes need approval. Each test uses its own repository name.

const GH = 'tools.github.local.work';

let upstream: GithubUpstream;
let home: ExecutorHome;
let dbPath: string;
let executor: ExecutorHandle;
let sandbox: Sandbox;
let runner: CodeRunner;

let repoCounter = 0;
function freshRepo(): string {
  return `code${++repoCounter}`;
}

function requestsTo(method: string, repo: string) {
  return upstream.requests.filter((r) => r.method === method && r.path.startsWith(`/repos/octo/${repo}`));
}

function run(code: string): Promise<RunCodeResult> {
  return runner.run({ code, surface: 'sdk' });
}

function resume(runId: RunId): Promise<RunCodeResult> {
  return runner.resume(runId, { surface: 'sdk' });
}

function withStore<T>(use: (db: Database.Database) => T): T {
  const db = new Database(dbPath);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function expectPending(result: RunCodeResult): void {
  expect(result).toMatchObject({ ok: false, error: { code: 'approval_pending' } });
  if (!result.ok) expect(result.error.message).toContain(`resume with runId ${result.runId}`);
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome({});
  dbPath = join(home.home, 'executor.db');
  executor = createExecutor({
    databasePath: dbPath,
    config: { path: undefined, baseDir: home.home, config: parseConfig(githubConfig(upstream.url)) },
    plugins: BUILTIN_PLUGINS,
    env: { GITHUB_TOKEN: CANARY },
  });
  await executor.syncConfig();
  sandbox = createQuickJsSandbox({ workers: 1 });
  runner = new CodeRunner({ executor, sandbox, search: async () => [], describe: (address) => executor.describe(address) });
});

afterAll(async () => {
  await sandbox?.close();
  executor?.close();
  await upstream?.close();
  home?.dispose();
});

describe('a snippet paused for approval', () => {
  it('pauses at the gated write, then replays: earlier reads answered from the record, the write made once', async () => {
    const repo = freshRepo();
    const code = `
      const found = await ${GH}.repos.get({ owner: 'octo', repo: '${repo}' });
      console.log(\`draw \${Math.random()} at \${Date.now()}\`);
      const created = await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'from code' });
      const again = await ${GH}.issues.get({ owner: 'octo', repo: '${repo}', issue_number: created.number });
      return { repo: found.full_name, number: created.number, title: again.title };`;
    const first = await run(code);
    expectPending(first);
    expect(first.calls).toBe(1);
    const runId = first.runId;
    expect(requestsTo('GET', repo)).toHaveLength(1);
    expect(requestsTo('POST', repo)).toHaveLength(0);
    expect(executor.runs.get(runId)).toMatchObject({ address: 'run_code', status: 'pending_approval', callCount: 1 });
    expect(executor.pausedSnippets.get(runId)).toMatchObject({ code });
    const waiting = executor.approvals.waitingOn(runId)!;
    expect(waiting).toMatchObject({ state: 'pending', resumeId: runId, address: 'github.local.work.issues.create' });
    expect(executor.runs.get(waiting.runId)).toMatchObject({ parentId: runId, surface: 'code', status: 'pending_approval' });

    expectPending(await resume(runId));
    expect(requestsTo('POST', repo)).toHaveLength(0);

    // The run_code id is what the agent was told; deciding under it decides the call it waits on.
    expect(executor.approvals.decide(runId, 'approve', 't')).toMatchObject({ runId: waiting.runId, state: 'approved', decidedBy: 't' });
    const resumed = await resume(runId);
    expect(resumed).toMatchObject({ ok: true, runId, result: { repo: `octo/${repo}`, number: 42, title: 'Issue 42 of octo/' + repo }, calls: 3 });
    // Same seed and clock: the replay drew and read what the first run did.
    expect(resumed.logs).toEqual(first.logs);
    expect(requestsTo('GET', repo)).toHaveLength(2);
    expect(requestsTo('POST', repo)).toHaveLength(1);
    expect(executor.runs.get(runId)).toMatchObject({ status: 'succeeded', callCount: 3 });
    expect(executor.pausedSnippets.get(runId)).toBeUndefined();
    expect(withStore((db) => db.prepare('SELECT count(*) AS n FROM paused_snippets WHERE run_id = ?').get(runId))).toEqual({ n: 0 });
    expect(executor.runCalls.callsOf(runId).map((c) => [c.seq, c.address])).toEqual([
      [1, 'github.local.work.repos.get'],
      [2, 'github.local.work.issues.create'],
      [3, 'github.local.work.issues.get'],
    ]);
    expect(executor.runs.get(waiting.runId)).toMatchObject({ status: 'succeeded', approval: 'approved' });

    // Finished: nothing left to resume.
    expect(await resume(runId)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to resume a snippet that does not repeat its recorded calls, and makes no write', async () => {
    const repo = freshRepo();
    const first = await run(`
      await ${GH}.repos.get({ owner: 'octo', repo: '${repo}' });
      return await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'diverge' });`);
    expectPending(first);
    const tampered = JSON.stringify({ address: 'github.local.work.repos.get', args: { owner: 'octo', repo: 'elsewhere' } });
    const changes = withStore((db) => db.prepare('UPDATE run_calls SET payload = ? WHERE run_id = ? AND seq = 1').run(tampered, first.runId).changes);
    expect(changes).toBe(1);

    executor.approvals.decide(first.runId, 'approve', 't');
    const resumed = await resume(first.runId);
    expect(resumed).toMatchObject({ ok: false, error: { code: 'sandbox_error' } });
    if (!resumed.ok) expect(resumed.error.message).toContain('did not repeat its earlier calls');
    expect(requestsTo('POST', repo)).toHaveLength(0);
    expect(executor.runs.get(first.runId)).toMatchObject({ status: 'failed', errorCode: 'sandbox_error' });
    expect(executor.pausedSnippets.get(first.runId)).toBeUndefined();
  });

  it('pauses again at a second gated write, under a new approval, and makes each write once', async () => {
    const repo = freshRepo();
    const first = await run(`
      const a = await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'first' });
      const b = await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'second' });
      return [a.title, b.title];`);
    expectPending(first);
    const firstApproval = executor.approvals.waitingOn(first.runId)!;
    executor.approvals.decide(first.runId, 'approve', 't');

    const second = await resume(first.runId);
    expectPending(second);
    expect(second.runId).toBe(first.runId);
    const secondApproval = executor.approvals.waitingOn(first.runId)!;
    expect(secondApproval.runId).not.toBe(firstApproval.runId);
    expect(secondApproval).toMatchObject({ state: 'pending', resumeId: first.runId });
    expect(requestsTo('POST', repo).map((r) => JSON.parse(r.body).title)).toEqual(['first']);

    executor.approvals.decide(first.runId, 'approve', 't');
    const done = await resume(first.runId);
    expect(done).toMatchObject({ ok: true, result: ['first', 'second'], calls: 2 });
    expect(requestsTo('POST', repo).map((r) => JSON.parse(r.body).title)).toEqual(['first', 'second']);
    expect(executor.runs.get(first.runId)).toMatchObject({ status: 'succeeded', callCount: 2 });
  });

  it('hands a declined call to the snippet as an approval_declined error it can catch', async () => {
    const repo = freshRepo();
    const first = await run(`
      try {
        await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'nope' });
        return 'created';
      } catch (error) {
        return error.code;
      }`);
    expectPending(first);
    executor.approvals.decide(first.runId, 'decline', 't');
    expect(await resume(first.runId)).toMatchObject({ ok: true, result: 'approval_declined' });
    expect(requestsTo('POST', repo)).toHaveLength(0);
  });

  it('keeps the connection secret out of the run records when the agent passes it in an argument', async () => {
    const repo = freshRepo();
    const first = await run(`
      const created = await ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 't', body: '${CANARY}' });
      return created.body;`);
    expectPending(first);
    executor.approvals.decide(first.runId, 'approve', 't');
    const done = await resume(first.runId);
    // The upstream echoed the body; responses are redacted before the snippet (or the record) sees them.
    expect(done).toMatchObject({ ok: true, result: '[redacted]' });
    const runs = withStore((db) => JSON.stringify(db.prepare('SELECT * FROM runs').all()));
    expect(runs).not.toContain(CANARY);
    const calls = executor.runCalls.callsOf(first.runId);
    expect(calls.map((c) => c.answer).join('\n')).not.toContain(CANARY);
    // The payload is the agent's own text, kept exactly for replay.
    expect(calls[0]!.payload).toContain(CANARY);
  });
});

describe('a paused snippet with calls in parallel', () => {
  // A read started together with the gated call (Promise.all) is still in flight when the run stops, and is
  // recorded after it: replay matches calls by what they ask, not by position.
  it('resumes when the gated call and a read were started together', async () => {
    const repo = freshRepo();
    const first = await run(`
      const [created, found] = await Promise.all([
        ${GH}.issues.create({ owner: 'octo', repo: '${repo}', title: 'parallel' }),
        ${GH}.repos.get({ owner: 'octo', repo: '${repo}' }),
      ]);
      return [created.title, found.full_name];`);
    expectPending(first);
    executor.approvals.decide(first.runId, 'approve', 't');
    // Let the read that was in flight when the run stopped finish and be recorded.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const resumed = await resume(first.runId);
    expect(resumed).toMatchObject({ ok: true, result: ['parallel', `octo/${repo}`] });
    expect(requestsTo('POST', repo)).toHaveLength(1);
  });
});

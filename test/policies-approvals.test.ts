import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  createExecutor,
  isExecutorError,
  parseConfig,
  REDACTED,
  type ExecuteResult,
  type ExecutorHandle,
  type RunId,
} from '../core/index.js';
import { CatalogSearch } from '../server/catalog-search.js';
import { BUILTIN_PLUGINS } from '../server/runtime.js';
import { CANARY, createExecutorHome, GITHUB_SPEC, type ExecutorHome } from './fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from './fixtures/github-upstream.js';

// Policies and approvals in process: an on-disk store in a throwaway home, GitHub's real description, and a
// local upstream whose request log says what actually reached it. Each test uses its own repository name, so
// counting that repository's requests counts only its own calls.

const WORK = 'github.local.work';
const PERSONAL = 'github.local.personal';

let upstream: GithubUpstream;
let home: ExecutorHome;
let dbPath: string;
let executor: ExecutorHandle;
const opened: ExecutorHandle[] = [];

/** Another handle on the same store, as a second process (the CLI beside a running server) would open it. */
async function openExecutor(extra: Record<string, unknown> = {}): Promise<ExecutorHandle> {
  const handle = createExecutor({
    databasePath: dbPath,
    config: {
      path: undefined,
      baseDir: home.home,
      config: parseConfig({
        sources: [{ name: 'github', kind: 'openapi', spec: GITHUB_SPEC, baseUrl: upstream.url, auth: { type: 'bearer' } }],
        connections: [
          { source: 'github', name: 'work', secret: 'env://GITHUB_TOKEN' },
          { source: 'github', name: 'personal', secret: 'env://GITHUB_TOKEN' },
        ],
        ...extra,
      }),
    },
    plugins: BUILTIN_PLUGINS,
    env: { GITHUB_TOKEN: CANARY },
  });
  opened.push(handle);
  await handle.syncConfig();
  return handle;
}

let repoCounter = 0;
function freshRepo(): string {
  return `repo${++repoCounter}`;
}

function requestsTo(method: string, repo: string): number {
  return upstream.requests.filter((r) => r.method === method && r.path.startsWith(`/repos/octo/${repo}`)).length;
}

/** Parks an `issues.create` call and returns its run id. */
async function park(handle: ExecutorHandle, repo: string, extraArgs: Record<string, unknown> = {}): Promise<RunId> {
  const result = await handle.execute(`${WORK}.issues.create`, { owner: 'octo', repo, title: 'hello', ...extraArgs }, { surface: 'sdk' });
  expect(result).toMatchObject({ ok: false, error: { code: 'approval_pending' } });
  return result.runId;
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function errorOf(result: ExecuteResult): { code: string; message: string } {
  if (result.ok) throw new Error(`expected an error, got run ${result.runId}`);
  return result.error;
}

/** Every row of a table of the store, read through a separate connection. */
function dumpTable(table: 'runs' | 'approvals' | 'run_calls'): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all());
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome({});
  dbPath = join(home.home, 'executor.db');
  executor = await openExecutor();
});

afterEach(() => {
  for (const rule of executor.policies.list()) {
    if (rule.origin === 'cli') executor.policies.remove({ source: rule.source, connection: rule.connection, tools: rule.tools, scope: rule.scope });
  }
});

afterAll(async () => {
  for (const handle of opened) handle.close();
  await upstream?.close();
  home?.dispose();
});

describe('the effective policy', () => {
  it('shows writes as require_approval and reads as allow by default, then follows allow and block rules', async () => {
    const search = new CatalogSearch(executor);
    try {
      const policyInSearch = async () => {
        const results = await search.search('create an issue', { limit: 10, source: 'github' });
        const hit = results.find((r) => r.address.endsWith('.issues.create'));
        expect(hit, 'issues.create is among the results').toBeDefined();
        expect(hit!.policy).toBe(executor.policyOf(executor.catalog.lookup(hit!.address)));
        return hit!.policy;
      };

      expect(executor.describe(`${WORK}.issues.create`)).toMatchObject({ sideEffect: 'write', policy: 'require_approval' });
      expect(executor.describe(`${WORK}.repos.get`)).toMatchObject({ sideEffect: 'read', policy: 'allow' });
      expect(await policyInSearch()).toBe('require_approval');

      executor.policies.set({ source: 'github', tools: 'issues.create', action: 'allow' });
      expect(executor.describe(`${WORK}.issues.create`).policy).toBe('allow');
      expect(await policyInSearch()).toBe('allow');
      // The rule names one tool: other writes keep their default.
      expect(executor.describe(`${WORK}.issues.update`).policy).toBe('require_approval');

      executor.policies.set({ source: 'github', tools: 'issues.*', action: 'block' });
      // An exact tool id is more specific than a pattern, so the allow still decides issues.create.
      expect(executor.describe(`${WORK}.issues.create`).policy).toBe('allow');
      expect(executor.describe(`${WORK}.issues.list_for_repo`).policy).toBe('block');

      executor.policies.set({ source: 'github', tools: 'issues.create', action: 'block' });
      expect(executor.describe(`${WORK}.issues.create`).policy).toBe('block');
      expect(await policyInSearch()).toBe('block');
      expect(executor.describe(`${WORK}.repos.get`).policy).toBe('allow');
    } finally {
      await search.close();
    }
  });

  it('lets a rule on a connection override the source rules for that connection only', async () => {
    executor.policies.set({ source: 'github', tools: 'issues.create', action: 'allow' });
    executor.policies.set({ source: 'github', connection: 'personal', tools: 'issues.create', action: 'block' });
    expect(executor.describe(`${WORK}.issues.create`).policy).toBe('allow');
    expect(executor.describe(`${PERSONAL}.issues.create`).policy).toBe('block');

    // A connection rule wins over the source's even when it names its tools less narrowly.
    executor.policies.set({ source: 'github', tools: 'repos.delete', action: 'block' });
    executor.policies.set({ source: 'github', connection: 'personal', action: 'allow' });
    expect(executor.describe(`${WORK}.repos.delete`).policy).toBe('block');
    expect(executor.describe(`${PERSONAL}.repos.delete`).policy).toBe('allow');

    const repo = freshRepo();
    const blocked = await executor.execute(`${PERSONAL}.issues.create`, { owner: 'octo', repo, title: 'x' }, { surface: 'sdk' });
    expect(errorOf(blocked).code).toBe('blocked');
    expect(errorOf(blocked).message).toContain('connection personal');
    expect(executor.runs.get(blocked.runId)).toMatchObject({ status: 'blocked', policy: 'block' });
    const allowed = await executor.execute(`${WORK}.issues.create`, { owner: 'octo', repo, title: 'x' }, { surface: 'sdk' });
    expect(allowed.ok).toBe(true);
    expect(requestsTo('POST', repo)).toBe(1);
  });
});

describe('a parked call', () => {
  it('waits in the queue with a preview, then runs exactly once however many resumes race', async () => {
    const repo = freshRepo();
    const runId = await park(executor, repo);
    expect(executor.approvals.get(runId)).toMatchObject({ state: 'pending', address: `${WORK}.issues.create` });
    const run = executor.runs.get(runId)!;
    expect(run).toMatchObject({ status: 'pending_approval', policy: 'require_approval' });
    expect(JSON.parse(run.argsPreview!)).toEqual({ owner: 'octo', repo, title: 'hello' });
    expect(requestsTo('POST', repo)).toBe(0);

    const stillPending = await executor.resumeCall(runId);
    expect(errorOf(stillPending).code).toBe('approval_pending');

    expect(executor.approvals.decide(runId, 'approve', 'test')).toMatchObject({ state: 'approved', decidedBy: 'test' });
    const results = await Promise.all(Array.from({ length: 10 }, () => executor.resumeCall(runId)));
    const ok = results.filter((r) => r.ok);
    const failed = results.filter((r) => !r.ok).map(errorOf);
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ data: { number: 42, title: 'hello' } });
    expect(failed).toHaveLength(9);
    for (const error of failed) expect(error.message).toContain('already ran');
    expect(requestsTo('POST', repo)).toBe(1);
    expect(executor.runs.get(runId)).toMatchObject({ status: 'succeeded', approval: 'approved', decidedBy: 'test' });
    expect(executor.approvals.get(runId)).toMatchObject({ state: 'done', args: '{}' });
  });

  it('takes one decision: a second is refused naming the first, and an unknown run is not_found', async () => {
    const runId = await park(executor, freshRepo());
    // The second decider is another handle on the same store, as the CLI beside a server.
    const other = await openExecutor();
    other.approvals.decide(runId, 'approve', 'cli:alice');
    const second = thrownBy(() => executor.approvals.decide(runId, 'decline', 'mcp:bob'));
    expect(isExecutorError(second) && second.message).toContain('already approved by cli:alice');
    expect(executor.approvals.get(runId)).toMatchObject({ state: 'approved', decidedBy: 'cli:alice' });

    const unknown = thrownBy(() => executor.approvals.decide('run_nope', 'approve', 'test'));
    expect(isExecutorError(unknown) && unknown.code).toBe('not_found');
  });

  it('reports a declined call as approval_declined and never runs it', async () => {
    const repo = freshRepo();
    const runId = await park(executor, repo);
    executor.approvals.decide(runId, 'decline', 'test');
    expect(executor.runs.get(runId)).toMatchObject({ status: 'declined', approval: 'declined', errorCode: 'approval_declined' });
    const resumed = await executor.resumeCall(runId);
    expect(errorOf(resumed)).toMatchObject({ code: 'approval_declined', message: expect.stringContaining('declined by test') });
    expect(requestsTo('POST', repo)).toBe(0);
  });

  it('is blocked on resume when a block rule was set after its approval', async () => {
    const repo = freshRepo();
    const runId = await park(executor, repo);
    executor.approvals.decide(runId, 'approve', 'test');
    executor.policies.set({ source: 'github', tools: 'issues.*', action: 'block' });
    const resumed = await executor.resumeCall(runId);
    expect(errorOf(resumed).code).toBe('blocked');
    expect(requestsTo('POST', repo)).toBe(0);
    expect(executor.runs.get(runId)).toMatchObject({ status: 'blocked', policy: 'block', approval: 'approved' });
  });

  // `executor-mcp policies set … block` runs in its own process: a server already running must see it.
  it('is blocked on resume when another process set the block rule after its approval', async () => {
    const repo = freshRepo();
    const runId = await park(executor, repo);
    const cli = await openExecutor();
    cli.approvals.decide(runId, 'approve', 'cli:alice');
    cli.policies.set({ source: 'github', tools: 'issues.*', action: 'block' });
    try {
      const resumed = await executor.resumeCall(runId);
      expect(resumed.ok).toBe(false);
      expect(requestsTo('POST', repo)).toBe(0);
    } finally {
      cli.policies.remove({ source: 'github', tools: 'issues.*' });
    }
  });

  it('runs at once when the caller approves it up front, recording who did', async () => {
    const repo = freshRepo();
    const result = await executor.execute(`${WORK}.issues.create`, { owner: 'octo', repo, title: 'now' }, { surface: 'cli', preApprovedBy: 'cli:alice' });
    expect(result).toMatchObject({ ok: true, data: { title: 'now' } });
    expect(requestsTo('POST', repo)).toBe(1);
    expect(executor.runs.get(result.runId)).toMatchObject({
      status: 'succeeded',
      policy: 'require_approval',
      approval: 'approved',
      decidedBy: 'cli:alice',
      decidedAt: expect.any(Number),
    });
    expect(executor.approvals.get(result.runId)).toBeUndefined();
  });

  it('does not run a blocked call even when approved up front', async () => {
    executor.policies.set({ source: 'github', tools: 'issues.create', action: 'block' });
    const repo = freshRepo();
    const result = await executor.execute(`${WORK}.issues.create`, { owner: 'octo', repo, title: 'no' }, { surface: 'cli', preApprovedBy: 'cli:alice' });
    expect(errorOf(result).code).toBe('blocked');
    expect(requestsTo('POST', repo)).toBe(0);
  });
});

describe('the arguments preview', () => {
  it('masks credential-named fields, bounds long strings and redacts the connection secret; the runs table never holds it', async () => {
    const repo = freshRepo();
    const label = { name: 'n'.repeat(500), password: 'hunter2', apiKey: 'k-123', token: 't-456', authorization: 'Basic abc' };
    const runId = await park(executor, repo, { body: `see ${CANARY} here`, labels: [label] });
    const preview = executor.runs.get(runId)!.argsPreview!;
    const parsed = JSON.parse(preview) as { body: string; labels: Array<Record<string, string>> };
    expect(parsed.body).toBe(`see ${REDACTED} here`);
    expect(parsed.labels[0]).toMatchObject({ password: REDACTED, apiKey: REDACTED, token: REDACTED, authorization: REDACTED });
    expect(parsed.labels[0]!.name).toMatch(/^n{119}… \(500 chars\)$/);
    for (const value of ['hunter2', 'k-123', 't-456', 'Basic abc', CANARY]) expect(preview).not.toContain(value);

    // The queue keeps the exact arguments (the agent's own text) until the call is claimed to run.
    expect(dumpTable('approvals')).toContain(CANARY);
    executor.approvals.decide(runId, 'approve', 'test');
    const resumed = await executor.resumeCall(runId);
    expect(resumed.ok).toBe(true);
    // The upstream echoed the body back; responses are redacted before anyone reads them.
    expect(JSON.stringify(resumed)).not.toContain(CANARY);
    expect(upstream.requests.find((r) => r.method === 'POST' && r.path === `/repos/octo/${repo}/issues`)?.body).toContain(CANARY);

    expect(dumpTable('runs')).not.toContain(CANARY);
    expect(dumpTable('approvals')).not.toContain(CANARY);
    expect(dumpTable('run_calls')).not.toContain(CANARY);
  });

  it('redacts a failed call’s preview too', async () => {
    const result = await executor.execute(`${WORK}.issues.create`, { owner: 'octo', repo: freshRepo(), title: 't', token: CANARY }, { surface: 'sdk' });
    expect(errorOf(result).code).toBe('invalid_args');
    expect(executor.runs.get(result.runId)!.argsPreview).toContain(`"token":"${REDACTED}"`);
    expect(dumpTable('runs')).not.toContain(CANARY);
  });

  // A cut through a secret would leave a prefix no redaction recognises: the preview redacts before it cuts.
  it('never writes part of the connection secret when a long string is cut through it', async () => {
    const body = `${'a'.repeat(100)}${CANARY}`;
    const runId = await park(executor, freshRepo(), { body });
    const preview = executor.runs.get(runId)!.argsPreview!;
    expect(preview).not.toContain(CANARY.slice(0, 19));
  });
});

describe('config validation', () => {
  it('names a policy whose scope is not one of the scopes', () => {
    const error = thrownBy(() => parseConfig({ scopes: ['org', 'local'], policies: [{ source: 'github', action: 'allow', scope: 'team' }] }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('policies[0].scope');
    expect((error as ConfigError).message).toContain('org, local');
  });

  it('names a policy whose action is not one of allow, require_approval, block', () => {
    const error = thrownBy(() => parseConfig({ policies: [{ source: 'github', action: 'allow' }, { source: 'github', action: 'maybe' }] }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('policies[1].action');
  });
});

describe('expiry', () => {
  it('expires an undecided call after approvalTtlMs: deciding and resuming both say approval_expired', async () => {
    const short = await openExecutor({ approvalTtlMs: 50 });
    const repo = freshRepo();
    const runId = await park(short, repo);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const decided = thrownBy(() => short.approvals.decide(runId, 'approve', 'test'));
    expect(isExecutorError(decided) && decided.code).toBe('approval_expired');
    const resumed = await short.resumeCall(runId);
    expect(errorOf(resumed).code).toBe('approval_expired');
    expect(short.runs.get(runId)).toMatchObject({ status: 'failed', errorCode: 'approval_expired', approval: 'expired', decidedBy: 'ttl' });
    expect(short.approvals.get(runId)).toMatchObject({ state: 'expired' });
    expect(requestsTo('POST', repo)).toBe(0);
  });
});

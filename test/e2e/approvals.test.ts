import { specTypeSchemas, withInputRequired, type Client, type ElicitRequest } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/cli.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectHttp, connectStdio, startHttpServer, type Elicit, type Era, type StdioSession } from '../fixtures/mcp-clients.js';

// Policies and human approval end to end: a real MCP client (both protocol eras, stdio and HTTP) against the
// built server, a GitHub upstream on 127.0.0.1 that counts the requests it receives, and the CLI as the human.

const CREATE = 'github.local.work.issues.create';
const LIST = 'github.local.work.issues.list_for_repo';
const ISSUE = { owner: 'octo', repo: 'hello', title: 'Found a bug', body: 'details' };

type Structured = Record<string, any>;

let upstream: GithubUpstream;
let home: ExecutorHome;
/** Everything any client saw or the CLI printed: the canary must be in none of it. */
const transcript: string[] = [];

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  transcript.push(JSON.stringify(result));
  return { structured: result.structuredContent as Structured, text: (result.content as { text: string }[])[0]!.text, isError: result.isError === true };
}

function cli(args: string[], env = home.env) {
  return runCli(args, env, transcript);
}

async function runRecord(id: string, env = home.env): Promise<Structured> {
  const { stdout } = await cli(['runs', 'show', id, '--json'], env);
  return JSON.parse(stdout) as Structured;
}

const posts = () => upstream.requests.filter((r) => r.method === 'POST').length;
const issueLists = () => upstream.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues')).length;

/** A human at the client: answers each approval question in turn, and keeps what was asked. */
function human(...answers: ('accept' | 'decline' | 'cancel')[]): Elicit & { asked: ElicitRequest['params'][] } {
  const asked: ElicitRequest['params'][] = [];
  const elicit = (request: ElicitRequest['params']) => {
    asked.push(request);
    transcript.push(JSON.stringify(request));
    const action = answers.shift() ?? 'decline';
    return action === 'accept' ? { action, content: {} } : { action };
  };
  return Object.assign(elicit, { asked });
}

/** A snippet that reads, writes (gated), then reads again. */
const READ_WRITE_READ = `
const before = await tools.${LIST.replace(/\./g, '.')}({ owner: 'octo', repo: 'hello' });
let created;
try {
  created = await tools.${CREATE}(${JSON.stringify(ISSUE)});
} catch (error) {
  created = { declined: error.code };
}
const after = await tools.${LIST}({ owner: 'octo', repo: 'hello', state: 'closed' });
return { before: before.length, created, after: after.length, at: Date.now(), pick: Math.random() };
`;

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome({
    ...githubConfig(upstream.url),
    policies: [{ source: 'github', tools: 'repos.delete', action: 'block' }],
  });
});

afterAll(async () => {
  await upstream?.close();
  home?.dispose();
  const all = transcript.join('\n');
  expect(all).not.toContain(CANARY);
});

describe.each<Era>(['legacy', 'modern'])('approval by elicitation over stdio (%s era)', (era) => {
  it('asks the human, naming the tool, the connection and the arguments, and runs the call on accept', async () => {
    const answer = human('accept');
    const session = await connectStdio(home.env, [], era, answer);
    try {
      const before = posts();
      const { structured, isError } = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
      expect(isError).toBe(false);
      expect(structured).toMatchObject({ ok: true, data: { number: 42, title: 'Found a bug' } });
      expect(posts()).toBe(before + 1);
      expect(answer.asked).toHaveLength(1);
      const message = answer.asked[0]!.message;
      expect(message).toContain(CREATE);
      expect(message).toContain('connection: local.work');
      expect(message).toContain('"title":"Found a bug"');
      expect(message).not.toContain(CANARY);
      const run = await runRecord(structured.runId as string);
      expect(run).toMatchObject({ status: 'succeeded', policy: 'require_approval', approval: 'approved', connection: 'local.work' });
      expect(run.decidedBy).toBe('mcp:e2e-test-client (elicitation)');
    } finally {
      await session.close();
    }
  });

  it('does not call the upstream when the human declines or dismisses the question', async () => {
    const answer = human('decline', 'cancel');
    const session = await connectStdio(home.env, [], era, answer);
    try {
      const before = posts();
      const declined = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
      expect(declined.isError).toBe(true);
      expect(declined.structured.error.code).toBe('approval_declined');
      const dismissed = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
      expect(dismissed.structured.error.code).toBe('approval_declined');
      expect(posts()).toBe(before);
      expect(await runRecord(declined.structured.runId as string)).toMatchObject({ status: 'declined', approval: 'declined', errorCode: 'approval_declined' });
      expect((await runRecord(dismissed.structured.runId as string)).decidedBy).toContain('dismissed');
    } finally {
      await session.close();
    }
  });

  it('never asks about, nor calls, a blocked tool', async () => {
    const answer = human('accept');
    const session = await connectStdio(home.env, [], era, answer);
    try {
      const count = upstream.requests.length;
      const { structured } = await call(session.client, 'execute', { address: 'github.local.work.repos.delete', args: { owner: 'octo', repo: 'hello' } });
      expect(structured.error.code).toBe('blocked');
      expect(structured.error.message).toContain('repos.delete');
      expect(upstream.requests.length).toBe(count);
      expect(answer.asked).toHaveLength(0);
      expect(await runRecord(structured.runId as string)).toMatchObject({ status: 'blocked', policy: 'block' });
    } finally {
      await session.close();
    }
  });

  it('pauses run_code at the gated write and, once approved, replays without repeating the earlier read', async () => {
    const answer = human('accept');
    const session = await connectStdio(home.env, [], era, answer);
    try {
      const [reads, writes] = [issueLists(), posts()];
      const { structured, isError } = await call(session.client, 'run_code', { code: READ_WRITE_READ });
      expect(isError).toBe(false);
      expect(structured.result).toMatchObject({ before: 3, created: { number: 42 }, after: 3 });
      expect(issueLists()).toBe(reads + 2);
      expect(posts()).toBe(writes + 1);
      expect(answer.asked[0]!.message).toContain(CREATE);
      const run = await runRecord(structured.runId as string);
      expect(run).toMatchObject({ status: 'succeeded', address: 'run_code' });
      expect(run.children.map((c: Structured) => c.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    } finally {
      await session.close();
    }
  });

  it('lets a snippet catch a declined call and go on', async () => {
    const session = await connectStdio(home.env, [], era, human('decline'));
    try {
      const writes = posts();
      const { structured } = await call(session.client, 'run_code', { code: READ_WRITE_READ });
      expect(structured.result).toMatchObject({ before: 3, created: { declined: 'approval_declined' }, after: 3 });
      expect(posts()).toBe(writes);
    } finally {
      await session.close();
    }
  });
});

describe('a client without elicitation', () => {
  let session: StdioSession;
  beforeAll(async () => {
    session = await connectStdio(home.env);
  });
  afterAll(async () => session?.close());

  it('gets approval_pending; the human approves with the CLI; resume runs the call exactly once', async () => {
    const before = posts();
    const pending = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
    expect(pending.isError).toBe(true);
    expect(pending.structured.error.code).toBe('approval_pending');
    const runId = pending.structured.runId as string;
    expect(pending.text).toContain(`executor-mcp approve ${runId}`);
    expect(posts()).toBe(before);

    const early = await call(session.client, 'resume', { runId });
    expect(early.structured.error.code).toBe('approval_pending');
    expect(posts()).toBe(before);

    const approved = await cli(['approve', runId]);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(CREATE);

    const resumed = await call(session.client, 'resume', { runId });
    expect(resumed.structured).toMatchObject({ ok: true, runId, data: { number: 42 } });
    expect(posts()).toBe(before + 1);
    const again = await call(session.client, 'resume', { runId });
    expect(again.isError).toBe(true);
    expect(again.structured.error.message).toContain('already ran');
    expect(posts()).toBe(before + 1);
    expect(await runRecord(runId)).toMatchObject({ status: 'succeeded', approval: 'approved' });
    expect((await runRecord(runId)).decidedBy).toMatch(/^cli/);
  });

  it('reports a denied call as approval_declined on resume', async () => {
    const before = posts();
    const pending = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
    const runId = pending.structured.runId as string;
    expect((await cli(['deny', runId])).code).toBe(0);
    const resumed = await call(session.client, 'resume', { runId });
    expect(resumed.structured.error.code).toBe('approval_declined');
    expect(posts()).toBe(before);
  });

  it('serves the run as a resource', async () => {
    const pending = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
    const runId = pending.structured.runId as string;
    const resource = await session.client.readResource({ uri: `executor://runs/${runId}` });
    const text = (resource.contents[0] as { text: string }).text;
    transcript.push(text);
    const body = JSON.parse(text) as Structured;
    expect(body.run).toMatchObject({ id: runId, status: 'pending_approval', address: CREATE, principal: 'mcp:e2e-test-client' });
    expect(body.approval).toMatchObject({ state: 'pending', address: CREATE });
    await expect(session.client.readResource({ uri: 'executor://runs/run_nope' })).rejects.toThrow();
  });

  it('keeps a paused snippet across a kill -9 of the server; after approval it resumes with each earlier call made once', async () => {
    const [reads, writes] = [issueLists(), posts()];
    const crashing = await connectStdio(home.env);
    const pending = await call(crashing.client, 'run_code', { code: READ_WRITE_READ });
    expect(pending.structured.error.code).toBe('approval_pending');
    const runId = pending.structured.runId as string;
    expect(issueLists()).toBe(reads + 1);
    process.kill(crashing.pid!, 'SIGKILL');
    await crashing.close().catch(() => undefined);

    expect((await cli(['approve', runId])).code).toBe(0);
    const restarted = await connectStdio(home.env);
    try {
      const resumed = await call(restarted.client, 'resume', { runId });
      expect(resumed.isError).toBe(false);
      expect(resumed.structured.result).toMatchObject({ before: 3, created: { number: 42 }, after: 3 });
      // The first read was answered from the record; the write and the last read ran once each.
      expect(issueLists()).toBe(reads + 2);
      expect(posts()).toBe(writes + 1);
      const run = await runRecord(runId);
      expect(run).toMatchObject({ status: 'succeeded', callCount: 3 });
    } finally {
      await restarted.close();
    }
  });
});

describe('approvals over HTTP', () => {
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    server = await startHttpServer(home.env);
  });
  afterAll(async () => server?.close());

  it('asks a 2026-07-28 client across stateless rounds (signed requestState) and runs on accept', async () => {
    const answer = human('accept');
    const client = await connectHttp(server.url, 'modern', answer);
    try {
      const before = posts();
      const { structured } = await call(client, 'execute', { address: CREATE, args: ISSUE });
      expect(structured).toMatchObject({ ok: true, data: { number: 42 } });
      expect(answer.asked).toHaveLength(1);
      expect(posts()).toBe(before + 1);
    } finally {
      await client.close();
    }
  });

  it('refuses a forged requestState and runs nothing; the genuine one, answered, runs the call once', async () => {
    const client = await connectHttp(server.url, 'modern', human('accept'));
    const schema = withInputRequired(specTypeSchemas.CallToolResult);
    const params = { name: 'execute', arguments: { address: CREATE, args: ISSUE } };
    try {
      const before = posts();
      const first = (await client.request({ method: 'tools/call', params }, schema, { allowInputRequired: true })) as Structured;
      expect(first.resultType).toBe('input_required');
      const state = first.requestState as string;
      const accept = { approval: { action: 'accept', content: {} } };
      // Another signature for the same body: the HMAC no longer verifies.
      const forged = `${state.slice(0, -4)}${state.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      await expect(
        client.request({ method: 'tools/call', params: { ...params, inputResponses: accept, requestState: forged } }, schema, { allowInputRequired: true }),
      ).rejects.toThrow(/Invalid or expired requestState/);
      expect(posts()).toBe(before);
      const done = (await client.request({ method: 'tools/call', params: { ...params, inputResponses: accept, requestState: state } }, schema, { allowInputRequired: true })) as Structured;
      expect(done.structuredContent).toMatchObject({ ok: true, data: { number: 42 } });
      expect(posts()).toBe(before + 1);
    } finally {
      await client.close();
    }
  });

  it('gives a 2025-era client over stateless HTTP (no server-to-client requests) approval_pending', async () => {
    const client = await connectHttp(server.url, 'legacy', human('accept'));
    try {
      const before = posts();
      const { structured } = await call(client, 'execute', { address: CREATE, args: ISSUE });
      expect(structured.error.code).toBe('approval_pending');
      expect(posts()).toBe(before);
    } finally {
      await client.close();
    }
  });
});

describe('approval lifetime', () => {
  let shortLived: ExecutorHome;
  beforeAll(() => {
    shortLived = createExecutorHome({ ...githubConfig(upstream.url), approvalTtlMs: 300 });
  });
  afterAll(() => shortLived?.dispose());

  it('refuses to approve or resume after the approval expired, with a clear error', async () => {
    const session = await connectStdio(shortLived.env);
    try {
      const before = posts();
      const pending = await call(session.client, 'execute', { address: CREATE, args: ISSUE });
      const runId = pending.structured.runId as string;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const late = await cli(['approve', runId], shortLived.env);
      expect(late.code).toBe(1);
      expect(late.stderr).toContain('approval_expired');
      const resumed = await call(session.client, 'resume', { runId });
      expect(resumed.structured.error.code).toBe('approval_expired');
      expect(resumed.structured.error.message).toContain('expired');
      expect(posts()).toBe(before);
      expect(await runRecord(runId, shortLived.env)).toMatchObject({ status: 'failed', approval: 'expired', errorCode: 'approval_expired' });
    } finally {
      await session.close();
    }
  });
});

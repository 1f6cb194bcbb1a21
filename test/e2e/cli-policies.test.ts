import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../fixtures/cli.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';


const CREATE_ISSUE = 'github.local.work.issues.create';
const GET_ISSUE = 'github.local.work.issues.get';

let upstream: GithubUpstream;
let home: ExecutorHome;
const outputs: string[] = [];

function cli(args: string[]): Promise<CliResult> {
  return runCli(args, home.env, outputs);
}

/** How many issue-creating requests reached the upstream. */
function issuePosts(): number {
  return upstream.requests.filter((r) => r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(r.path)).length;
}

/** A write through the CLI without --yes: it must park, and says under which run. */
async function parkedCall(title: string): Promise<string> {
  const result = await cli(['call', CREATE_ISSUE, JSON.stringify({ owner: 'o', repo: 'r', title })]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('approval_pending');
  const runId = /\(run (run_[a-z0-9]+)\)/.exec(result.stderr)?.[1];
  expect(runId).toBeDefined();
  return runId!;
}

async function shownRun(id: string) {
  const shown = await cli(['runs', 'show', id, '--json']);
  expect(shown.code).toBe(0);
  return JSON.parse(shown.stdout);
}

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
});

describe('executor-mcp policies', () => {
  it('lists a config-declared rule with origin config, and will not remove or change it', async () => {
    const listed = JSON.parse((await cli(['policies', 'list', '--json'])).stdout);
    expect(listed.policies).toEqual([expect.objectContaining({ scope: 'local', source: 'github', tools: 'repos.delete', action: 'block', origin: 'config' })]);
    const text = await cli(['policies', 'list']);
    expect(text.stdout).toMatch(/SCOPE\s+SOURCE\s+CONNECTION\s+TOOLS\s+ACTION\s+ORIGIN/);
    expect(text.stdout).toMatch(/local\s+github\s+\*\s+repos\.delete\s+block\s+config/);
    const removed = await cli(['policies', 'remove', '--source', 'github', '--tools', 'repos.delete']);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('is declared in the config file; remove it there');
    const changed = await cli(['policies', 'set', '--source', 'github', '--tools', 'repos.delete', '--action', 'allow']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('declared in the config file');
  });

  it('lists the policies the config file declares now, after it was edited', async () => {
    const original = readFileSync(home.configPath, 'utf8');
    const config = JSON.parse(original);
    config.policies.push({ source: 'github', connection: 'work', action: 'require_approval' });
    writeFileSync(home.configPath, JSON.stringify(config));
    try {
      const listed = JSON.parse((await cli(['policies', 'list', '--json'])).stdout);
      expect(listed.policies).toContainEqual(expect.objectContaining({ connection: 'work', action: 'require_approval', origin: 'config' }));
    } finally {
      writeFileSync(home.configPath, original);
    }
    const restored = JSON.parse((await cli(['policies', 'list', '--json'])).stdout);
    expect(restored.policies).toHaveLength(1);
  });

  it('sets, changes, lists and removes a rule, in text and --json', async () => {
    const set = await cli(['policies', 'set', '--source', 'github', '--connection', 'work', '--tools', 'issues.list*', '--action', 'block']);
    expect(set.code).toBe(0);
    expect(set.stdout.trim()).toBe('set block on github connection work (issues.list*) in scope local');
    const changed = await cli(['policies', 'set', '--source', 'github', '--connection', 'work', '--tools', 'issues.list*', '--action', 'allow', '--json']);
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({ set: { scope: 'local', source: 'github', connection: 'work', tools: 'issues.list*', action: 'allow' } });
    const again = await cli(['policies', 'set', '--source', 'github', '--connection', 'work', '--tools', 'issues.list*', '--action', 'require_approval']);
    expect(again.stdout).toContain('(was allow)');

    const text = await cli(['policies', 'list']);
    expect(text.stdout).toMatch(/local\s+github\s+work\s+issues\.list\*\s+require_approval\s+cli/);
    const listed = JSON.parse((await cli(['policies', 'list', '--json'])).stdout);
    expect(listed.policies).toContainEqual(expect.objectContaining({ connection: 'work', tools: 'issues.list*', action: 'require_approval', origin: 'cli' }));

    const removed = await cli(['policies', 'remove', '--source', 'github', '--connection', 'work', '--tools', 'issues.list*', '--json']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout).removed).toMatchObject({ source: 'github', connection: 'work', tools: 'issues.list*', action: 'require_approval' });
    const after = JSON.parse((await cli(['policies', 'list', '--json'])).stdout);
    expect(after.policies.map((p: { origin: string }) => p.origin)).toEqual(['config']);
  });

  it('notes a rule on a source the catalog does not know, and keeps it', async () => {
    const set = await cli(['policies', 'set', '--source', 'gihtub', '--action', 'block']);
    expect(set.code).toBe(0);
    expect(set.stderr).toContain('no source "gihtub" in the catalog');
    expect((await cli(['policies', 'remove', '--source', 'gihtub'])).code).toBe(0);
  });

  it('rejects a bad tool pattern naming tools', async () => {
    const result = await cli(['policies', 'set', '--source', 'github', '--tools', 'issues/create', '--action', 'block']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tools: must be a tool id or a pattern');
  });

  it('rejects a scope outside the executor, naming the scopes', async () => {
    const result = await cli(['policies', 'set', '--source', 'github', '--action', 'block', '--scope', 'org']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`scope "org" is not one of this executor's scopes (local)`);
  });

  it('rejects an unknown --action naming the allowed values, and a missing --source', async () => {
    const unknown = await cli(['policies', 'set', '--source', 'github', '--action', 'deny']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--action must be one of allow, require_approval, block, got "deny"');
    const missing = await cli(['policies', 'set', '--action', 'block']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('policies set needs --source');
    const badVerb = await cli(['policies', 'frob']);
    expect(badVerb.code).toBe(2);
  });

  it('says there is no such rule when removing one that does not exist', async () => {
    const result = await cli(['policies', 'remove', '--source', 'github', '--tools', 'issues.nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not_found: no policy on github tools issues.nope in scope local; see policies list');
  });
});

describe('executor-mcp approve / deny and gated calls', () => {
  it('parks a write called without --yes, and the upstream receives nothing', async () => {
    const before = issuePosts();
    const result = await cli(['call', CREATE_ISSUE, '{"owner":"o","repo":"r","title":"parked"}']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`approval_pending: ${CREATE_ISSUE} needs a human's approval`);
    expect(result.stderr).toMatch(/\(run run_[a-z0-9]+\)/);
    expect(result.stderr).toContain('repeat the call with --yes');
    const json = await cli(['call', CREATE_ISSUE, '{"owner":"o","repo":"r","title":"parked too"}', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'approval_pending' } });
    expect(issuePosts()).toBe(before);
    const shown = await shownRun(/\(run (run_[a-z0-9]+)\)/.exec(result.stderr)![1]!);
    expect(shown).toMatchObject({ status: 'pending_approval', policy: 'require_approval', connection: 'local.work' });
  });

  it('approves a parked call, records who, and refuses to approve it twice', async () => {
    const runId = await parkedCall('approve me');
    const approved = await cli(['approve', runId]);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(`approved ${CREATE_ISSUE} (run ${runId})`);
    expect(approved.stdout).toContain('connection: local.work');
    expect(approved.stdout).toContain('"title":"approve me"');
    expect(approved.stdout).toContain(`next: the agent can now resume run ${runId} (the \`resume\` tool)`);

    const shown = await shownRun(runId);
    expect(shown.approval).toBe('approved');
    expect(shown.decidedBy).toMatch(/^cli/);
    expect(shown.children).toEqual([]);

    const twice = await cli(['approve', runId]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already');
    expect(twice.stderr).toContain(`by ${shown.decidedBy}`);
    const denyAfter = await cli(['deny', runId]);
    expect(denyAfter.code).toBe(1);
    expect(denyAfter.stderr).toContain('already approved');
  });

  it('prints the approval and the run with --json, without the raw arguments', async () => {
    const runId = await parkedCall('json please');
    const approved = await cli(['approve', runId, '--json']);
    expect(approved.code).toBe(0);
    const out = JSON.parse(approved.stdout);
    expect(out.approval).toMatchObject({ runId, resumeId: runId, address: CREATE_ISSUE, state: 'approved' });
    expect(out.approval.decidedBy).toMatch(/^cli/);
    expect(out.approval).not.toHaveProperty('args');
    expect(out.run).toMatchObject({ id: runId, approval: 'approved', connection: 'local.work' });
    expect(out.run.argsPreview).toContain('json please');
  });

  it('denies a parked call: its run is declined', async () => {
    const runId = await parkedCall('deny me');
    const denied = await cli(['deny', runId]);
    expect(denied.code).toBe(0);
    expect(denied.stdout).toContain(`declined ${CREATE_ISSUE} (run ${runId})`);
    expect(denied.stdout).toContain('next: the call will report approval_declined');
    const shown = await shownRun(runId);
    expect(shown).toMatchObject({ status: 'declined', approval: 'declined', errorCode: 'approval_declined' });
    expect(shown.decidedBy).toMatch(/^cli/);
  });

  it('says no call waits under an unknown run, and needs exactly one run id', async () => {
    const unknown = await cli(['approve', 'run_nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('not_found: no call waits for approval under run run_nope');
    const readRun = JSON.parse((await cli(['call', GET_ISSUE, '{"owner":"o","repo":"r","issue_number":1}', '--json'])).stdout);
    const notGated = await cli(['deny', readRun.runId]);
    expect(notGated.code).toBe(1);
    expect(notGated.stderr).toContain('not_found');
    expect((await cli(['approve'])).code).toBe(2);
    expect((await cli(['deny', 'a', 'b'])).code).toBe(2);
  });

  it('approves a call parked inside a code-mode run by the run_code run id', async () => {
    const snippet = join(home.home, 'create.ts');
    writeFileSync(snippet, `return await tools.github.local.work.issues.create({ owner: 'o', repo: 'r', title: 'from code' });`);
    const before = issuePosts();
    const ran = await cli(['run', snippet, '--json']);
    expect(ran.code).toBe(1);
    const result = JSON.parse(ran.stdout);
    expect(result.error.code).toBe('approval_pending');
    expect(issuePosts()).toBe(before);

    const approved = await cli(['approve', result.runId, '--json']);
    expect(approved.code).toBe(0);
    const out = JSON.parse(approved.stdout);
    expect(out.approval).toMatchObject({ resumeId: result.runId, address: CREATE_ISSUE, state: 'approved' });
    expect(out.run.parentId).toBe(result.runId);

    const parent = await shownRun(result.runId);
    expect(parent.children).toEqual([expect.objectContaining({ id: out.approval.runId, address: CREATE_ISSUE, approval: 'approved' })]);
    const text = await cli(['runs', 'show', result.runId]);
    expect(text.stdout).toMatch(/children:\n\s+ID\s+STATUS\s+ADDRESS\s+ERROR\n\s+run_[a-z0-9]+\s+pending_approval\s+github\.local\.work\.issues\.create/);
  });

  it('runs a write at once with --yes: one upstream request, approved by the CLI user', async () => {
    const before = issuePosts();
    const called = await cli(['call', CREATE_ISSUE, '{"owner":"o","repo":"r","title":"yes"}', '--yes', '--json']);
    expect(called.code).toBe(0);
    const result = JSON.parse(called.stdout);
    expect(result).toMatchObject({ ok: true, data: { number: 42, title: 'yes' } });
    expect(issuePosts()).toBe(before + 1);
    const shown = await shownRun(result.runId);
    expect(shown).toMatchObject({ status: 'succeeded', policy: 'require_approval', approval: 'approved' });
    expect(shown.decidedBy).toMatch(/^cli/);
  });

  it('blocks a call under a block rule set from the CLI, even with --yes, without reaching the upstream', async () => {
    expect((await cli(['policies', 'set', '--source', 'github', '--tools', 'issues.create', '--action', 'block'])).code).toBe(0);
    const before = issuePosts();
    const called = await cli(['call', CREATE_ISSUE, '{"owner":"o","repo":"r","title":"blocked"}']);
    expect(called.code).toBe(1);
    expect(called.stderr).toContain(`blocked: ${CREATE_ISSUE} is blocked by the policy block on github (issues.create) in scope local`);
    const forced = await cli(['call', CREATE_ISSUE, '{"owner":"o","repo":"r","title":"blocked"}', '--yes', '--json']);
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).error.code).toBe('blocked');
    expect(issuePosts()).toBe(before);
    expect((await cli(['policies', 'remove', '--source', 'github', '--tools', 'issues.create'])).code).toBe(0);
  });

  it('lists runs with their policy', async () => {
    const listed = await cli(['runs', 'list', '--address', CREATE_ISSUE, '--limit', '3']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/ID\s+STARTED\s+STATUS\s+MS\s+POLICY\s+ADDRESS\s+ERROR/);
    expect(listed.stdout).toMatch(/blocked\s+[\d.]+\s+block\s+github\.local\.work\.issues\.create\s+blocked/);
  });

  it('never prints the canary', () => {
    expect(outputs.length).toBeGreaterThan(40);
    expect(outputs.join('\n')).not.toContain(CANARY);
  });
});

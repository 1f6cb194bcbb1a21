// Policies, approvals and the run record (issue 5): what resolving a policy and recording a run add to each
// execute, and whether the run record keeps up with 1,000 concurrent calls without losing one. One process, a
// local upstream on 127.0.0.1 built from GitHub's real description, on-disk SQLite (WAL) in throwaway homes.
// `npm run bench:approvals`
import Database from 'better-sqlite3';
import { subscribe } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import { databasePathIn, hashArgs, outputOf, previewArgs, type ExecuteResult, type ExecutorHandle, type PolicyRuleConfig } from '../core/index.js';
import { openRuntime, type Runtime } from '../server/runtime.js';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../test/fixtures/executor-home.js';
import { startGithubUpstream } from '../test/fixtures/github-upstream.js';
import { summarize } from './stats.js';

const CALLS = 5_001;
const WARM_UP = 300;
// The four paths in a cycle where each follows every other exactly once (repeated, the last leads to the
// first), so the state a call leaves behind (hot code and caches, a warm connection) favours none of them: a
// plain rotation puts (b) after the direct fetch three times in four, which costs it ~10 µs against (d).
const ORDER = [0, 1, 2, 3, 0, 2, 1, 3, 2, 0, 3, 1] as const;
const RESOLVE_ITERATIONS = 200_000;
const RECORD_ITERATIONS = 20_000;
const BATCH = 1_000;
const BATCH_REPEATS = 3;
const READ = 'github.local.work.issues.get';
const READ_ARGS = { owner: 'octo', repo: 'hello', issue_number: 7 };
const WRITE = 'github.local.work.issues.create';
const WRITE_ARGS = { owner: 'octo', repo: 'hello', title: 'Bench', body: 'parked, never sent' };

// Rules on our source: six patterns match issues.get (all allow; `issues.get*` is the most specific and
// decides), none matches issues.create (it keeps the default, require_approval); the rest aim elsewhere.
const GITHUB_RULES: PolicyRuleConfig[] = [
  { source: 'github', tools: 'issues.get*', action: 'allow' },
  { source: 'github', tools: 'issues.g*', action: 'allow' },
  { source: 'github', tools: 'issues.*et', action: 'allow' },
  { source: 'github', tools: '*s.get', action: 'allow' },
  { source: 'github', tools: '*.get', action: 'allow' },
  { source: 'github', tools: '*get*', action: 'allow' },
  { source: 'github', tools: 'repos.*', action: 'require_approval' },
  { source: 'github', tools: 'repos.delete*', action: 'block' },
  { source: 'github', tools: 'pulls.*', action: 'require_approval' },
  { source: 'github', tools: 'actions.*', action: 'require_approval' },
  { source: 'github', tools: 'orgs.*', action: 'block' },
  { source: 'github', tools: 'users.get*', action: 'allow' },
  { source: 'github', tools: 'gists.create', action: 'allow' },
  { source: 'github', connection: 'work', tools: 'repos.delete*', action: 'block' },
  { source: 'github', connection: 'work', tools: 'orgs.*', action: 'block' },
  { source: 'github', connection: 'work', tools: 'pulls.merge', action: 'require_approval' },
  { source: 'github', connection: 'personal', action: 'block' },
  { source: 'github', connection: 'personal', tools: 'issues.*', action: 'allow' },
  { source: 'github', connection: 'personal', tools: '*.get', action: 'allow' },
];
// The same shapes on other sources, so most rules are rejected on their source, as in a real catalog.
const OTHER_SOURCE_RULES: Omit<PolicyRuleConfig, 'source'>[] = [
  { action: 'allow' },
  { tools: '*.delete*', action: 'block' },
  { tools: 'issues.get*', action: 'require_approval' },
  { connection: 'work', action: 'require_approval' },
  { connection: 'prod', tools: '*.list*', action: 'allow' },
];

type Call = () => Promise<unknown>;

const failures: string[] = [];
// New upstream connections, counted from fetch's own diagnostics: a batch that has to open many pays for it.
let connects = 0;
subscribe('undici:client:connected', () => connects++);
const upstream = await startGithubUpstream(CANARY);
const homes: ExecutorHome[] = [];
const runtimes: Runtime[] = [];
try {
  // One executor (and database) per rule set, so the variants can alternate call by call.
  const open = async (rules: readonly PolicyRuleConfig[]) => {
    const home = createExecutorHome(githubConfig(upstream.url));
    homes.push(home);
    const runtime = await openRuntime({ configPath: home.configPath, env: home.env, embeddingModel: false });
    runtimes.push(runtime);
    for (const rule of rules) runtime.executor.policies.set(rule);
    return { executor: runtime.executor, databasePath: databasePathIn(home.home) };
  };
  const none = await open([]);
  const many = await open(manyRules());
  const exact = await open([{ source: 'github', tools: 'issues.get', action: 'allow' }]);
  checkResolution(none.executor, 0, undefined);
  checkResolution(many.executor, 200, 'issues.get*');
  checkResolution(exact.executor, 1, 'issues.get');
  const createEntry = many.executor.catalog.lookup(WRITE);
  const createPolicy = many.executor.policies.resolve(createEntry);
  check(createPolicy.action === 'require_approval' && !createPolicy.rule, `${WRITE} keeps its default policy under the 200 rules`);

  // 1. Per-call latency, the four paths alternating call by call.
  const direct: Call = async () => {
    const response = await fetch(`${upstream.url}/repos/octo/hello/issues/7`, {
      headers: { authorization: `Bearer ${CANARY}`, accept: 'application/json' },
    });
    return response.json();
  };
  const paths: Call[] = [direct, viaExecute(none.executor), viaExecute(many.executor), viaExecute(exact.executor)];
  const samples: number[][] = paths.map(() => []);
  for (let i = 0; i < WARM_UP; i++) for (const call of paths) await call();
  for (let cycle = 0; cycle < CALLS / 3; cycle++) {
    for (const index of ORDER) {
      const started = performance.now();
      await paths[index]!();
      samples[index]!.push(performance.now() - started);
    }
    if (upstream.requests.length > 1000) upstream.requests.length = 0;
  }
  const [a, b, c, d] = samples.map(summarize) as [Stats, Stats, Stats, Stats];
  const pairedAdded = summarize(samples[2]!.map((value, i) => value - samples[1]![i]!)).p50;

  // 2. Micro-costs: the pieces the added cost is made of.
  const resolveNs = [none, exact, many].map(({ executor }) => {
    const entry = executor.catalog.lookup(READ);
    return nsPerOp(RESOLVE_ITERATIONS, () => executor.policies.resolve(entry).action === 'allow');
  });
  const fieldsUs = nsPerOp(RECORD_ITERATIONS, () => previewArgs(READ_ARGS, [CANARY]).length > hashArgs(READ_ARGS).length) / 1000;
  const { runs } = none.executor;
  const record = {
    scope: none.executor.scopes[0]!,
    surface: 'sdk' as const,
    principal: 'sdk:micro',
    address: 'bench.micro',
    connection: 'local.work',
    argsHash: hashArgs(READ_ARGS),
    argsPreview: previewArgs(READ_ARGS),
  };
  const startFinishUs = nsPerOp(RECORD_ITERATIONS, () => {
    const run = runs.start(record);
    runs.finish(run.id, { status: 'succeeded', durationMs: 0.5, outputBytes: 300 });
    return true;
  }) / 1000;
  const withPolicyUs = nsPerOp(RECORD_ITERATIONS, () => {
    const run = runs.start(record);
    runs.update(run.id, { policy: 'allow' });
    runs.finish(run.id, { status: 'succeeded', durationMs: 0.5, outputBytes: 300 });
    return true;
  }) / 1000;

  // 3. Throughput: 1,000 concurrent calls, every run counted from a second connection to the file. The first
  // batch opens 1,000 connections at once, past the listener's backlog (Node's default 511), so some wait for
  // a SYN retry and one may be reset: it is reported apart, and each timed batch says how many it opened.
  const cold = await readBatch(many.executor, many.databasePath, 'read-cold', true);
  const reads: Batch[] = [];
  const writes: Batch[] = [];
  for (let round = 1; round <= BATCH_REPEATS; round++) {
    reads.push(await readBatch(many.executor, many.databasePath, `read-${round}`));
    writes.push(await writeBatch(many.executor, many.databasePath, `write-${round}`));
  }

  const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;
  const row = (label: string, s: Stats) => console.log(`${label.padEnd(44)}${s.p50.toFixed(3).padStart(8)}${s.p99.toFixed(3).padStart(8)}${s.mean.toFixed(3).padStart(8)}`);
  console.log(`latency, ${a.n} calls per path of ${READ} against 127.0.0.1 (paths alternate call by call), ms`);
  console.log(`${''.padEnd(44)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'mean'.padStart(8)}`);
  row('(a) direct fetch', a);
  row('(b) execute, no rules', b);
  row('(c) execute, 200 rules (a pattern decides)', c);
  row('(d) execute, 1 exact allow rule', d);
  console.log(`ratios p50 (mean): b/a ${(b.p50 / a.p50).toFixed(2)}x (${(b.mean / a.mean).toFixed(2)}x)  c/b ${(c.p50 / b.p50).toFixed(3)}x (${(c.mean / b.mean).toFixed(3)}x)  d/b ${(d.p50 / b.p50).toFixed(3)}x`);
  console.log(`added by 200 rules (c - b): p50 ${us(c.p50 - b.p50)}, mean ${us(c.mean - b.mean)}, median of paired differences ${us(pairedAdded)}`);
  console.log(`added by execute (b - a): p50 ${us(b.p50 - a.p50)}, mean ${us(b.mean - a.mean)}`);
  console.log(`micro: policies.resolve ${resolveNs.map((ns, i) => `${[0, 1, 200][i]} rules ${ns.toFixed(0)} ns`).join(', ')} (${RESOLVE_ITERATIONS} ops each)`);
  console.log(`micro: hashArgs + previewArgs ${fieldsUs.toFixed(2)} µs; runs.start + finish ${startFinishUs.toFixed(1)} µs; start + update(policy) + finish ${withPolicyUs.toFixed(1)} µs (${RECORD_ITERATIONS} ops each)`);
  console.log(`throughput, ${BATCH} concurrent execute on the 200-rule executor: wall ms [new connections] per batch`);
  const coldNote = cold.failed.length === 0 ? 'all succeeded' : `${cold.failed.length} failed, each recorded as failed: ${[...new Set(cold.failed)].join(' | ')}`;
  console.log(`  read, cold   ${formatBatch(cold)} (${coldNote})`);
  console.log(`  read  x${BATCH_REPEATS}     ${reads.map(formatBatch).join(' / ')} -> median ${perSecond(median(reads))} calls/s`);
  console.log(`  write x${BATCH_REPEATS}     ${writes.map(formatBatch).join(' / ')} -> median ${perSecond(median(writes))} calls/s (all parked, 0 sent)`);
} finally {
  for (const runtime of runtimes) await runtime.close();
  await upstream.close();
  for (const home of homes) home.dispose();
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  process.exit(1);
}
console.log(`all checks passed: ${(BATCH_REPEATS * 2 + 1) * BATCH} batch runs counted, none lost`);

type Stats = ReturnType<typeof summarize>;

function viaExecute(executor: ExecutorHandle): Call {
  return async () => {
    const result = await executor.execute(READ, READ_ARGS, { surface: 'sdk' });
    if (!result.ok) throw new Error(result.error.message);
    return outputOf(result);
  };
}

/** 200 rules: ours on github, then the same shapes over 37 other sources. */
function manyRules(): PolicyRuleConfig[] {
  const rules = [...GITHUB_RULES];
  for (let n = 0; rules.length < 200; n++) {
    for (const shape of OTHER_SOURCE_RULES) if (rules.length < 200) rules.push({ ...shape, source: `svc${String(n).padStart(2, '0')}` });
  }
  return rules;
}

function checkResolution(executor: ExecutorHandle, count: number, decidingPattern: string | undefined): void {
  const policy = executor.policies.resolve(executor.catalog.lookup(READ));
  check(executor.policies.list().length === count, `${count} rules are set`);
  check(policy.action === 'allow' && policy.rule?.tools === decidingPattern, `${READ} is allowed by ${decidingPattern ?? 'its default'} with ${count} rules`);
}

/** Nanoseconds per call of `op`, after a warm-up of a tenth as many; `op` returns true so its work is used. */
function nsPerOp(iterations: number, op: () => boolean): number {
  const warmUp = Math.ceil(iterations / 10);
  let kept = 0;
  for (let i = 0; i < warmUp; i++) if (op()) kept++;
  const started = performance.now();
  for (let i = 0; i < iterations; i++) if (op()) kept++;
  const elapsed = performance.now() - started;
  check(kept === warmUp + iterations, 'every micro-benchmark op did its work');
  return (elapsed * 1e6) / iterations;
}

interface Batch {
  ms: number;
  connects: number;
  /** Upstream requests received during the batch. */
  requests: number;
  /** `code: message` of each call that did not succeed (or was not parked). */
  failed: string[];
}

/**
 * A batch of reads. Every run must be recorded whatever happens; in a `cold` batch a call the loopback
 * listener resets is reported (its run must say `failed`), not fatal.
 */
async function readBatch(executor: ExecutorHandle, databasePath: string, client: string, cold = false): Promise<Batch> {
  const { batch, results } = await fireBatch(executor, READ, READ_ARGS, client, (r) => r.ok);
  const counted = countBatch(databasePath, client, results);
  check(counted.byId === BATCH && counted.total === BATCH, `${client}: ${counted.byId} runs found by id, ${counted.total} by principal`);
  const failed = batch.failed.length;
  const expected = failed === 0 ? `succeeded:${BATCH}` : `failed:${failed},succeeded:${BATCH - failed}`;
  check(counted.statuses === expected, `${client}: run statuses ${counted.statuses}, expected ${expected}`);
  if (!cold) {
    check(failed === 0, `${client}: ${failed} calls failed: ${[...new Set(batch.failed)].join(' | ')}`);
    check(batch.requests === BATCH, `${client}: the upstream got ${batch.requests} of ${BATCH} requests`);
  }
  return batch;
}

/** A batch of writes under the default policy: each must be parked, none sent. */
async function writeBatch(executor: ExecutorHandle, databasePath: string, client: string): Promise<Batch> {
  const { batch, results } = await fireBatch(executor, WRITE, WRITE_ARGS, client, (r) => !r.ok && r.error.code === 'approval_pending');
  check(batch.failed.length === 0, `${client}: ${batch.failed.length} calls were not parked: ${[...new Set(batch.failed)].join(' | ')}`);
  check(batch.requests === 0, `${client}: ${batch.requests} requests reached the upstream`);
  const counted = countBatch(databasePath, client, results);
  check(counted.byId === BATCH && counted.total === BATCH, `${client}: ${counted.byId} runs found by id, ${counted.total} by principal`);
  check(counted.statuses === `pending_approval:${BATCH}`, `${client}: run statuses ${counted.statuses}`);
  check(counted.approvals === `pending:${BATCH}`, `${client}: approvals ${counted.approvals}`);
  return batch;
}

async function fireBatch(executor: ExecutorHandle, address: string, args: unknown, client: string, expected: (r: ExecuteResult) => boolean) {
  upstream.requests.length = 0;
  connects = 0;
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: BATCH }, () => executor.execute(address, args, { surface: 'sdk', client })));
  const ms = performance.now() - started;
  const failed = results.flatMap((r) => (expected(r) ? [] : [r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`]));
  const batch: Batch = { ms, connects, requests: upstream.requests.length, failed };
  return { batch, results };
}

/** The batch's runs and approvals as another connection to the file sees them: by returned id and by principal. */
function countBatch(databasePath: string, client: string, results: readonly ExecuteResult[]) {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const ids = JSON.stringify([...new Set(results.map((r) => r.runId))]);
    const byId = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM runs WHERE id IN (SELECT value FROM json_each(?))').get(ids)!.n;
    const statuses = db
      .prepare<[string], { status: string; n: number }>('SELECT status, count(*) AS n FROM runs WHERE principal = ? GROUP BY status ORDER BY status')
      .all(`sdk:${client}`);
    const approvals = db
      .prepare<[string], { state: string; n: number }>(
        'SELECT a.state, count(*) AS n FROM approvals a JOIN runs r ON r.id = a.run_id WHERE r.principal = ? GROUP BY a.state ORDER BY a.state',
      )
      .all(`sdk:${client}`);
    return {
      byId,
      total: statuses.reduce((sum, s) => sum + s.n, 0),
      statuses: statuses.map((s) => `${s.status}:${s.n}`).join(','),
      approvals: approvals.map((s) => `${s.state}:${s.n}`).join(','),
    };
  } finally {
    db.close();
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) failures.push(what);
}

function median(batches: readonly Batch[]): number {
  return summarize(batches.map((b) => b.ms)).p50;
}

function formatBatch(batch: Batch): string {
  return `${batch.ms.toFixed(0)} [${batch.connects}]`;
}

function perSecond(ms: number): string {
  return Math.round((BATCH * 1000) / ms).toLocaleString('en-US');
}

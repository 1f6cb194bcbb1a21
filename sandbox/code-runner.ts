import { createHash, randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import {
  approvalPendingError,
  errorFromUnknown,
  errorShapeFrom,
  ExecutorError,
  hashArgs,
  outputOf,
  type ExecutorHandle,
  type RecordedCall,
  type ResultHandle,
  type RunId,
  type Surface,
} from '../core/index.js';
import type { HostCallName, Sandbox } from './sandbox.js';
import { ReplayRecord } from './replay-record.js';
import { ResultCalls } from './result-calls.js';
import { atSnippetColumn, errorFromSandbox, withSource, type SnippetErrorShape } from './snippet-error.js';
import { transpileSnippet } from './typescript/index.js';

export interface CodeRunnerOptions {
  executor: ExecutorHandle;
  sandbox: Sandbox;
  /** Catalog search as the snippet sees it (`await search(query, {limit, source})`). */
  search: (query: string, options: { limit?: number; source?: string }) => Promise<unknown>;
  /** A tool's description as the snippet sees it (`await describe(address)`). */
  describe: (address: string) => unknown;
  /** Deadline when the request names none. Default 30 s. */
  defaultTimeoutMs?: number;
  /** Upper bound on a requested deadline. Default 120 s. */
  maxTimeoutMs?: number;
}

export interface RunCodeRequest {
  /** TypeScript: the body of an async function. */
  code: string;
  timeoutMs?: number;
  surface: Surface;
  client?: string;
  /** A return value whose JSON is larger comes back as a stored handle. Absent: always inline. */
  inlineBudgetBytes?: number;
}

export type RunCodeResult =
  | { ok: true; runId: RunId; result: unknown; logs: string[]; calls: number }
  | { ok: true; runId: RunId; handle: ResultHandle; logs: string[]; calls: number }
  | { ok: false; runId: RunId; error: SnippetErrorShape; logs: string[]; calls: number };

const ToolPayload = z.object({ address: z.string(), args: z.record(z.string(), z.unknown()).optional() });
const SearchPayload = z.object({ query: z.string(), limit: z.number().int().min(1).max(50).optional(), source: z.string().optional() });
const DescribePayload = z.object({ address: z.string() });

/** Who resumes a paused snippet, for the record. */
export interface ResumeRequest {
  surface: Surface;
  client?: string;
  inlineBudgetBytes?: number;
}

/** One execution of a snippet: a first run, or a replay after an approval. */
interface Attempt {
  runId: RunId;
  code: string;
  seed: number;
  clock: readonly number[];
  timeoutMs: number;
  started: number;
  /** Host calls already answered (a replay answers these from the record). */
  recorded: readonly RecordedCall[];
  /** The gated call the snippet waited on, answered live (once) when the replay reaches it. */
  waitingRunId?: RunId;
  client?: string;
  /** Who the run belongs to and its return value's inline budget, for a large result's handle. */
  principal: string;
  inlineBudgetBytes?: number;
}

/**
 * Runs agent snippets: TypeScript in, one Run out. The snippet's tool calls go through `executor.execute`
 * like any other call (each a child run), so code mode re-implements no policy, secret or record keeping.
 * Every host call is recorded with its answer, and the run keeps its seed and clock, for replay: a call that
 * needs approval stops the snippet (pending), and after the decision the snippet runs again from the top with
 * every completed call answered from the record, so no side effect happens twice.
 */
export class CodeRunner {
  readonly #options: CodeRunnerOptions;
  readonly #resultCalls: ResultCalls;

  constructor(options: CodeRunnerOptions) {
    this.#options = options;
    this.#resultCalls = new ResultCalls(options.executor.results.store);
  }

  async run(request: RunCodeRequest): Promise<RunCodeResult> {
    const { executor } = this.#options;
    const started = performance.now();
    const seed = randomInt(0, 2 ** 31 - 1);
    const run = executor.runs.start({
      scope: executor.scopes[executor.scopes.length - 1]!,
      surface: request.surface,
      principal: request.client ? `${request.surface}:${request.client}` : request.surface,
      address: 'run_code',
      argsHash: createHash('sha256').update(request.code).digest('hex').slice(0, 32),
      codeSeed: seed,
    });
    return this.#attempt({
      runId: run.id,
      code: request.code,
      seed,
      clock: [],
      timeoutMs: this.#timeoutFor(request),
      started,
      recorded: [],
      principal: run.principal,
      ...(request.inlineBudgetBytes !== undefined ? { inlineBudgetBytes: request.inlineBudgetBytes } : {}),
      ...(request.client ? { client: request.client } : {}),
    });
  }

  /** Continues a snippet paused for approval; says why when it cannot (unknown, not paused, still pending). */
  async resume(runId: RunId, request: ResumeRequest): Promise<RunCodeResult> {
    const { executor } = this.#options;
    const run = executor.runs.get(runId);
    const paused = executor.pausedSnippets.get(runId);
    if (!run || run.address !== 'run_code' || !paused) {
      const why = run ? `it is ${run.status}, not waiting for approval` : 'no such run';
      return { ok: false, runId, error: { code: 'not_found', message: `run_code run ${runId} cannot be resumed: ${why}` }, logs: [], calls: 0 };
    }
    const waiting = executor.approvals.get(paused.waitingRunId);
    if (waiting?.state === 'pending') {
      return { ok: false, runId, error: approvalPendingError(waiting.address, runId, '; the snippet paused there'), logs: [], calls: run.callCount ?? 0 };
    }
    executor.runs.update(runId, { status: 'running' });
    return this.#attempt({
      runId,
      code: paused.code,
      seed: run.codeSeed ?? 0,
      clock: run.codeClock ?? [],
      timeoutMs: paused.timeoutMs,
      started: performance.now(),
      recorded: executor.runCalls.callsOf(runId),
      waitingRunId: paused.waitingRunId,
      principal: run.principal,
      ...(request.inlineBudgetBytes !== undefined ? { inlineBudgetBytes: request.inlineBudgetBytes } : {}),
      ...(request.client ? { client: request.client } : {}),
    });
  }

  async #attempt(attempt: Attempt): Promise<RunCodeResult> {
    const { executor } = this.#options;
    const { runId, code } = attempt;
    let calls = 0;
    let waitingReached = attempt.waitingRunId === undefined;
    const finish = (result: RunCodeResult, clock: readonly number[] = [], outputBytes = 0, outputHandle?: string): RunCodeResult => {
      executor.pausedSnippets.remove(runId);
      if (!waitingReached) this.#abandon(attempt.waitingRunId!);
      executor.runs.finish(runId, {
        status: result.ok ? 'succeeded' : 'failed',
        durationMs: performance.now() - attempt.started,
        callCount: calls,
        codeClock: [...clock],
        ...(result.ok ? { outputBytes, ...(outputHandle ? { outputHandle } : {}) } : { errorCode: result.error.code, errorMessage: result.error.message }),
      });
      return result;
    };

    const transpiled = transpileSnippet(code);
    if (!transpiled.ok) {
      const { message, line, column } = transpiled.error;
      const error = withSource({ code: 'sandbox_error', message: `SyntaxError: ${message}`, line, column }, code);
      return finish({ ok: false, runId, error, logs: [], calls: 0 });
    }

    // Set when the snippet cannot go on in this attempt; the sandbox run is then stopped where it stands.
    let stop: { waitingRunId: RunId; address: string } | { diverged: string } | undefined;
    const stopper = new AbortController();
    const halt = (reason: NonNullable<typeof stop>): string => {
      stop ??= reason;
      stopper.abort('diverged' in reason ? 'the snippet took another path on replay' : 'a call waits for approval');
      return STOPPED_ANSWER;
    };
    const replay = new ReplayRecord(attempt.recorded);
    const hostCall = async (name: HostCallName, payload: string): Promise<string> => {
      // Nothing new starts once the run is being stopped: the call would happen but never be replayed.
      if (stopper.signal.aborted) return STOPPED_ANSWER;
      // A stored result never changes: reading it again on replay is exact, and recording pages would copy them.
      if (name === 'results') {
        calls++;
        return this.#answerResults(payload);
      }
      const replayed = replay.take(name, payload);
      if (replayed) {
        calls++;
        return replayed.answer;
      }
      let live: HostAnswer;
      if (!waitingReached && name === 'tool' && this.#isWaitingCall(attempt.waitingRunId!, payload)) {
        waitingReached = true;
        live = await this.#answerWaiting(attempt.waitingRunId!);
      } else {
        // Before reaching the call it paused at, a replay must repeat what it did; a new call means another path.
        if (!waitingReached && replay.remaining > 0) {
          return halt({ diverged: `${describeCall(name, payload)} was not among its ${replay.remaining} unanswered earlier calls` });
        }
        live = await this.#answer(name, payload, runId, attempt.client);
      }
      if (live.pending) return halt({ waitingRunId: live.childRunId!, address: live.address! });
      calls++;
      executor.runCalls.record(runId, {
        seq: replay.allocateSeq(),
        kind: name,
        payload,
        answer: live.answer,
        ...(live.address !== undefined ? { address: live.address } : {}),
        ...(live.childRunId !== undefined ? { childRunId: live.childRunId } : {}),
      });
      return live.answer;
    };

    // Calls still in flight when the run stops (started together with the one that paused it) finish and are
    // recorded before the run is saved as paused, so a resume never starts without them.
    const inFlight = new Set<Promise<string>>();
    const trackedHostCall = (name: HostCallName, payload: string): Promise<string> => {
      const answer = hostCall(name, payload);
      inFlight.add(answer);
      const settled = () => inFlight.delete(answer);
      answer.then(settled, settled);
      return answer;
    };
    const outcome = await this.#options.sandbox.run({
      code: transpiled.code,
      timeoutMs: attempt.timeoutMs,
      seed: attempt.seed,
      clock: attempt.clock,
      hostCall: trackedHostCall,
      signal: stopper.signal,
    });
    if (stop) await Promise.allSettled([...inFlight]);
    // `stop` is assigned inside the host-call callback, which TypeScript's flow analysis does not follow.
    const stopped = stop as typeof stop;
    if (stopped && 'waitingRunId' in stopped) {
      executor.pausedSnippets.save({ runId, code, timeoutMs: attempt.timeoutMs, waitingRunId: stopped.waitingRunId });
      executor.runs.finish(runId, {
        status: 'pending_approval',
        durationMs: performance.now() - attempt.started,
        callCount: calls,
        codeClock: outcome.clock,
        errorCode: 'approval_pending',
      });
      return { ok: false, runId, error: approvalPendingError(stopped.address, runId, '; the snippet paused there'), logs: outcome.logs, calls };
    }
    if (stopped && 'diverged' in stopped) {
      const message = `the snippet cannot resume: on replay it did not repeat its earlier calls (${stopped.diverged}); nothing after that ran; run it again`;
      return finish({ ok: false, runId, error: { code: 'sandbox_error', message }, logs: outcome.logs, calls }, outcome.clock);
    }
    if (outcome.ok) {
      const result: unknown = JSON.parse(outcome.value);
      const bytes = Buffer.byteLength(outcome.value);
      if (attempt.inlineBudgetBytes !== undefined && bytes > attempt.inlineBudgetBytes) {
        const handle = executor.results.keep(outcome.value, result, { runId, scope: executor.scopes.at(-1)!, principal: attempt.principal });
        return finish({ ok: true, runId, handle, logs: outcome.logs, calls }, outcome.clock, bytes, handle.uri);
      }
      return finish({ ok: true, runId, result, logs: outcome.logs, calls }, outcome.clock, bytes);
    }
    const error = withSource(atSnippetColumn(errorFromSandbox(outcome.error, attempt.timeoutMs), code), code);
    return finish({ ok: false, runId, error, logs: outcome.logs, calls }, outcome.clock);
  }

  #timeoutFor(request: RunCodeRequest): number {
    const max = this.#options.maxTimeoutMs ?? 120_000;
    return Math.min(request.timeoutMs ?? this.#options.defaultTimeoutMs ?? 30_000, max);
  }

  #answerResults(payload: string): string {
    try {
      return this.#resultCalls.answer(safeJson(payload), CODE_INLINE_BUDGET_BYTES);
    } catch (thrown) {
      return JSON.stringify({ ok: false, error: errorShapeFrom(errorFromUnknown(thrown)) });
    }
  }

  /** Whether a tool call is the one the snippet paused at: the same address and the same arguments. */
  #isWaitingCall(waitingRunId: RunId, payload: string): boolean {
    const approval = this.#options.executor.approvals.get(waitingRunId);
    const parsed = ToolPayload.safeParse(safeJson(payload));
    return !!approval && parsed.success && parsed.data.address === approval.address && hashArgs(parsed.data.args ?? {}) === approval.argsHash;
  }

  /** The call the snippet paused at, reached again: it runs now if approved (once), or answers its decline. */
  async #answerWaiting(waitingRunId: RunId): Promise<HostAnswer> {
    const { executor } = this.#options;
    const result = await executor.resumeCall(waitingRunId, { inlineBudgetBytes: CODE_INLINE_BUDGET_BYTES });
    const address = executor.approvals.get(waitingRunId)?.address;
    if (!result.ok && result.error.code === 'approval_pending') return { answer: '', childRunId: waitingRunId, pending: true, ...(address ? { address } : {}) };
    const answer = result.ok ? okAnswer(outputOf(result)) : JSON.stringify({ ok: false, error: result.error });
    return { answer, childRunId: waitingRunId, ...(address ? { address } : {}) };
  }

  /** The snippet ended without making the call it paused at again: that call never runs, and its run says so. */
  #abandon(waitingRunId: RunId): void {
    const { executor } = this.#options;
    if (executor.approvals.claim(waitingRunId) === undefined) return;
    executor.runs.finish(waitingRunId, {
      status: 'failed',
      durationMs: 0,
      errorCode: 'sandbox_error',
      errorMessage: 'the snippet did not make this call again when it resumed, so it never ran',
    });
  }

  async #answer(name: HostCallName, payload: string, parentRunId: RunId, client: string | undefined): Promise<HostAnswer> {
    try {
      const raw: unknown = JSON.parse(payload);
      switch (name) {
        case 'tool': {
          const { address, args } = parsePayload(ToolPayload, raw, 'tools.<address>(args)');
          const result = await this.#options.executor.execute(address, args ?? {}, {
            surface: 'code',
            parentRunId,
            inlineBudgetBytes: CODE_INLINE_BUDGET_BYTES,
            ...(client ? { client } : {}),
          });
          if (!result.ok && result.error.code === 'approval_pending') return { answer: '', address, childRunId: result.runId, pending: true };
          const answer = result.ok ? okAnswer(outputOf(result)) : JSON.stringify({ ok: false, error: result.error });
          return { answer, address, childRunId: result.runId };
        }
        case 'search': {
          const { query, ...options } = parsePayload(SearchPayload, raw, 'search(query, {limit?, source?})');
          return { answer: okAnswer(await this.#options.search(query, options)) };
        }
        case 'describe': {
          const { address } = parsePayload(DescribePayload, raw, 'describe(address)');
          return { answer: okAnswer(this.#options.describe(address)), address };
        }
        case 'results':
          return { answer: this.#answerResults(payload) };
      }
    } catch (thrown) {
      return { answer: JSON.stringify({ ok: false, error: errorShapeFrom(errorFromUnknown(thrown)) }) };
    }
  }
}

interface HostAnswer {
  answer: string;
  address?: string;
  childRunId?: RunId;
  /** The call waits for approval: the snippet stops here. */
  pending?: boolean;
}

/**
 * A tool result larger than this reaches a snippet as a handle (`results.get` / `results.query` read it): the
 * sandbox's heap is 64 MiB, and a result is copied in as text and parsed there, so a few MiB is the most one
 * call may bring in at once.
 */
export const CODE_INLINE_BUDGET_BYTES = 4 * 1024 * 1024;

/** What a host call gets when the run is being stopped; the sandbox drops it, as the run is over by then. */
const STOPPED_ANSWER = JSON.stringify({ ok: false, error: { code: 'internal_error', message: 'stopped' } });

function describeCall(kind: string, payload: string): string {
  const parsed = safeJson(payload) as { address?: unknown; query?: unknown } | undefined;
  if (kind === 'tool' && typeof parsed?.address === 'string') return `tools.${parsed.address}(…)`;
  if (kind === 'search' && typeof parsed?.query === 'string') return `search(${JSON.stringify(parsed.query)})`;
  return `${kind}(…)`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function okAnswer(value: unknown): string {
  return `{"ok":true,"value":${JSON.stringify(value) ?? 'null'}}`;
}

function parsePayload<T>(schema: z.ZodType<T>, raw: unknown, usage: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ExecutorError('invalid_args', `${where}${issue?.message ?? 'bad call'}; usage: ${usage}`);
}

import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { authorizedFetch, type SecretValues } from './authorized-fetch.js';
import { secretRefsFor, type Catalog, type CatalogEntry } from './catalog.js';
import { ExecutorError, errorFromUnknown, errorShapeFrom, type ErrorShape } from './errors.js';
import type { RunId, ScopeName } from './ids.js';
import { previewArgs } from './args-preview.js';
import type { PolicyAction } from './manifest.js';
import type { PolicyAdmin } from './policy/policy-admin.js';
import { describeRule } from './policy/policy-rule.js';
import type { ResolvedPolicy } from './policy/resolve-policy.js';
import { redactSecrets } from './redact.js';
import { approvalPendingError, expiredError, type Approvals } from './approvals.js';
import { resolveSecret } from './secrets.js';
import type { SourcePlugin } from './source-plugin.js';
import type { ResultHandle, ResultHandles } from './results/result-handles.js';
import type { RunRecord, RunStore, Surface } from './store/run-store.js';
import { compileArgsValidator, type ArgsValidator } from './validate-args.js';

/** Who is calling, for the run record. */
export interface CallContext {
  surface: Surface;
  /** Client identity, e.g. `claude-code`; recorded as `<surface>:<client>`. */
  client?: string;
  parentRunId?: RunId;
  /** Cancels the call (e.g. the MCP request was cancelled). */
  signal?: AbortSignal;
  /**
   * The caller is the human and approves this call up front (the CLI's `call --yes`): a `require_approval`
   * call runs at once, recorded as approved by `decidedBy`. Agents' surfaces never set it.
   */
  preApprovedBy?: string;
  /** A result whose JSON is larger comes back as a stored handle. Absent: always inline (in-process callers). */
  inlineBudgetBytes?: number;
}

/** What a successful call gave: its data, or the handle standing for it. */
export function outputOf(result: Extract<ExecuteResult, { ok: true }>): unknown {
  return 'handle' in result ? result.handle : result.data;
}

/** How a parked call is continued: as `execute` was called. */
export interface ResumeOptions {
  signal?: AbortSignal;
  inlineBudgetBytes?: number;
}

/** Errors are values here: `execute` never throws. A large result is a `handle` instead of `data`. */
export type ExecuteResult =
  | { ok: true; runId: RunId; data: unknown }
  | { ok: true; runId: RunId; handle: ResultHandle }
  | { ok: false; runId: RunId; error: ErrorShape };

export interface ExecuteDeps {
  catalog: Catalog;
  runs: RunStore;
  policies: PolicyAdmin;
  approvals: Approvals;
  results: ResultHandles;
  plugins: ReadonlyMap<string, SourcePlugin>;
  fetch: typeof fetch;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  defaultScope: ScopeName;
  /** Told once about each part of a tool's schema that arguments are not checked against (see `compileArgsValidator`). */
  onWarning?: (message: string) => void;
}

/**
 * The one verb. Looks the address up, validates the arguments, applies the policy (block, or park the call
 * for a human's approval), fills the connection's credentials, invokes the source plugin under a deadline,
 * and records the run. Every surface calls this; none re-implements it.
 */
export class Executor {
  readonly #deps: ExecuteDeps;
  // Compiled validators keyed by catalog version, so a refreshed schema is never checked with a stale one.
  #validators = new Map<string, ArgsValidator>();
  #validatorsVersion = -1;
  // Validators are recompiled after every catalog change; their warnings are passed on the first time only.
  readonly #warned = new Set<string>();

  constructor(deps: ExecuteDeps) {
    this.#deps = deps;
  }

  async execute(address: string, args: unknown, context: CallContext): Promise<ExecuteResult> {
    const started = performance.now();
    const { runs, catalog } = this.#deps;
    const input = args === undefined || args === null ? {} : args;
    let entry: CatalogEntry | undefined;
    let lookupError: ExecutorError | undefined;
    try {
      entry = catalog.lookup(address);
    } catch (error) {
      lookupError = errorFromUnknown(error);
    }
    // Secrets are read first so the preview can redact them; a failure is reported once the run exists.
    const secrets = entry ? await this.#trySecrets(entry) : { values: {}, list: [] };
    // Resolved before the run starts so the record is written once with it (a write costs ~50 µs here).
    const policy = entry ? this.#deps.policies.resolve(entry) : undefined;
    const run = runs.start({
      scope: entry?.connection.scope ?? this.#deps.defaultScope,
      surface: context.surface,
      principal: context.client ? `${context.surface}:${context.client}` : context.surface,
      address,
      argsHash: hashArgs(input),
      argsPreview: previewArgs(input, secrets.list),
      ...(entry ? { connection: `${entry.connection.scope}.${entry.connection.name}` } : {}),
      ...(policy ? { policy: policy.action } : {}),
      ...(context.parentRunId ? { parentId: context.parentRunId } : {}),
    });
    try {
      if (lookupError || !entry) throw lookupError ?? new ExecutorError('not_found', `no tool at ${address}`);
      this.#validatorFor(entry)(input);
      const action = throwIfBlocked(entry, policy!);
      if (action === 'require_approval') {
        if (context.preApprovedBy === undefined) return this.#park(run, entry, input, context);
        runs.update(run.id, { approval: 'approved', decidedBy: context.preApprovedBy, decidedAt: Date.now() });
      }
      return await this.#invokeAndRecord(run, entry, input as Record<string, unknown>, secrets, started, context);
    } catch (thrown) {
      return this.#fail(run.id, thrown, secrets.list, started);
    }
  }

  /**
   * Continues a call that waited for approval, under its own run: runs it once if approved (a second resume
   * finds it done), reports a decline or an expiry, or says it is still pending.
   */
  async resumeCall(runId: RunId, options: ResumeOptions = {}): Promise<ExecuteResult> {
    const started = performance.now();
    const { approvals, runs, catalog } = this.#deps;
    const current = approvals.get(runId);
    if (!current) return { ok: false, runId, error: { code: 'not_found', message: `run ${runId} is not a call that waited for approval` } };
    switch (current.state) {
      case 'pending':
        return { ok: false, runId, error: approvalPendingError(current.address, current.resumeId) };
      case 'declined':
        return { ok: false, runId, error: { code: 'approval_declined', message: `${current.address} was declined by ${current.decidedBy ?? 'a human'}` } };
      case 'expired':
        return { ok: false, runId, error: errorShapeFrom(expiredError(current)) };
      case 'done':
        return { ok: false, runId, error: alreadyRan(runId, runs.get(runId)?.status) };
      case 'approved':
        break;
    }
    const input = approvals.claim(runId);
    if (input === undefined) return { ok: false, runId, error: alreadyRan(runId, runs.get(runId)?.status) };
    runs.update(runId, { status: 'running' });
    let secretList: string[] = [];
    try {
      const entry = catalog.lookup(current.address);
      this.#validatorFor(entry)(input);
      // The rules may have changed while the call waited: a block set since then still stops it.
      const policy = this.#deps.policies.resolve(entry);
      runs.update(runId, { policy: policy.action });
      throwIfBlocked(entry, policy);
      const secrets = await this.#trySecrets(entry);
      secretList = secrets.list;
      const run = runs.get(runId)!;
      return await this.#invokeAndRecord(run, entry, input as Record<string, unknown>, secrets, started, options);
    } catch (thrown) {
      return this.#fail(runId, thrown, secretList, started);
    }
  }

  /** Parks a gated call: its arguments wait in the approval queue, its run says pending. */
  #park(run: Pick<RunRecord, 'id' | 'argsHash'>, entry: CatalogEntry, input: unknown, context: CallContext): ExecuteResult {
    const resumeId = context.parentRunId ?? run.id;
    this.#deps.approvals.park({ runId: run.id, resumeId, address: entry.address, args: input, argsHash: run.argsHash });
    return { ok: false, runId: run.id, error: approvalPendingError(entry.address, resumeId) };
  }

  async #invokeAndRecord(
    run: Pick<RunRecord, 'id' | 'scope' | 'principal'>,
    entry: CatalogEntry,
    input: Record<string, unknown>,
    secrets: ResolvedSecrets,
    started: number,
    options: ResumeOptions,
  ): Promise<ExecuteResult> {
    if (secrets.error) throw secrets.error;
    const data = await this.#invoke(entry, input, secrets.values, options.signal);
    const handle = this.#deps.results.keepIfLarge(data, options.inlineBudgetBytes, { runId: run.id, scope: run.scope, principal: run.principal });
    this.#deps.runs.finish(run.id, {
      status: 'succeeded',
      durationMs: performance.now() - started,
      outputBytes: handle ? handle.bytes : byteLength(data),
      ...(handle ? { outputHandle: handle.uri } : {}),
    });
    return handle ? { ok: true, runId: run.id, handle } : { ok: true, runId: run.id, data };
  }

  #fail(runId: RunId, thrown: unknown, secrets: readonly string[], started: number): ExecuteResult {
    const error = errorFromUnknown(thrown);
    const shape = errorShapeFrom(error);
    // An error message may quote an upstream body or a URL; neither may carry a secret out.
    if (secrets.length > 0) shape.message = redactSecrets(shape.message, secrets);
    this.#deps.runs.finish(runId, {
      status: shape.code === 'blocked' ? 'blocked' : 'failed',
      durationMs: performance.now() - started,
      errorCode: shape.code,
      errorMessage: shape.message,
      ...(shape.status !== undefined ? { httpStatus: shape.status } : {}),
    });
    return { ok: false, runId, error: shape };
  }

  async #trySecrets(entry: CatalogEntry): Promise<ResolvedSecrets> {
    try {
      const values = await this.#secretsFor(entry);
      return { values, list: Object.values(values) };
    } catch (error) {
      return { values: {}, list: [], error: errorFromUnknown(error) };
    }
  }

  #validatorFor(entry: CatalogEntry): ArgsValidator {
    const { catalog } = this.#deps;
    if (this.#validatorsVersion !== catalog.version) {
      this.#validators = new Map();
      this.#validatorsVersion = catalog.version;
    }
    const key = `${entry.source.name}\u0000${entry.tool.id}`;
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = compileArgsValidator(catalog.schemasOf(entry.tool).inputSchema);
      this.#validators.set(key, validate);
      this.#warn(`${entry.source.name}.${entry.tool.id}`, validate.warnings);
    }
    return validate;
  }

  #warn(tool: string, warnings: readonly string[]): void {
    for (const warning of warnings) {
      const message = `${tool}: ${warning}`;
      if (this.#warned.has(message)) continue;
      this.#warned.add(message);
      this.#deps.onWarning?.(message);
    }
  }

  async #secretsFor(entry: CatalogEntry): Promise<SecretValues> {
    const refs = secretRefsFor(entry.source, entry.connection);
    const values: Record<string, string> = {};
    for (const [name, ref] of Object.entries(refs)) values[name] = await resolveSecret(ref, this.#deps.env);
    return values;
  }

  async #invoke(entry: CatalogEntry, args: Record<string, unknown>, secrets: SecretValues, signal?: AbortSignal): Promise<unknown> {
    const { source, tool } = entry;
    const plugin = this.#deps.plugins.get(source.kind);
    if (!plugin) throw new ExecutorError('invalid_config', `no plugin for source kind "${source.kind}" (source ${source.name})`);
    const timeoutMs = this.#deps.timeoutMs;
    const deadline = AbortSignal.timeout(timeoutMs);
    const callSignal = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      return await plugin.invoke(tool, args, {
        baseUrl: source.baseUrl ?? '',
        scope: entry.connection.scope,
        fetch: authorizedFetch(this.#deps.fetch, source.auth, secrets),
        signal: callSignal,
      });
    } catch (error) {
      if (deadline.aborted) throw new ExecutorError('timeout', `${entry.address} did not answer within ${timeoutMs} ms`);
      if (signal?.aborted) throw new ExecutorError('timeout', `${entry.address} was cancelled`);
      throw error;
    }
  }
}

/** Throws `blocked` for a blocked call (naming the rule); else returns the action. */
function throwIfBlocked(entry: CatalogEntry, policy: ResolvedPolicy): PolicyAction {
  if (policy.action === 'block') {
    const why = policy.rule ? `the policy ${describeRule(policy.rule)}` : `its source's default policy`;
    throw new ExecutorError('blocked', `${entry.address} is blocked by ${why}; it was not called`);
  }
  return policy.action;
}

interface ResolvedSecrets {
  values: SecretValues;
  list: string[];
  /** Why the connection's secrets could not be read; the call fails with it when it would run. */
  error?: ExecutorError;
}

function alreadyRan(runId: RunId, status: string | undefined): ErrorShape {
  return { code: 'invalid_args', message: `run ${runId} already ran after its approval (${status ?? 'unknown'}); a call runs once — see its run record` };
}

export function hashArgs(args: unknown): string {
  return createHash('sha256').update(stableJson(args ?? {})).digest('hex').slice(0, 32);
}

/** JSON with sorted keys, so equal arguments hash equally whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function byteLength(data: unknown): number {
  if (data === undefined) return 0;
  return Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data) ?? '');
}

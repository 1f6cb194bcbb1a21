import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { authorizedFetch, type SecretValues } from './authorized-fetch.js';
import { secretRefsFor, type Catalog, type CatalogEntry } from './catalog.js';
import { ExecutorError, errorFromUnknown, errorShapeFrom, type ErrorShape } from './errors.js';
import type { RunId, ScopeName } from './ids.js';
import { redactSecrets } from './redact.js';
import { resolveSecret } from './secrets.js';
import type { SourcePlugin } from './source-plugin.js';
import type { RunStore, Surface } from './store/run-store.js';
import { compileArgsValidator, type ArgsValidator } from './validate-args.js';

/** Who is calling, for the run record. */
export interface CallContext {
  surface: Surface;
  /** Client identity, e.g. `claude-code`; recorded as `<surface>:<client>`. */
  client?: string;
  parentRunId?: RunId;
  /** Cancels the call (e.g. the MCP request was cancelled). */
  signal?: AbortSignal;
}

/** Errors are values here: `execute` never throws. */
export type ExecuteResult = { ok: true; runId: RunId; data: unknown } | { ok: false; runId: RunId; error: ErrorShape };

export interface ExecuteDeps {
  catalog: Catalog;
  runs: RunStore;
  plugins: ReadonlyMap<string, SourcePlugin>;
  fetch: typeof fetch;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  defaultScope: ScopeName;
  /** Told once about each part of a tool's schema that arguments are not checked against (see `compileArgsValidator`). */
  onWarning?: (message: string) => void;
}

/**
 * The one verb. Looks the address up, validates the arguments, fills the connection's credentials, invokes
 * the source plugin under a deadline, and records the run. Every surface calls this; none re-implements it.
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
    let entry: CatalogEntry | undefined;
    let lookupError: ExecutorError | undefined;
    try {
      entry = catalog.lookup(address);
    } catch (error) {
      lookupError = errorFromUnknown(error);
    }
    const run = runs.start({
      scope: entry?.connection.scope ?? this.#deps.defaultScope,
      surface: context.surface,
      principal: context.client ? `${context.surface}:${context.client}` : context.surface,
      address,
      argsHash: hashArgs(args),
      ...(context.parentRunId ? { parentId: context.parentRunId } : {}),
    });
    let secrets: string[] = [];
    try {
      if (lookupError || !entry) throw lookupError ?? new ExecutorError('not_found', `no tool at ${address}`);
      const input = args === undefined || args === null ? {} : args;
      this.#validatorFor(entry)(input);
      const values = await this.#secretsFor(entry);
      secrets = Object.values(values);
      const data = await this.#invoke(entry, input as Record<string, unknown>, values, context.signal);
      const outputBytes = byteLength(data);
      runs.finish(run.id, { status: 'succeeded', durationMs: performance.now() - started, outputBytes });
      return { ok: true, runId: run.id, data };
    } catch (thrown) {
      const error = errorFromUnknown(thrown);
      const shape = errorShapeFrom(error);
      // An error message may quote an upstream body or a URL; neither may carry a secret out.
      if (secrets.length > 0) shape.message = redactSecrets(shape.message, secrets);
      runs.finish(run.id, {
        status: 'failed',
        durationMs: performance.now() - started,
        errorCode: shape.code,
        errorMessage: shape.message,
        ...(shape.status !== undefined ? { httpStatus: shape.status } : {}),
      });
      return { ok: false, runId: run.id, error: shape };
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
    if (!source.baseUrl) {
      throw new ExecutorError('invalid_config', `source ${source.name} has no base URL: its spec declares no servers; set "baseUrl" in its config`);
    }
    const timeoutMs = this.#deps.timeoutMs;
    const deadline = AbortSignal.timeout(timeoutMs);
    const callSignal = signal ? AbortSignal.any([signal, deadline]) : deadline;
    try {
      return await plugin.invoke(tool, args, {
        baseUrl: source.baseUrl,
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

function hashArgs(args: unknown): string {
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

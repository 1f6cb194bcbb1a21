import { createHash, randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import {
  errorFromUnknown,
  errorShapeFrom,
  ExecutorError,
  type ErrorCode,
  type ErrorShape,
  type ExecutorHandle,
  type RunId,
  type Surface,
} from '../core/index.js';
import type { HostCallName, Sandbox, SandboxError } from './sandbox.js';
import { snippetColumn, snippetLine, transpileSnippet } from './typescript/index.js';

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
}

/** Where an uncaught error happened, in the agent's snippet. */
export interface SnippetErrorShape extends ErrorShape {
  line?: number;
  column?: number;
  /** The snippet's source line, trimmed. */
  source?: string;
}

export type RunCodeResult =
  | { ok: true; runId: RunId; result: unknown; logs: string[]; calls: number }
  | { ok: false; runId: RunId; error: SnippetErrorShape; logs: string[]; calls: number };

const ToolPayload = z.object({ address: z.string(), args: z.record(z.string(), z.unknown()).optional() });
const SearchPayload = z.object({ query: z.string(), limit: z.number().int().min(1).max(50).optional(), source: z.string().optional() });
const DescribePayload = z.object({ address: z.string() });

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'not_found', 'invalid_args', 'invalid_config', 'blocked', 'approval_declined', 'approval_pending',
  'upstream_error', 'timeout', 'sandbox_error', 'internal_error',
]);

/**
 * Runs agent snippets: TypeScript in, one Run out. The snippet's tool calls go through `executor.execute`
 * like any other call (each a child run), so code mode re-implements no policy, secret or record keeping.
 * Every host call is recorded with its answer, and the run keeps its seed and clock, for replay.
 */
export class CodeRunner {
  readonly #options: CodeRunnerOptions;

  constructor(options: CodeRunnerOptions) {
    this.#options = options;
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
    let calls = 0;
    const finish = (result: RunCodeResult, clock: number[] = [], outputBytes = 0): RunCodeResult => {
      executor.runs.finish(run.id, {
        status: result.ok ? 'succeeded' : 'failed',
        durationMs: performance.now() - started,
        callCount: calls,
        codeClock: clock,
        ...(result.ok
          ? { outputBytes }
          : { errorCode: result.error.code, errorMessage: result.error.message }),
      });
      return result;
    };

    const transpiled = transpileSnippet(request.code);
    if (!transpiled.ok) {
      const { message, line, column } = transpiled.error;
      const error = withSource({ code: 'sandbox_error', message: `SyntaxError: ${message}`, line, column }, request.code);
      return finish({ ok: false, runId: run.id, error, logs: [], calls: 0 });
    }

    const hostCall = async (name: HostCallName, payload: string): Promise<string> => {
      const seq = ++calls;
      const { answer, address, childRunId } = await this.#answer(name, payload, run.id, request);
      executor.runCalls.record(run.id, {
        seq,
        kind: name,
        payload,
        answer,
        ...(address !== undefined ? { address } : {}),
        ...(childRunId !== undefined ? { childRunId } : {}),
      });
      return answer;
    };

    const outcome = await this.#options.sandbox.run({
      code: transpiled.code,
      timeoutMs: this.#timeoutFor(request),
      seed,
      clock: [],
      hostCall,
    });
    if (outcome.ok) {
      const result: unknown = JSON.parse(outcome.value);
      return finish({ ok: true, runId: run.id, result, logs: outcome.logs, calls }, outcome.clock, Buffer.byteLength(outcome.value));
    }
    const error = withSource(atSnippetColumn(errorFromSandbox(outcome.error, this.#timeoutFor(request)), request.code), request.code);
    return finish({ ok: false, runId: run.id, error, logs: outcome.logs, calls }, outcome.clock);
  }

  #timeoutFor(request: RunCodeRequest): number {
    const max = this.#options.maxTimeoutMs ?? 120_000;
    return Math.min(request.timeoutMs ?? this.#options.defaultTimeoutMs ?? 30_000, max);
  }

  async #answer(name: HostCallName, payload: string, parentRunId: RunId, request: RunCodeRequest) {
    try {
      const raw: unknown = JSON.parse(payload);
      switch (name) {
        case 'tool': {
          const { address, args } = parsePayload(ToolPayload, raw, 'tools.<address>(args)');
          const result = await this.#options.executor.execute(address, args ?? {}, {
            surface: 'code',
            parentRunId,
            ...(request.client ? { client: request.client } : {}),
          });
          const answer = result.ok ? okAnswer(result.data) : JSON.stringify({ ok: false, error: result.error });
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
      }
    } catch (thrown) {
      return { answer: JSON.stringify({ ok: false, error: errorShapeFrom(errorFromUnknown(thrown)) }) };
    }
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

/** Maps what the sandbox reports onto the stable codes; a tool error the snippet did not catch keeps its code. */
function errorFromSandbox(error: SandboxError, timeoutMs: number): SnippetErrorShape {
  const position = {
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
  };
  switch (error.kind) {
    case 'timeout':
      return { code: 'timeout', message: `the snippet did not finish within ${timeoutMs} ms`, ...position };
    case 'memory':
      return { code: 'sandbox_error', message: `the snippet ran out of memory: ${error.message}`, ...position };
    case 'stack':
      return { code: 'sandbox_error', message: `the snippet overflowed its stack: ${error.message}`, ...position };
    default: {
      const code = error.code && KNOWN_CODES.has(error.code) ? (error.code as ErrorCode) : 'sandbox_error';
      return { code, message: error.message, ...position };
    }
  }
}

/** Stripping types keeps lines but shifts columns; map the sandbox's column back into the agent's text. */
function atSnippetColumn(error: SnippetErrorShape, code: string): SnippetErrorShape {
  if (error.line === undefined || error.column === undefined) return error;
  return { ...error, column: snippetColumn(code, error.line, error.column) };
}

function withSource(error: SnippetErrorShape, code: string): SnippetErrorShape {
  if (error.line === undefined) return error;
  const source = snippetLine(code, error.line);
  return source === undefined ? error : { ...error, source };
}

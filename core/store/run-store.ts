import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../errors.js';
import type { PolicyAction } from '../manifest.js';
import { runId, type RunId, type ScopeName } from '../ids.js';
import type { Db } from './database.js';

export type RunStatus = 'running' | 'pending_approval' | 'succeeded' | 'failed' | 'declined' | 'blocked';

/** Which surface started a run: MCP (`mcp`), the CLI (`cli`), code mode (`code`), an in-process caller (`sdk`). */
export type Surface = 'mcp' | 'cli' | 'code' | 'sdk';

/** A human's answer to a call that needed approval (`expired`: nobody answered in time). */
export type ApprovalDecision = 'approved' | 'declined' | 'expired';

/** One execution on any surface. Never holds a secret, nor the arguments themselves (only their hash). */
export interface RunRecord {
  id: RunId;
  parentId?: RunId;
  scope: ScopeName;
  surface: Surface;
  /** Who asked: surface plus client, e.g. `mcp:claude-code`. */
  principal: string;
  address: string;
  /** The connection (account) the call went through, `<scope>.<name>`. */
  connection?: string;
  argsHash: string;
  /** A bounded preview of the arguments with secrets and secret-looking fields masked. */
  argsPreview?: string;
  /** The effective policy when the call was made. */
  policy?: PolicyAction;
  approval?: ApprovalDecision;
  /** Who decided the approval: `mcp:<client> (elicitation)`, `cli:<user>`. */
  decidedBy?: string;
  decidedAt?: number;
  status: RunStatus;
  startedAt: number;
  endedAt?: number;
  durationMs?: number;
  errorCode?: ErrorCode;
  errorMessage?: string;
  httpStatus?: number;
  outputBytes?: number;
  /** The stored result's `executor://results/…` uri, when the output was too large to return inline. */
  outputHandle?: string;
  /** Code mode: the snippet's `Math.random` seed, its clock readings, and how many host calls it made. */
  codeSeed?: number;
  codeClock?: number[];
  callCount?: number;
}

export interface RunFinish {
  status: RunStatus;
  durationMs: number;
  errorCode?: ErrorCode;
  errorMessage?: string;
  httpStatus?: number;
  outputBytes?: number;
  outputHandle?: string;
  codeClock?: number[];
  callCount?: number;
}

export type RunUpdate = Partial<Pick<RunRecord, 'status' | 'policy' | 'approval' | 'decidedBy' | 'decidedAt' | 'connection' | 'argsPreview'>>;

export interface RunQuery {
  status?: RunStatus;
  /** Exact address, or a prefix ending in `.` / `*`. */
  address?: string;
  /** Epoch milliseconds. */
  since?: number;
  limit?: number;
}

interface RunRow {
  id: string;
  parent_id: string | null;
  scope: string;
  surface: Surface;
  principal: string;
  address: string;
  connection: string | null;
  args_hash: string;
  args_preview: string | null;
  policy: PolicyAction | null;
  approval: ApprovalDecision | null;
  decided_by: string | null;
  decided_at: number | null;
  status: RunStatus;
  started_at: number;
  ended_at: number | null;
  duration_ms: number | null;
  error_code: ErrorCode | null;
  error_message: string | null;
  http_status: number | null;
  output_bytes: number | null;
  output_handle: string | null;
  code_seed: number | null;
  code_clock: string | null;
  call_count: number | null;
}

export class RunStore {
  readonly #db: Db;
  readonly #insert;
  readonly #finish;
  readonly #get;
  readonly #update;
  readonly #children;

  constructor(db: Db) {
    this.#db = db;
    this.#insert = db.prepare(
      `INSERT INTO runs (id, parent_id, scope, surface, principal, address, connection, args_hash, args_preview, policy, status, started_at, code_seed)
       VALUES (@id, @parent_id, @scope, @surface, @principal, @address, @connection, @args_hash, @args_preview, @policy, @status, @started_at, @code_seed)`,
    );
    this.#finish = db.prepare(
      `UPDATE runs SET status = @status, ended_at = @ended_at, duration_ms = @duration_ms, error_code = @error_code,
         error_message = @error_message, http_status = @http_status, output_bytes = @output_bytes, output_handle = @output_handle,
         code_clock = @code_clock, call_count = @call_count WHERE id = @id`,
    );
    this.#get = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE id = ?');
    this.#children = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE parent_id = ? ORDER BY started_at, id');
    this.#update = db.prepare(
      `UPDATE runs SET status = COALESCE(@status, status), policy = COALESCE(@policy, policy),
         approval = COALESCE(@approval, approval), decided_by = COALESCE(@decided_by, decided_by),
         decided_at = COALESCE(@decided_at, decided_at), connection = COALESCE(@connection, connection),
         args_preview = COALESCE(@args_preview, args_preview) WHERE id = @id`,
    );
  }

  start(run: Omit<RunRecord, 'id' | 'status' | 'startedAt' | 'approval' | 'decidedBy' | 'decidedAt'>): RunRecord {
    const record: RunRecord = { ...run, id: newRunId(), status: 'running', startedAt: Date.now() };
    this.#insert.run({
      id: record.id,
      parent_id: record.parentId ?? null,
      scope: record.scope,
      surface: record.surface,
      principal: record.principal,
      address: record.address,
      connection: record.connection ?? null,
      args_hash: record.argsHash,
      args_preview: record.argsPreview ?? null,
      policy: record.policy ?? null,
      status: record.status,
      started_at: record.startedAt,
      code_seed: record.codeSeed ?? null,
    });
    return record;
  }

  finish(id: RunId, finish: RunFinish): void {
    this.#finish.run({
      id,
      status: finish.status,
      ended_at: Date.now(),
      duration_ms: finish.durationMs,
      error_code: finish.errorCode ?? null,
      error_message: finish.errorMessage ?? null,
      http_status: finish.httpStatus ?? null,
      output_bytes: finish.outputBytes ?? null,
      output_handle: finish.outputHandle ?? null,
      code_clock: finish.codeClock ? JSON.stringify(finish.codeClock) : null,
      call_count: finish.callCount ?? null,
    });
  }

  /** Changes what a run learned after it started: its policy, its status while it waits, a decision. */
  update(id: RunId, change: RunUpdate): void {
    this.#update.run({
      id,
      status: change.status ?? null,
      policy: change.policy ?? null,
      approval: change.approval ?? null,
      decided_by: change.decidedBy ?? null,
      decided_at: change.decidedAt ?? null,
      connection: change.connection ?? null,
      args_preview: change.argsPreview ?? null,
    });
  }

  /** The calls a run made (its children), oldest first. */
  childrenOf(id: string): RunRecord[] {
    return this.#children.all(id).map(runFromRow);
  }

  get(id: string): RunRecord | undefined {
    const row = this.#get.get(id);
    return row && runFromRow(row);
  }

  list(query: RunQuery = {}): RunRecord[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    if (query.address) {
      const prefix = query.address.endsWith('*') ? query.address.slice(0, -1) : undefined;
      where.push(prefix === undefined ? 'address = ?' : "address LIKE ? ESCAPE '\\'");
      params.push(prefix === undefined ? query.address : `${prefix.replace(/[\\%_]/g, '\\$&')}%`);
    }
    if (query.since !== undefined) {
      where.push('started_at >= ?');
      params.push(query.since);
    }
    const sql = `SELECT * FROM runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY started_at DESC, id DESC LIMIT ?`;
    return this.#db
      .prepare<unknown[], RunRow>(sql)
      .all(...params, query.limit ?? 50)
      .map(runFromRow);
  }
}

/** Time-ordered (base36 milliseconds) then random, so ids sort by start time and never collide. */
function newRunId(): RunId {
  return runId(`run_${Date.now().toString(36).padStart(9, '0')}${randomBytes(5).toString('hex')}`);
}

function runFromRow(row: RunRow): RunRecord {
  const run: RunRecord = {
    id: row.id as RunId,
    scope: row.scope as ScopeName,
    surface: row.surface,
    principal: row.principal,
    address: row.address,
    argsHash: row.args_hash,
    status: row.status,
    startedAt: row.started_at,
  };
  if (row.parent_id !== null) run.parentId = row.parent_id as RunId;
  if (row.connection !== null) run.connection = row.connection;
  if (row.args_preview !== null) run.argsPreview = row.args_preview;
  if (row.policy !== null) run.policy = row.policy;
  if (row.approval !== null) run.approval = row.approval;
  if (row.decided_by !== null) run.decidedBy = row.decided_by;
  if (row.decided_at !== null) run.decidedAt = row.decided_at;
  if (row.ended_at !== null) run.endedAt = row.ended_at;
  if (row.duration_ms !== null) run.durationMs = row.duration_ms;
  if (row.error_code !== null) run.errorCode = row.error_code;
  if (row.error_message !== null) run.errorMessage = row.error_message;
  if (row.http_status !== null) run.httpStatus = row.http_status;
  if (row.output_bytes !== null) run.outputBytes = row.output_bytes;
  if (row.output_handle !== null) run.outputHandle = row.output_handle;
  if (row.code_seed !== null) run.codeSeed = row.code_seed;
  if (row.code_clock !== null) run.codeClock = JSON.parse(row.code_clock) as number[];
  if (row.call_count !== null) run.callCount = row.call_count;
  return run;
}

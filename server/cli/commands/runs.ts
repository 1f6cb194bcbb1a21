import type { RunQuery, RunRecord, RunStatus } from '../../../core/index.js';
import { emit, parseCommandArgs, table, UsageError, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';

export const runsUsage = [
  'executor-mcp runs list [--status S] [--address A|prefix*] [--since 1h|ISO-date] [--limit N]',
  'executor-mcp runs show <id>   (the run, then the calls it made)',
].join('\n');

const STATUSES: readonly RunStatus[] = ['running', 'pending_approval', 'succeeded', 'failed', 'declined', 'blocked'];

// Epoch-millisecond fields a human reads as dates.
const TIME_FIELDS = new Set(['startedAt', 'endedAt', 'decidedAt']);

export async function runsCommand(context: CommandContext): Promise<number> {
  const [action, ...rest] = context.argv;
  return withRuntime(context, async (runtime) => {
    const { runs } = runtime.executor;
    switch (action) {
      case 'list':
      case undefined: {
        const { values } = parseCommandArgs(rest, {
          status: { type: 'string' },
          address: { type: 'string' },
          since: { type: 'string' },
          limit: { type: 'string' },
        }, false);
        const query: RunQuery = { limit: values.limit === undefined ? 50 : Number(values.limit) };
        if (!Number.isInteger(query.limit) || query.limit! < 1) throw new UsageError(`--limit must be a positive integer`);
        if (values.status !== undefined) {
          if (!STATUSES.includes(values.status as RunStatus)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
          query.status = values.status as RunStatus;
        }
        if (values.address !== undefined) query.address = values.address;
        if (values.since !== undefined) query.since = sinceFrom(values.since);
        // The queue shows what still waits: approvals past their deadline are expired first.
        runtime.executor.approvals.expireStale();
        const list = runs.list(query);
        emit(context, { runs: list }, () =>
          list.length === 0
            ? 'no runs'
            : table([
                ['ID', 'STARTED', 'STATUS', 'MS', 'POLICY', 'ADDRESS', 'ERROR'],
                ...list.map((r) => [
                  r.id,
                  isoSeconds(r.startedAt),
                  r.status,
                  r.durationMs === undefined ? '-' : r.durationMs.toFixed(1),
                  r.policy ?? '',
                  r.address,
                  r.errorCode ?? '',
                ]),
              ]),
        );
        return 0;
      }
      case 'show': {
        const { positionals } = parseCommandArgs(rest, {});
        if (positionals.length !== 1) throw new UsageError('runs show takes one <id>');
        const run = runs.get(positionals[0]!);
        if (!run) {
          context.io.err(`not_found: no run "${positionals[0]}"`);
          return 1;
        }
        const children = runs.childrenOf(run.id);
        emit(context, { ...run, children }, () => `${fieldsOf(run)}\n${childrenOf(children)}`);
        return 0;
      }
      default:
        throw new UsageError(`unknown runs action "${action}"`);
    }
  }, { sync: false });
}

function fieldsOf(run: RunRecord): string {
  return Object.entries(run)
    .map(([k, v]) => `${k}: ${TIME_FIELDS.has(k) && typeof v === 'number' ? new Date(v).toISOString() : Array.isArray(v) ? JSON.stringify(v) : String(v)}`)
    .join('\n');
}

/** The calls a run made (code mode's host calls), one line each. */
function childrenOf(children: readonly RunRecord[]): string {
  if (children.length === 0) return 'children: none';
  return `children:\n${table([['ID', 'STATUS', 'ADDRESS', 'ERROR'], ...children.map((c) => [c.id, c.status, c.address, c.errorCode ?? ''])]).replace(/^/gm, '  ')}`;
}

/** `2026-01-01T09:30:00Z`: a list needs no milliseconds. */
function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `90s`, `15m`, `2h`, `7d`, or an ISO date. */
function sinceFrom(text: string): number {
  const relative = /^(\d+)([smhd])$/.exec(text);
  if (relative) {
    const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[relative[2] as 's' | 'm' | 'h' | 'd'];
    return Date.now() - Number(relative[1]) * unit;
  }
  const date = Date.parse(text);
  if (Number.isNaN(date)) throw new UsageError(`--since takes 15m, 2h, 7d or an ISO date, got "${text}"`);
  return date;
}

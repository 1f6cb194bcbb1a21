import {
  describeRule,
  isExecutorError,
  POLICY_ACTIONS,
  type ExecutorHandle,
  type PolicyAction,
  type PolicyRuleConfig,
  type RegisteredPolicyRule,
} from '../../../core/index.js';
import { emit, parseCommandArgs, table, UsageError, type CliIo, type CommandContext } from '../cli-io.js';
import { withRuntime } from '../with-runtime.js';

export const policiesUsage = [
  'executor-mcp policies list',
  `executor-mcp policies set --source S [--connection C] [--tools PATTERN] --action ${POLICY_ACTIONS.join('|')} [--scope SC]`,
  'executor-mcp policies remove --source S [--connection C] [--tools PATTERN] [--scope SC]',
  '  PATTERN is a tool id or one with * (issues.*, repos.delete*); SC defaults to the innermost scope.',
].join('\n');

const TARGET_OPTIONS = {
  source: { type: 'string' },
  connection: { type: 'string' },
  tools: { type: 'string' },
  scope: { type: 'string' },
} as const;

type Target = Omit<PolicyRuleConfig, 'action'>;

export async function policiesCommand(context: CommandContext): Promise<number> {
  const [action, ...rest] = context.argv;
  // Parse before opening the runtime, so bad usage costs no source sync.
  const request = requestFrom(action, rest);
  // Only the config's policies are applied, so `list` shows them as the file says now, without resolving
  // (maybe downloading) every source.
  return withRuntime(context, async (runtime) => {
    const { policies } = runtime.executor;
    policies.syncConfig(runtime.config.config.policies);
    switch (request.kind) {
      case 'list': {
        const list = policies.list();
        emit(context, { policies: list }, () =>
          list.length === 0
            ? "no policy rules: every tool follows its source's default (reads allowed, writes need approval)"
            : table([
                ['SCOPE', 'SOURCE', 'CONNECTION', 'TOOLS', 'ACTION', 'ORIGIN'],
                ...list.map((r) => [r.scope, r.source, r.connection ?? '*', r.tools ?? '*', r.action, r.origin]),
              ]),
        );
        return 0;
      }
      case 'set': {
        warnOfUnknownTarget(runtime.executor, request.rule, context.io);
        const previous = policies.list().find((r) => sameTarget(r, request.rule, runtime.executor.scopes));
        const rule = asUsage(() => policies.set(request.rule));
        const was = previous && previous.action !== rule.action ? ` (was ${previous.action})` : '';
        emit(context, { set: rule }, () => `set ${describeRule(rule)}${was}`);
        return 0;
      }
      case 'remove': {
        const rule = asUsage(() => policies.remove(request.target));
        emit(context, { removed: rule }, () => `removed ${describeRule(rule)}`);
        return 0;
      }
    }
  }, { sync: false });
}

type PoliciesRequest = { kind: 'list' } | { kind: 'set'; rule: PolicyRuleConfig } | { kind: 'remove'; target: Target };

function requestFrom(action: string | undefined, argv: string[]): PoliciesRequest {
  switch (action) {
    case 'list':
    case undefined:
      parseCommandArgs(argv, {}, false);
      return { kind: 'list' };
    case 'set': {
      const { values } = parseCommandArgs(argv, { ...TARGET_OPTIONS, action: { type: 'string' } }, false);
      if (values.action === undefined) throw new UsageError(`policies set needs --action ${POLICY_ACTIONS.join('|')}`);
      if (!isPolicyAction(values.action)) throw new UsageError(`--action must be one of ${POLICY_ACTIONS.join(', ')}, got "${values.action}"`);
      return { kind: 'set', rule: { ...targetFrom(values, 'set'), action: values.action } };
    }
    case 'remove': {
      const { values } = parseCommandArgs(argv, TARGET_OPTIONS, false);
      return { kind: 'remove', target: targetFrom(values, 'remove') };
    }
    default:
      throw new UsageError(`unknown policies action "${action}"`);
  }
}

function targetFrom(values: { source?: string; connection?: string; tools?: string; scope?: string }, verb: string): Target {
  if (values.source === undefined) throw new UsageError(`policies ${verb} needs --source`);
  const target: Target = { source: values.source };
  if (values.connection !== undefined) target.connection = values.connection;
  if (values.tools !== undefined) target.tools = values.tools;
  if (values.scope !== undefined) target.scope = values.scope;
  return target;
}

function isPolicyAction(value: string): value is PolicyAction {
  return (POLICY_ACTIONS as readonly string[]).includes(value);
}

/**
 * The core validates a rule's fields (`policy: tools: must be a tool id …`); on the command line a bad field
 * is a bad flag, so it is reported as usage (exit 2). Other errors (not found, declared in the config) pass on.
 */
function asUsage<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isExecutorError(error) && error.code === 'invalid_args') throw new UsageError(error.message);
    throw error;
  }
}

/** A rule on a source or connection the catalog does not know is kept (it may be added later), but a typo should not pass silently. */
function warnOfUnknownTarget(executor: ExecutorHandle, rule: PolicyRuleConfig, io: CliIo): void {
  if (!executor.catalog.source(rule.source)) {
    io.err(`note: no source "${rule.source}" in the catalog; the rule applies once one is added`);
  } else if (rule.connection !== undefined && !executor.catalog.connections(rule.source).some((c) => c.name === rule.connection)) {
    io.err(`note: source ${rule.source} has no connection "${rule.connection}"; the rule applies once one is added`);
  }
}

function sameTarget(existing: RegisteredPolicyRule, rule: PolicyRuleConfig, scopes: readonly string[]): boolean {
  return (
    existing.scope === (rule.scope ?? scopes[scopes.length - 1]) &&
    existing.source === rule.source &&
    existing.connection === rule.connection &&
    existing.tools === rule.tools
  );
}

import type { CatalogEntry } from '../catalog.js';
import { ExecutorError } from '../errors.js';
import type { PolicyAction } from '../manifest.js';
import type { PolicyStore, RegisteredPolicyRule } from '../store/policy-store.js';
import { PolicyRuleConfigSchema, type PolicyRule, type PolicyRuleConfig } from './policy-rule.js';
import { resolvePolicy, type ResolvedPolicy } from './resolve-policy.js';
import { formatZodIssues } from '../zod-issues.js';

/**
 * The policy rules of the executor's scopes: kept in memory (a call resolves its policy without touching the
 * database), written through to the store, and replaced from the config on every sync.
 */
export class PolicyAdmin {
  readonly #store: PolicyStore;
  readonly #scopes: readonly string[];
  readonly #defaultScope: string;
  #rules: RegisteredPolicyRule[];
  #dataVersion: number;

  constructor(store: PolicyStore, scopes: readonly string[]) {
    this.#store = store;
    this.#scopes = scopes;
    this.#defaultScope = scopes[scopes.length - 1]!;
    this.#dataVersion = store.dataVersion();
    this.#rules = store.list();
  }

  /** Every stored rule, including those of scopes outside this executor's stack. */
  list(): RegisteredPolicyRule[] {
    this.#refreshIfChangedElsewhere();
    return [...this.#rules];
  }

  /** The effective policy of a call, and the rule that decided it. */
  resolve(entry: CatalogEntry): ResolvedPolicy {
    this.#refreshIfChangedElsewhere();
    return resolvePolicy(this.#rules, this.#scopes, {
      source: entry.source.name,
      connection: entry.connection.name,
      tool: entry.tool.id,
      defaultAction: defaultActionOf(entry),
    });
  }

  /** Adds a rule, or changes the action of the rule with the same target. */
  set(config: PolicyRuleConfig): PolicyRule {
    const rule = this.#ruleFrom(config);
    const clash = this.#find(rule);
    if (clash?.origin === 'config') throw new ExecutorError('invalid_config', `that policy is declared in the config file; change it there`);
    this.#store.save(rule, 'cli');
    this.#reload();
    return rule;
  }

  remove(target: Omit<PolicyRuleConfig, 'action'>): PolicyRule {
    const rule = this.#ruleFrom({ ...target, action: 'allow' });
    const existing = this.#find(rule);
    if (!existing) throw new ExecutorError('not_found', `no policy on ${describeTarget(rule)}; see policies list`);
    if (existing.origin === 'config') throw new ExecutorError('invalid_config', `the policy on ${describeTarget(rule)} is declared in the config file; remove it there`);
    this.#store.remove(rule);
    this.#reload();
    return existing;
  }

  /** Replaces every config-declared rule with the config's; CLI-set ones stay. */
  syncConfig(rules: readonly PolicyRuleConfig[]): void {
    this.#store.removeOrigin('config');
    for (const config of rules) this.#store.save(this.#ruleFrom(config), 'config');
    this.#reload();
  }

  #ruleFrom(config: PolicyRuleConfig): PolicyRule {
    const parsed = PolicyRuleConfigSchema.safeParse(config);
    if (!parsed.success) throw new ExecutorError('invalid_args', `policy: ${formatZodIssues(parsed.error)}`);
    const { source, connection, tools, action, scope } = parsed.data;
    if (scope !== undefined && !this.#scopes.includes(scope)) {
      throw new ExecutorError('invalid_args', `policy: scope "${scope}" is not one of this executor's scopes (${this.#scopes.join(', ')})`);
    }
    const rule: PolicyRule = { scope: scope ?? this.#defaultScope, source, action };
    if (connection !== undefined) rule.connection = connection;
    if (tools !== undefined) rule.tools = tools;
    return rule;
  }

  #find(rule: PolicyRule): RegisteredPolicyRule | undefined {
    return this.#rules.find(
      (r) => r.scope === rule.scope && r.source === rule.source && r.connection === rule.connection && r.tools === rule.tools,
    );
  }

  #reload(): void {
    this.#dataVersion = this.#store.dataVersion();
    this.#rules = this.#store.list();
  }

  /** A rule set by another process (the CLI while the server runs) applies from the next call on. */
  #refreshIfChangedElsewhere(): void {
    if (this.#store.dataVersion() !== this.#dataVersion) this.#reload();
  }
}

/** What the source suggests; a plugin that says nothing gets the method-class default (writes need approval). */
export function defaultActionOf(entry: CatalogEntry): PolicyAction {
  return entry.tool.defaultPolicy ?? (entry.tool.sideEffect === 'read' ? 'allow' : 'require_approval');
}

function describeTarget(rule: PolicyRule): string {
  return `${rule.source}${rule.connection ? ` connection ${rule.connection}` : ''}${rule.tools ? ` tools ${rule.tools}` : ''} in scope ${rule.scope}`;
}

import type { PolicyAction } from '../manifest.js';
import { RESTRICTIVENESS, specificity, toolPatternMatches, type PolicyRule } from './policy-rule.js';

/** The call a policy is resolved for. */
export interface PolicyTarget {
  source: string;
  connection: string;
  tool: string;
  /** What applies when no rule matches: the source's suggestion (writes need approval, reads are allowed). */
  defaultAction: PolicyAction;
}

export interface ResolvedPolicy {
  action: PolicyAction;
  /** The rule that decided; absent when the source's default applies. */
  rule?: PolicyRule;
}

/**
 * The effective policy of one call under a stack of scopes (outer → inner), by DESIGN's fixed merge rules:
 * - within a scope, a rule on the connection overrides the rules on its source; among rules of the same
 *   level the most specific tool pattern decides, and of equally specific ones the most restrictive;
 * - across scopes the most restrictive verdict wins, so an outer `block` or `require_approval` can never be
 *   weakened by an inner scope (an inner rule can only add restriction);
 * - with no matching rule in any scope, the source's default applies; any explicit rule replaces it, which is
 *   how an `allow` fixes a safe action the source flagged as a write.
 * Rules of scopes outside the stack do not apply.
 */
export function resolvePolicy(rules: readonly PolicyRule[], scopes: readonly string[], target: PolicyTarget): ResolvedPolicy {
  let decided: PolicyRule | undefined;
  for (const scope of scopes) {
    const verdict = scopeVerdict(rules, scope, target);
    if (verdict && (!decided || RESTRICTIVENESS[verdict.action] > RESTRICTIVENESS[decided.action])) decided = verdict;
  }
  return decided ? { action: decided.action, rule: decided } : { action: target.defaultAction };
}

function scopeVerdict(rules: readonly PolicyRule[], scope: string, target: PolicyTarget): PolicyRule | undefined {
  let onConnection: PolicyRule | undefined;
  let onSource: PolicyRule | undefined;
  for (const rule of rules) {
    if (rule.scope !== scope || rule.source !== target.source) continue;
    if (rule.tools !== undefined && !toolPatternMatches(rule.tools, target.tool)) continue;
    if (rule.connection === undefined) onSource = stronger(onSource, rule);
    else if (rule.connection === target.connection) onConnection = stronger(onConnection, rule);
  }
  return onConnection ?? onSource;
}

/** The rule that decides between two of the same level: the more specific, then the more restrictive. */
function stronger(current: PolicyRule | undefined, candidate: PolicyRule): PolicyRule {
  if (!current) return candidate;
  const bySpecificity = specificity(candidate) - specificity(current);
  if (bySpecificity !== 0) return bySpecificity > 0 ? candidate : current;
  return RESTRICTIVENESS[candidate.action] > RESTRICTIVENESS[current.action] ? candidate : current;
}

import { z } from 'zod';
import { IDENTIFIER } from '../ids.js';
import type { PolicyAction } from '../manifest.js';

const identifier = z.string().regex(IDENTIFIER, 'must be a JavaScript identifier');

/** Ranks actions: a verdict may only move up this list as scopes are merged. */
export const RESTRICTIVENESS: Readonly<Record<PolicyAction, number>> = { allow: 0, require_approval: 1, block: 2 };

export const POLICY_ACTIONS = ['allow', 'require_approval', 'block'] as const satisfies readonly PolicyAction[];

/** A tool pattern: dotted identifiers, `*` matching any run of characters (`issues.*`, `repos.delete*`). */
const toolPattern = z
  .string()
  .min(1)
  .regex(/^[A-Za-z_$*][A-Za-z0-9_$*]*(\.[A-Za-z_$*][A-Za-z0-9_$*]*)*$/, 'must be a tool id or a pattern of one with * (e.g. "issues.*", "repos.delete*")');

/** One rule as written in `executor.json` (`policies: […]`) or given to `policies set`. */
export const PolicyRuleConfigSchema = z
  .object({
    /** The source the rule is attached to. */
    source: identifier,
    /** Attach to this connection of the source instead; it then overrides the source's rules in its scope. */
    connection: identifier.optional(),
    /** Narrow the rule to the tools matching this pattern. Default: every tool of the source. */
    tools: toolPattern.optional(),
    action: z.enum(POLICY_ACTIONS),
    /** The scope the rule lives in. Default: the innermost scope. */
    scope: identifier.optional(),
  })
  .strict();

export type PolicyRuleConfig = z.infer<typeof PolicyRuleConfigSchema>;

/** A stored rule: its scope is always known. */
export interface PolicyRule {
  scope: string;
  source: string;
  connection?: string;
  tools?: string;
  action: PolicyAction;
}

/** `repos.delete*` → /^repos\.delete.*$/. Patterns are few and reused, so compiled ones are kept. */
const compiled = new Map<string, RegExp>();

export function toolPatternMatches(pattern: string, toolId: string): boolean {
  if (!pattern.includes('*')) return pattern === toolId;
  let regExp = compiled.get(pattern);
  if (!regExp) {
    regExp = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    compiled.set(pattern, regExp);
  }
  return regExp.test(toolId);
}

/** How narrowly a rule names its tools: an exact id beats any pattern, a longer literal part beats a shorter. */
export function specificity(rule: Pick<PolicyRule, 'tools'>): number {
  if (rule.tools === undefined) return 0;
  if (!rule.tools.includes('*')) return Number.MAX_SAFE_INTEGER;
  // `*` alone names every tool, as no pattern does.
  const literal = rule.tools.replaceAll('*', '').length;
  return literal === 0 ? 0 : 1 + literal;
}

/** `block on github connection work (repos.delete*) in scope org`, for messages. */
export function describeRule(rule: PolicyRule): string {
  const target = rule.connection ? `${rule.source} connection ${rule.connection}` : rule.source;
  return `${rule.action} on ${target}${rule.tools ? ` (${rule.tools})` : ''} in scope ${rule.scope}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyAction } from '../manifest.js';
import { POLICY_ACTIONS, RESTRICTIVENESS, specificity, toolPatternMatches, type PolicyRule } from './policy-rule.js';
import { resolvePolicy, type PolicyTarget } from './resolve-policy.js';

const NUM_RUNS = 500;

const SCOPES = ['org', 'team', 'project', 'local', 'user'] as const;
/** Never part of a generated stack. */
const OUTSIDE_SCOPE = 'elsewhere';
const SOURCES = ['github', 'gitlab'] as const;
const CONNECTIONS = ['work', 'personal'] as const;
const TOOL_IDS = ['issues.list', 'issues.create', 'repos.delete', 'repos.delete_branch', 'repos.list'] as const;
/** Patterns that overlap in different ways on TOOL_IDS, plus the ids themselves as exact rules. */
const TOOL_PATTERNS = ['*', 'issues.*', '*es.list', 'repos.*', 'repos.delete*', '*.list', '*s.*e*', 'i*s*', ...TOOL_IDS] as const;

const actionArb = fc.constantFrom(...POLICY_ACTIONS);

const targetArb: fc.Arbitrary<PolicyTarget> = fc.record({
  source: fc.constantFrom(...SOURCES),
  connection: fc.constantFrom(...CONNECTIONS),
  tool: fc.constantFrom(...TOOL_IDS),
  defaultAction: actionArb,
});

function stackArb(minLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.constantFrom(...SCOPES), { minLength, maxLength: 4 });
}

function ruleArb(scopes: readonly string[]): fc.Arbitrary<PolicyRule> {
  return fc.record(
    {
      scope: fc.constantFrom(...scopes),
      source: fc.constantFrom(...SOURCES),
      connection: fc.constantFrom(...CONNECTIONS),
      tools: fc.constantFrom(...TOOL_PATTERNS),
      action: actionArb,
    },
    { requiredKeys: ['scope', 'source', 'action'] },
  );
}

interface Scenario {
  scopes: string[];
  rules: PolicyRule[];
  target: PolicyTarget;
}

function scenarioArb(minScopes = 1): fc.Arbitrary<Scenario> {
  return stackArb(minScopes).chain((scopes) =>
    fc.record({
      scopes: fc.constant(scopes),
      rules: fc.array(ruleArb([...scopes, OUTSIDE_SCOPE]), { maxLength: 10 }),
      target: targetArb,
    }),
  );
}

function atLeastAsRestrictive(a: PolicyAction, b: PolicyAction): boolean {
  return RESTRICTIVENESS[a] >= RESTRICTIVENESS[b];
}

/** A reference for `*` globs that uses no regular expression: `*` matches any run, every other character itself. */
function globMatches(pattern: string, text: string): boolean {
  if (pattern === '') return text === '';
  if (pattern[0] === '*') {
    for (let i = 0; i <= text.length; i++) if (globMatches(pattern.slice(1), text.slice(i))) return true;
    return false;
  }
  return text !== '' && pattern[0] === text[0] && globMatches(pattern.slice(1), text.slice(1));
}

/** Whether a rule is about this call at all, judged without the module under test. */
function applies(rule: PolicyRule, scopes: readonly string[], target: PolicyTarget): boolean {
  return (
    scopes.includes(rule.scope) &&
    rule.source === target.source &&
    (rule.connection === undefined || rule.connection === target.connection) &&
    (rule.tools === undefined || globMatches(rule.tools, target.tool))
  );
}

describe('resolvePolicy properties', () => {
  it('is never less restrictive than any single scope’s rule-based verdict, and blocks when any scope blocks', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ scopes, rules, target }) => {
        const full = resolvePolicy(rules, scopes, target);
        for (const scope of scopes) {
          const own = resolvePolicy(rules, [scope], target);
          // A scope without a matching rule only reports the default, which any explicit rule may replace.
          if (!own.rule) continue;
          if (own.action === 'block') expect(full.action).toBe('block');
          expect(atLeastAsRestrictive(full.action, own.action)).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('equals the most restrictive rule-based scope verdict, or the default when no scope has one', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ scopes, rules, target }) => {
        const verdicts = scopes.map((scope) => resolvePolicy(rules, [scope], target)).filter((verdict) => verdict.rule);
        const expected = verdicts.length
          ? verdicts.reduce((a, b) => (RESTRICTIVENESS[b.action] > RESTRICTIVENESS[a.action] ? b : a)).action
          : target.defaultAction;
        expect(resolvePolicy(rules, scopes, target).action).toBe(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never lets an allow added in the innermost scope weaken the outer scopes’ verdict', () => {
    const withAllowArb = scenarioArb(2).chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        allow: fc.record(
          {
            scope: fc.constant(scenario.scopes.at(-1)!),
            source: fc.constant(scenario.target.source),
            connection: fc.constantFrom(...CONNECTIONS),
            tools: fc.constantFrom(...TOOL_PATTERNS),
            action: fc.constant<PolicyAction>('allow'),
          },
          { requiredKeys: ['scope', 'source', 'action'] },
        ),
      }),
    );
    fc.assert(
      fc.property(withAllowArb, ({ scenario: { scopes, rules, target }, allow }) => {
        const outer = resolvePolicy(rules, scopes.slice(0, -1), target);
        fc.pre(outer.rule !== undefined);
        const full = resolvePolicy([...rules, allow], scopes, target);
        expect(atLeastAsRestrictive(full.action, outer.action)).toBe(true);
        if (outer.action === 'block') expect(full.action).toBe('block');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not depend on the order of the rules', () => {
    const shuffledArb = scenarioArb().chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        shuffled: fc.shuffledSubarray(scenario.rules, { minLength: scenario.rules.length }),
      }),
    );
    fc.assert(
      fc.property(shuffledArb, ({ scenario: { scopes, rules, target }, shuffled }) => {
        const original = resolvePolicy(rules, scopes, target);
        const reordered = resolvePolicy(shuffled, scopes, target);
        expect(reordered.action).toBe(original.action);
        // Equally ranked rules may tie, so only the deciding rule's rank is order-independent, not its identity.
        expect(rankOf(reordered.rule)).toEqual(rankOf(original.rule));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('ignores rules of scopes outside the stack and of other sources', () => {
    const noisyArb = scenarioArb().chain((scenario) => {
      const otherSources = SOURCES.filter((source) => source !== scenario.target.source);
      const outsideRule = ruleArb([OUTSIDE_SCOPE]);
      const otherSourceRule = ruleArb(scenario.scopes).chain((rule) =>
        fc.constantFrom(...otherSources).map((source) => ({ ...rule, source })),
      );
      return fc.record({
        scenario: fc.constant(scenario),
        noise: fc.array(fc.oneof(outsideRule, otherSourceRule), { minLength: 1, maxLength: 6 }),
        seed: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
      });
    });
    fc.assert(
      fc.property(noisyArb, ({ scenario: { scopes, rules, target }, noise, seed }) => {
        const mixed = interleave(rules, noise, seed);
        const clean = resolvePolicy(rules, scopes, target);
        const noisy = resolvePolicy(mixed, scopes, target);
        expect(noisy.action).toBe(clean.action);
        expect(noise).not.toContain(noisy.rule);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns the target’s default, without a rule, when no rule matches', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ scopes, rules, target }) => {
        const unrelated = rules.filter((rule) => !applies(rule, scopes, target));
        expect(resolvePolicy(unrelated, scopes, target)).toEqual({ action: target.defaultAction });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('decides by a rule exactly when some rule applies to the call', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ scopes, rules, target }) => {
        const resolved = resolvePolicy(rules, scopes, target);
        expect(resolved.rule !== undefined).toBe(rules.some((rule) => applies(rule, scopes, target)));
        if (resolved.rule) {
          expect(rules).toContain(resolved.rule);
          expect(applies(resolved.rule, scopes, target)).toBe(true);
          expect(resolved.action).toBe(resolved.rule.action);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('toolPatternMatches properties', () => {
  it('agrees with a reference glob matcher on ids and patterns over a small alphabet', () => {
    const text = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 7 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text(['a', 'b', '.', '*', '$']), text(['a', 'b', '.', '$']), (pattern, toolId) => {
        expect(toolPatternMatches(pattern, toolId)).toBe(globMatches(pattern, toolId));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** What decides between rules: scope, level, specificity and action — everything but the tie-break order. */
function rankOf(rule: PolicyRule | undefined): unknown {
  if (!rule) return undefined;
  return { scope: rule.scope, onConnection: rule.connection !== undefined, specificity: specificity(rule), action: rule.action };
}

/** Inserts each of `extra` into `base` at a position taken from `seed`, keeping both orders. */
function interleave<T>(base: readonly T[], extra: readonly T[], seed: readonly number[]): T[] {
  const out = [...base];
  extra.forEach((item, i) => out.splice((seed[i] ?? 0) % (out.length + 1), 0, item));
  return out;
}

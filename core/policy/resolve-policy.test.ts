import { describe, expect, it } from 'vitest';
import type { PolicyAction } from '../manifest.js';
import { formatZodIssues } from '../zod-issues.js';
import {
  describeRule,
  PolicyRuleConfigSchema,
  RESTRICTIVENESS,
  specificity,
  toolPatternMatches,
  type PolicyRule,
} from './policy-rule.js';
import { resolvePolicy, type PolicyTarget } from './resolve-policy.js';

const STACK = ['org', 'team', 'local'] as const;

const readCall: PolicyTarget = { source: 'github', connection: 'work', tool: 'issues.list', defaultAction: 'allow' };
const writeCall: PolicyTarget = { source: 'github', connection: 'work', tool: 'repos.delete', defaultAction: 'require_approval' };

interface Case {
  name: string;
  rules: PolicyRule[];
  scopes?: readonly string[];
  target: PolicyTarget;
  action: PolicyAction;
  /** The rule expected to decide, as an index into `rules`; `null` when the default must apply. */
  decidedBy?: number | null;
}

function rule(scope: string, action: PolicyAction, extra: Partial<Pick<PolicyRule, 'source' | 'connection' | 'tools'>> = {}): PolicyRule {
  return { scope, source: 'github', action, ...extra };
}

const cases: Case[] = [
  // Defaults
  { name: 'with no rule a read gets its default allow', rules: [], target: readCall, action: 'allow', decidedBy: null },
  { name: 'with no rule a write gets its default require_approval', rules: [], target: writeCall, action: 'require_approval', decidedBy: null },
  { name: 'with an empty scope stack the default applies', rules: [rule('local', 'block')], scopes: [], target: writeCall, action: 'require_approval', decidedBy: null },

  // Source-level rules
  { name: 'a source-level allow fixes a write the source flagged', rules: [rule('local', 'allow')], target: writeCall, action: 'allow', decidedBy: 0 },
  { name: 'a source-level block blocks a read', rules: [rule('local', 'block')], target: readCall, action: 'block', decidedBy: 0 },
  { name: 'a source-level require_approval applies to a read', rules: [rule('org', 'require_approval')], target: readCall, action: 'require_approval', decidedBy: 0 },

  // Tool patterns
  { name: 'issues.* applies to issues.list', rules: [rule('local', 'block', { tools: 'issues.*' })], target: readCall, action: 'block', decidedBy: 0 },
  { name: 'issues.* is ignored for repos.delete', rules: [rule('local', 'allow', { tools: 'issues.*' })], target: writeCall, action: 'require_approval', decidedBy: null },
  { name: 'repos.delete* applies to repos.delete', rules: [rule('local', 'block', { tools: 'repos.delete*' })], target: writeCall, action: 'block', decidedBy: 0 },
  {
    name: 'repos.delete* applies to repos.delete_branch',
    rules: [rule('local', 'block', { tools: 'repos.delete*' })],
    target: { ...writeCall, tool: 'repos.delete_branch' },
    action: 'block',
    decidedBy: 0,
  },
  { name: 'repos.delete* is ignored for repos.get', rules: [rule('local', 'block', { tools: 'repos.delete*' })], target: { ...readCall, tool: 'repos.get' }, action: 'allow', decidedBy: null },
  { name: 'an exact id applies to that tool', rules: [rule('local', 'allow', { tools: 'repos.delete' })], target: writeCall, action: 'allow', decidedBy: 0 },
  {
    name: 'an exact id does not apply to a tool it prefixes',
    rules: [rule('local', 'allow', { tools: 'repos.delete' })],
    target: { ...writeCall, tool: 'repos.delete_branch' },
    action: 'require_approval',
    decidedBy: null,
  },
  { name: 'a dot in a pattern is literal', rules: [rule('local', 'block', { tools: 'issues.list' })], target: { ...readCall, tool: 'issuesXlist' }, action: 'allow', decidedBy: null },

  // Specificity within one level
  {
    name: 'an exact id beats a pattern in the same scope',
    rules: [rule('local', 'block', { tools: 'repos.*' }), rule('local', 'allow', { tools: 'repos.delete' })],
    target: writeCall,
    action: 'allow',
    decidedBy: 1,
  },
  {
    name: 'a pattern beats the whole source in the same scope',
    rules: [rule('local', 'block'), rule('local', 'allow', { tools: 'issues.*' })],
    target: readCall,
    action: 'allow',
    decidedBy: 1,
  },
  {
    name: 'an exact id beats the whole source in the same scope',
    rules: [rule('local', 'allow', { tools: 'repos.delete' }), rule('local', 'block')],
    target: writeCall,
    action: 'allow',
    decidedBy: 0,
  },
  {
    name: 'a longer literal pattern beats a shorter one',
    rules: [rule('local', 'allow', { tools: 'repos.*' }), rule('local', 'block', { tools: 'repos.delete*' })],
    target: writeCall,
    action: 'block',
    decidedBy: 1,
  },
  {
    name: 'of equally specific rules the most restrictive decides (block listed last)',
    rules: [rule('local', 'allow', { tools: 'issues.*' }), rule('local', 'block', { tools: '*es.list' }), rule('local', 'require_approval', { tools: 'i*ues.li*' })],
    target: readCall,
    action: 'block',
    decidedBy: 1,
  },
  {
    name: 'of equally specific rules the most restrictive decides (block listed first)',
    rules: [rule('local', 'block'), rule('local', 'allow')],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'of two exact-id rules the most restrictive decides',
    rules: [rule('local', 'allow', { tools: 'repos.delete' }), rule('local', 'require_approval', { tools: 'repos.delete' })],
    target: writeCall,
    action: 'require_approval',
    decidedBy: 1,
  },

  // Connection level over source level, within one scope
  {
    name: 'a connection allow overrides a source block in the same scope',
    rules: [rule('local', 'block'), rule('local', 'allow', { connection: 'work' })],
    target: writeCall,
    action: 'allow',
    decidedBy: 1,
  },
  {
    name: 'a connection block overrides a source allow in the same scope',
    rules: [rule('local', 'allow'), rule('local', 'block', { connection: 'work' })],
    target: readCall,
    action: 'block',
    decidedBy: 1,
  },
  {
    name: 'a whole-source connection block overrides an exact-id source allow in the same scope',
    rules: [rule('local', 'block', { connection: 'work' }), rule('local', 'allow', { tools: 'issues.list' })],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'a whole-source connection rule overrides a more specific source rule in the same scope',
    rules: [rule('local', 'block', { tools: 'repos.delete' }), rule('local', 'allow', { connection: 'work' })],
    target: writeCall,
    action: 'allow',
    decidedBy: 1,
  },
  {
    name: 'a connection rule whose pattern does not match leaves the source rule deciding',
    rules: [rule('local', 'block'), rule('local', 'allow', { connection: 'work', tools: 'issues.*' })],
    target: writeCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'a rule for another connection does not apply',
    rules: [rule('local', 'block', { connection: 'personal' })],
    target: readCall,
    action: 'allow',
    decidedBy: null,
  },
  {
    name: 'a rule for another connection does not override the source rule',
    rules: [rule('local', 'block'), rule('local', 'allow', { connection: 'personal' })],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'within the connection level the most specific rule decides',
    rules: [rule('local', 'block', { connection: 'work' }), rule('local', 'allow', { connection: 'work', tools: 'repos.delete' })],
    target: writeCall,
    action: 'allow',
    decidedBy: 1,
  },

  // Across scopes
  {
    name: 'across scopes the most restrictive verdict wins',
    rules: [rule('org', 'require_approval'), rule('team', 'block'), rule('local', 'allow')],
    target: readCall,
    action: 'block',
    decidedBy: 1,
  },
  {
    name: 'an outer source block is not weakened by an inner source allow',
    rules: [rule('org', 'block'), rule('local', 'allow')],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'an outer require_approval is not weakened by an inner allow on the exact tool',
    rules: [rule('org', 'require_approval'), rule('local', 'allow', { tools: 'repos.delete' })],
    target: writeCall,
    action: 'require_approval',
    decidedBy: 0,
  },
  {
    name: 'an outer source block is not weakened by an inner connection allow',
    rules: [rule('org', 'block'), rule('local', 'allow', { connection: 'work' })],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'an outer connection require_approval is not weakened by an inner connection allow',
    rules: [rule('team', 'require_approval', { connection: 'work' }), rule('local', 'allow', { connection: 'work' })],
    target: readCall,
    action: 'require_approval',
    decidedBy: 0,
  },
  {
    name: 'an outer allow does not keep an inner scope from adding a block',
    rules: [rule('org', 'allow'), rule('local', 'block', { tools: 'repos.delete*' })],
    target: writeCall,
    action: 'block',
    decidedBy: 1,
  },
  {
    name: 'an inner require_approval adds restriction to an outer allow',
    rules: [rule('org', 'allow', { connection: 'work' }), rule('local', 'require_approval', { tools: 'issues.*' })],
    target: readCall,
    action: 'require_approval',
    decidedBy: 1,
  },
  {
    name: 'an inner allow fixes a write default when no outer scope has a rule',
    rules: [rule('local', 'allow', { tools: 'repos.*' })],
    target: writeCall,
    action: 'allow',
    decidedBy: 0,
  },
  {
    name: 'an outer allow fixes a write default when the inner scope has no rule',
    rules: [rule('org', 'allow')],
    target: writeCall,
    action: 'allow',
    decidedBy: 0,
  },
  {
    name: 'a connection override in one scope does not cross into another scope',
    rules: [rule('org', 'block'), rule('team', 'allow', { connection: 'work' })],
    target: readCall,
    action: 'block',
    decidedBy: 0,
  },
  {
    name: 'of equally restrictive verdicts across scopes the outermost is reported',
    rules: [rule('local', 'block'), rule('org', 'block')],
    target: readCall,
    action: 'block',
    decidedBy: 1,
  },

  // Rules that do not apply
  {
    name: 'rules of a scope not in the stack are ignored',
    rules: [rule('elsewhere', 'block'), rule('elsewhere', 'allow', { connection: 'work', tools: 'repos.delete' })],
    target: writeCall,
    action: 'require_approval',
    decidedBy: null,
  },
  {
    name: 'rules of a scope dropped from a shorter stack are ignored',
    rules: [rule('local', 'block')],
    scopes: ['org', 'team'],
    target: readCall,
    action: 'allow',
    decidedBy: null,
  },
  {
    name: 'rules of another source are ignored',
    rules: [rule('org', 'block', { source: 'gitlab' }), rule('local', 'block', { source: 'gitlab', connection: 'work' })],
    target: readCall,
    action: 'allow',
    decidedBy: null,
  },
  {
    name: 'a rule of another source does not outrank a rule of this source',
    rules: [rule('local', 'allow'), rule('local', 'block', { source: 'gitlab', tools: 'issues.list' })],
    target: readCall,
    action: 'allow',
    decidedBy: 0,
  },
];

describe('resolvePolicy', () => {
  for (const { name, rules, scopes = STACK, target, action, decidedBy } of cases) {
    it(name, () => {
      const resolved = resolvePolicy(rules, scopes, target);
      expect(resolved.action).toBe(action);
      if (decidedBy === null) expect(resolved).not.toHaveProperty('rule');
      else if (decidedBy !== undefined) expect(resolved.rule).toBe(rules[decidedBy]);
    });
  }

  it('reports the deciding rule so a message can name it', () => {
    const blocking = rule('org', 'block', { connection: 'work', tools: 'repos.delete*' });
    const resolved = resolvePolicy([rule('local', 'allow'), blocking], STACK, writeCall);
    expect(resolved).toEqual({ action: 'block', rule: blocking });
    expect(describeRule(resolved.rule!)).toBe('block on github connection work (repos.delete*) in scope org');
  });

  it('does not modify the rules it is given', () => {
    const rules = [rule('org', 'block'), rule('local', 'allow', { connection: 'work' })];
    const before = structuredClone(rules);
    resolvePolicy(rules, STACK, readCall);
    expect(rules).toEqual(before);
  });

  // `*` and an omitted `tools` both name every tool of the source: equally specific, so the stricter decides.
  it('treats tools "*" as equally specific as no tools pattern, so the more restrictive rule decides', () => {
    const resolved = resolvePolicy([rule('local', 'block'), rule('local', 'allow', { tools: '*' })], STACK, readCall);
    expect(resolved.action).toBe('block');
  });
});

describe('toolPatternMatches', () => {
  it.each([
    ['issues.*', 'issues.list', true],
    ['issues.*', 'issues.comments.create', true],
    ['issues.*', 'issues.', true],
    ['issues.*', 'issues', false],
    ['issues.*', 'pulls.list', false],
    ['*', 'anything.at.all', true],
    ['*.list', 'issues.list', true],
    ['*.list', 'issues.list_for_repo', false],
    ['repos.delete*', 'repos.delete', true],
    ['repos.delete*', 'repos.delete_branch', true],
    ['repos.delete*', 'repos.get', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'a.x.b.y.c', true],
    ['a*b*c', 'aXbYcZ', false],
    ['a*b*c', 'acb', false],
    ['issues.list', 'issues.list', true],
    ['issues.list', 'issuesXlist', false],
    ['issues.*', 'issuesXlist', false],
    ['repos.list', 'repos.list_for_org', false],
    ['$ref.*', '$ref.get', true],
    ['a$*', 'a$b', true],
  ] as const)('%s against %s is %s', (pattern, toolId, expected) => {
    expect(toolPatternMatches(pattern, toolId)).toBe(expected);
  });

  it('treats regex metacharacters other than * literally', () => {
    for (const pattern of ['a+*', 'a?*', '(a)*', '[a]*', 'a|b*', '^a*', 'a{2}*', 'a\\d*']) {
      expect(toolPatternMatches(pattern, `${pattern.slice(0, -1)}x`), pattern).toBe(true);
    }
    expect(toolPatternMatches('a+*', 'aa')).toBe(false);
    expect(toolPatternMatches('a|b*', 'b')).toBe(false);
    expect(toolPatternMatches('[a]*', 'a')).toBe(false);
  });

  it('anchors the whole id, so a pattern never matches a part of it', () => {
    expect(toolPatternMatches('list*', 'issues.list')).toBe(false);
    expect(toolPatternMatches('*issues', 'issues.list')).toBe(false);
  });

  it('gives the same answer when a compiled pattern is reused', () => {
    expect(toolPatternMatches('pulls.*', 'pulls.list')).toBe(true);
    expect(toolPatternMatches('pulls.*', 'issues.list')).toBe(false);
    expect(toolPatternMatches('pulls.*', 'pulls.get')).toBe(true);
  });
});

describe('specificity', () => {
  it('ranks an exact id above any pattern, and a longer literal part above a shorter one', () => {
    const ranked = [{}, { tools: 'repos.*' }, { tools: 'repos.delete*' }, { tools: 'repos.delete' }];
    const values = ranked.map(specificity);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);
    expect(specificity({ tools: '*' })).toBe(specificity({}));
  });

  it('ranks patterns with literal parts of equal length equally', () => {
    expect(specificity({ tools: 'issues.*' })).toBe(specificity({ tools: '*.issues' }));
    expect(specificity({ tools: 'a*b*c' })).toBe(specificity({ tools: 'abc*' }));
  });
});

describe('RESTRICTIVENESS', () => {
  it('orders allow < require_approval < block', () => {
    expect(RESTRICTIVENESS.allow).toBeLessThan(RESTRICTIVENESS.require_approval);
    expect(RESTRICTIVENESS.require_approval).toBeLessThan(RESTRICTIVENESS.block);
  });
});

describe('describeRule', () => {
  it('names the source, action and scope of a whole-source rule', () => {
    expect(describeRule(rule('local', 'allow'))).toBe('allow on github in scope local');
  });

  it('names the connection and pattern when the rule has them', () => {
    expect(describeRule(rule('team', 'require_approval', { connection: 'work', tools: 'issues.*' }))).toBe(
      'require_approval on github connection work (issues.*) in scope team',
    );
  });
});

describe('PolicyRuleConfigSchema', () => {
  function problemOf(config: unknown): string {
    const parsed = PolicyRuleConfigSchema.safeParse(config);
    return parsed.success ? 'valid' : formatZodIssues(parsed.error);
  }

  it('accepts a minimal rule and a full one', () => {
    expect(PolicyRuleConfigSchema.parse({ source: 'github', action: 'block' })).toEqual({ source: 'github', action: 'block' });
    const full = { source: 'github', connection: 'work', tools: 'repos.delete*', action: 'require_approval', scope: 'local' };
    expect(PolicyRuleConfigSchema.parse(full)).toEqual(full);
  });

  it.each(['allow', 'require_approval', 'block'])('accepts the action %s', (action) => {
    expect(problemOf({ source: 'github', action })).toBe('valid');
  });

  it.each(['*', 'issues.*', 'repos.delete*', 'a*b*c', 'issues.list_for_repo', 'v2.$ref'])('accepts the tool pattern %s', (tools) => {
    expect(problemOf({ source: 'github', tools, action: 'allow' })).toBe('valid');
  });

  it('rejects an unknown action, naming the field and the valid actions', () => {
    const problem = problemOf({ source: 'github', action: 'deny' });
    expect(problem).toMatch(/^action: /);
    expect(problem).toContain('require_approval');
  });

  it('rejects a missing action and a missing source, naming each', () => {
    expect(problemOf({ source: 'github' })).toMatch(/^action: /);
    expect(problemOf({ action: 'allow' })).toMatch(/^source: /);
  });

  it('rejects unknown keys, naming them', () => {
    const problem = problemOf({ source: 'github', action: 'allow', tool: 'issues.*' });
    expect(problem).not.toBe('valid');
    expect(problem).toContain('tool');
  });

  it.each([
    ['source', 'git-hub'],
    ['source', '1github'],
    ['source', ''],
    ['connection', 'my work'],
    ['connection', 'work.personal'],
    ['scope', 'team-a'],
    ['scope', '*'],
  ])('rejects %s %j as not an identifier, naming the field', (field, value) => {
    const problem = problemOf({ source: 'github', action: 'allow', [field]: value });
    expect(problem).toBe(`${field}: must be a JavaScript identifier`);
  });

  it.each(['', 'issues list', 'repos/delete', 'issues.*?', 'issues-list', 'repos.(delete)'])('rejects the tool pattern %j, naming the field', (tools) => {
    const problem = problemOf({ source: 'github', tools, action: 'allow' });
    expect(problem).toMatch(/^tools: /);
  });

  it('explains what a valid tool pattern looks like', () => {
    expect(problemOf({ source: 'github', tools: 'issues list', action: 'allow' })).toContain('issues.*');
  });

  it.each([
    ['null', null],
    ['a string', 'github'],
    ['an array', ['github', 'allow']],
  ])('rejects a rule that is %s', (_, config) => {
    expect(problemOf(config)).not.toBe('valid');
  });
});

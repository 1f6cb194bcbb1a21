import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../../core/index.js';
import { printToolDeclaration, printToolsDeclaration, type PrintableTool } from './index.js';
import { compileDiagnostics } from './testing/compile-check.js';

const listForRepo: PrintableTool = {
  address: 'github.local.work.issues.list_for_repo',
  summary: 'List repository issues',
  description: 'List issues in a repository.\n\nOnly open issues will be listed.',
  inputSchema: {
    type: 'object',
    properties: {
      owner: { type: 'string', description: 'The account owner of the repository. The name is not case sensitive.' },
      state: { type: 'string', enum: ['open', 'closed', 'all'] },
      per_page: { type: 'integer' },
    },
    required: ['owner'],
  },
  outputSchema: {
    type: 'array',
    items: { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' } }, required: ['id', 'title'] },
  },
};

const noArgs: JsonSchemaObject = { type: 'object', properties: { limit: { type: 'integer' } } };

function tool(address: string, inputSchema: JsonSchemaObject = noArgs, outputSchema?: JsonSchemaObject): PrintableTool {
  return { address, description: `Calls ${address}.`, inputSchema, ...(outputSchema ? { outputSchema } : {}) };
}

/** Compiles the declaration beside a usage snippet (the body of an async function). */
function compileWithUsage(declaration: string, usage: string): string[] {
  return compileDiagnostics({
    'tools.d.ts': declaration,
    'usage.ts': `export async function use(): Promise<void> {\n${usage}\n}\n`,
  });
}

describe('printToolDeclaration', () => {
  it('prints a namespaced function with JSDoc, typed args and a typed result', () => {
    expect(printToolDeclaration(listForRepo)).toBe(
      [
        'declare namespace tools.github.local.work.issues {',
        '  /**',
        '   * List repository issues',
        '   *',
        '   * List issues in a repository. Only open issues will be listed.',
        '   */',
        '  function list_for_repo(args: {',
        '    /** The account owner of the repository. The name is not case sensitive. */',
        '    owner: string;',
        '    state?: "open" | "closed" | "all";',
        '    per_page?: number;',
        '  }): Promise<Array<{ id: number; title: string }>>;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('makes args optional when no property is required', () => {
    expect(printToolDeclaration(tool('s.local.c.list'))).toContain('function list(args?: { limit?: number }): Promise<unknown>;');
  });

  it('makes args required when a required property comes through a $ref or allOf', () => {
    const required: JsonSchemaObject = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
    const viaRef = tool('s.local.c.a', { $defs: { Args: required }, $ref: '#/$defs/Args' });
    const viaAllOf = tool('s.local.c.b', { allOf: [required] });
    expect(printToolDeclaration(viaRef)).toContain('function a(args: { id: string })');
    expect(printToolDeclaration(viaAllOf)).toContain('function b(args: { id: string })');
  });

  it('prints one paragraph when the summary is missing or repeats the description', () => {
    expect(printToolDeclaration(tool('s.local.c.x'))).toContain('  /** Calls s.local.c.x. */\n');
    const same = { ...tool('s.local.c.x'), summary: 'Calls s.local.c.x.' };
    expect(printToolDeclaration(same)).toContain('  /** Calls s.local.c.x. */\n');
  });

  it('caps each paragraph of the tool JSDoc', () => {
    const long = { ...tool('s.local.c.x'), summary: 'Short.', description: 'word '.repeat(400) };
    const doc = printToolDeclaration(long, { maxDocLength: 120 }).split('\n')[4] ?? '';
    expect(doc.length).toBeLessThanOrEqual('   * '.length + 120);
    expect(doc).toMatch(/…$/);
  });

  it('prints inputs in full and outputs to depth 3 by default', () => {
    const deep: JsonSchemaObject = {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'object', properties: { d: { type: 'string' } } } } } } },
      },
    };
    const printed = printToolDeclaration(tool('s.local.c.deep', deep, deep));
    expect(printed).toContain('args?: { a?: { b?: { c?: { d?: string } } } }');
    expect(printed).toContain('Promise<{ a?: { b?: { c?: Record<string, unknown> } } }>');
  });

  it('takes print options for inputs and outputs', () => {
    const deep: JsonSchemaObject = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } };
    const printed = printToolDeclaration(tool('s.local.c.deep', deep, deep), { input: { maxDepth: 1 }, output: { maxDepth: 10 } });
    expect(printed).toContain('args?: { a?: Record<string, unknown> }');
    expect(printed).toContain('Promise<{ a?: { b?: string } }>');
  });

  it('turns address segments that are not identifiers into identifiers', () => {
    expect(printToolDeclaration(tool('my-api.local.work.list-pets'))).toContain(
      'declare namespace tools.my_api.local.work {\n  /** Calls my-api.local.work.list-pets. */\n  function list_pets(',
    );
  });
});

describe('printToolsDeclaration', () => {
  const tools = [
    tool('github.local.work.issues.list_for_repo'),
    tool('github.local.work.repos.get'),
    tool('github.local.work.issues.create', { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] }),
    tool('petstore.local.default.pets.list'),
  ];

  it('merges tools of one namespace into one block, in the order given', () => {
    const printed = printToolsDeclaration(tools);
    expect(printed.match(/declare namespace/g)).toHaveLength(3);
    const issues = printed.slice(printed.indexOf('declare namespace tools.github.local.work.issues {'));
    const block = issues.slice(0, issues.indexOf('\n}\n'));
    expect(block).toContain('function list_for_repo(');
    expect(block).toContain('function create(args: { title: string })');
    expect(block.indexOf('list_for_repo')).toBeLessThan(block.indexOf('create'));
  });

  it('prints nothing for no tools', () => {
    expect(printToolsDeclaration([])).toBe('');
  });

  it('declares tools whose names are reserved words as methods, and compiles', () => {
    const printed = printToolsDeclaration([
      tool('github.local.work.repos.get'),
      tool('github.local.work.repos.delete', { type: 'object', properties: { repo: { type: 'string' } }, required: ['repo'] }),
      tool('github.local.work.repos.hooks.list'),
      tool('github.local.work.repos'),
      tool('github.local.work.issues.list'),
    ]);
    expect(printed).toContain(
      'declare namespace tools.github.local.work {\n  const repos: {\n    /** Calls github.local.work.repos. */\n    (args?: { limit?: number }): Promise<unknown>;\n',
    );
    expect(printed).toContain('    delete(args: { repo: string }): Promise<unknown>;');
    expect(printed).not.toContain('namespace tools.github.local.work.repos');
    const usage = [
      "await tools.github.local.work.repos.delete({ repo: 'x' });",
      'await tools.github.local.work.repos.get();',
      'await tools.github.local.work.repos.hooks.list({ limit: 1 });',
      'await tools.github.local.work.repos();',
      'await tools.github.local.work.issues.list();',
      '// @ts-expect-error repo is required',
      'await tools.github.local.work.repos.delete({});',
    ].join('\n');
    expect(compileWithUsage(printed, usage)).toEqual([]);
  });

  it('keeps a tool named like a sibling namespace as its call signature inside a folded namespace', () => {
    const printed = printToolsDeclaration([
      tool('s.local.c.delete'),
      tool('s.local.c.repos'),
      tool('s.local.c.repos.get'),
    ]);
    expect(printed).toContain('declare namespace tools.s.local {\n  const c: {');
    const usage = 'await tools.s.local.c.delete();\nawait tools.s.local.c.repos();\nawait tools.s.local.c.repos.get();';
    expect(compileWithUsage(printed, usage)).toEqual([]);
  });

  it('folds the whole catalog into a constant when a top-level tool has a reserved name', () => {
    const printed = printToolsDeclaration([tool('new'), tool('a.b.c.d')]);
    expect(printed.startsWith('declare const tools: {')).toBe(true);
    expect(compileWithUsage(printed, 'await tools.new();\nawait tools.a.b.c.d();')).toEqual([]);
  });

  it('compiles with usage: connection "default", a function beside a namespace of the same name, every reserved word', () => {
    const reserved = (
      'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
      'function if import in instanceof new null return super switch this throw true try typeof var void while with'
    ).split(' ');
    const printed = printToolsDeclaration([
      ...tools,
      tool('github.local.work.repos.get.branches'),
      ...reserved.map((word) => tool(`words.local.${word}.${word}.${word}`)),
    ]);
    const usage = [
      "const issue: unknown = await tools.github.local.work.issues.create({ title: 'Bug' });",
      'await tools.github.local.work.issues.list_for_repo({ limit: 10 });',
      'await tools.github.local.work.repos.get();',
      'await tools.github.local.work.repos.get.branches();',
      'await tools.petstore.local.default.pets.list();',
      ...reserved.map((word) => `await tools.words.local.${word}.${word}.${word}();`),
      '// @ts-expect-error title is required',
      'await tools.github.local.work.issues.create({});',
      '// @ts-expect-error no such tool',
      'await tools.github.local.work.issues.nope();',
      'void issue;',
    ].join('\n');
    expect(compileWithUsage(printed, usage)).toEqual([]);
  });
  it('does not repeat a summary the description opens with', () => {
    const printed = printToolDeclaration({
      address: 'github.local.work.issues.create',
      summary: 'Create an issue',
      description: 'Create an issue\n\nAny user with pull access can create an issue.',
      inputSchema: { type: 'object', properties: {} },
    });
    expect(printed).toContain('Create an issue\n');
    expect(printed).toContain('Any user with pull access');
    expect(printed.match(/Create an issue/g)).toHaveLength(1);
  });
});

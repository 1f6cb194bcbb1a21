import { describe, expect, it } from 'vitest';
import { outputPrintDefaults, printToolsDeclaration, typeFromSchema } from './index.js';
import { compileDiagnostics } from './testing/compile-check.js';
import { allResponseSchemas, gitHubTool, loadGitHubSpec } from './testing/github-spec.js';

const spec = loadGitHubSpec();
const listForRepo = gitHubTool(spec, 'issues/list-for-repo', 'github.local.work.issues.list_for_repo');
const getRepo = gitHubTool(spec, 'repos/get', 'github.local.work.repos.get');
const declaration = printToolsDeclaration([listForRepo, getRepo]);

const usage = `export async function use(): Promise<string[]> {
  const issues = await tools.github.local.work.issues.list_for_repo({ owner: 'octokit', repo: 'rest.js', state: 'open', per_page: 10 });
  const titles = issues.map((issue) => \`#\${issue.number} \${issue.title} by \${issue.user?.login ?? 'ghost'}\`);
  const repo = await tools.github.local.work.repos.get({ owner: 'octokit', repo: 'rest.js' });
  const stars: number = repo.stargazers_count;
  const branch: string = repo.default_branch;
  // @ts-expect-error repo is required
  await tools.github.local.work.repos.get({ owner: 'octokit' });
  // @ts-expect-error state is one of three values
  await tools.github.local.work.issues.list_for_repo({ owner: 'o', repo: 'r', state: 'merged' });
  return [...titles, repo.full_name, branch, String(stars)];
}
`;

describe('declarations of the real GitHub API', () => {
  it('prints issues/list-for-repo with its documented parameters and the issue fields', () => {
    expect(declaration).toContain('declare namespace tools.github.local.work.issues {');
    expect(declaration).toContain('  function list_for_repo(args: {\n');
    expect(declaration).toContain('    /** The account owner of the repository. The name is not case sensitive. */\n    owner: string;');
    expect(declaration).toContain('     * Indicates the state of the issues to return.\n     * @default "open"\n     */\n    state?: "open" | "closed" | "all";');
    expect(declaration).toContain('(date-time) */\n    since?: string;');
    expect(declaration).toContain('  }): Promise<Array<{\n    id: number;');
    expect(declaration).toContain('    /** Title of the issue */\n    title: string;');
    expect(declaration).toContain('assignees?: Array<Record<string, unknown> /* same shape as .[].user */>;');
  });

  it('prints repos/get with the repository fields in under 12 KB', () => {
    expect(declaration).toContain('declare namespace tools.github.local.work.repos {');
    expect(declaration).toContain('  function get(args: {\n');
    const output = typeFromSchema(getRepo.outputSchema ?? {}, { ...outputPrintDefaults, indent: 1 });
    for (const field of ['full_name: string;', 'private: boolean;', 'stargazers_count: number;', 'default_branch: string;', 'topics?: string[];']) {
      expect(output).toContain(field);
    }
    expect(output).toContain('    parent?: Record<string, unknown> /* same shape as .template_repository */;');
    expect(output.length).toBeLessThan(12_000);
    expect(declaration).toContain(output);
  });

  it('compiles, and types a usage snippet', () => {
    expect(compileDiagnostics({ 'github.d.ts': declaration, 'usage.ts': usage })).toEqual([]);
  });

  it('prints every response schema of the spec as a type that compiles', () => {
    const responses = allResponseSchemas(spec);
    expect(responses.length).toBeGreaterThan(2_000);
    const text = responses
      .map(({ label, schema }, i) => `// ${label}\ntype T${i} = ${typeFromSchema(schema, outputPrintDefaults)};`)
      .join('\n');
    expect(compileDiagnostics({ 'responses.ts': `${text}\nexport {};\n` })).toEqual([]);
  });

  it('prints every response schema at full depth without throwing, bounded by the object budget', () => {
    for (const { schema } of allResponseSchemas(spec)) {
      expect(typeFromSchema(schema).length).toBeLessThan(500_000);
    }
  });
});

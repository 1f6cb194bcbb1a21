import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLexicalRanker } from './lexical-ranker.js';
import type { SearchDocument } from './ranker.js';
import { createSearchIndex } from './search-index.js';
import type { SearchIndex } from './search-index.js';

// Search quality on a real catalog: GitHub's REST description, ~1,100 operations, many of them near
// neighbours ("Delete a repository" beside "Delete a repository secret"). Documents are built the way the
// OpenAPI source plugin builds tool ids (operationId `/` → `.`, `-` → `_`).

const SOURCE = 'github';
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const;
const LATENCY_QUERIES = 200;

const Reference = z.object({ $ref: z.string() });
const Parameter = z.union([Reference, z.object({ name: z.string() })]);
const BodySchema = z.object({ $ref: z.string().optional(), properties: z.record(z.string(), z.unknown()).optional() });
const Operation = z.object({
  operationId: z.string(),
  summary: z.string().default(''),
  description: z.string().default(''),
  tags: z.array(z.string()).default([]),
  parameters: z.array(Parameter).default([]),
  requestBody: z
    .object({ content: z.record(z.string(), z.object({ schema: BodySchema.optional() })).default({}) })
    .optional(),
});
const QuerySet = z.array(z.object({ query: z.string(), expected: z.array(z.string()).min(1) }));
const QueryFixture = z.object({ tuning: QuerySet, 'held-out': QuerySet });
const Spec = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({
    parameters: z.record(z.string(), z.object({ name: z.string() })),
    schemas: z.record(z.string(), z.unknown()),
  }),
});
type Spec = z.infer<typeof Spec>;

let index: SearchIndex;
let documents: SearchDocument[];

beforeAll(async () => {
  const specPath = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  documents = documentsFrom(Spec.parse(JSON.parse(readFileSync(specPath, 'utf8'))));
  const started = performance.now();
  index = createSearchIndex({ rankers: [createLexicalRanker()] });
  await index.add(documents);
  console.log(`indexed ${documents.length} GitHub operations in ${(performance.now() - started).toFixed(0)} ms`);
});

describe('lexical search over GitHub REST operations', () => {
  it.each([
    ['list issues in a repository', ['issues.list_for_repo']],
    ['create a pull request', ['pulls.create']],
    ['delete a repository', ['repos.delete']],
    ['star a repository', ['activity.star_repo_for_authenticated_user']],
    ['get the authenticated user', ['users.get_authenticated']],
    ['list workflow runs', ['actions.list_workflow_runs', 'actions.list_workflow_runs_for_repo']],
  ])('finds the operation for "%s" in the top 5', async (query, expected) => {
    const top = (await index.search(query, { limit: 5 })).map((hit) => hit.toolId);
    expect(top.some((id) => expected.includes(id)), `top 5: ${top.join(', ')}`).toBe(true);
  });

  it('puts the named operation first when the query is its id or operationId', async () => {
    for (const query of ['issues.list_for_repo', 'github.issues.list_for_repo', 'issues/list-for-repo']) {
      expect((await index.search(query, { limit: 3 }))[0]?.toolId).toBe('issues.list_for_repo');
    }
  });

  it('reports hit@1, hit@5 and MRR on the query fixture (printed, not asserted)', async () => {
    const fixture = QueryFixture.parse(JSON.parse(readFileSync(new URL('./fixtures/github-queries.json', import.meta.url), 'utf8')));
    for (const [name, queries] of Object.entries(fixture)) {
      let hitAt1 = 0;
      let hitAt5 = 0;
      let reciprocalRanks = 0;
      for (const { query, expected } of queries) {
        const hits = await index.search(query, { limit: 20 });
        const rank = hits.findIndex((hit) => expected.includes(hit.toolId)) + 1;
        if (rank === 1) hitAt1 += 1;
        if (rank >= 1 && rank <= 5) hitAt5 += 1;
        if (rank >= 1) reciprocalRanks += 1 / rank;
      }
      console.log(
        `${name} queries: hit@1 ${hitAt1}/${queries.length}, hit@5 ${hitAt5}/${queries.length}, ` +
          `MRR ${(reciprocalRanks / queries.length).toFixed(3)}`,
      );
    }
    expect(fixture.tuning.length).toBeGreaterThan(0);
  });

  it('reports index time and query latency (printed, not asserted)', async () => {
    const step = Math.max(1, Math.floor(documents.length / LATENCY_QUERIES));
    const queries = documents.filter((_, i) => i % step === 0).slice(0, LATENCY_QUERIES);
    const latencies: number[] = [];
    let foundOwnSummary = 0;
    for (const doc of queries) {
      const started = performance.now();
      const hits = await index.search(doc.summary.toLowerCase(), { limit: 5 });
      latencies.push(performance.now() - started);
      if (hits.some((hit) => hit.key === doc.key)) foundOwnSummary += 1;
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `${latencies.length} queries: p50 ${percentile(latencies, 0.5).toFixed(2)} ms, ` +
        `p99 ${percentile(latencies, 0.99).toFixed(2)} ms; ` +
        `own operation in top 5 for its summary: ${foundOwnSummary}/${queries.length}`,
    );
    expect(latencies).toHaveLength(queries.length);
  });
});

function documentsFrom(spec: Spec): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      const operation = Operation.parse(item[method]);
      const toolId = operation.operationId.replaceAll('/', '.').replaceAll('-', '_');
      docs.push({
        key: `${SOURCE}\u0000${toolId}`,
        source: SOURCE,
        toolId,
        summary: operation.summary,
        description: operation.description,
        parameters: [...parameterNames(spec, operation), ...bodyPropertyNames(spec, operation)],
        keywords: [...operation.tags, ...pathNouns(path)],
      });
    }
  }
  return docs;
}

function parameterNames(spec: Spec, operation: z.infer<typeof Operation>): string[] {
  return operation.parameters.flatMap((parameter) => {
    if ('name' in parameter) return [parameter.name];
    const referenced = spec.components.parameters[parameter.$ref.split('/').at(-1) ?? ''];
    return referenced === undefined ? [] : [referenced.name];
  });
}

function bodyPropertyNames(spec: Spec, operation: z.infer<typeof Operation>): string[] {
  const schema = operation.requestBody?.content['application/json']?.schema;
  if (schema === undefined) return [];
  const resolved = schema.$ref === undefined ? schema : BodySchema.safeParse(spec.components.schemas[schema.$ref.split('/').at(-1) ?? '']).data;
  return Object.keys(resolved?.properties ?? {});
}

/** `/repos/{owner}/{repo}/issues` → `repos`, `issues`: the literal segments; braces are parameters. */
function pathNouns(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{'));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

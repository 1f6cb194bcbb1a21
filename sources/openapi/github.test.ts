import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { isIdentifier, isSchemaObject, type JsonSchema, type Manifest, type ManifestTool } from '../../core/index.js';
import { openApiSource } from './index.js';

// GitHub's published REST description: 13 MB, ~1,200 operations, ~1,000 components, recursive schemas.

const specPath = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

describe('resolving the GitHub REST API description', () => {
  let manifest: Manifest;
  let elapsedMs: number;

  beforeAll(async () => {
    const plugin = openApiSource();
    const config = plugin.config.parse({ name: 'github', kind: 'openapi', spec: specPath });
    const started = performance.now();
    manifest = await plugin.resolve(config, { baseDir: dirname(specPath), fetch });
    elapsedMs = performance.now() - started;
    console.log(
      `GitHub description resolved in ${Math.round(elapsedMs)} ms: ${manifest.tools.length} tools, ${manifest.warnings.length} warnings`,
    );
  });

  it('resolves in a few seconds', () => {
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('makes a tool of (nearly) every operation, with no warnings', () => {
    expect(manifest.tools.length).toBeGreaterThanOrEqual(1_200);
    expect(manifest.warnings).toEqual([]);
    expect(manifest.title).toMatch(/GitHub/);
    expect(manifest.baseUrl).toBe('https://api.github.com');
  });

  it('gives every tool a unique id whose segments are JavaScript identifiers', () => {
    const ids = manifest.tools.map((tool) => tool.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.split('.').every(isIdentifier), id).toBe(true);
  });

  it('maps issues/list-for-repo to issues.list_for_repo with owner and repo required', () => {
    const tool = manifest.tools.find((candidate) => candidate.id === 'issues.list_for_repo');
    expect(tool).toBeDefined();
    const { properties, required } = tool!.inputSchema;
    expect(required).toEqual(expect.arrayContaining(['owner', 'repo']));
    expect(properties?.owner).toMatchObject({ type: 'string' });
    expect(properties?.repo).toMatchObject({ type: 'string' });
    expect(tool!.sideEffect).toBe('read');
    expect(tool!.defaultPolicy).toBe('allow');
    expect(tool!.outputSchema).toMatchObject({ type: 'array' });
  });

  it('leaves no $ref that does not point into the tool schema’s own $defs', () => {
    for (const tool of manifest.tools) {
      for (const schema of schemasOf(tool)) {
        const defs = isSchemaObject(schema) ? (schema.$defs ?? {}) : {};
        for (const ref of refsIn(schema)) {
          expect(ref.startsWith('#/$defs/'), `${tool.id}: ${ref}`).toBe(true);
          expect(Object.hasOwn(defs, ref.slice('#/$defs/'.length)), `${tool.id}: ${ref}`).toBe(true);
        }
      }
    }
  });

  it('produces schemas a JSON Schema 2020-12 validator compiles (every 10th tool)', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allowUnionTypes: true });
    const sample = manifest.tools.filter((_, index) => index % 10 === 0);
    for (const tool of sample) {
      for (const schema of schemasOf(tool)) expect(() => ajv.compile(schema as object), tool.id).not.toThrow();
    }
    const validate = ajv.compile(manifest.tools.find((candidate) => candidate.id === 'issues.list_for_repo')!.inputSchema);
    expect(validate({ owner: 'octocat', repo: 'hello-world', state: 'open', per_page: 10 })).toBe(true);
    expect(validate({ owner: 'octocat' })).toBe(false);
    expect(validate({ owner: 'octocat', repo: 'hello-world', ownr: 'typo' })).toBe(false);
  });

  it('keeps every schema JSON-serialisable (recursive schemas stay refs, not object cycles)', () => {
    for (const tool of manifest.tools) {
      expect(() => JSON.stringify(tool)).not.toThrow();
    }
    const serialized = JSON.stringify(manifest);
    expect(JSON.parse(serialized).tools).toHaveLength(manifest.tools.length);
  });
});

function schemasOf(tool: ManifestTool): JsonSchema[] {
  return tool.outputSchema === undefined ? [tool.inputSchema] : [tool.inputSchema, tool.outputSchema];
}

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else if (key !== 'enum' && key !== 'const' && key !== 'default') refsIn(item, found);
    }
  }
  return found;
}

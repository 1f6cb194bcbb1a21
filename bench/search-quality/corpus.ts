// The StableToolBench retrieval set (see /work/shared/bench-data/stabletoolbench/README.md) loaded and turned
// into SearchDocuments the way an import of those RapidAPI endpoints would make them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifierFrom } from '../../core/index.js';
import type { SearchDocument } from '../../search/index.js';
import { firstSentence, uniqueToolIds } from '../../sources/openapi/index.js';

export const DEFAULT_DATA_DIR = '/work/shared/bench-data/stabletoolbench';

export interface CorpusParameter {
  name: string;
  type?: string;
  description?: string;
  default?: unknown;
}

export interface CorpusEndpoint {
  _id: string;
  category: string;
  tool: string;
  api: string;
  method: string;
  description: string;
  required_parameters: CorpusParameter[];
  optional_parameters: CorpusParameter[];
}

export interface BenchQuery {
  _id: string;
  text: string;
  split: string;
}

export interface Dataset {
  endpoints: CorpusEndpoint[];
  queries: BenchQuery[];
  /** query id → relevant corpus ids. */
  qrels: Map<string, Set<string>>;
}

export function loadDataset(dir: string = DEFAULT_DATA_DIR): Dataset {
  const endpoints = readJsonLines<CorpusEndpoint>(join(dir, 'corpus.jsonl'));
  const queries = readJsonLines<BenchQuery>(join(dir, 'queries.jsonl'));
  const qrels = new Map<string, Set<string>>();
  const lines = readFileSync(join(dir, 'qrels.tsv'), 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const [queryId, corpusId, score] = line.split('\t');
    if (queryId === undefined || corpusId === undefined || !(Number(score) > 0)) continue;
    let relevant = qrels.get(queryId);
    if (!relevant) qrels.set(queryId, (relevant = new Set()));
    relevant.add(corpusId);
  }
  return { endpoints, queries, qrels };
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * One SearchDocument per endpoint, keyed by its corpus `_id`: source = the RapidAPI tool name as an
 * identifier, toolId = the api name as a lower-case identifier (made unique within its source the way the
 * OpenAPI import does), summary = the description's first sentence (≤ 120 chars) or the api name,
 * parameters = required + optional parameter names, keywords = category, method and the tool's words.
 */
export function toDocuments(endpoints: readonly CorpusEndpoint[]): SearchDocument[] {
  const bySource = new Map<string, CorpusEndpoint[]>();
  for (const endpoint of endpoints) {
    const source = identifierFrom(endpoint.tool.trim());
    let group = bySource.get(source);
    if (!group) bySource.set(source, (group = []));
    group.push(endpoint);
  }
  const toolIds = new Map<string, string>();
  for (const group of bySource.values()) {
    const ids = uniqueToolIds(group.map((endpoint) => identifierFrom(endpoint.api.trim().toLowerCase())));
    group.forEach((endpoint, i) => toolIds.set(endpoint._id, ids[i]!));
  }
  return endpoints.map((endpoint) => {
    const description = (endpoint.description ?? '').trim();
    const sentence = firstSentence(description);
    const toolWords = endpoint.tool.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
    return {
      key: endpoint._id,
      source: identifierFrom(endpoint.tool.trim()),
      toolId: toolIds.get(endpoint._id)!,
      summary: sentence !== '' ? sentence : endpoint.api.trim(),
      description,
      parameters: [...endpoint.required_parameters, ...endpoint.optional_parameters].map((p) => p.name),
      keywords: [...new Set([endpoint.category, endpoint.method, ...toolWords].filter((word) => word !== ''))],
    };
  });
}


export type SplitName = 'dev' | 'test';

/** Deterministic split: dev when the first byte of sha1(query id) is even, test when odd. Tune on dev only. */
export function splitOf(queryId: string): SplitName {
  const firstByte = createHash('sha1').update(queryId, 'utf8').digest()[0]!;
  return firstByte % 2 === 0 ? 'dev' : 'test';
}

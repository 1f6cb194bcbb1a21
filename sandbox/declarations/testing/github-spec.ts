// Test support: GitHub's real OpenAPI description, hand-converted to the self-contained schemas tools carry
// (`#/components/schemas/X` → `#/$defs/X`, all component schemas attached as `$defs`).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../../core/index.js';
import type { PrintableTool } from '../tool-declaration.js';

const SPEC_URL = new URL('../../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url);
const COMPONENT_SCHEMA = '#/components/schemas/';

interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: Array<Record<string, unknown>>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, Record<string, unknown>>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, Record<string, unknown>>>;
}

export interface GitHubSpec {
  document: OpenApiDocument;
  operations: Operation[];
  /** Every component schema, refs rewritten into `$defs`. */
  defs: Record<string, JsonSchema>;
}

export interface ResponseSchema {
  /** `operationId status media-type`, for failure messages. */
  label: string;
  schema: JsonSchema;
}

let cached: GitHubSpec | undefined;

export function loadGitHubSpec(): GitHubSpec {
  if (cached) return cached;
  const document = JSON.parse(readFileSync(fileURLToPath(SPEC_URL), 'utf8')) as OpenApiDocument;
  const operations: Operation[] = [];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (isSchemaObject(operation) && typeof operation.operationId === 'string') {
        operations.push(operation as unknown as Operation);
      }
    }
  }
  const defs = convertRefs(document.components.schemas ?? {}) as Record<string, JsonSchema>;
  cached = { document, operations, defs };
  return cached;
}

/** The `application/json` schema of an operation's first 2xx response, self-contained. */
export function responseSchemaOf(spec: GitHubSpec, operationId: string): JsonSchema | undefined {
  const operation = operationOf(spec, operationId);
  const found = responsesOf(spec, operation).find(
    (entry) => entry.status.startsWith('2') && entry.mediaType === 'application/json',
  );
  return found && selfContained(spec, found.schema);
}

/** Every schema of every response (all statuses, all media types) of every operation. */
export function allResponseSchemas(spec: GitHubSpec): ResponseSchema[] {
  return spec.operations.flatMap((operation) =>
    responsesOf(spec, operation).map((entry) => ({
      label: `${operation.operationId} ${entry.status} ${entry.mediaType}`,
      schema: selfContained(spec, entry.schema),
    })),
  );
}

/** A printable tool for an operation: path and query parameters as properties, a JSON body as `body`. */
export function gitHubTool(spec: GitHubSpec, operationId: string, address: string): PrintableTool {
  const operation = operationOf(spec, operationId);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const raw of operation.parameters ?? []) {
    const parameter = typeof raw.$ref === 'string' ? componentOf(spec, raw.$ref) : raw;
    if (typeof parameter.name !== 'string') continue;
    const schema = convertRefs(parameter.schema ?? {}) as JsonSchemaObject;
    const description = typeof parameter.description === 'string' ? { description: parameter.description } : {};
    properties[parameter.name] = { ...schema, ...description };
    if (parameter.required === true) required.push(parameter.name);
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (body !== undefined) properties.body = convertRefs(body) as JsonSchema;
  const output = responseSchemaOf(spec, operationId);
  return {
    address,
    ...(operation.summary === undefined ? {} : { summary: operation.summary }),
    description: operation.description ?? '',
    inputSchema: { type: 'object', properties, required, $defs: spec.defs },
    ...(output === undefined ? {} : { outputSchema: output }),
  };
}

function operationOf(spec: GitHubSpec, operationId: string): Operation {
  const operation = spec.operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no operation "${operationId}" in the GitHub spec`);
  return operation;
}

interface ResponseEntry {
  status: string;
  mediaType: string;
  schema: unknown;
}

function responsesOf(spec: GitHubSpec, operation: Operation): ResponseEntry[] {
  return Object.entries(operation.responses ?? {}).flatMap(([status, raw]) => {
    const response = typeof raw.$ref === 'string' ? componentOf(spec, raw.$ref) : raw;
    const content = isSchemaObject(response.content) ? response.content : {};
    return Object.entries(content).flatMap(([mediaType, media]) =>
      isSchemaObject(media) && media.schema !== undefined ? [{ status, mediaType, schema: media.schema }] : [],
    );
  });
}

function componentOf(spec: GitHubSpec, ref: string): Record<string, unknown> {
  const [, , kind = '', name = ''] = ref.split('/');
  return spec.document.components[kind]?.[name] ?? {};
}

function selfContained(spec: GitHubSpec, schema: unknown): JsonSchema {
  const converted = convertRefs(schema);
  if (typeof converted === 'boolean') return converted;
  return isSchemaObject(converted) ? { ...converted, $defs: spec.defs } : {};
}

function convertRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertRefs);
  if (!isSchemaObject(value)) return value;
  const converted: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    converted[key] =
      key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENT_SCHEMA)
        ? `#/$defs/${inner.slice(COMPONENT_SCHEMA.length)}`
        : convertRefs(inner);
  }
  return converted;
}

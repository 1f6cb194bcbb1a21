import { toolId, type JsonSchemaObject, type ManifestTool, type SideEffect } from '../../core/index.js';

// The agent's stores as ordinary catalog tools: found by search, described, called through execute and run_code,
// under policies, each call a run. The source suggests `allow` (these are the agent's own scratch stores);
// an operator's rule can still ask for approval or block them.

const store = { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$', description: 'Store name; created on first write' } as const;
const key = { type: 'string', minLength: 1, maxLength: 512 } as const;
const params = {
  description: 'Values for ? (array) or :name (object) placeholders',
  anyOf: [{ type: 'array' }, { type: 'object' }],
} as const;

function tool(id: string, summary: string, sideEffect: SideEffect, properties: Record<string, unknown>, required: string[], keywords: string[]): ManifestTool {
  const inputSchema: JsonSchemaObject = { type: 'object', properties, required, additionalProperties: false } as JsonSchemaObject;
  return { id: toolId(id), summary, description: summary, inputSchema, sideEffect, defaultPolicy: 'allow', keywords, binding: { op: id } };
}

export const STORAGE_TOOLS: readonly ManifestTool[] = [
  tool('kv.get', 'Read a value the agent stored under a key in a key-value store', 'read', { store, key }, ['store', 'key'], ['kv', 'remember', 'recall', 'memory']),
  tool('kv.set', 'Store a JSON value under a key in a key-value store, across calls', 'write', { store, key, value: { description: 'Any JSON value' } }, ['store', 'key', 'value'], ['kv', 'remember', 'save', 'memory']),
  tool('kv.list', 'List the keys of a key-value store', 'read', { store, prefix: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 1000 } }, ['store'], ['kv', 'keys']),
  tool('kv.delete', 'Delete a key from a key-value store', 'destructive', { store, key }, ['store', 'key'], ['kv', 'forget']),
  tool('sql.exec', 'Run SQL that changes a SQLite store (CREATE TABLE, INSERT, UPDATE, DELETE; several statements without params)', 'write', { store, sql: { type: 'string', minLength: 1 }, params }, ['store', 'sql'], ['sql', 'sqlite', 'database', 'table', 'insert']),
  tool('sql.query', 'Query a SQLite store with SELECT; returns columns and rows', 'read', { store, sql: { type: 'string', minLength: 1 }, params, limit: { type: 'integer', minimum: 1, maximum: 1000 } }, ['store', 'sql'], ['sql', 'sqlite', 'database', 'select']),
  tool('stores.list', "List the agent's key-value and SQL stores", 'read', {}, [], ['stores', 'kv', 'sql']),
  tool('stores.delete', 'Delete a whole key-value or SQL store', 'destructive', { kind: { enum: ['kv', 'sql'] }, store }, ['kind', 'store'], ['stores', 'drop']),
];

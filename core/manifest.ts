import type { AuthTemplate } from './auth-template.js';
import type { ToolId } from './ids.js';
import type { JsonSchema, JsonSchemaObject } from './json-schema.js';

/** What a call may change: `read` has no side effects, `write` changes state, `destructive` deletes it. */
export type SideEffect = 'read' | 'write' | 'destructive';

export type PolicyAction = 'allow' | 'require_approval' | 'block';

/** One operation as a source plugin describes it. Everything here is JSON, so it persists as is. */
export interface ManifestTool {
  /** Dotted id, every segment a JavaScript identifier, unique within the source. */
  id: ToolId;
  /** One line, shown in search results. */
  summary: string;
  /** Full description (may be long, may be empty). */
  description: string;
  /** An object schema; its properties are the call's arguments. Self-contained (`$defs`). */
  inputSchema: JsonSchemaObject;
  /** Schema of a successful result, when the source declares one. Self-contained (`$defs`). */
  outputSchema?: JsonSchema;
  sideEffect: SideEffect;
  /** The policy the source suggests for this tool; the core may narrow it. */
  defaultPolicy?: PolicyAction;
  /** Extra words that help search find this tool (tags, path nouns), not shown to agents. */
  keywords?: string[];
  /** Plugin-private data `invoke` needs (HTTP method, path, parameter locations…). JSON only. */
  binding: unknown;
}

/** A resolved source: its tools and how to authenticate to it. */
export interface Manifest {
  /** Human title of the API, e.g. `GitHub v3 REST API`. */
  title?: string;
  /** Base URL the spec declares, when it declares one. A configured `baseUrl` wins. */
  baseUrl?: string;
  /** Auth the spec declares; a configured `auth` wins. */
  auth: AuthTemplate;
  tools: ManifestTool[];
  /** Non-fatal problems met while resolving (an operation skipped, a ref that could not be followed). */
  warnings: string[];
}

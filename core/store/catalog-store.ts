import type { AuthTemplate } from '../auth-template.js';
import type { ScopeName, SourceName, ToolId } from '../ids.js';
import type { JsonSchema, JsonSchemaObject } from '../json-schema.js';
import type { ManifestTool, PolicyAction, SideEffect } from '../manifest.js';
import type { SourceConfigBase } from '../source-plugin.js';
import type { Db } from './database.js';
import { DefReader, DefWriter, joinDefs, replaceDefUsers, splitDefs, type SplitSchema } from './schema-defs.js';

export type RecordOrigin = 'config' | 'cli';

/** A source as the catalog holds it. A failed refresh keeps the last good tools and records the error. */
export interface RegisteredSource {
  scope: ScopeName;
  name: SourceName;
  kind: string;
  origin: RecordOrigin;
  config: SourceConfigBase;
  /** Folder relative paths in `config` resolve against. */
  baseDir: string;
  configHash: string;
  status: 'ready' | 'failed';
  error?: string;
  title?: string;
  baseUrl?: string;
  auth: AuthTemplate;
  warnings: string[];
  toolCount: number;
  resolvedAt?: number;
}

/** A tool as kept in memory: everything but its schemas, which are read from the store on demand. */
export interface RegisteredTool {
  scope: ScopeName;
  source: SourceName;
  id: ToolId;
  summary: string;
  description: string;
  sideEffect: SideEffect;
  defaultPolicy?: PolicyAction;
  keywords: string[];
  /** Names of the call's arguments (the input schema's properties), for search. */
  parameters: string[];
  binding: unknown;
}

export interface ToolSchemas {
  inputSchema: JsonSchemaObject;
  outputSchema?: JsonSchema;
}

interface SourceRow {
  scope: string;
  name: string;
  kind: string;
  origin: RecordOrigin;
  config: string;
  base_dir: string;
  config_hash: string;
  status: 'ready' | 'failed';
  error: string | null;
  title: string | null;
  base_url: string | null;
  auth: string;
  warnings: string;
  tool_count: number;
  resolved_at: number | null;
}

interface SchemaRow {
  input_schema: string;
  /** JSON ids of the input schema's `$defs` in `schema_defs`; NULL when the row holds its schema whole. */
  input_defs: string | null;
  output_schema: string | null;
  output_defs: string | null;
}

interface ToolRow {
  scope: string;
  source: string;
  id: string;
  summary: string;
  description: string;
  side_effect: SideEffect;
  default_policy: PolicyAction | null;
  keywords: string;
  parameters: string;
  binding: string;
}

/** SQL for sources and their tools. Rows are written by the core only, so they are trusted when read. */
export class CatalogStore {
  readonly #db: Db;
  readonly #schemas;
  readonly #insertTool;
  readonly #defs: DefReader;

  constructor(db: Db) {
    this.#db = db;
    this.#schemas = db.prepare<[string, string, string], SchemaRow>(
      'SELECT input_schema, input_defs, output_schema, output_defs FROM tools WHERE scope = ? AND source = ? AND id = ?',
    );
    this.#insertTool = db.prepare(
      `INSERT INTO tools (scope, source, id, summary, description, input_schema, input_defs, output_schema, output_defs,
                          side_effect, default_policy, keywords, parameters, binding)
       VALUES (@scope, @source, @id, @summary, @description, @input_schema, @input_defs, @output_schema, @output_defs,
               @side_effect, @default_policy, @keywords, @parameters, @binding)`,
    );
    this.#defs = new DefReader(db);
  }

  listSources(): RegisteredSource[] {
    const rows = this.#db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY name').all();
    return rows.map(sourceFromRow);
  }

  listTools(): RegisteredTool[] {
    const rows = this.#db
      .prepare<[], ToolRow>(
        'SELECT scope, source, id, summary, description, side_effect, default_policy, keywords, parameters, binding FROM tools',
      )
      .all();
    return rows.map(toolFromRow);
  }

  schemasOf(scope: ScopeName, source: SourceName, id: ToolId): ToolSchemas | undefined {
    const row = this.#schemas.get(scope, source, id);
    if (!row) return undefined;
    const schemas: ToolSchemas = { inputSchema: this.#schemaFrom(row.input_schema, row.input_defs) as JsonSchemaObject };
    if (row.output_schema !== null) schemas.outputSchema = this.#schemaFrom(row.output_schema, row.output_defs);
    return schemas;
  }

  /** Replaces a source and all its tools in one transaction; definitions no source uses any more are deleted. */
  saveResolved(source: RegisteredSource, tools: readonly ManifestTool[]): void {
    this.#db.transaction(() => {
      this.#upsertSource(source);
      this.#db.prepare('DELETE FROM tools WHERE scope = ? AND source = ?').run(source.scope, source.name);
      const defs = new DefWriter(this.#db);
      for (const tool of tools) {
        const input = splitDefs(tool.inputSchema);
        const output = tool.outputSchema === undefined ? undefined : splitDefs(tool.outputSchema);
        this.#insertTool.run({
          scope: source.scope,
          source: source.name,
          id: tool.id,
          summary: tool.summary,
          description: tool.description,
          input_schema: JSON.stringify(input.slim),
          input_defs: defIdsOf(input, defs),
          output_schema: output === undefined ? null : JSON.stringify(output.slim),
          output_defs: output === undefined ? null : defIdsOf(output, defs),
          side_effect: tool.sideEffect,
          default_policy: tool.defaultPolicy ?? null,
          keywords: JSON.stringify(tool.keywords ?? []),
          parameters: JSON.stringify(Object.keys(tool.inputSchema.properties ?? {})),
          binding: JSON.stringify(tool.binding ?? null),
        });
      }
      replaceDefUsers(this.#db, source.scope, source.name, defs.used);
    })();
  }

  /** Records a failed resolve; tools from the last good resolve (if any) stay. */
  saveFailure(source: RegisteredSource): void {
    this.#upsertSource(source);
  }

  /** Removes a source, its tools and (by cascade and trigger) the definitions only it used. */
  removeSource(scope: ScopeName, name: SourceName): boolean {
    return this.#db.prepare('DELETE FROM sources WHERE scope = ? AND name = ?').run(scope, name).changes > 0;
  }

  /** A stored schema made whole again. Rows from before migration 4 have no ids and hold `$defs` inline. */
  #schemaFrom(schema: string, defIds: string | null): JsonSchema {
    const slim = JSON.parse(schema) as JsonSchema;
    return defIds === null ? slim : joinDefs(slim, this.#defs.read(defIds));
  }

  #upsertSource(source: RegisteredSource): void {
    this.#db
      .prepare(
        `INSERT INTO sources (scope, name, kind, origin, config, base_dir, config_hash, status, error, title, base_url, auth,
                              warnings, tool_count, resolved_at)
         VALUES (@scope, @name, @kind, @origin, @config, @base_dir, @config_hash, @status, @error, @title, @base_url, @auth,
                 @warnings, @tool_count, @resolved_at)
         ON CONFLICT (scope, name) DO UPDATE SET kind = excluded.kind, origin = excluded.origin,
           config = excluded.config, base_dir = excluded.base_dir, config_hash = excluded.config_hash, status = excluded.status,
           error = excluded.error, title = excluded.title, base_url = excluded.base_url, auth = excluded.auth,
           warnings = excluded.warnings, tool_count = excluded.tool_count, resolved_at = excluded.resolved_at`,
      )
      .run({
        scope: source.scope,
        name: source.name,
        kind: source.kind,
        origin: source.origin,
        config: JSON.stringify(source.config),
        base_dir: source.baseDir,
        config_hash: source.configHash,
        status: source.status,
        error: source.error ?? null,
        title: source.title ?? null,
        base_url: source.baseUrl ?? null,
        auth: JSON.stringify(source.auth),
        warnings: JSON.stringify(source.warnings),
        tool_count: source.toolCount,
        resolved_at: source.resolvedAt ?? null,
      });
  }
}

function defIdsOf(split: SplitSchema, writer: DefWriter): string | null {
  return split.defs === undefined ? null : writer.write(split.defs);
}

function sourceFromRow(row: SourceRow): RegisteredSource {
  const source: RegisteredSource = {
    scope: row.scope as ScopeName,
    name: row.name as SourceName,
    kind: row.kind,
    origin: row.origin,
    config: JSON.parse(row.config) as SourceConfigBase,
    baseDir: row.base_dir,
    configHash: row.config_hash,
    status: row.status,
    auth: JSON.parse(row.auth) as AuthTemplate,
    warnings: JSON.parse(row.warnings) as string[],
    toolCount: row.tool_count,
  };
  if (row.error !== null) source.error = row.error;
  if (row.title !== null) source.title = row.title;
  if (row.base_url !== null) source.baseUrl = row.base_url;
  if (row.resolved_at !== null) source.resolvedAt = row.resolved_at;
  return source;
}

function toolFromRow(row: ToolRow): RegisteredTool {
  const tool: RegisteredTool = {
    scope: row.scope as ScopeName,
    source: row.source as SourceName,
    id: row.id as ToolId,
    summary: row.summary,
    description: row.description,
    sideEffect: row.side_effect,
    keywords: JSON.parse(row.keywords) as string[],
    parameters: JSON.parse(row.parameters) as string[],
    binding: JSON.parse(row.binding) as unknown,
  };
  if (row.default_policy !== null) tool.defaultPolicy = row.default_policy;
  return tool;
}

import { Approvals } from './approvals.js';
import { Catalog, type CatalogEntry } from './catalog.js';
import type { LoadedConfig } from './config.js';
import { ConnectionAdmin } from './connection-admin.js';
import { Executor, type CallContext, type ExecuteResult, type ResumeOptions } from './execute.js';
import { scopeName, type RunId, type ScopeName, type ToolAddress } from './ids.js';
import type { JsonSchema, JsonSchemaObject } from './json-schema.js';
import type { PolicyAction, SideEffect } from './manifest.js';
import { PolicyAdmin } from './policy/policy-admin.js';
import { DEFAULT_INLINE_BUDGET_BYTES, ResultHandles } from './results/result-handles.js';
import { SourceAdmin, type SourceOutcome } from './source-admin.js';
import type { SourcePlugin } from './source-plugin.js';
import { CatalogStore } from './store/catalog-store.js';
import { ApprovalStore } from './store/approval-store.js';
import { ConnectionStore } from './store/connection-store.js';
import { PausedSnippetStore } from './store/paused-snippet-store.js';
import { PolicyStore } from './store/policy-store.js';
import { ResultStore } from './store/result-store.js';
import { openDatabase, type Db } from './store/database.js';
import { SearchCacheStore } from './store/search-cache-store.js';
import { RunCallStore } from './store/run-call-store.js';
import { RunStore } from './store/run-store.js';

export interface CreateExecutorOptions {
  /** SQLite file (`~/.executor/executor.db` by default, chosen by the caller), or `:memory:`. */
  databasePath: string;
  /** The loaded `executor.json`. */
  config: LoadedConfig;
  /** Source plugins by kind; the caller picks them (the core knows none). */
  plugins: readonly SourcePlugin[];
  /** Environment secrets are read from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** The fetch used for upstream calls and spec downloads. Default global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Told what the executor cannot do as asked but works around, e.g. a tool's argument pattern it cannot check.
   * Default: a Node process warning (stderr), which keeps stdout free for the MCP stdio transport.
   */
  onWarning?: (message: string) => void;
}

/** A call that needs approval waits this long for a human by default. */
export const DEFAULT_APPROVAL_TTL_MS = 24 * 60 * 60 * 1000;

/** Everything an agent may read about one tool before calling it. */
export interface ToolDescription {
  address: ToolAddress;
  summary: string;
  description: string;
  inputSchema: JsonSchemaObject;
  outputSchema?: JsonSchema;
  sideEffect: SideEffect;
  policy: PolicyAction;
}

/** The executor: catalog, connections, runs and the one verb, for one stack of scopes. */
export interface ExecutorHandle {
  readonly scopes: readonly ScopeName[];
  readonly catalog: Catalog;
  readonly sources: SourceAdmin;
  readonly connections: ConnectionAdmin;
  readonly runs: RunStore;
  /** Policy rules: set, list, remove, and the effective policy of a call. */
  readonly policies: PolicyAdmin;
  /** Calls waiting for a human: decide them here, then resume them. */
  readonly approvals: Approvals;
  /** Results kept on the server behind handles. */
  readonly results: ResultHandles;
  /** The inline budget surfaces pass to `execute` (config `results.inlineBudgetBytes`). */
  readonly inlineBudgetBytes: number;
  /** Host calls of code-mode runs, for replay. */
  readonly runCalls: RunCallStore;
  /** Code-mode runs stopped at a call that waits for approval. */
  readonly pausedSnippets: PausedSnippetStore;
  /** Search indexing's cache by content: embedding vectors, term counts. */
  readonly searchCache: SearchCacheStore;
  /** Applies the config's sources and connections (resolving only what changed). */
  syncConfig(): Promise<SourceOutcome[]>;
  describe(address: string): ToolDescription;
  execute(address: string, args: unknown, context: CallContext): Promise<ExecuteResult>;
  /** Runs a call that waited for approval, once, under its own run id (or says why it cannot). */
  resumeCall(runId: RunId, options?: ResumeOptions): Promise<ExecuteResult>;
  /** The effective policy of a callable tool. */
  policyOf(entry: CatalogEntry): PolicyAction;
  close(): void;
}

/**
 * @example
 * const executor = createExecutor({ databasePath: ':memory:', config: emptyConfig(), plugins: [openApiSource()] });
 * await executor.syncConfig();
 * const result = await executor.execute('petstore.local.default.findPetsByStatus', { status: 'sold' }, { surface: 'sdk' });
 */
export function createExecutor(options: CreateExecutorOptions): ExecutorHandle {
  const { config } = options.config;
  const scopes = (config.scopes ?? ['local']).map(scopeName);
  const defaultScope = scopes[scopes.length - 1]!;
  const plugins = new Map(options.plugins.map((p) => [p.kind, p]));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const db: Db = openDatabase(options.databasePath);
  const catalogStore = new CatalogStore(db);
  const connectionStore = new ConnectionStore(db);
  const runs = new RunStore(db);
  const policies = new PolicyAdmin(new PolicyStore(db), scopes);
  const approvals = new Approvals(new ApprovalStore(db), runs, config.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS);
  const results = new ResultHandles(new ResultStore(db), config.results?.ttlMs);
  const runCalls = new RunCallStore(db);
  const pausedSnippets = new PausedSnippetStore(db);
  const searchCache = new SearchCacheStore(db);
  const catalog = new Catalog(catalogStore, connectionStore, scopes);
  const sources = new SourceAdmin({ store: catalogStore, catalog, plugins, defaultScope, fetch: fetchImpl });
  const connections = new ConnectionAdmin(connectionStore, catalog, defaultScope);
  const executor = new Executor({
    catalog,
    runs,
    policies,
    approvals,
    results,
    plugins,
    fetch: fetchImpl,
    env: options.env ?? process.env,
    timeoutMs: config.timeoutMs ?? 30_000,
    defaultScope,
    onWarning: options.onWarning ?? ((message) => process.emitWarning(message, 'ExecutorWarning')),
  });

  const policyOf = (entry: CatalogEntry): PolicyAction => policies.resolve(entry).action;

  return {
    scopes,
    catalog,
    sources,
    connections,
    runs,
    policies,
    approvals,
    results,
    inlineBudgetBytes: config.results?.inlineBudgetBytes ?? DEFAULT_INLINE_BUDGET_BYTES,
    runCalls,
    pausedSnippets,
    searchCache,
    async syncConfig() {
      const outcomes = await sources.syncConfig(config, options.config.baseDir);
      connections.syncConfig(config.connections, options.config.baseDir);
      policies.syncConfig(config.policies);
      return outcomes;
    },
    describe(address) {
      const entry = catalog.lookup(address);
      const schemas = catalog.schemasOf(entry.tool);
      const description: ToolDescription = {
        address: entry.address,
        summary: entry.tool.summary,
        description: entry.tool.description,
        inputSchema: schemas.inputSchema,
        sideEffect: entry.tool.sideEffect,
        policy: policyOf(entry),
      };
      if (schemas.outputSchema !== undefined) description.outputSchema = schemas.outputSchema;
      return description;
    },
    execute: (address, args, context) => executor.execute(address, args, context),
    resumeCall: (runId, resumeOptions) => executor.resumeCall(runId, resumeOptions),
    policyOf,
    close: () => db.close(),
  };
}

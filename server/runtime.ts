import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createExecutor,
  databasePathIn,
  defaultConfigPathIn,
  emptyConfig,
  executorHome,
  loadConfigFile,
  DEFAULT_APPROVAL_TTL_MS,
  type ExecutorHandle,
  type LoadedConfig,
  type SourceOutcome,
  type SourcePlugin,
} from '../core/index.js';
import { CodeRunner, createQuickJsSandbox, type Sandbox } from '../sandbox/index.js';
import { openApiSource } from '../sources/openapi/index.js';
import { storageSource } from '../sources/storage/index.js';
import { loadEmbedder } from '../search/embedding/embedder.js';
import { defaultLexicon } from '../search/index.js';
import { CatalogSearch, type CatalogSearchConfig } from './catalog-search.js';
import { requestStateKey } from './request-state-key.js';
import type { McpServerDeps } from './mcp/create-mcp-server.js';
import { ToolDeclarations } from './tool-declarations.js';

export interface RuntimeOptions {
  /** `--config`; else `$EXECUTOR_HOME/executor.json` when it exists. */
  configPath?: string;
  env?: NodeJS.ProcessEnv;
  /** Apply the config (resolve changed sources) before returning. Default true. */
  sync?: boolean;
  /** `--embedding-model`: a model folder or hub id, or false for words-only search; overrides the config. */
  embeddingModel?: string | false;
  /** Problems that do not stop the server (an embedding model that fails to load). */
  onWarning?: (message: string) => void;
}

/** A ready executor with its concrete parts chosen: this is where plugins are picked. */
export interface Runtime {
  home: string;
  config: LoadedConfig;
  executor: ExecutorHandle;
  search: CatalogSearch;
  declarations: ToolDeclarations;
  syncOutcomes: SourceOutcome[];
  /** The code-mode runner; its sandbox worker pool starts on first call. */
  codeRunner(): CodeRunner;
  /** What the MCP server factory needs. */
  mcpDeps: McpServerDeps;
  close(): Promise<void>;
}

export const BUILTIN_PLUGINS: readonly SourcePlugin[] = [openApiSource()];

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const env = options.env ?? process.env;
  const home = executorHome(env);
  const config = withAgentStores(loadRuntimeConfig(home, options.configPath));
  const storage = storageSource({ home });
  const executor = createExecutor({ databasePath: databasePathIn(home), config, plugins: [...BUILTIN_PLUGINS, storage], env });
  const syncOutcomes = options.sync === false ? [] : await executor.syncConfig();
  const search = new CatalogSearch(executor, {
    ...searchModels(config, options),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  const declarations = new ToolDeclarations(executor);
  const code = lazyCodeRunner(executor, search, declarations);
  const sweeper = sweepExpired(executor);
  return {
    home,
    config,
    executor,
    search,
    declarations,
    syncOutcomes,
    codeRunner: code.get,
    mcpDeps: {
      executor,
      search,
      declarations,
      codeRunner: code.get,
      requestStateKey: requestStateKey(home),
      approvalTtlMs: config.config.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS,
    },
    close: async () => {
      clearInterval(sweeper);
      await code.close();
      await storage.close();
      await search.close();
      executor.close();
    },
  };
}

/** Frees expired stored results and closes expired approvals now and every ten minutes while the process lives. */
function sweepExpired(executor: ExecutorHandle): NodeJS.Timeout {
  const sweep = () => {
    executor.results.store.deleteExpired();
    executor.approvals.expireStale();
  };
  sweep();
  const timer = setInterval(sweep, 10 * 60 * 1000);
  timer.unref();
  return timer;
}

/** The code runner, whose sandbox worker pool starts only when a snippet first runs. */
function lazyCodeRunner(executor: ExecutorHandle, search: CatalogSearch, declarations: ToolDeclarations) {
  let sandbox: Sandbox | undefined;
  let runner: CodeRunner | undefined;
  const get = (): CodeRunner => {
    if (runner) return runner;
    sandbox = createQuickJsSandbox();
    runner = new CodeRunner({
      executor,
      sandbox,
      search: (query, options) => search.search(query, options),
      describe: (address) => {
        const tool = executor.describe(address);
        const { typescript } = declarations.describe([address]);
        return { address: tool.address, summary: tool.summary, typescript, policy: tool.policy };
      },
    });
    return runner;
  };
  return { get, close: async () => sandbox?.close() };
}

/** The search's models: the lexicon always, the embedding model the flag, the config or the default names. */
function searchModels(config: LoadedConfig, options: RuntimeOptions): Pick<CatalogSearchConfig, 'loadEmbedder' | 'lexicon'> {
  const configured = config.config.search?.embeddingModel;
  const model = options.embeddingModel ?? (typeof configured === 'string' ? folderOrHubId(config.baseDir, configured) : configured);
  const allowRemote = config.config.search?.allowRemoteModels ?? false;
  return {
    lexicon: defaultLexicon(),
    ...(model === false ? {} : { loadEmbedder: () => loadEmbedder({ ...(model === undefined ? {} : { model }), allowRemote }) }),
  };
}

/** A folder relative to the config file when one exists there; else the name as given (a hub id, or a path the loader will report). */
function folderOrHubId(baseDir: string, model: string): string {
  const local = resolve(baseDir, model);
  return existsSync(local) ? local : model;
}

/**
 * The agent's stores are a source like any other (`storage.<scope>.default.kv.set`…), present unless the config
 * declares its own `storage` source (of that kind, to configure it, or of another kind, which takes the name).
 */
function withAgentStores(loaded: LoadedConfig): LoadedConfig {
  if (loaded.config.sources.some((s) => s.name === STORAGE_SOURCE || s.kind === 'storage')) return loaded;
  return { ...loaded, config: { ...loaded.config, sources: [...loaded.config.sources, { name: STORAGE_SOURCE, kind: 'storage' }] } };
}

const STORAGE_SOURCE = 'storage';

function loadRuntimeConfig(home: string, configPath: string | undefined): LoadedConfig {
  if (configPath !== undefined) return loadConfigFile(configPath);
  const fallback = defaultConfigPathIn(home);
  return existsSync(fallback) ? loadConfigFile(fallback) : emptyConfig();
}

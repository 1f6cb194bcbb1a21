import { existsSync } from 'node:fs';
import {
  createExecutor,
  databasePathIn,
  defaultConfigPathIn,
  emptyConfig,
  executorHome,
  loadConfigFile,
  type ExecutorHandle,
  type LoadedConfig,
  type SourceOutcome,
  type SourcePlugin,
} from '../core/index.js';
import { CodeRunner, createQuickJsSandbox, type Sandbox } from '../sandbox/index.js';
import { openApiSource } from '../sources/openapi/index.js';
import { CatalogSearch } from './catalog-search.js';
import type { McpServerDeps } from './mcp/create-mcp-server.js';
import { ToolDeclarations } from './tool-declarations.js';

export interface RuntimeOptions {
  /** `--config`; else `$EXECUTOR_HOME/executor.json` when it exists. */
  configPath?: string;
  env?: NodeJS.ProcessEnv;
  /** Apply the config (resolve changed sources) before returning. Default true. */
  sync?: boolean;
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
  const config = loadRuntimeConfig(home, options.configPath);
  const executor = createExecutor({ databasePath: databasePathIn(home), config, plugins: BUILTIN_PLUGINS, env });
  const syncOutcomes = options.sync === false ? [] : await executor.syncConfig();
  const search = new CatalogSearch(executor);
  const declarations = new ToolDeclarations(executor);
  const code = lazyCodeRunner(executor, search, declarations);
  return {
    home,
    config,
    executor,
    search,
    declarations,
    syncOutcomes,
    codeRunner: code.get,
    mcpDeps: { executor, search, declarations, codeRunner: code.get },
    close: async () => {
      await code.close();
      executor.close();
    },
  };
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

function loadRuntimeConfig(home: string, configPath: string | undefined): LoadedConfig {
  if (configPath !== undefined) return loadConfigFile(configPath);
  const fallback = defaultConfigPathIn(home);
  return existsSync(fallback) ? loadConfigFile(fallback) : emptyConfig();
}

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
import { openApiSource } from '../sources/openapi/index.js';
import { CatalogSearch } from './catalog-search.js';

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
  syncOutcomes: SourceOutcome[];
  close(): void;
}

export const BUILTIN_PLUGINS: readonly SourcePlugin[] = [openApiSource()];

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const env = options.env ?? process.env;
  const home = executorHome(env);
  const config = loadRuntimeConfig(home, options.configPath);
  const executor = createExecutor({ databasePath: databasePathIn(home), config, plugins: BUILTIN_PLUGINS, env });
  const syncOutcomes = options.sync === false ? [] : await executor.syncConfig();
  return { home, config, executor, search: new CatalogSearch(executor), syncOutcomes, close: () => executor.close() };
}

function loadRuntimeConfig(home: string, configPath: string | undefined): LoadedConfig {
  if (configPath !== undefined) return loadConfigFile(configPath);
  const fallback = defaultConfigPathIn(home);
  return existsSync(fallback) ? loadConfigFile(fallback) : emptyConfig();
}

import { createHash } from 'node:crypto';
import { NO_AUTH } from './auth-template.js';
import type { Catalog } from './catalog.js';
import type { ExecutorConfig } from './config.js';
import { ExecutorError } from './errors.js';
import { scopeName, sourceName, type ScopeName } from './ids.js';
import { SourceConfigCommonSchema } from './source-config.js';
import type { SourceConfigBase, SourcePlugin } from './source-plugin.js';
import type { CatalogStore, RecordOrigin, RegisteredSource } from './store/catalog-store.js';
import { formatZodIssues } from './zod-issues.js';

export interface SourceAdminOptions {
  store: CatalogStore;
  catalog: Catalog;
  plugins: ReadonlyMap<string, SourcePlugin>;
  /** Where records go when their config names no scope: the innermost scope. */
  defaultScope: ScopeName;
  fetch: typeof fetch;
}

/** What happened to one source during a sync or refresh. */
export interface SourceOutcome {
  name: string;
  status: 'ready' | 'failed' | 'unchanged' | 'removed';
  toolCount: number;
  error?: string;
}

/** Adds, refreshes and removes sources. A source that fails to load is recorded as failed; others carry on. */
export class SourceAdmin {
  readonly #options: SourceAdminOptions;

  constructor(options: SourceAdminOptions) {
    this.#options = options;
  }

  /**
   * Brings config-declared sources in line with the config: resolves new or changed ones, drops those no
   * longer declared. Sources added from the CLI are left alone.
   */
  async syncConfig(config: ExecutorConfig, baseDir: string): Promise<SourceOutcome[]> {
    const outcomes: SourceOutcome[] = [];
    const declared = new Set<string>();
    // Read once: a config of thousands of sources must not re-read them all for each one.
    const stored = this.#options.store.listSources();
    for (const [index, entry] of config.sources.entries()) {
      declared.add(entry.name);
      outcomes.push(await this.#apply(entry, baseDir, 'config', false, `sources[${index}]`, stored));
    }
    for (const source of this.#options.store.listSources()) {
      if (source.origin === 'config' && !declared.has(source.name)) {
        this.#options.store.removeSource(source.scope, source.name);
        outcomes.push({ name: source.name, status: 'removed', toolCount: 0 });
      }
    }
    this.#options.catalog.reload();
    return outcomes;
  }

  /** Adds a source from the CLI. Throws `invalid_config` if the name is taken or the entry is invalid. */
  async add(entry: SourceConfigBase, baseDir: string): Promise<SourceOutcome> {
    const existing = this.#options.store.listSources().find((s) => s.name === entry.name);
    if (existing) {
      const where = existing.origin === 'config' ? 'in the config file' : 'already';
      throw new ExecutorError('invalid_config', `source "${entry.name}" exists ${where}; remove it first or pick another name`);
    }
    const outcome = await this.#apply(entry, baseDir, 'cli', true, 'source');
    this.#options.catalog.reload();
    return outcome;
  }

  /** Re-resolves one source (or all) even if its config is unchanged. */
  async refresh(name?: string): Promise<SourceOutcome[]> {
    const sources = this.#options.store.listSources().filter((s) => name === undefined || s.name === name);
    if (name !== undefined && sources.length === 0) throw new ExecutorError('not_found', `no source "${name}"`);
    const outcomes: SourceOutcome[] = [];
    const stored = this.#options.store.listSources();
    for (const source of sources) {
      outcomes.push(await this.#apply(source.config, source.baseDir, source.origin, true, source.name, stored));
    }
    this.#options.catalog.reload();
    return outcomes;
  }

  /** Removes a CLI-added source. Config-declared sources are removed by editing the config. */
  remove(name: string): void {
    const source = this.#options.store.listSources().find((s) => s.name === name);
    if (!source) throw new ExecutorError('not_found', `no source "${name}"`);
    if (source.origin === 'config') {
      throw new ExecutorError('invalid_config', `source "${name}" is declared in the config file; remove it there`);
    }
    this.#options.store.removeSource(source.scope, source.name);
    this.#options.catalog.reload();
  }

  async #apply(
    raw: SourceConfigBase,
    baseDir: string,
    origin: RecordOrigin,
    force: boolean,
    where: string,
    stored: readonly RegisteredSource[] = this.#options.store.listSources(),
  ): Promise<SourceOutcome> {
    const common = SourceConfigCommonSchema.loose().safeParse(raw);
    if (!common.success) throw new ExecutorError('invalid_config', `${where}: ${formatZodIssues(common.error)}`);
    const name = sourceName(common.data.name);
    const scope = common.data.scope ? scopeName(common.data.scope) : this.#options.defaultScope;
    const prepared = this.#prepare(raw, where);
    const context = { baseDir, fetch: this.#options.fetch };
    const fingerprint =
      'plugin' in prepared && prepared.plugin.fingerprint
        ? await prepared.plugin.fingerprint(prepared.config, context).catch(() => 'unreadable')
        : '';
    const record: RegisteredSource = {
      scope,
      name,
      kind: raw.kind,
      origin,
      config: raw,
      baseDir,
      configHash: hashConfig(raw, baseDir, fingerprint),
      status: 'failed',
      auth: common.data.auth ?? NO_AUTH,
      warnings: [],
      toolCount: 0,
    };
    const previous = stored.find((s) => s.scope === scope && s.name === name);
    if (!force && previous && previous.status === 'ready' && previous.configHash === record.configHash) {
      return { name, status: 'unchanged', toolCount: previous.toolCount };
    }
    try {
      if ('problem' in prepared) throw new Error(prepared.problem);
      const manifest = await prepared.plugin.resolve(prepared.config, context);
      const resolved: RegisteredSource = {
        ...record,
        status: 'ready',
        auth: common.data.auth ?? manifest.auth,
        warnings: manifest.warnings.slice(0, 200),
        toolCount: manifest.tools.length,
        resolvedAt: Date.now(),
      };
      const baseUrl = common.data.baseUrl ?? manifest.baseUrl;
      if (baseUrl !== undefined) resolved.baseUrl = baseUrl.replace(/\/+$/, '');
      if (manifest.title !== undefined) resolved.title = manifest.title;
      this.#options.store.saveResolved(resolved, manifest.tools);
      return { name, status: 'ready', toolCount: manifest.tools.length };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A failed refresh keeps serving the last good tools; the error is shown by `sources list`.
      const failed: RegisteredSource = previous
        ? { ...previous, config: raw, baseDir, configHash: record.configHash, status: 'failed', error: message }
        : { ...record, error: message };
      this.#options.store.saveFailure(failed);
      return { name, status: 'failed', toolCount: failed.toolCount, error: message };
    }
  }

  /** The source's plugin and its validated config, or what is wrong (recorded as the source's load error). */
  #prepare(raw: SourceConfigBase, where: string): { plugin: SourcePlugin; config: SourceConfigBase } | { problem: string } {
    const plugin = this.#options.plugins.get(raw.kind);
    if (!plugin) {
      const kinds = [...this.#options.plugins.keys()].join(', ');
      return { problem: `${where}.kind: unknown source kind "${raw.kind}"; known kinds: ${kinds}` };
    }
    const parsed = plugin.config.safeParse(raw);
    if (!parsed.success) return { problem: `${where}: ${formatZodIssues(parsed.error)}` };
    return { plugin, config: parsed.data };
  }

}

function hashConfig(config: SourceConfigBase, baseDir: string, fingerprint: string): string {
  return createHash('sha256').update(JSON.stringify([config, baseDir, fingerprint])).digest('hex').slice(0, 32);
}

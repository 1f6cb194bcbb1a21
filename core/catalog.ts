import { secretNamesOf } from './auth-template.js';
import { ExecutorError } from './errors.js';
import {
  connectionName,
  formatAddress,
  parseAddress,
  type ConnectionName,
  type ScopeName,
  type SourceName,
  type ToolAddress,
} from './ids.js';
import type { SecretRef } from './secrets.js';
import type { CatalogStore, RegisteredSource, RegisteredTool, ToolSchemas } from './store/catalog-store.js';
import type { ConnectionStore } from './store/connection-store.js';

/** A connection as callers see it; `implicit` marks the `default` connection of an auth-less source. */
export interface ConnectionView {
  scope: ScopeName;
  source: SourceName;
  name: ConnectionName;
  secrets: Record<string, SecretRef>;
  implicit: boolean;
}

/** A callable tool: one tool reached through one connection. */
export interface CatalogEntry {
  address: ToolAddress;
  tool: RegisteredTool;
  source: RegisteredSource;
  connection: ConnectionView;
}

const DEFAULT_CONNECTION = connectionName('default');

/**
 * The in-memory view of the catalog for the executor's scopes: sources, tools (without schemas) and
 * connections, indexed for address lookup. Rebuilt from the store whenever the catalog changes.
 */
export class Catalog {
  readonly #catalogStore: CatalogStore;
  readonly #connectionStore: ConnectionStore;
  readonly #scopes: readonly ScopeName[];
  readonly #listeners = new Set<() => void>();
  #sources = new Map<string, RegisteredSource>();
  #tools = new Map<string, Map<string, RegisteredTool>>();
  #connections = new Map<string, ConnectionView[]>();
  #version = 0;

  constructor(catalogStore: CatalogStore, connectionStore: ConnectionStore, scopes: readonly ScopeName[]) {
    this.#catalogStore = catalogStore;
    this.#connectionStore = connectionStore;
    this.#scopes = scopes;
    this.reload();
  }

  /** Increments on every change; caches keyed on it (search index, declarations) know when to rebuild. */
  get version(): number {
    return this.#version;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  reload(): void {
    const visible = new Set<string>(this.#scopes);
    this.#sources = new Map(
      this.#catalogStore
        .listSources()
        .filter((s) => visible.has(s.scope))
        .map((s) => [s.name, s]),
    );
    this.#tools = new Map();
    for (const tool of this.#catalogStore.listTools()) {
      if (this.#sources.get(tool.source)?.scope !== tool.scope) continue;
      let bySource = this.#tools.get(tool.source);
      if (!bySource) this.#tools.set(tool.source, (bySource = new Map()));
      bySource.set(tool.id, tool);
    }
    this.#connections = new Map();
    for (const source of this.#sources.values()) {
      if (source.auth.type === 'none') {
        const implicit = { scope: source.scope, source: source.name, name: DEFAULT_CONNECTION, secrets: {}, implicit: true };
        this.#connections.set(source.name, [implicit]);
      }
    }
    for (const connection of this.#connectionStore.list()) {
      if (!visible.has(connection.scope) || !this.#sources.has(connection.source)) continue;
      const list = this.#connections.get(connection.source) ?? [];
      const view: ConnectionView = { ...connection, implicit: false };
      this.#connections.set(connection.source, [...list.filter((c) => c.name !== view.name || c.scope !== view.scope), view]);
    }
    this.#version++;
    for (const listener of this.#listeners) listener();
  }

  sources(): RegisteredSource[] {
    return [...this.#sources.values()];
  }

  source(name: string): RegisteredSource | undefined {
    return this.#sources.get(name);
  }

  connections(source?: string): ConnectionView[] {
    if (source !== undefined) return this.#connections.get(source) ?? [];
    return [...this.#connections.values()].flat();
  }

  toolCount(): number {
    let count = 0;
    for (const tools of this.#tools.values()) count += tools.size;
    return count;
  }

  /** Every tool once, whatever its connections (what search indexes). */
  *tools(): IterableIterator<RegisteredTool> {
    for (const bySource of this.#tools.values()) yield* bySource.values();
  }

  /** The tools of one source. */
  toolsOf(source: string): RegisteredTool[] {
    return [...(this.#tools.get(source)?.values() ?? [])];
  }

  /** The addresses a tool is callable at: one per connection of its source. */
  addressesOf(tool: RegisteredTool): ToolAddress[] {
    return this.connections(tool.source).map((c) =>
      formatAddress({ source: tool.source, scope: c.scope, connection: c.name, tool: tool.id }),
    );
  }

  schemasOf(tool: RegisteredTool): ToolSchemas {
    const schemas = this.#catalogStore.schemasOf(tool.scope, tool.source, tool.id);
    if (!schemas) throw new ExecutorError('not_found', `tool ${tool.source}.${tool.id} was removed from the catalog`);
    return schemas;
  }

  /** Resolves an address, or throws `not_found` saying which segment is wrong and what exists. */
  lookup(address: string): CatalogEntry {
    const parts = parseAddress(address);
    if (!parts) {
      throw new ExecutorError(
        'not_found',
        `"${address}" is not a tool address: expected <source>.<scope>.<connection>.<tool>, e.g. github.local.work.issues.list_for_repo; use search to find one`,
      );
    }
    const source = this.#sources.get(parts.source);
    if (!source) {
      throw new ExecutorError('not_found', `no source "${parts.source}" in ${address}; sources: ${listOrNone([...this.#sources.keys()])}`);
    }
    const connection = this.connections(source.name).find((c) => c.scope === parts.scope && c.name === parts.connection);
    if (!connection) {
      const known = this.connections(source.name).map((c) => `${source.name}.${c.scope}.${c.name}`);
      throw new ExecutorError(
        'not_found',
        `source ${source.name} has no connection "${parts.scope}.${parts.connection}" in ${address}; connections: ${listOrNone(known)}`,
      );
    }
    const tool = this.#tools.get(source.name)?.get(parts.tool);
    if (!tool) {
      throw new ExecutorError('not_found', `source ${source.name} has no tool "${parts.tool}" (${address}); use search to find one`);
    }
    return { address: address as ToolAddress, tool, source, connection };
  }
}

/** Maps a connection's refs onto the names its source's auth template needs. */
export function secretRefsFor(source: RegisteredSource, connection: ConnectionView): Record<string, SecretRef> {
  const names = secretNamesOf(source.auth);
  const refs: Record<string, SecretRef> = {};
  const single = connection.secrets.secret;
  for (const name of names) {
    const ref = connection.secrets[name] ?? (names.length === 1 ? single : undefined);
    if (!ref) {
      const want = names.length === 1 ? '"secret"' : names.map((n) => `"secrets.${n}"`).join(' and ');
      throw new ExecutorError(
        'invalid_config',
        `connection ${source.name}.${connection.scope}.${connection.name} has no ${want} for ${source.auth.type} auth`,
      );
    }
    refs[name] = ref;
  }
  return refs;
}

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.slice(0, 20).join(', ');
}

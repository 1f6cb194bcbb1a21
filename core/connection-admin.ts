import type { Catalog } from './catalog.js';
import type { ConnectionConfig } from './config.js';
import { ExecutorError } from './errors.js';
import { connectionName, scopeName, sourceName, type ScopeName } from './ids.js';
import { secretRefFrom, type SecretRef } from './secrets.js';
import type { RecordOrigin } from './store/catalog-store.js';
import type { ConnectionStore } from './store/connection-store.js';

/** Adds and removes connections. Only references to secrets are stored; values are read at call time. */
export class ConnectionAdmin {
  readonly #store: ConnectionStore;
  readonly #catalog: Catalog;
  readonly #defaultScope: ScopeName;

  constructor(store: ConnectionStore, catalog: Catalog, defaultScope: ScopeName) {
    this.#store = store;
    this.#catalog = catalog;
    this.#defaultScope = defaultScope;
  }

  /** Replaces every config-declared connection with the config's; CLI-added ones stay. */
  syncConfig(connections: readonly ConnectionConfig[], baseDir: string): void {
    const existing = this.#store.list();
    for (const connection of existing) {
      if (connection.origin === 'config') this.#store.remove(connection.scope, connection.source, connection.name);
    }
    for (const connection of connections) this.#save(connection, baseDir, 'config');
    this.#catalog.reload();
  }

  add(connection: ConnectionConfig, baseDir: string): void {
    if (!this.#catalog.source(connection.source)) {
      const known = this.#catalog.sources().map((s) => s.name).join(', ') || '(none)';
      throw new ExecutorError('not_found', `no source "${connection.source}"; sources: ${known}`);
    }
    const scope = connection.scope ?? this.#defaultScope;
    const clash = this.#store.list().find((c) => c.scope === scope && c.source === connection.source && c.name === connection.name);
    if (clash?.origin === 'config') {
      throw new ExecutorError('invalid_config', `connection ${connection.source}.${scope}.${connection.name} is declared in the config file; change it there`);
    }
    this.#save(connection, baseDir, 'cli');
    this.#catalog.reload();
  }

  remove(source: string, name: string, scope?: string): void {
    const inScope = scope ?? this.#defaultScope;
    const match = this.#store.list().find((c) => c.source === source && c.name === name && c.scope === inScope);
    if (!match) throw new ExecutorError('not_found', `no connection ${source}.${inScope}.${name}`);
    if (match.origin === 'config') {
      throw new ExecutorError('invalid_config', `connection ${source}.${inScope}.${name} is declared in the config file; remove it there`);
    }
    this.#store.remove(match.scope, match.source, match.name);
    this.#catalog.reload();
  }

  #save(connection: ConnectionConfig, baseDir: string, origin: RecordOrigin): void {
    const secrets: Record<string, SecretRef> = {};
    if (connection.secret) secrets.secret = secretRefFrom(connection.secret, baseDir);
    for (const [name, ref] of Object.entries(connection.secrets ?? {})) secrets[name] = secretRefFrom(ref, baseDir);
    this.#store.save({
      scope: connection.scope ? scopeName(connection.scope) : this.#defaultScope,
      source: sourceName(connection.source),
      name: connectionName(connection.name),
      origin,
      secrets,
      createdAt: Date.now(),
    });
  }
}

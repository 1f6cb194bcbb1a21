import type { ConnectionName, ScopeName, SourceName } from '../ids.js';
import type { SecretRef } from '../secrets.js';
import type { RecordOrigin } from './catalog-store.js';
import type { Db } from './database.js';

/** An account of a source: its name and the references to its secrets (never the values). */
export interface RegisteredConnection {
  scope: ScopeName;
  source: SourceName;
  name: ConnectionName;
  origin: RecordOrigin;
  /** By auth-template secret name (`token`, `key`, `username`, `password`), or `secret` for the single one. */
  secrets: Record<string, SecretRef>;
  createdAt: number;
}

interface ConnectionRow {
  scope: string;
  source: string;
  name: string;
  origin: RecordOrigin;
  secrets: string;
  created_at: number;
}

export class ConnectionStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  list(): RegisteredConnection[] {
    return this.#db
      .prepare<[], ConnectionRow>('SELECT * FROM connections ORDER BY source, name')
      .all()
      .map((row) => ({
        scope: row.scope as ScopeName,
        source: row.source as SourceName,
        name: row.name as ConnectionName,
        origin: row.origin,
        secrets: JSON.parse(row.secrets) as Record<string, SecretRef>,
        createdAt: row.created_at,
      }));
  }

  save(connection: RegisteredConnection): void {
    this.#db
      .prepare(
        `INSERT INTO connections (scope, source, name, origin, secrets, created_at)
         VALUES (@scope, @source, @name, @origin, @secrets, @created_at)
         ON CONFLICT (scope, source, name) DO UPDATE SET origin = excluded.origin, secrets = excluded.secrets`,
      )
      .run({
        scope: connection.scope,
        source: connection.source,
        name: connection.name,
        origin: connection.origin,
        secrets: JSON.stringify(connection.secrets),
        created_at: connection.createdAt,
      });
  }

  remove(scope: ScopeName, source: SourceName, name: ConnectionName): boolean {
    return (
      this.#db.prepare('DELETE FROM connections WHERE scope = ? AND source = ? AND name = ?').run(scope, source, name)
        .changes > 0
    );
  }
}

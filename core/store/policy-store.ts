import type { PolicyAction } from '../manifest.js';
import type { PolicyRule } from '../policy/policy-rule.js';
import type { RecordOrigin } from './catalog-store.js';
import type { Db } from './database.js';

/** A rule as stored: where it came from, so a config sync replaces only its own. */
export interface RegisteredPolicyRule extends PolicyRule {
  origin: RecordOrigin;
  createdAt: number;
}

interface PolicyRow {
  scope: string;
  source: string;
  connection: string;
  tools: string;
  action: PolicyAction;
  origin: RecordOrigin;
  created_at: number;
}

// An absent connection or tool pattern is stored as '' so the four fields can be the primary key.
export class PolicyStore {
  readonly #list;
  readonly #save;
  readonly #remove;
  readonly #removeOrigin;
  readonly #dataVersion;

  constructor(db: Db) {
    // Prepared once: it is read before every call's policy resolution.
    this.#dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.#list = db.prepare<[], PolicyRow>('SELECT * FROM policies ORDER BY scope, source, connection, tools');
    this.#save = db.prepare(
      `INSERT INTO policies (scope, source, connection, tools, action, origin, created_at)
       VALUES (@scope, @source, @connection, @tools, @action, @origin, @created_at)
       ON CONFLICT (scope, source, connection, tools) DO UPDATE SET action = excluded.action, origin = excluded.origin`,
    );
    this.#remove = db.prepare('DELETE FROM policies WHERE scope = ? AND source = ? AND connection = ? AND tools = ?');
    this.#removeOrigin = db.prepare('DELETE FROM policies WHERE origin = ?');
  }

  /**
   * Changes whenever another connection (another process: the CLI's `policies set`) commits to the file, so
   * a long-running server can tell its in-memory rules may be stale without reading them on every call.
   */
  dataVersion(): number {
    return this.#dataVersion.get()!;
  }

  list(): RegisteredPolicyRule[] {
    return this.#list.all().map((row) => {
      const rule: RegisteredPolicyRule = { scope: row.scope, source: row.source, action: row.action, origin: row.origin, createdAt: row.created_at };
      if (row.connection) rule.connection = row.connection;
      if (row.tools) rule.tools = row.tools;
      return rule;
    });
  }

  save(rule: PolicyRule, origin: RecordOrigin): void {
    this.#save.run({
      scope: rule.scope,
      source: rule.source,
      connection: rule.connection ?? '',
      tools: rule.tools ?? '',
      action: rule.action,
      origin,
      created_at: Date.now(),
    });
  }

  remove(rule: Omit<PolicyRule, 'action'>): boolean {
    return this.#remove.run(rule.scope, rule.source, rule.connection ?? '', rule.tools ?? '').changes > 0;
  }

  removeOrigin(origin: RecordOrigin): void {
    this.#removeOrigin.run(origin);
  }
}

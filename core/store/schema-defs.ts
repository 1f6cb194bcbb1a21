import { createHash } from 'node:crypto';
import { isSchemaObject, type JsonSchema } from '../json-schema.js';
import type { Db } from './database.js';

// Tool schemas are self-contained (`$defs` holds every definition they reach), and the tools of one spec share
// most definitions. Stored as is, Microsoft Graph beta's 22,361 tools took 1.28 GB for 3 MB of distinct
// definitions; so the store keeps each definition once (`schema_defs`) and a tool row keeps its schema without
// `$defs` plus the ids of its definitions, in order. Callers never see the split: `joinDefs` puts `$defs` back.

export type Defs = Record<string, JsonSchema>;

/** A schema without its `$defs`, and those `$defs` (absent when the schema had none to split off). */
export interface SplitSchema {
  slim: JsonSchema;
  defs?: Defs;
}

export function splitDefs(schema: JsonSchema): SplitSchema {
  if (!isSchemaObject(schema) || !isSchemaObject(schema.$defs)) return { slim: schema };
  const { $defs, ...slim } = schema;
  return { slim, defs: $defs as Defs };
}

/** The schema as it was saved: `$defs` goes back last, where the OpenAPI plugin puts it. */
export function joinDefs(slim: JsonSchema, defs: Defs | undefined): JsonSchema {
  if (defs === undefined || !isSchemaObject(slim)) return slim;
  return { ...slim, $defs: defs };
}

/**
 * Writes the definitions of one save. Definitions are shared objects in memory (one per spec definition, reached
 * by thousands of tools), so each object is stringified and hashed once per save, not once per tool.
 */
export class DefWriter {
  /** Ids of every definition this save referenced: the source's uses, for `replaceDefUsers`. */
  readonly used = new Set<number>();
  // A definition object may appear under more than one name; the id is per (name, body).
  readonly #byObject = new WeakMap<object, Map<string, number>>();
  readonly #byScalar = new Map<string, number>();
  readonly #insert;
  readonly #idOfHash;

  constructor(db: Db) {
    this.#insert = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO schema_defs (hash, name, body) VALUES (?, ?, ?)');
    this.#idOfHash = db.prepare<[string], { id: number }>('SELECT id FROM schema_defs WHERE hash = ?');
  }

  /** Stores `defs` (those not stored yet) and returns their ids as JSON, in `defs` order. */
  write(defs: Defs): string {
    const ids: number[] = [];
    for (const [name, def] of Object.entries(defs)) {
      // JSON.stringify of the whole schema would have dropped an undefined member; so does the split form.
      if (def === undefined) continue;
      ids.push(this.#idOf(name, def));
    }
    return JSON.stringify(ids);
  }

  #idOf(name: string, def: JsonSchema): number {
    if (typeof def !== 'object' || def === null) return this.#idOfScalar(name, def);
    let byName = this.#byObject.get(def);
    if (!byName) this.#byObject.set(def, (byName = new Map()));
    let id = byName.get(name);
    if (id === undefined) byName.set(name, (id = this.#store(name, JSON.stringify(def))));
    return id;
  }

  /** `true`/`false` definitions (or stray scalars) cannot key a WeakMap; their JSON is tiny anyway. */
  #idOfScalar(name: string, def: unknown): number {
    const body = JSON.stringify(def);
    const key = `${name}\u0000${body}`;
    let id = this.#byScalar.get(key);
    if (id === undefined) this.#byScalar.set(key, (id = this.#store(name, body)));
    return id;
  }

  #store(name: string, body: string): number {
    const hash = createHash('sha256').update(name).update('\u0000').update(body).digest('base64url');
    this.#insert.run(hash, name, body);
    const id = this.#idOfHash.get(hash)!.id;
    this.used.add(id);
    return id;
  }
}

/** Reads stored definitions back, by the id lists `DefWriter.write` returned. */
export class DefReader {
  readonly #select;

  constructor(db: Db) {
    this.#select = db.prepare<[string], { name: string; body: string }>(
      'SELECT d.name, d.body FROM json_each(?) AS j JOIN schema_defs AS d ON d.id = j.value ORDER BY j.key',
    );
  }

  read(ids: string): Defs {
    const rows = this.#select.all(ids);
    // Only a store edited behind the core's back loses a definition; a schema quietly missing one would mislead.
    const expected = (JSON.parse(ids) as unknown[]).length;
    if (rows.length !== expected) throw new Error(`the store lost ${expected - rows.length} schema definition(s); refresh the source`);
    // fromEntries defines own properties, so a definition named `__proto__` stays one.
    return Object.fromEntries(rows.map((row) => [row.name, JSON.parse(row.body) as JsonSchema]));
  }
}

/**
 * Makes `schema_def_users` say exactly that the source uses `used`. Only the difference is written, so a refresh
 * that changes nothing rewrites no definition; the trigger of migration 4 deletes definitions left without users.
 */
export function replaceDefUsers(db: Db, scope: string, source: string, used: ReadonlySet<number>): void {
  const before = db
    .prepare<[string, string], { def_id: number }>('SELECT def_id FROM schema_def_users WHERE scope = ? AND source = ?')
    .all(scope, source)
    .map((row) => row.def_id);
  const drop = db.prepare<[number, string, string]>('DELETE FROM schema_def_users WHERE def_id = ? AND scope = ? AND source = ?');
  const add = db.prepare<[number, string, string]>('INSERT OR IGNORE INTO schema_def_users (def_id, scope, source) VALUES (?, ?, ?)');
  const had = new Set(before);
  for (const id of before) if (!used.has(id)) drop.run(id, scope, source);
  for (const id of used) if (!had.has(id)) add.run(id, scope, source);
}

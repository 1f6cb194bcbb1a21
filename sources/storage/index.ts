import { join } from 'node:path';
import { z } from 'zod';
import { ExecutorError, NO_AUTH, SourceConfigCommonSchema, type SourcePlugin } from '../../core/index.js';
import { KvStores } from './kv-stores.js';
import { createSqlStores, type SqlStores } from './sql-stores.js';
import { STORAGE_TOOLS } from './storage-tools.js';

export const StorageSourceConfigSchema = SourceConfigCommonSchema.extend({ kind: z.literal('storage') }).strict();
export type StorageSourceConfig = z.infer<typeof StorageSourceConfigSchema>;

export interface StorageSourceOptions {
  /** Where the stores live: `<home>/stores/` (KV in `kv.sqlite`, SQL stores as `<scope>/<name>.sqlite`). */
  home: string;
  sql?: { timeoutMs?: number; maxBytes?: number };
}

export interface StorageSource extends SourcePlugin<StorageSourceConfig> {
  close(): Promise<void>;
}

type Args = Record<string, unknown>;

/**
 * The stores agents keep data in across calls, as a source whose tools are `kv.*`, `sql.*` and `stores.*`.
 * Every call is partitioned by the scope of the connection it goes through.
 */
export function storageSource(options: StorageSourceOptions): StorageSource {
  const dir = join(options.home, 'stores');
  let kv: KvStores | undefined;
  let sql: SqlStores | undefined;
  const kvStores = () => (kv ??= new KvStores({ path: join(dir, 'kv.sqlite') }));
  const sqlStores = () => (sql ??= createSqlStores({ dir: join(dir, 'sql'), ...options.sql }));
  return {
    kind: 'storage',
    config: StorageSourceConfigSchema,
    resolve: async () => ({ title: 'Agent stores (key-value and SQLite)', auth: NO_AUTH, tools: [...STORAGE_TOOLS], warnings: [] }),
    invoke: async (tool, args: Args, call) => {
      const { scope } = call;
      const store = args.store as string;
      switch (tool.id) {
        case 'kv.get':
          return kvStores().get(scope, store, args.key as string);
        case 'kv.set':
          return kvStores().set(scope, store, args.key as string, args.value);
        case 'kv.list':
          return kvStores().list(scope, store, args.prefix as string | undefined, args.limit as number | undefined);
        case 'kv.delete':
          return kvStores().delete(scope, store, args.key as string);
        case 'sql.exec':
          return sqlStores().exec(scope, store, args.sql as string, args.params as SqlParams);
        case 'sql.query':
          return sqlStores().query(scope, store, args.sql as string, args.params as SqlParams, args.limit as number | undefined);
        case 'stores.list':
          return { kv: await kvStores().stores(scope), sql: sqlStores().list(scope) };
        case 'stores.delete':
          return { deleted: args.kind === 'kv' ? await kvStores().drop(scope, store) : await sqlStores().drop(scope, store) };
        default:
          throw new ExecutorError('not_found', `the storage source has no tool ${tool.id}`);
      }
    },
    close: async () => {
      await kv?.close();
      await sql?.close();
    },
  };
}

type SqlParams = unknown[] | Record<string, unknown> | undefined;

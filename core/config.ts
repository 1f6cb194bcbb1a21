import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { IDENTIFIER } from './ids.js';
import { PolicyRuleConfigSchema } from './policy/policy-rule.js';
import { SourceConfigCommonSchema } from './source-config.js';
import { formatZodIssues } from './zod-issues.js';

const identifier = z.string().regex(IDENTIFIER, 'must be a JavaScript identifier');
const secretRef = z.string().regex(/^(env|file):\/\/.+/, 'must be a secret reference: env://VAR or file://PATH#key');

export const ConnectionConfigSchema = z
  .object({
    /** The source this connection belongs to. */
    source: identifier,
    /** The account name; the third segment of every address (`github.local.<name>.…`). */
    name: identifier,
    /** The scope the connection lives in. Default: the innermost scope. */
    scope: identifier.optional(),
    /** The secret of a single-secret auth template (bearer token, API key). */
    secret: secretRef.optional(),
    /** Secrets by template name, where a template needs several (basic: `username`, `password`). */
    secrets: z.record(z.string(), secretRef).optional(),
  })
  .strict()
  .refine((c) => !(c.secret && c.secrets), { message: 'give either "secret" or "secrets", not both' });

export type ConnectionConfig = z.infer<typeof ConnectionConfigSchema>;

export const ExecutorConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Scopes, outer (authority) to inner (actor). Default `["local"]`. */
    scopes: z.array(identifier).min(1).optional(),
    /** Sources; each entry is validated further by its kind's plugin. */
    sources: z.array(SourceConfigCommonSchema.loose()).default([]),
    connections: z.array(ConnectionConfigSchema).default([]),
    /** Policy rules: `{source, connection?, tools?, action, scope?}`. Without one, writes need approval. */
    policies: z.array(PolicyRuleConfigSchema).default([]),
    /** How long a call waits for a human's approval before it expires, in milliseconds. Default 24 h. */
    approvalTtlMs: z.number().int().positive().optional(),
    results: z
      .object({
        /** A result whose JSON is larger than this many bytes is stored and returned as a handle. Default 16384. */
        inlineBudgetBytes: z.number().int().min(256).optional(),
        /** How long a stored result stays readable, in milliseconds. Default 24 h. */
        ttlMs: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** Upstream call timeout in milliseconds. Default 30000. */
    timeoutMs: z.number().int().positive().optional(),
    search: z
      .object({
        /**
         * The embedding model of the dense ranker: a transformers.js model folder (relative to this file),
         * a hub id (needs `allowRemoteModels`), or `false` for words-only search. Default: the shipped model.
         */
        embeddingModel: z.union([z.string().min(1), z.literal(false)]).optional(),
        /** Let a hub id download its model. Default false: nothing is fetched at run time. */
        allowRemoteModels: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ExecutorConfig = z.infer<typeof ExecutorConfigSchema>;

/** A config as read from a file: the file's folder is where relative paths in it resolve. */
export interface LoadedConfig {
  path: string | undefined;
  baseDir: string;
  config: ExecutorConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates `executor.json`. Errors name the file and the field: `sources[0].spec: …`. */
export function loadConfigFile(path: string): LoadedConfig {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${absolute}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config ${absolute} is not valid JSON: ${(error as Error).message}`);
  }
  return { path: absolute, baseDir: dirname(absolute), config: parseConfig(raw, absolute) };
}

export function parseConfig(raw: unknown, where = 'config'): ExecutorConfig {
  const parsed = ExecutorConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${where}: ${formatZodIssues(parsed.error)}`);
  const scopes: readonly string[] = parsed.data.scopes ?? ['local'];
  parsed.data.policies.forEach((policy, index) => {
    if (policy.scope !== undefined && !scopes.includes(policy.scope)) {
      throw new ConfigError(`${where}: policies[${index}].scope: "${policy.scope}" is not one of the scopes (${scopes.join(', ')})`);
    }
  });
  const names = new Set<string>();
  parsed.data.sources.forEach((source, index) => {
    if (names.has(source.name)) throw new ConfigError(`${where}: sources[${index}].name: "${source.name}" is declared twice`);
    names.add(source.name);
  });
  return parsed.data;
}

export function emptyConfig(): LoadedConfig {
  return { path: undefined, baseDir: process.cwd(), config: parseConfig({}) };
}

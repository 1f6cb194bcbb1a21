import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ExecutorError } from './errors.js';

/**
 * A reference to a secret, never the secret: `env://VAR` or `file://PATH#key` (PATH a JSON or dotenv file;
 * `key` a top-level key, or a dotted path into JSON). Values are read at call time only, inside the core.
 */
export type SecretRef = string & { readonly __secretRef: true };

export type ParsedSecretRef = { provider: 'env'; variable: string } | { provider: 'file'; path: string; key: string };

const ENV_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a ref; `baseDir` resolves relative file paths. Throws a TypeError naming what is wrong. */
export function parseSecretRef(ref: string, baseDir: string): ParsedSecretRef {
  if (ref.startsWith('env://')) {
    const variable = ref.slice('env://'.length);
    if (!ENV_VARIABLE.test(variable)) throw new TypeError(`"${ref}" must name an environment variable, e.g. env://GITHUB_TOKEN`);
    return { provider: 'env', variable };
  }
  if (ref.startsWith('file://')) {
    const rest = ref.slice('file://'.length);
    const hash = rest.lastIndexOf('#');
    if (hash <= 0 || hash === rest.length - 1) {
      throw new TypeError(`"${ref}" must be file://PATH#key, e.g. file://./secrets.json#github`);
    }
    const path = rest.slice(0, hash);
    return { provider: 'file', path: isAbsolute(path) ? path : resolve(baseDir, path), key: rest.slice(hash + 1) };
  }
  throw new TypeError(`"${ref}" is not a secret reference; use env://VAR or file://PATH#key`);
}

/** Normalises a ref so it no longer depends on a base folder (relative file paths become absolute). */
export function secretRefFrom(ref: string, baseDir: string): SecretRef {
  const parsed = parseSecretRef(ref, baseDir);
  return (parsed.provider === 'env' ? ref : `file://${parsed.path}#${parsed.key}`) as SecretRef;
}

/**
 * Reads a secret's value. Errors name the reference, never a value: a missing variable, file or key is
 * `invalid_config`, so the agent learns the connection is misconfigured without learning anything secret.
 */
export async function resolveSecret(ref: SecretRef, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const parsed = parseSecretRef(ref, '/');
  if (parsed.provider === 'env') {
    const value = env[parsed.variable];
    if (!value) throw new ExecutorError('invalid_config', `secret ${ref} is not set (environment variable ${parsed.variable} is empty)`);
    return value;
  }
  let text: string;
  try {
    text = await readFile(parsed.path, 'utf8');
  } catch {
    throw new ExecutorError('invalid_config', `secret ${ref}: cannot read ${parsed.path}`);
  }
  const value = lookupKey(text, parsed.key);
  if (typeof value !== 'string' || value === '') {
    throw new ExecutorError('invalid_config', `secret ${ref}: key "${parsed.key}" is missing or not a string in ${parsed.path}`);
  }
  return value;
}

function lookupKey(text: string, key: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof value === 'object' && value !== null && key in value) return (value as Record<string, unknown>)[key];
    for (const segment of key.split('.')) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
    return value;
  }
  return parseEnv(text)[key];
}

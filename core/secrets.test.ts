import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExecutorError } from './errors.js';
import { parseSecretRef, resolveSecret, secretRefFrom } from './secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
writeFileSync(join(dir, 'secrets.json'), JSON.stringify({ github: 'json-token', nested: { stripe: 'sk_nested' } }));
writeFileSync(join(dir, '.env'), 'GITHUB=dotenv-token\n# comment\nQUOTED="with spaces"\n');

describe('secret references', () => {
  it('resolves env:// from the given environment', async () => {
    await expect(resolveSecret(secretRefFrom('env://TOKEN', dir), { TOKEN: 'abc' })).resolves.toBe('abc');
  });

  it('resolves file:// from a JSON file, by key and by dotted path', async () => {
    await expect(resolveSecret(secretRefFrom('file://./secrets.json#github', dir))).resolves.toBe('json-token');
    await expect(resolveSecret(secretRefFrom('file://./secrets.json#nested.stripe', dir))).resolves.toBe('sk_nested');
  });

  it('resolves file:// from a dotenv file', async () => {
    await expect(resolveSecret(secretRefFrom('file://.env#GITHUB', dir))).resolves.toBe('dotenv-token');
    await expect(resolveSecret(secretRefFrom('file://.env#QUOTED', dir))).resolves.toBe('with spaces');
  });

  it('makes relative file paths absolute against the base folder', () => {
    expect(secretRefFrom('file://./secrets.json#github', dir)).toBe(`file://${join(dir, 'secrets.json')}#github`);
  });

  it('names the reference, never a value, when a secret is missing', async () => {
    const error = await resolveSecret(secretRefFrom('env://MISSING', dir), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutorError);
    expect((error as ExecutorError).code).toBe('invalid_config');
    expect((error as ExecutorError).message).toBe('secret env://MISSING is not set (environment variable MISSING is empty)');
    await expect(resolveSecret(secretRefFrom('file://./secrets.json#nope', dir))).rejects.toThrow('key "nope" is missing');
    await expect(resolveSecret(secretRefFrom('file://./absent.json#k', dir))).rejects.toThrow('cannot read');
  });

  it('rejects malformed references with an example of a good one', () => {
    expect(() => parseSecretRef('ghp_plaintext', dir)).toThrow('use env://VAR or file://PATH#key');
    expect(() => parseSecretRef('env://has-dash', dir)).toThrow('must name an environment variable');
    expect(() => parseSecretRef('file://./secrets.json', dir)).toThrow('must be file://PATH#key');
  });
});

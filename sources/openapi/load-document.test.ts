import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, parseDocumentText, specUrlFrom } from './load-document.js';

describe('specUrlFrom', () => {
  it('resolves a relative path against the config folder and keeps URLs', () => {
    expect(specUrlFrom('specs/api.yaml', '/home/me/project').href).toBe('file:///home/me/project/specs/api.yaml');
    expect(specUrlFrom('/abs/api.json', '/ignored').href).toBe('file:///abs/api.json');
    expect(specUrlFrom('https://example.com/openapi.json', '/ignored').href).toBe('https://example.com/openapi.json');
  });
});

describe('parseDocumentText', () => {
  it('reads YAML and knows the line of a node', () => {
    const doc = parseDocumentText('openapi: 3.0.3\npaths:\n  /pets:\n    get:\n      responses:\n        200: {}\n', 'file:///a.yaml');
    expect(doc.value).toEqual({ openapi: '3.0.3', paths: { '/pets': { get: { responses: { 200: {} } } } } });
    expect(doc.lineOf(['paths', '/pets', 'get'])).toBe(5);
    expect(doc.lineOf(['paths', '/pets', 'get', 'responses', '200'])).toBe(6);
    expect(doc.lineOf(['nowhere'])).toBeUndefined();
  });

  it('reads JSON by extension or leading brace, ignoring a byte-order mark', () => {
    expect(parseDocumentText('\uFEFF{"a": 1}', 'file:///a.txt').value).toEqual({ a: 1 });
  });

  it('names the file, line and column of invalid YAML', () => {
    expect(() => parseDocumentText('a: [1, 2\nb: 3\n', 'file:///specs/bad.yaml')).toThrow(
      /^\/specs\/bad\.yaml is not valid YAML at line \d+, column \d+: /,
    );
  });

  it('names the file, line and column of invalid JSON', () => {
    expect(() => parseDocumentText('{\n  "a": 1,\n}', 'file:///specs/bad.json')).toThrow(
      /^\/specs\/bad\.json is not valid JSON at line 3, column 1: /,
    );
  });

  it('rejects duplicate YAML keys', () => {
    expect(() => parseDocumentText('a: 1\na: 2\n', 'file:///dup.yaml')).toThrow(/not valid YAML at line 2, column 1: Map keys must be unique/);
  });
});

describe('loadDocument', () => {
  it('reads a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openapi-load-'));
    await writeFile(join(dir, 'spec.yaml'), 'openapi: 3.1.0\n');
    const doc = await loadDocument(specUrlFrom('spec.yaml', dir), { fetch });
    expect(doc).toMatchObject({ label: join(dir, 'spec.yaml'), value: { openapi: '3.1.0' } });
  });

  it('says which file is missing', async () => {
    await expect(loadDocument(new URL('file:///no/such/spec.yaml'), { fetch })).rejects.toThrow(
      'cannot read /no/such/spec.yaml: no such file',
    );
  });

  it('names the URL, without its query, when fetching fails', async () => {
    const failing: typeof fetch = async () => new Response('gone', { status: 404, statusText: 'Not Found' });
    await expect(loadDocument(new URL('https://example.com/spec.json?token=s3cret'), { fetch: failing })).rejects.toThrow(
      'cannot fetch https://example.com/spec.json: HTTP 404 Not Found',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './load-document.js';
import { DocumentSet, keyOf } from './refs.js';
import { SpecError } from './spec-error.js';

/** Documents served from memory; records which URLs were loaded, in order. */
function memoryLoader(files: Record<string, string>) {
  const loaded: string[] = [];
  const loader = async (url: URL) => {
    loaded.push(url.href);
    const text = files[url.href];
    if (text === undefined) throw new SpecError(`cannot read ${url.pathname}: no such file`);
    return parseDocumentText(text, url.href);
  };
  return { loader, loaded };
}

const ROOT = 'file:///specs/api.yaml';

describe('DocumentSet', () => {
  it('follows internal pointers, unescaping ~1 and percent-encoding', async () => {
    const { loader } = memoryLoader({
      [ROOT]: [
        'paths:',
        '  /pets/{id}:',
        '    get: { operationId: getPet }',
        'a: { $ref: "#/paths/~1pets~1%7Bid%7D/get" }',
      ].join('\n'),
    });
    const docs = await DocumentSet.load(new URL(ROOT), loader);
    const target = docs.target(docs.child(docs.rootNode(), 'a'));
    expect(target.value).toEqual({ operationId: 'getPet' });
    expect(target.pointer).toBe('/paths/~1pets~1{id}/get');
  });

  it('loads referenced files relative to the referring document, each once', async () => {
    const { loader, loaded } = memoryLoader({
      [ROOT]: 'a: { $ref: "./schemas/pet.yaml#/Pet" }\nb: { $ref: "schemas/pet.yaml#/Pet" }',
      'file:///specs/schemas/pet.yaml': 'Pet: { properties: { owner: { $ref: "../common/owner.yaml" } } }',
      'file:///specs/common/owner.yaml': 'type: object',
    });
    const docs = await DocumentSet.load(new URL(ROOT), loader);
    expect(loaded).toEqual([ROOT, 'file:///specs/schemas/pet.yaml', 'file:///specs/common/owner.yaml']);
    const pet = docs.target(docs.child(docs.rootNode(), 'a'));
    expect(keyOf(pet)).toBe('file:///specs/schemas/pet.yaml#/Pet');
    const owner = docs.target(docs.child(docs.child(pet, 'properties'), 'owner'));
    expect(owner.value).toEqual({ type: 'object' });
    expect(owner.pointer).toBe('');
  });

  it('reports an unreadable referenced file only when a ref into it is followed', async () => {
    const { loader } = memoryLoader({ [ROOT]: 'good: { type: string }\nbad: { $ref: "./missing.yaml#/X" }' });
    const docs = await DocumentSet.load(new URL(ROOT), loader);
    expect(docs.child(docs.rootNode(), 'good').value).toEqual({ type: 'string' });
    expect(() => docs.target(docs.child(docs.rootNode(), 'bad'))).toThrow(
      '$ref "./missing.yaml#/X" at /specs/api.yaml#/bad (line 2) cannot be followed: cannot read /specs/missing.yaml: no such file',
    );
  });

  it('names the missing segment of a dangling pointer', async () => {
    const { loader } = memoryLoader({ [ROOT]: 'components:\n  schemas: {}\nx:\n  $ref: "#/components/schemas/Pet"' });
    const docs = await DocumentSet.load(new URL(ROOT), loader);
    expect(() => docs.target(docs.child(docs.rootNode(), 'x'))).toThrow(
      'has no "Pet" under #/components/schemas',
    );
  });

  it('rejects a circular chain of refs instead of looping', async () => {
    const { loader } = memoryLoader({ [ROOT]: 'a: { $ref: "#/b" }\nb: { $ref: "#/a" }' });
    const docs = await DocumentSet.load(new URL(ROOT), loader);
    expect(() => docs.deref(docs.child(docs.rootNode(), 'a'))).toThrow(/circular/);
  });

  it('does not let a description fetched over HTTP read local files', async () => {
    const remote = 'https://example.com/api.yaml';
    const { loader, loaded } = memoryLoader({ [remote]: 'x: { $ref: "file:///etc/passwd#/root" }' });
    const docs = await DocumentSet.load(new URL(remote), loader);
    expect(loaded).toEqual([remote]);
    expect(() => docs.target(docs.child(docs.rootNode(), 'x'))).toThrow(/may not reference the local file \/etc\/passwd/);
  });

  it('never loads refs found inside examples', async () => {
    const { loader, loaded } = memoryLoader({ [ROOT]: 'example: { $ref: "./sample.json" }\nexamples: { a: { $ref: "./b.json" } }' });
    await DocumentSet.load(new URL(ROOT), loader);
    expect(loaded).toEqual([ROOT]);
  });
});

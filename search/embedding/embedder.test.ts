import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EMBEDDING_MODEL, DEFAULT_MODEL_NAME, loadEmbedder, prepareText, splitIdentifiers, type Embedder } from './embedder.js';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (v: Float32Array) => Math.sqrt(cosine(v, v));

/** Any fetch fails the test: the shipped model must load and run without the network. */
function forbidNetwork(): void {
  vi.stubGlobal('fetch', (input: unknown) => {
    throw new Error(`network access attempted: ${String(input)}`);
  });
}

describe('the shipped embedding model', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    forbidNetwork();
    embedder = await loadEmbedder();
  });
  afterAll(async () => {
    await embedder.dispose();
    vi.unstubAllGlobals();
  });

  it('lives in search/embedding/models and is the default', () => {
    expect(DEFAULT_EMBEDDING_MODEL.endsWith(join('search', 'embedding', 'models', DEFAULT_MODEL_NAME))).toBe(true);
    expect(existsSync(join(DEFAULT_EMBEDDING_MODEL, 'onnx', 'model.onnx'))).toBe(true);
    expect(embedder.id).toMatch(new RegExp(`^${DEFAULT_MODEL_NAME}@[0-9a-f]{12}$`));
  });

  it('gives one unit-length vector of the model width per text', async () => {
    const vectors = await embedder.embed(['list the issues of a repository', 'send an email', 'getWeatherForecast']);
    expect(vectors).toHaveLength(3);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector.length).toBe(embedder.dimensions);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(embedder.dimensions).toBeGreaterThanOrEqual(64);
  });

  it('is deterministic and independent of batch composition and order', async () => {
    const texts = Array.from({ length: 150 }, (_, i) => `operation number ${i} ${i % 2 ? 'creates a customer refund' : 'lists calendar events'}`);
    texts[70] = 'a very long text '.repeat(100);
    const together = await embedder.embed(texts);
    const again = await embedder.embed(texts);
    const reversed = (await embedder.embed([...texts].reverse())).reverse();
    expect(together).toHaveLength(texts.length);
    for (const i of [0, 1, 63, 64, 65, 70, 128, 149]) {
      const [alone] = await embedder.embed([texts[i]!]);
      expect([...again[i]!]).toEqual([...together[i]!]);
      for (const other of [alone!, reversed[i]!]) expect(cosine(other, together[i]!)).toBeCloseTo(1, 5);
    }
  });

  it('returns [] for no texts, and the zero vector (never NaN) for a text with no known word', async () => {
    expect(await embedder.embed([])).toEqual([]);
    const [empty, blank, punctuation, unknown, real] = await embedder.embed(['', '   ', '?!', 'qzxvkjw', 'delete a repository']);
    for (const vector of [empty!, blank!, punctuation!, unknown!]) {
      expect(vector.length).toBe(embedder.dimensions);
      expect(vector.every((value) => value === 0)).toBe(true);
    }
    expect(norm(real!)).toBeCloseTo(1, 5);
  });

  it('splits identifiers so code names match their words', async () => {
    const [identifier, words] = await embedder.embed(['listForRepo', 'list for repo']);
    expect(cosine(identifier!, words!)).toBeCloseTo(1, 5);
    const [snake, dotted] = await embedder.embed(['get_user_profile', 'users.getProfile']);
    expect(cosine(snake!, dotted!)).toBeGreaterThan(0.6);
  });

  // Paraphrased requests against API-operation-like texts: the close one must beat the unrelated ones.
  it.each([
    ['delete a repository', 'remove a repo', 'list calendar events'],
    ['give a customer their money back for a charge', 'Create a refund for a payment charge', 'List calendar events'],
    ['is it going to rain tomorrow in Paris', 'Get the weather forecast for a city', 'Send an SMS message to a phone number'],
    ['mail someone the report', 'Send an email message to a recipient', 'Get the current stock price of a ticker'],
    ['translate this sentence into French', 'Translate text to another language', 'Upload a file to cloud storage'],
  ])('ranks %j closer to %j than to %j', async (query, close, unrelated) => {
    const [q, c, u] = await embedder.embed([query, close, unrelated]);
    expect(cosine(q!, c!)).toBeGreaterThan(cosine(q!, u!) + 0.05);
  });
});

describe('loadEmbedder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'embedder-test-'));
  afterEach(() => vi.unstubAllGlobals());
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('names a missing folder', async () => {
    const missing = join(scratch, 'no-such-model');
    await expect(loadEmbedder({ model: missing })).rejects.toThrow(`embedding model folder ${missing} does not exist`);
  });

  it('names what a folder lacks to be a model', async () => {
    const folder = join(scratch, 'not-a-model');
    cpSync(DEFAULT_EMBEDDING_MODEL, folder, { recursive: true });
    rmSync(join(folder, 'onnx'), { recursive: true });
    rmSync(join(folder, 'tokenizer.json'));
    await expect(loadEmbedder({ model: folder })).rejects.toThrow(
      new RegExp(`${folder} is not a transformers.js model folder: missing tokenizer.json, onnx.model\\.onnx`),
    );
  });

  it('names a broken model file', async () => {
    const folder = join(scratch, 'broken-model');
    cpSync(DEFAULT_EMBEDDING_MODEL, folder, { recursive: true });
    writeFileSync(join(folder, 'onnx', 'model.onnx'), 'not onnx');
    await expect(loadEmbedder({ model: folder })).rejects.toThrow(`embedding model ${folder} failed to load`);
  });

  it('refuses a hub id without allowRemote, saying to pass a local folder, and touches no network', async () => {
    forbidNetwork();
    await expect(loadEmbedder({ model: 'Xenova/bge-small-en-v1.5' })).rejects.toThrow(
      /"Xenova\/bge-small-en-v1\.5" is a Hugging Face hub id .*downloading models is off: pass the path of a local model folder/,
    );
  });

  it('loads two folders side by side, each with its own identity', async () => {
    forbidNetwork();
    const copy = join(scratch, 'copy-of-default');
    cpSync(DEFAULT_EMBEDDING_MODEL, copy, { recursive: true });
    const [first, second] = await Promise.all([loadEmbedder(), loadEmbedder({ model: copy })]);
    try {
      expect(second.id.startsWith(`${basename(copy)}@`)).toBe(true);
      expect(second.id.split('@')[1]).toBe(first.id.split('@')[1]);
      const [a] = await first.embed(['create a refund']);
      const [b] = await second.embed(['create a refund']);
      expect([...b!]).toEqual([...a!]);
    } finally {
      await Promise.all([first.dispose(), second.dispose()]);
    }
  });
});

describe('text preparation', () => {
  it.each([
    ['listForRepo', 'list For Repo'],
    ['get_user_id', 'get user id'],
    ['repos.get', 'repos get'],
    ['repos/owner/pulls', 'repos owner pulls'],
    ['HTTPServerError', 'HTTP Server Error'],
    ['OAuth2Token', 'OAuth2 Token'],
    ['listUUIDs', 'list UUIDs'],
    ['getAPIsByOwner', 'get APIs By Owner'],
    ['PDFToText', 'PDF To Text'],
    ['Send an e-mail.', 'Send an e mail.'],
  ])('splits %j into %j', (text, expected) => {
    expect(splitIdentifiers(text)).toBe(expected);
  });

  it('leaves nothing for text without letters or digits', () => {
    expect(prepareText(' ?! ')).toBe('');
    expect(prepareText(' getUser ')).toBe('get User');
  });
});

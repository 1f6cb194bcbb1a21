import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LineCounter, isAlias, isMap, isNode, isSeq, parseDocument, type Document } from 'yaml';
import { SpecError, errorCodeOf, messageOf } from './spec-error.js';

// Reading and parsing one document of a description. Which documents to read is `refs.ts`'s business.

const ACCEPT = 'application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5';
/** Aliases make YAML exponential; real descriptions use a few dozen at most. */
const MAX_YAML_ALIASES = 10_000;

/** One parsed document: the root description or a file it references. */
export interface LoadedDocument {
  /** Absolute `file:` or `http(s):` URL without a fragment; relative `$ref`s resolve against it. */
  readonly url: string;
  /** How messages name it: a file path, or the URL without its query (which may hold a token). */
  readonly label: string;
  readonly value: unknown;
  /** 1-based source line of the node at these pointer segments, when the format keeps lines (YAML). */
  lineOf(segments: readonly string[]): number | undefined;
}

export interface LoadOptions {
  fetch: typeof fetch;
  signal?: AbortSignal;
}

/** Turns the config's `spec` (a path relative to `baseDir`, an absolute path, or a URL) into a URL. */
export function specUrlFrom(spec: string, baseDir: string): URL {
  if (/^https?:\/\//i.test(spec) || spec.startsWith('file:')) return new URL(spec);
  return pathToFileURL(isAbsolute(spec) ? spec : resolvePath(baseDir, spec));
}

export function labelOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'file:') return fileURLToPath(parsed);
  return `${parsed.origin}${parsed.pathname}`;
}

/** Reads a file or fetches a URL and parses it. Throws a SpecError naming the document. */
export async function loadDocument(url: URL, options: LoadOptions): Promise<LoadedDocument> {
  const text = url.protocol === 'file:' ? await readSpecFile(url) : await fetchSpec(url, options);
  return parseDocumentText(text, url.href);
}

/** Parses JSON (when the name ends in `.json` or the text starts with `{`) or else YAML. */
export function parseDocumentText(text: string, url: string): LoadedDocument {
  const label = labelOf(url);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const looksJson = extname(new URL(url).pathname).toLowerCase() === '.json' || /^\s*\{/.test(body);
  if (looksJson) return { url, label, value: parseJson(body, label), lineOf: () => undefined };
  return parseYaml(body, url, label);
}

async function readSpecFile(url: URL): Promise<string> {
  const path = fileURLToPath(url);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = errorCodeOf(error);
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : messageOf(error);
    throw new SpecError(`cannot read ${path}: ${reason}`, { cause: error });
  }
}

async function fetchSpec(url: URL, options: LoadOptions): Promise<string> {
  const label = labelOf(url.href);
  let response: Response;
  try {
    response = await options.fetch(url, { headers: { accept: ACCEPT }, signal: options.signal ?? null });
  } catch (error) {
    throw new SpecError(`cannot fetch ${label}: ${messageOf(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new SpecError(`cannot fetch ${label}: HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  return response.text();
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = messageOf(error);
    const position = /at position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    throw new SpecError(`${label} is not valid JSON${where}: ${message}`, { cause: error });
  }
}

function parseYaml(text: string, url: string, label: string): LoadedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const at = first.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError(`${label} is not valid YAML${where}: ${reason}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new SpecError(`${label} could not be read as YAML: ${messageOf(error)}`, { cause: error });
  }
  return {
    url,
    label,
    value,
    lineOf: (segments) => yamlLineOf(document, lineCounter, segments),
  };
}

function yamlLineOf(document: Document, lineCounter: LineCounter, segments: readonly string[]): number | undefined {
  let node: unknown = document.contents;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      node = node.items.find((pair) => keyText(pair.key) === segment)?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  if (!isNode(node) || !node.range) return undefined;
  return lineCounter.linePos(node.range[0]).line;
}

function keyText(key: unknown): string | undefined {
  if (key !== null && typeof key === 'object' && 'value' in key) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

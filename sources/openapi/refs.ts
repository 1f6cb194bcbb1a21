import type { LoadedDocument } from './load-document.js';
import { escapeSegment, isRecord, pointerOf, segmentsOf, walk } from './json-pointer.js';
import { SpecError, messageOf } from './spec-error.js';

// Why a resolver of our own: off-the-shelf dereferencers inline every `$ref` (GitHub's description grows from
// 13 MB to 73 MB, and recursive schemas become object cycles JSON cannot hold) or bundle under names they pick.
// Tool schemas need each referenced schema once, under a name we choose, with cycles left as refs — so all we
// need from a resolver is "where does this `$ref` point", answered synchronously during schema conversion.
// Documents are therefore loaded up front, but lazily in the sense that matters: only the files and URLs a
// loaded document actually references are read, each once, and a failure is kept and reported only when (and
// where) a `$ref` into that document is followed, so one broken file costs its operations, not the source.

/** Keys whose subtrees are examples or extensions: their `$ref`s are never followed, so never loaded. */
const UNFOLLOWED_KEYS = new Set(['example', 'examples']);

/** A node of a loaded document, with where it sits (for relative refs and error messages). */
export interface Located {
  readonly value: unknown;
  readonly doc: LoadedDocument;
  /** JSON pointer of the node inside `doc`; `''` is the document root. */
  readonly pointer: string;
}

export type DocumentLoader = (url: URL) => Promise<LoadedDocument>;

/** The root description and every document it references, transitively. */
export class DocumentSet {
  private readonly targets = new Map<string, Located>();

  private constructor(
    readonly root: LoadedDocument,
    private readonly documents: ReadonlyMap<string, LoadedDocument | SpecError>,
  ) {}

  /** Loads the root (its failure throws) and every document reachable through `$ref`s (failures are kept). */
  static async load(url: URL, loader: DocumentLoader): Promise<DocumentSet> {
    const root = await loader(url);
    const documents = new Map<string, LoadedDocument | SpecError>([[root.url, root]]);
    let frontier: LoadedDocument[] = [root];
    while (frontier.length > 0) {
      const wanted = new Map<string, LoadedDocument>();
      for (const doc of frontier) {
        for (const href of externalDocumentsOf(doc)) if (!documents.has(href)) wanted.set(href, doc);
      }
      const loaded = await Promise.all(
        [...wanted].map(async ([href, from]) => [href, await loadReferenced(href, from, loader)] as const),
      );
      frontier = [];
      for (const [href, result] of loaded) {
        documents.set(href, result);
        if (!(result instanceof SpecError)) frontier.push(result);
      }
    }
    return new DocumentSet(root, documents);
  }

  rootNode(): Located {
    return { value: this.root.value, doc: this.root, pointer: '' };
  }

  /** The child `key` of a node; its value is `undefined` when absent. */
  child(node: Located, key: string): Located {
    const value = Array.isArray(node.value)
      ? node.value[Number(key)]
      : isRecord(node.value) && Object.hasOwn(node.value, key)
        ? node.value[key]
        : undefined;
    return { value, doc: node.doc, pointer: `${node.pointer}/${escapeSegment(key)}` };
  }

  /** Where the `$ref` of `node` points (one hop). Throws a SpecError naming the ref and where it was met. */
  target(node: Located): Located {
    const ref = isRecord(node.value) ? node.value.$ref : undefined;
    if (typeof ref !== 'string') throw new SpecError(`expected a $ref at ${this.where(node)}`);
    const hash = ref.indexOf('#');
    const address = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const doc = this.documentAt(address, ref, node);
    let pointer: string;
    try {
      pointer = decodeURIComponent(fragment);
    } catch {
      throw new SpecError(`$ref "${ref}" at ${this.where(node)} has a malformed fragment`);
    }
    if (pointer !== '' && !pointer.startsWith('/')) {
      throw new SpecError(`$ref "${ref}" at ${this.where(node)} is not a JSON pointer (anchors are not supported)`);
    }
    const segments = segmentsOf(pointer);
    const key = `${doc.url}#${pointerOf(segments)}`;
    const cached = this.targets.get(key);
    if (cached) return cached;
    const found = walk(doc.value, segments);
    if (!found.found) {
      const parent = pointerOf(segments.slice(0, found.missing));
      throw new SpecError(
        `$ref "${ref}" at ${this.where(node)} points to nothing: ` +
          `${doc.label} has no "${segments[found.missing]}" under #${parent}`,
      );
    }
    const located: Located = { value: found.value, doc, pointer: pointerOf(segments) };
    this.targets.set(key, located);
    return located;
  }

  /** Follows `$ref`s until a node that is not one. Throws on a dangling or circular chain. */
  deref(node: Located): Located {
    let current = node;
    const seen = new Set<string>();
    while (isRecord(current.value) && typeof current.value.$ref === 'string') {
      const key = keyOf(current);
      if (seen.has(key)) throw new SpecError(`$ref at ${this.where(node)} is circular: it never reaches a value`);
      seen.add(key);
      current = this.target(current);
    }
    return current;
  }

  /** `file#pointer (line n)` for messages. */
  where(node: Located): string {
    const line = node.doc.lineOf(segmentsOf(node.pointer));
    return `${node.doc.label}#${node.pointer}${line === undefined ? '' : ` (line ${line})`}`;
  }

  private documentAt(address: string, ref: string, from: Located): LoadedDocument {
    if (address === '') return from.doc;
    let href: string;
    try {
      href = documentHref(address, from.doc.url);
    } catch {
      throw new SpecError(`$ref "${ref}" at ${this.where(from)} is not a valid URL or path`);
    }
    const doc = this.documents.get(href);
    if (doc instanceof SpecError) {
      throw new SpecError(`$ref "${ref}" at ${this.where(from)} cannot be followed: ${doc.message}`);
    }
    if (!doc) throw new SpecError(`$ref "${ref}" at ${this.where(from)} names a document that was not loaded`);
    return doc;
  }
}

/** A stable identity for a node: its document URL and pointer. */
export function keyOf(node: Located): string {
  return `${node.doc.url}#${node.pointer}`;
}

function documentHref(address: string, base: string): string {
  const url = new URL(address, base);
  url.hash = '';
  return url.href;
}

async function loadReferenced(
  href: string,
  from: LoadedDocument,
  loader: DocumentLoader,
): Promise<LoadedDocument | SpecError> {
  const url = new URL(href);
  if (url.protocol !== 'file:' && !/^https?:$/.test(url.protocol)) {
    return new SpecError(`${href} uses an unsupported scheme (${url.protocol})`);
  }
  // A description served over the network must not be able to read files of the machine resolving it.
  if (url.protocol === 'file:' && !from.url.startsWith('file:')) {
    return new SpecError(`${from.label} may not reference the local file ${url.pathname}`);
  }
  try {
    return await loader(url);
  } catch (error) {
    return error instanceof SpecError ? error : new SpecError(messageOf(error), { cause: error });
  }
}

/** URLs of the other documents `doc` references, skipping examples and `x-` extensions. */
function externalDocumentsOf(doc: LoadedDocument): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [doc.value];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) {
          try {
            found.add(documentHref(child.split('#')[0]!, doc.url));
          } catch {
            // An unparsable address is reported when the ref is followed.
          }
        } else if (typeof child === 'object' && child !== null && !UNFOLLOWED_KEYS.has(key) && !key.startsWith('x-')) {
          stack.push(child);
        }
      }
    }
  }
  return found;
}

import type { Manifest, ResolveContext } from '../../core/index.js';
import type { OpenApiSourceConfig } from './config.js';
import { isRecord } from './json-pointer.js';
import { loadDocument, specUrlFrom } from './load-document.js';
import { toolsFrom } from './operations.js';
import { DocumentSet } from './refs.js';
import { SchemaConverter } from './schema.js';
import { authFrom } from './security.js';
import { baseUrlFrom } from './servers.js';
import { SpecError } from './spec-error.js';
import { specVersionOf } from './spec-objects.js';

/** Operations named in the error when none of them could be read. */
const WARNINGS_IN_ERROR = 3;

/**
 * Reads the description `config.spec` names (and the documents it references) into a manifest. Throws a
 * SpecError when the description cannot be read at all or none of its operations can; a problem confined to
 * some operations skips them and is reported in `warnings`.
 */
export async function resolveOpenApi(config: OpenApiSourceConfig, context: ResolveContext): Promise<Manifest> {
  const url = specUrlFrom(config.spec, context.baseDir);
  const loadOptions = { fetch: context.fetch, ...(context.signal ? { signal: context.signal } : {}) };
  const docs = await DocumentSet.load(url, (documentUrl) => loadDocument(documentUrl, loadOptions));
  const version = specVersionOf(docs.root);
  const warnings: string[] = [];
  const { tools, operationCount } = toolsFrom({ docs, converter: new SchemaConverter(docs), version }, warnings);
  if (operationCount > 0 && tools.length === 0) {
    const shown = warnings.slice(0, WARNINGS_IN_ERROR).join('; ');
    const more = warnings.length > WARNINGS_IN_ERROR ? ` (and ${warnings.length - WARNINGS_IN_ERROR} more)` : '';
    throw new SpecError(`${docs.root.label}: none of its ${operationCount} operations could be read: ${shown}${more}`);
  }
  const info = isRecord(docs.root.value) && isRecord(docs.root.value.info) ? docs.root.value.info : {};
  const baseUrl = baseUrlFrom(docs.root, version, warnings);
  return {
    ...(typeof info.title === 'string' && info.title.trim() !== '' ? { title: info.title.trim() } : {}),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    auth: authFrom(docs, version, warnings),
    tools,
    warnings,
  };
}

import type { DocumentSet, Located } from './refs.js';
import { SpecError } from './spec-error.js';
import { ParameterObjectSchema, parseAt, type ParameterObject } from './spec-objects.js';

/** Headers the core or the HTTP layer sets; OpenAPI says parameters with these names are ignored. */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export interface ParameterEntry {
  /** The parameter object, `$ref` followed. */
  readonly node: Located;
  readonly param: ParameterObject;
}

/**
 * The parameters of an operation: the path item's, overridden by the operation's with the same name and
 * location (header names compare case-insensitively), in declaration order.
 */
export function parametersOf(docs: DocumentSet, pathItem: Located, operation: Located): ParameterEntry[] {
  const merged = new Map<string, ParameterEntry>();
  for (const owner of [pathItem, operation]) {
    const list = docs.child(owner, 'parameters');
    if (list.value === undefined) continue;
    if (!Array.isArray(list.value)) throw new SpecError(`parameters at ${docs.where(list)} is not a list`);
    for (let index = 0; index < list.value.length; index++) {
      const node = docs.deref(docs.child(list, String(index)));
      const param = parseAt(ParameterObjectSchema, node, docs, 'parameter');
      merged.set(parameterKey(param), { node, param });
    }
  }
  return [...merged.values()];
}

/** Accept, Content-Type and Authorization headers are never arguments: the core sets them. */
export function isReservedHeader(param: ParameterObject): boolean {
  return param.in === 'header' && RESERVED_HEADERS.has(param.name.toLowerCase());
}

/** `{name}`s of a path template. */
export function pathTemplateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

function parameterKey(param: ParameterObject): string {
  return `${param.in}:${param.in === 'header' ? param.name.toLowerCase() : param.name}`;
}


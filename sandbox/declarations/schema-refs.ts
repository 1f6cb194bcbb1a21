// Resolving `$ref`s of self-contained schemas: every ref is `#/$defs/<Name>` into the root schema.

import { isSchemaObject, type JsonSchema } from '../../core/index.js';

const DEFS_PREFIX = '#/$defs/';

export interface ResolvedRef {
  /** The def's name, decoded from the JSON pointer. */
  name: string;
  schema: JsonSchema;
}

/** Finds the def a `$ref` names, or undefined for any other ref or a def that does not exist. */
export function resolveRef(ref: unknown, root: JsonSchema): ResolvedRef | undefined {
  if (typeof ref !== 'string' || !ref.startsWith(DEFS_PREFIX) || !isSchemaObject(root)) return undefined;
  const name = decodePointerSegment(ref.slice(DEFS_PREFIX.length));
  const defs = root.$defs;
  if (name === undefined || !isSchemaObject(defs) || !Object.hasOwn(defs, name)) return undefined;
  const schema = defs[name];
  if (schema === undefined || (typeof schema !== 'boolean' && !isSchemaObject(schema))) return undefined;
  return { name, schema };
}

/** Whether a tool's argument object has required properties, looking through `$ref` and `allOf`. */
export function hasRequiredProperties(schema: unknown, root: JsonSchema, seen = new Set<unknown>()): boolean {
  if (!isSchemaObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (Array.isArray(schema.required) && schema.required.some((key) => typeof key === 'string')) return true;
  const target = resolveRef(schema.$ref, root);
  if (target && hasRequiredProperties(target.schema, root, seen)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((member) => hasRequiredProperties(member, root, seen));
}

function decodePointerSegment(segment: string): string | undefined {
  // A def name is one pointer segment; a `/` inside it would point deeper than `$defs`.
  if (segment === '' || segment.includes('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

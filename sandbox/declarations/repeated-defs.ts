// Printing a def once per type: a later use points back at the first full print (`collapseRepeats`).

import { isIdentifier, isSchemaObject, type JsonSchema } from '../../core/index.js';
import { escapeCommentEnd } from './doc-comment.js';
import type { PrintContext } from './print-context.js';
import { NULL, atom, unionOf, type PrintedType } from './printed-type.js';
import type { ResolvedRef } from './schema-refs.js';

// Shorter types cost less to print again than a pointer costs to follow.
const MIN_COLLAPSED_LENGTH = 200;

/** The pointer to an earlier print of the same def, or undefined when it has not been printed in full yet. */
export function earlierPrint(target: ResolvedRef, context: PrintContext): PrintedType | undefined {
  if (!context.options.collapseRepeats) return undefined;
  const path = context.state.firstPrints.get(defKey(target, context));
  if (path === undefined) return undefined;
  const pointer = atom(`Record<string, unknown> /* same shape as ${escapeCommentEnd(path)} */`);
  return isNullable(target.schema) ? unionOf([pointer, NULL]) : pointer;
}

/** Remembers where a def printed in full, when it is worth pointing back at. */
export function rememberPrint(target: ResolvedRef, printed: PrintedType, context: PrintContext): void {
  if (!context.options.collapseRepeats || context.path === '') return;
  if (!printed.text.startsWith('{') || printed.text.length < MIN_COLLAPSED_LENGTH) return;
  const key = defKey(target, context);
  if (!context.state.firstPrints.has(key)) context.state.firstPrints.set(key, context.path);
}

/** The jq-style path of a property (`.user`, `."+1"`) or of array items (`.labels[]`, `.[]`) below `context`. */
export function pathWith(context: PrintContext, segment: { property: string } | 'items'): string {
  if (segment === 'items') return `${context.path === '' ? '.' : context.path}[]`;
  const name = segment.property;
  return isIdentifier(name) ? `${context.path}.${name}` : `${context.path}.${JSON.stringify(name)}`;
}

// Specs often hold copies of a def differing only in nullability and prose (GitHub's `nullable-repository`
// beside `repository`); they print the same, so they share a key.
function defKey(target: ResolvedRef, context: PrintContext): string {
  const cached = context.state.defKeys.get(target.name);
  if (cached !== undefined) return cached;
  let key = `name:${target.name}`;
  if (isSchemaObject(target.schema)) {
    const { nullable: _nullable, title: _title, description: _description, ...shape } = target.schema;
    if (Array.isArray(shape.type)) shape.type = shape.type.filter((type) => type !== 'null');
    try {
      key = `shape:${JSON.stringify(shape)}`;
    } catch {
      // A schema JSON cannot hold (a cycle of objects) keeps its name as its key.
    }
  }
  context.state.defKeys.set(target.name, key);
  return key;
}

function isNullable(schema: JsonSchema): boolean {
  if (!isSchemaObject(schema)) return false;
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

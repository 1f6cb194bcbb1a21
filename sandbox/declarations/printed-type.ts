// A printed type expression that remembers its top-level operator, so unions and intersections can be
// flattened, deduplicated and parenthesized correctly when they are combined.

import { isIdentifier } from '../../core/index.js';

export interface PrintedType {
  text: string;
  kind: 'atom' | 'union' | 'intersection';
  /** The flattened operands of a union or an intersection. */
  members: PrintedType[];
}

export function atom(text: string): PrintedType {
  return { text, kind: 'atom', members: [] };
}

export const UNKNOWN = atom('unknown');
export const NEVER = atom('never');
export const NULL = atom('null');

/** `unknown`, possibly with a comment saying why (`unknown /* recursive: Node *\/`). */
export function isUnknown(type: PrintedType): boolean {
  return type.kind === 'atom' && /^unknown(?: \/\*|$)/.test(type.text);
}

/** `A | B`: flattened, deduplicated, `never` dropped, `null` last; absorbs into `unknown`. */
export function unionOf(types: PrintedType[]): PrintedType {
  const members: PrintedType[] = [];
  for (const type of types) {
    if (isUnknown(type)) return type;
    for (const member of type.kind === 'union' ? type.members : [type]) {
      if (member.text !== 'never' && !members.some((seen) => seen.text === member.text)) members.push(member);
    }
  }
  const ordered = [...members.filter((m) => m.text !== 'null'), ...members.filter((m) => m.text === 'null')];
  if (ordered.length === 0) return NEVER;
  if (ordered.length === 1) return ordered[0] ?? NEVER;
  return { text: ordered.map((member) => member.text).join(' | '), kind: 'union', members: ordered };
}

/** `A & B`: flattened, deduplicated, `unknown` dropped; absorbs into `never`. */
export function intersectionOf(types: PrintedType[]): PrintedType {
  const members: PrintedType[] = [];
  let firstUnknown: PrintedType | undefined;
  for (const type of types) {
    if (type.text === 'never') return NEVER;
    for (const member of type.kind === 'intersection' ? type.members : [type]) {
      if (isUnknown(member)) firstUnknown ??= member;
      else if (!members.some((seen) => seen.text === member.text)) members.push(member);
    }
  }
  // Keep the comment of an `unknown` that stands alone (`unknown /* recursive: Node */`).
  if (members.length === 0) return firstUnknown ?? UNKNOWN;
  if (members.length === 1) return members[0] ?? UNKNOWN;
  const text = members.map((member) => (member.kind === 'union' ? `(${member.text})` : member.text)).join(' & ');
  return { text, kind: 'intersection', members };
}

/** `T[]` for a short one-line element, `Array<T>` for anything a reader would have to untangle. */
export function arrayOf(element: PrintedType): PrintedType {
  const simple =
    element.kind === 'atom' &&
    !element.text.includes('\n') &&
    !element.text.includes('/*') &&
    !element.text.includes('{');
  return atom(simple ? `${element.text}[]` : `Array<${element.text}>`);
}

/** A literal type for a JSON value, or `unknown` for what TypeScript has no literal for. */
export function literalOf(value: unknown): PrintedType {
  if (value === null) return NULL;
  if (typeof value === 'string') return atom(JSON.stringify(value));
  if (typeof value === 'boolean') return atom(String(value));
  if (typeof value === 'number') return Number.isFinite(value) ? atom(String(value)) : atom('number');
  return UNKNOWN;
}

/** A property name as it can stand in a type literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

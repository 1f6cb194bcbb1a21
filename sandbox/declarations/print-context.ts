// The printer's position in a schema, shared by the printers of each kind of type.

import type { JsonSchema } from '../../core/index.js';
import type { PrintOptions } from './print-options.js';
import type { PrintedType } from './printed-type.js';

export interface PrintContext {
  /** The schema `$ref`s resolve against. */
  root: JsonSchema;
  options: Required<PrintOptions>;
  state: {
    /** Defs being printed, outermost first; reaching one again is a cycle. */
    expanding: string[];
    /** Schema objects being printed, so a JavaScript object cycle cannot recurse forever. */
    active: Set<object>;
    /** Object types that may still be printed before objects print as `Record<string, unknown>`. */
    objectsLeft: number;
    /** With `collapseRepeats`: def key → path of its first full print. */
    firstPrints: Map<string, string>;
    /** Def name → the key copies of it share. */
    defKeys: Map<string, string>;
  };
  /** jq-style path from the printed type's root to this position (`.labels[].name`); `''` at the root. */
  path: string;
  /** Object types enclosing this position. */
  depth: number;
  /** Indentation level of the line this type starts on. */
  indent: number;
  /** Prints a nested schema; carried here so the object and array printers need not import it back. */
  printSchema: (schema: unknown, context: PrintContext) => PrintedType;
}

/** Runs `print` with `names` counted as defs being printed. */
export function whileExpanding<T>(context: PrintContext, names: string[], print: () => T): T {
  context.state.expanding.push(...names);
  try {
    return print();
  } finally {
    context.state.expanding.length -= names.length;
  }
}

// How a schema prints as a TypeScript type. One place for the knobs and their defaults.

/** Which properties get a JSDoc comment. */
export type DocCommentLevel = 'all' | 'top-level' | 'none';

/** Options of `typeFromSchema`. Every field is optional; the defaults print the whole schema. */
export interface PrintOptions {
  /**
   * Object types nested deeper than this print as `Record<string, unknown>`. The outermost object type is
   * depth 1 (arrays do not count). Default: no limit.
   */
  maxDepth?: number;
  /** Properties that get a JSDoc comment: every one, only the outermost object's, or none. Default `'all'`. */
  docs?: DocCommentLevel;
  /** An enum with more values than this prints as its base type with a count comment. Default 25. */
  maxEnumValues?: number;
  /** Longest text of one JSDoc comment, in characters; longer text is cut with an ellipsis. Default 300. */
  maxDocLength?: number;
  /** Indentation level (2 spaces each) of the line the type starts on. Default 0. */
  indent?: number;
  /**
   * Most object types printed for one schema. Past it, objects print as `Record<string, unknown>`, so a wide
   * web of refs followed inline cannot grow without bound. Default 2000.
   */
  maxObjects?: number;
  /**
   * A def met again after it printed in full (as an object type of 200+ characters) prints as
   * `Record<string, unknown> /* same shape as <path> *\/`, pointing at the first print. Copies of a def that
   * differ only in `nullable`, `title` or `description` count as the same def. Default false.
   */
  collapseRepeats?: boolean;
}

export const defaultPrintOptions: Readonly<Required<PrintOptions>> = {
  maxDepth: Number.POSITIVE_INFINITY,
  docs: 'all',
  maxEnumValues: 25,
  maxDocLength: 300,
  indent: 0,
  maxObjects: 2000,
  collapseRepeats: false,
};

/**
 * Defaults for tool results: real responses are large and an agent reads few of their fields, so nested
 * objects stop at depth 3, only the top-level fields keep their JSDoc, and a repeated def is printed once.
 */
export const outputPrintDefaults: Readonly<PrintOptions> = { maxDepth: 3, docs: 'top-level', collapseRepeats: true };

/** Fills in defaults, replacing values of the wrong type so a bad option cannot break printing. */
export function resolvePrintOptions(options: PrintOptions = {}): Required<PrintOptions> {
  return {
    maxDepth: numberOr(options.maxDepth, defaultPrintOptions.maxDepth),
    docs: options.docs === 'top-level' || options.docs === 'none' ? options.docs : 'all',
    maxEnumValues: numberOr(options.maxEnumValues, defaultPrintOptions.maxEnumValues),
    maxDocLength: Math.max(8, numberOr(options.maxDocLength, defaultPrintOptions.maxDocLength)),
    indent: Math.max(0, Math.floor(numberOr(options.indent, 0))),
    maxObjects: numberOr(options.maxObjects, defaultPrintOptions.maxObjects),
    collapseRepeats: options.collapseRepeats === true,
  };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : fallback;
}

/**
 * A problem with an OpenAPI description (unreadable, unparsable, or a node that is not what it should be).
 * Its message always says where: the file or URL, and the JSON pointer or line of the bad node.
 * `resolve` lets it escape when the whole description is unusable and turns it into a warning when only
 * one operation is.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `code` of a Node system error (`ENOENT`, `ECONNREFUSED`, …), if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

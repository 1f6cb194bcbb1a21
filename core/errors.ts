// The one error type of the executor. Every surface turns it into its own wire shape in one place.

/** Stable error codes an agent can branch on. */
export type ErrorCode =
  | 'not_found'
  | 'invalid_args'
  | 'invalid_config'
  | 'blocked'
  | 'approval_declined'
  | 'approval_pending'
  | 'approval_expired'
  | 'upstream_error'
  | 'timeout'
  | 'sandbox_error'
  | 'internal_error';

export interface ExecutorErrorOptions {
  /** HTTP status of an upstream failure. */
  status?: number;
  /** Machine-readable details, e.g. schema violations for `invalid_args`. Must never hold a secret. */
  details?: unknown;
  cause?: unknown;
}

export class ExecutorError extends Error {
  override readonly name = 'ExecutorError';
  readonly code: ErrorCode;
  readonly status?: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: ExecutorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.details !== undefined) this.details = options.details;
  }
}

export function isExecutorError(value: unknown): value is ExecutorError {
  return value instanceof ExecutorError;
}

/**
 * Normalises anything thrown into an ExecutorError. Unknown errors keep only their message:
 * host stack traces and internals never cross a surface.
 */
export function errorFromUnknown(error: unknown): ExecutorError {
  if (error instanceof ExecutorError) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new ExecutorError('timeout', error.message || 'the call was aborted', { cause: error });
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new ExecutorError('timeout', error.message || 'the call timed out', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ExecutorError('internal_error', message, { cause: error });
}

/** The serialisable shape of an error, as runs store it and surfaces send it. */
export interface ErrorShape {
  code: ErrorCode;
  message: string;
  status?: number;
  details?: unknown;
}

export function errorShapeFrom(error: ExecutorError): ErrorShape {
  const shape: ErrorShape = { code: error.code, message: error.message };
  if (error.status !== undefined) shape.status = error.status;
  if (error.details !== undefined) shape.details = error.details;
  return shape;
}

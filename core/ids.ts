// Branded identifiers. Every id is made in this file, so a bare string never passes for one.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A dotted tool id inside one source, e.g. `issues.list_for_repo`. */
export type ToolId = Brand<string, 'ToolId'>;
/** A source name, e.g. `github`. One JavaScript identifier. */
export type SourceName = Brand<string, 'SourceName'>;
/** A connection (account) name within a source, e.g. `work`. One JavaScript identifier. */
export type ConnectionName = Brand<string, 'ConnectionName'>;
/** A scope name, e.g. `local`. One JavaScript identifier. */
export type ScopeName = Brand<string, 'ScopeName'>;
/** `<source>.<scope>.<connection>.<tool>`, e.g. `github.local.work.issues.list_for_repo`. */
export type ToolAddress = Brand<string, 'ToolAddress'>;
/** A run id: time-ordered, URL-safe. */
export type RunId = Brand<string, 'RunId'>;

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/** Validates a name used as one address segment; returns an error message or undefined. */
export function identifierProblem(value: string, what: string): string | undefined {
  if (isIdentifier(value)) return undefined;
  return `${what} "${value}" must be a JavaScript identifier ([A-Za-z_$][A-Za-z0-9_$]*)`;
}

export function sourceName(value: string): SourceName {
  assertIdentifier(value, 'source name');
  return value as SourceName;
}

export function connectionName(value: string): ConnectionName {
  assertIdentifier(value, 'connection name');
  return value as ConnectionName;
}

export function scopeName(value: string): ScopeName {
  assertIdentifier(value, 'scope name');
  return value as ScopeName;
}

export function toolId(value: string): ToolId {
  for (const segment of value.split('.')) assertIdentifier(segment, `tool id segment of "${value}"`);
  return value as ToolId;
}

export function runId(value: string): RunId {
  return value as RunId;
}

export interface AddressParts {
  source: SourceName;
  scope: ScopeName;
  connection: ConnectionName;
  tool: ToolId;
}

export function formatAddress(parts: AddressParts): ToolAddress {
  return `${parts.source}.${parts.scope}.${parts.connection}.${parts.tool}` as ToolAddress;
}

/** Splits an address into its parts, or returns undefined when it has fewer than four segments or a bad one. */
export function parseAddress(address: string): AddressParts | undefined {
  const segments = address.split('.');
  if (segments.length < 4 || !segments.every(isIdentifier)) return undefined;
  const [source, scope, connection, ...tool] = segments as [string, string, string, ...string[]];
  return {
    source: source as SourceName,
    scope: scope as ScopeName,
    connection: connection as ConnectionName,
    tool: tool.join('.') as ToolId,
  };
}

/**
 * Turns any name into one identifier segment: characters outside [A-Za-z0-9_$] become `_`,
 * and a leading digit gets a `_` prefix. Empty input becomes `_`.
 */
export function identifierFrom(raw: string): string {
  const replaced = raw.replace(/[^A-Za-z0-9_$]/g, '_');
  if (replaced === '') return '_';
  return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}

function assertIdentifier(value: string, what: string): void {
  const problem = identifierProblem(value, what);
  if (problem) throw new TypeError(problem);
}

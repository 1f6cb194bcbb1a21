import { _, Ajv2020, str, type ErrorObject, type KeywordCxt, type ValidateFunction } from 'ajv/dist/2020.js';
import { ExecutorError } from './errors.js';
import type { JsonSchemaObject } from './json-schema.js';
import { checkPattern, type PatternCheck } from './patterns.js';

// Tool schemas come from third-party specs as JSON Schema, so they are checked with Ajv (compiled,
// fast, 2020-12) rather than converted to zod. Formats are not enforced: specs use many ad-hoc ones.
// Regexes: specs carry patterns from other dialects (Java's `\p{Print}`, `[\w-.]`) that unicode-mode
// JavaScript rejects; one such pattern must not turn off the whole tool's checking, so each is handled on
// its own (see `checkPattern`), by a `pattern` keyword of ours and a RegExp engine for `patternProperties`.
const ajv = new Ajv2020({
  strict: false,
  allErrors: true,
  verbose: true,
  validateFormats: false,
  allowUnionTypes: true,
  code: { regExp: Object.assign(propertyNamePattern, { code: 'propertyNamePattern' }) },
});
ajv.removeKeyword('pattern');
ajv.addKeyword({
  keyword: 'pattern',
  type: 'string',
  schemaType: 'string',
  // Ajv's own message and params, so callers see the same error either way.
  error: {
    message: ({ schemaCode }) => str`must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => _`{pattern: ${schemaCode}}`,
  },
  code: patternCode,
});

/** Checks a tool's arguments; throws `invalid_args` naming each bad field. */
export interface ArgsValidator {
  (args: unknown): void;
  /** What of the schema is not checked (a pattern JavaScript cannot run, or the whole schema): log these. */
  readonly warnings: readonly string[];
}

export interface ArgIssue {
  /** JSON pointer into the arguments, `` for the root. */
  path: string;
  message: string;
}

/** Compiles a tool's input schema once. Whatever it cannot check is listed in `warnings`, never skipped silently. */
export function compileArgsValidator(schema: JsonSchemaObject): ArgsValidator {
  const unchecked = new Map<string, string>();
  let validate: ValidateFunction;
  try {
    validate = compileCollecting(schema, unchecked);
  } catch (error) {
    // A schema Ajv cannot compile should not make the tool uncallable; the upstream is the final judge.
    const reason = error instanceof Error ? error.message : String(error);
    return Object.assign(() => undefined, { warnings: [`arguments are not checked: the input schema does not compile (${reason})`] });
  }
  const check = (args: unknown): void => {
    if (validate(args)) return;
    const issues = issuesFrom(validate.errors ?? [], schema);
    throw new ExecutorError('invalid_args', issues.map(formatIssue).join('; '), { details: { issues } });
  };
  return Object.assign(check, { warnings: [...unchecked].map(([pattern, why]) => `pattern \`${pattern}\` is not checked: ${why}`) });
}

// Ajv compiles synchronously, so the keyword and the engine report into the compile under way.
let uncheckedPatterns: Map<string, string> | undefined;

function compileCollecting(schema: JsonSchemaObject, unchecked: Map<string, string>): ValidateFunction {
  uncheckedPatterns = unchecked;
  try {
    return ajv.compile(schema);
  } finally {
    uncheckedPatterns = undefined;
    // Ajv caches compiled schemas by object and would hand the same object back compiled, reporting nothing;
    // the executor caches validators itself.
    ajv.removeSchema(schema);
  }
}

function checked(pattern: string): PatternCheck {
  const check = checkPattern(pattern);
  if (check.regExp === undefined) uncheckedPatterns?.set(pattern, check.problem);
  return check;
}

/** The `pattern` keyword: a pattern JavaScript cannot run emits no check (the string is not constrained). */
function patternCode(cxt: KeywordCxt): void {
  const { regExp } = checked(cxt.schema as string);
  if (regExp === undefined) return;
  const rx = cxt.gen.scopeValue('pattern', { key: regExp.toString(), ref: regExp });
  cxt.fail(_`!${rx}.test(${cxt.data})`);
}

/** Ajv's RegExp engine, which only `patternProperties` still uses: an unusable pattern names no property. */
function propertyNamePattern(pattern: string): { test(name: string): boolean } {
  return checked(pattern).regExp ?? NO_NAME;
}

const NO_NAME = { test: () => false, toString: () => '(no property name)' };

function issuesFrom(errors: readonly ErrorObject[], schema: JsonSchemaObject): ArgIssue[] {
  const issues: ArgIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = issueFrom(error, schema);
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.slice(0, 10);
}

function issueFrom(error: ErrorObject, schema: JsonSchemaObject): ArgIssue {
  const path = error.instancePath;
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const fieldPath = `${path}/${missing}`;
      const expected = expectedTypeAt(schema, fieldPath);
      return { path: fieldPath, message: `is required${expected ? ` (${expected})` : ''}` };
    }
    case 'type':
      return { path, message: `must be ${String((error.params as { type: string }).type)}, got ${describeValueAt(error)}` };
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { path, message: `must be one of ${allowed.slice(0, 12).map((v) => JSON.stringify(v)).join(', ')}` };
    }
    case 'additionalProperties':
      return {
        path: `${path}/${String((error.params as { additionalProperty: string }).additionalProperty)}`,
        message: 'is not an accepted argument',
      };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

function formatIssue(issue: ArgIssue): string {
  const name = issue.path ? `"${issue.path.slice(1).split('/').join('.')}"` : 'arguments';
  return `${name} ${issue.message}`;
}

function describeValueAt(error: ErrorObject): string {
  const data = (error as ErrorObject & { data?: unknown }).data;
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data;
}

/** A short type name for the schema at a JSON pointer of the arguments, e.g. `string`. Follows local refs. */
function expectedTypeAt(root: JsonSchemaObject, pointer: string): string | undefined {
  let node: unknown = root;
  for (const segment of pointer.split('/').slice(1)) {
    node = deref(root, node);
    const properties = (node as JsonSchemaObject | undefined)?.properties;
    node = properties?.[segment];
    if (node === undefined) return undefined;
  }
  node = deref(root, node);
  const schema = node as JsonSchemaObject;
  if (schema.enum) return schema.enum.slice(0, 6).map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type;
}

function deref(root: JsonSchemaObject, node: unknown): unknown {
  for (let hops = 0; hops < 8; hops++) {
    const ref = (node as JsonSchemaObject | undefined)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
    node = root.$defs?.[decodeURIComponent(ref.slice('#/$defs/'.length))];
  }
  return node;
}

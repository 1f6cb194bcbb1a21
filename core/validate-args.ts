import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { ExecutorError } from './errors.js';
import type { JsonSchemaObject } from './json-schema.js';

// Tool schemas come from third-party specs as JSON Schema, so they are checked with Ajv (compiled,
// fast, 2020-12) rather than converted to zod. Formats are not enforced: specs use many ad-hoc ones.
const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateFormats: false, allowUnionTypes: true });

export interface ArgIssue {
  /** JSON pointer into the arguments, `` for the root. */
  path: string;
  message: string;
}

/** Compiles a tool's input schema once; the returned function throws `invalid_args` naming each bad field. */
export function compileArgsValidator(schema: JsonSchemaObject): (args: unknown) => void {
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    // A schema Ajv cannot compile should not make the tool uncallable; the upstream is the final judge.
    return () => undefined;
  }
  return (args) => {
    if (validate(args)) return;
    const issues = issuesFrom(validate.errors ?? [], schema);
    throw new ExecutorError('invalid_args', issues.map(formatIssue).join('; '), { details: { issues } });
  };
}

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

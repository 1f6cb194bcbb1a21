import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from '../../core/index.js';
import type { ArgBinding, BodyBinding } from './binding.js';
import { MULTIPART, essenceOf } from './media-types.js';
import type { BodyModel, OperationModel, ParameterLocation } from './operation-model.js';
import type { DefKeys } from './schema.js';

// The argument object an agent passes: parameters by name, then the body — its properties merged in when
// that reads naturally and collides with nothing, otherwise whole under `body`. The binding records where
// each argument goes on the wire.

const LOCATION_ORDER: Record<ParameterLocation, number> = { path: 0, query: 1, header: 2, cookie: 3 };
/** Keywords that make a body more than a plain bag of properties, so it cannot be spread into arguments. */
const COMPOSITION_KEYWORDS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if'];

export interface ShapedInput {
  /** The input schema, without `$defs` yet. */
  schema: JsonSchemaObject;
  /** Defs the schema references. */
  refs: DefKeys;
  args: ArgBinding[];
  body?: BodyBinding;
}

export function inputFrom(model: OperationModel): ShapedInput {
  const properties = new Map<string, JsonSchema>();
  const required: string[] = [];
  const args: ArgBinding[] = [];
  const refs: DefKeys = new Set(model.parameterRefs);
  // Path parameters first: they identify the resource, and keep their plain name when a query one shares it.
  const ordered = [...model.parameters].sort((a, b) => LOCATION_ORDER[a.in] - LOCATION_ORDER[b.in]);
  for (const param of ordered) {
    const arg = freeName(properties, param.name, `${param.in}_${param.name}`);
    properties.set(arg, annotated(param.schema, param.description, param.deprecated));
    if (param.required) required.push(arg);
    args.push({
      arg,
      in: param.in,
      name: param.name,
      ...(param.style === undefined ? {} : { style: param.style }),
      ...(param.explode === undefined ? {} : { explode: param.explode }),
      ...(param.json ? { json: true } : {}),
    });
  }
  let additionalProperties: JsonSchema = false;
  let body: BodyBinding | undefined;
  if (model.body) {
    const merged = mergedBody(model.body, properties, required, refs);
    if (merged) {
      body = merged.binding;
      additionalProperties = merged.additionalProperties;
    } else {
      body = wrappedBody(model.body, properties, required, refs);
    }
  }
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: Object.fromEntries(properties),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties,
  };
  return { schema, refs, args, ...(body ? { body } : {}) };
}

function mergedBody(
  body: BodyModel,
  properties: Map<string, JsonSchema>,
  required: string[],
  refs: DefKeys,
): { binding: BodyBinding; additionalProperties: JsonSchema } | undefined {
  const expanded = body.expanded;
  if (!isMergeable(expanded)) return undefined;
  // A read-only property (an id the server assigns) is never sent, so it is no argument either.
  const names = Object.keys(expanded.properties).filter((name) => !isReadOnly(expanded.properties[name]!));
  if (names.length === 0 || names.some((name) => properties.has(name))) return undefined;
  const bodyRequired = body.required ? (expanded.required ?? []) : [];
  const files: string[] = [];
  for (const name of names) {
    const schema = expanded.properties[name]!;
    properties.set(name, schema);
    if (bodyRequired.includes(name)) required.push(name);
    if (isBinary(schema)) files.push(name);
  }
  for (const ref of body.expandedRefs) refs.add(ref);
  const extra = expanded.additionalProperties;
  const open = extra === true || isSchemaObject(extra);
  const binding: BodyBinding = {
    mode: 'merged',
    properties: names,
    ...(open ? { additionalProperties: true } : {}),
    ...(essenceOf(body.contentType) === MULTIPART && files.length > 0 ? { files } : {}),
    contentType: body.contentType,
    required: body.required,
  };
  return { binding, additionalProperties: open && extra !== undefined ? extra : false };
}

function wrappedBody(body: BodyModel, properties: Map<string, JsonSchema>, required: string[], refs: DefKeys): BodyBinding {
  const arg = freeName(properties, 'body', 'requestBody');
  properties.set(arg, annotated(body.schema, body.description, false));
  if (body.required) required.push(arg);
  for (const ref of body.schemaRefs) refs.add(ref);
  return { mode: 'wrapped', arg, contentType: body.contentType, required: body.required };
}

function isMergeable(schema: JsonSchema): schema is JsonSchemaObject & { properties: Record<string, JsonSchema> } {
  if (!isSchemaObject(schema) || !isSchemaObject(schema.properties)) return false;
  if (Object.keys(schema.properties).length === 0) return false;
  if (COMPOSITION_KEYWORDS.some((keyword) => keyword in schema)) return false;
  const types = schema.type === undefined ? ['object'] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('object');
}

function isReadOnly(schema: JsonSchema): boolean {
  return isSchemaObject(schema) && schema.readOnly === true;
}

function isBinary(schema: JsonSchema): boolean {
  return isSchemaObject(schema) && schema.type === 'string' && schema.format === 'binary';
}

function annotated(schema: JsonSchema, description: string | undefined, deprecated: boolean): JsonSchema {
  if (description === undefined && !deprecated) return schema;
  if (schema === false) return schema;
  const base = schema === true ? {} : schema;
  return { ...base, ...(description === undefined ? {} : { description }), ...(deprecated ? { deprecated: true } : {}) };
}

/** `preferred` if free, else `fallback`, else `fallback_2`, `fallback_3`, … */
function freeName(taken: ReadonlyMap<string, unknown>, preferred: string, fallback: string): string {
  if (!taken.has(preferred)) return preferred;
  let name = fallback;
  for (let suffix = 2; taken.has(name); suffix++) name = `${fallback}_${suffix}`;
  return name;
}

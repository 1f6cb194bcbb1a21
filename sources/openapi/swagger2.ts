import type { JsonSchema, JsonSchemaObject } from '../../core/index.js';
import { isRecord } from './json-pointer.js';
import { FORM_URLENCODED, MULTIPART, contentTypeToSend, essenceOf, isJsonMediaType, successStatus } from './media-types.js';
import {
  bodyFrom,
  descriptiveFieldsOf,
  type BodyModel,
  type HttpMethod,
  type OperationModel,
  type ParameterLocation,
  type ParameterModel,
  type ReadContext,
} from './operation-model.js';
import { isReservedHeader, parametersOf, type ParameterEntry } from './parameters.js';
import type { Located } from './refs.js';
import type { DefKeys } from './schema.js';
import { OperationObjectSchema, parseAt, type OperationObject } from './spec-objects.js';

// Reading one operation of a Swagger 2.0 description. What differs from OpenAPI 3: non-body parameters carry
// their schema keywords inline, the body is an `in: body` parameter or a set of `in: formData` ones, media
// types come from `consumes`, and arrays say how they are joined with `collectionFormat`.

/** Keywords a Swagger 2.0 non-body parameter (or header, or `items`) shares with a schema. */
const INLINE_SCHEMA_KEYWORDS = [
  'type', 'format', 'items', 'enum', 'default', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf',
];

/** `collectionFormat` → OpenAPI 3 style (explode is false unless `multi`). */
const COLLECTION_STYLES: Record<string, string> = {
  multi: 'form',
  ssv: 'spaceDelimited',
  pipes: 'pipeDelimited',
  tsv: 'tabDelimited',
};

export function readOperation2(context: ReadContext, pathItem: Located, method: HttpMethod, path: string): OperationModel {
  const { docs } = context;
  const node = docs.child(pathItem, method);
  const operation = parseAt(OperationObjectSchema, node, docs, 'operation');
  const entries = parametersOf(docs, pathItem, node).filter((entry) => !isReservedHeader(entry.param));
  const parameterRefs: DefKeys = new Set();
  const parameters = entries
    .filter(({ param }) => param.in !== 'body' && param.in !== 'formData')
    .map((entry) => parameterFrom(context, entry, parameterRefs));
  const body = bodyOf(context, entries, consumesOf(context, operation));
  const outputRefs: DefKeys = new Set();
  const output = outputFrom(context, docs.child(node, 'responses'), outputRefs);
  return {
    method,
    path,
    ...descriptiveFieldsOf(operation),
    parameters,
    parameterRefs,
    ...(body ? { body } : {}),
    ...(output === undefined ? {} : { output }),
    outputRefs,
  };
}

function parameterFrom(context: ReadContext, { node, param }: ParameterEntry, refs: DefKeys): ParameterModel {
  if (param.in === 'body' || param.in === 'formData') throw new Error(`unexpected ${param.in} parameter`);
  const location = param.in;
  const schema = inlineSchema(context, node, refs);
  const isArray = isRecord(node.value) && node.value.type === 'array';
  return {
    name: param.name,
    in: location,
    required: location === 'path' || param.required === true,
    ...(param.description ? { description: param.description } : {}),
    deprecated: false,
    schema,
    ...(isArray ? serializationOf(param.collectionFormat, location) : {}),
  };
}

function serializationOf(
  collectionFormat: string | undefined,
  location: ParameterLocation,
): { style: string; explode: boolean } {
  const style = COLLECTION_STYLES[collectionFormat ?? 'csv'];
  if (style) return { style, explode: collectionFormat === 'multi' };
  return { style: location === 'query' || location === 'cookie' ? 'form' : 'simple', explode: false };
}

function inlineSchema(context: ReadContext, node: Located, refs: DefKeys): JsonSchema {
  const source = isRecord(node.value) ? node.value : {};
  const picked: Record<string, unknown> = {};
  for (const key of INLINE_SCHEMA_KEYWORDS) if (source[key] !== undefined) picked[key] = source[key];
  return context.converter.convert({ ...node, value: picked }, refs);
}

function bodyOf(context: ReadContext, entries: ParameterEntry[], consumes: string[]): BodyModel | undefined {
  const bodyEntry = entries.find(({ param }) => param.in === 'body');
  if (bodyEntry) {
    const declared = consumes.find(isJsonMediaType) ?? consumes[0] ?? 'application/json';
    return bodyFrom(context, context.docs.child(bodyEntry.node, 'schema'), {
      contentType: contentTypeToSend(declared),
      required: bodyEntry.param.required === true,
      description: bodyEntry.param.description,
    });
  }
  const fields = entries.filter(({ param }) => param.in === 'formData');
  return fields.length === 0 ? undefined : formBody(context, fields, consumes);
}

/** `in: formData` parameters become one object body, multipart when a file is among them. */
function formBody(context: ReadContext, fields: ParameterEntry[], consumes: string[]): BodyModel {
  const refs: DefKeys = new Set();
  const properties = new Map<string, JsonSchema>();
  const required: string[] = [];
  let hasFile = false;
  for (const entry of fields) {
    const converted = inlineSchema(context, entry.node, refs);
    const description = entry.param.description;
    const annotated = description && typeof converted === 'object' ? { ...converted, description } : converted;
    properties.set(entry.param.name, annotated);
    if (entry.param.required) required.push(entry.param.name);
    hasFile ||= isRecord(entry.node.value) && entry.node.value.type === 'file';
  }
  const declared = consumes.map(essenceOf);
  const multipart = hasFile || (declared.includes(MULTIPART) && !declared.includes(FORM_URLENCODED));
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: Object.fromEntries(properties),
    ...(required.length > 0 ? { required } : {}) };
  return {
    contentType: multipart ? MULTIPART : FORM_URLENCODED,
    required: required.length > 0,
    schema,
    schemaRefs: refs,
    expanded: schema,
    expandedRefs: refs,
  };
}

function consumesOf(context: ReadContext, operation: OperationObject): string[] {
  if (operation.consumes) return operation.consumes;
  const root = context.docs.root.value;
  const global = isRecord(root) ? root.consumes : undefined;
  return Array.isArray(global) ? global.filter((type): type is string => typeof type === 'string') : [];
}

function outputFrom(context: ReadContext, responses: Located, refs: DefKeys): JsonSchema | undefined {
  const { docs, converter } = context;
  if (!isRecord(responses.value)) return undefined;
  const status = successStatus(Object.keys(responses.value));
  if (status === undefined) return undefined;
  const schemaNode = docs.child(docs.deref(docs.child(responses, status)), 'schema');
  return schemaNode.value === undefined ? undefined : converter.convert(schemaNode, refs);
}

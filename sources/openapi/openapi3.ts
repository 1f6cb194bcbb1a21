import type { JsonSchema } from '../../core/index.js';
import { isRecord } from './json-pointer.js';
import { contentTypeToSend, isJsonMediaType, requestMediaType, responseMediaType, successStatus } from './media-types.js';
import {
  bodyFrom,
  descriptiveFieldsOf,
  type BodyModel,
  type HttpMethod,
  type OperationModel,
  type ParameterModel,
  type ReadContext,
} from './operation-model.js';
import { isReservedHeader, parametersOf, type ParameterEntry } from './parameters.js';
import type { Located } from './refs.js';
import type { DefKeys } from './schema.js';
import { OperationObjectSchema, parseAt } from './spec-objects.js';
import { SpecError } from './spec-error.js';

// Reading one operation of an OpenAPI 3.0 or 3.1 description.

export function readOperation3(context: ReadContext, pathItem: Located, method: HttpMethod, path: string): OperationModel {
  const { docs } = context;
  const node = docs.child(pathItem, method);
  const operation = parseAt(OperationObjectSchema, node, docs, 'operation');
  const parameterRefs: DefKeys = new Set();
  const parameters = parametersOf(docs, pathItem, node)
    .filter((entry) => !isReservedHeader(entry.param))
    .map((entry) => parameterFrom(context, entry, parameterRefs));
  const outputRefs: DefKeys = new Set();
  const body = requestBodyFrom(context, docs.child(node, 'requestBody'));
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
  const { docs, converter } = context;
  if (param.in === 'body' || param.in === 'formData') {
    throw new SpecError(`parameter at ${docs.where(node)} is "in: ${param.in}", which only Swagger 2.0 allows`);
  }
  let schemaNode = docs.child(node, 'schema');
  let json = false;
  const content = docs.child(node, 'content');
  if (schemaNode.value === undefined && isRecord(content.value)) {
    // `content` carries exactly one media type; its schema describes the value, serialized as that type.
    const [type] = Object.keys(content.value);
    if (type !== undefined) {
      schemaNode = docs.child(docs.child(content, type), 'schema');
      json = isJsonMediaType(type);
    }
  }
  const schema: JsonSchema = schemaNode.value === undefined ? { type: 'string' } : converter.convert(schemaNode, refs);
  return {
    name: param.name,
    in: param.in,
    required: param.in === 'path' || param.required === true,
    ...(param.description ? { description: param.description } : {}),
    deprecated: param.deprecated === true,
    schema,
    ...(param.style ? { style: param.style } : {}),
    ...(param.explode === undefined ? {} : { explode: param.explode }),
    ...(json ? { json } : {}),
  };
}

function requestBodyFrom(context: ReadContext, node: Located): BodyModel | undefined {
  const { docs } = context;
  if (node.value === undefined) return undefined;
  const body = docs.deref(node);
  if (!isRecord(body.value)) throw new SpecError(`requestBody at ${docs.where(body)} is not an object`);
  const content = docs.child(body, 'content');
  if (!isRecord(content.value)) return undefined;
  const type = requestMediaType(Object.keys(content.value));
  if (type === undefined) return undefined;
  const description = typeof body.value.description === 'string' ? body.value.description : undefined;
  return bodyFrom(context, docs.child(docs.child(content, type), 'schema'), {
    contentType: contentTypeToSend(type),
    required: body.value.required === true,
    description,
  });
}

function outputFrom(context: ReadContext, responses: Located, refs: DefKeys): JsonSchema | undefined {
  const { docs, converter } = context;
  if (!isRecord(responses.value)) return undefined;
  const status = successStatus(Object.keys(responses.value));
  if (status === undefined) return undefined;
  const response = docs.deref(docs.child(responses, status));
  const content = docs.child(response, 'content');
  if (!isRecord(content.value)) return undefined;
  const type = responseMediaType(Object.keys(content.value));
  if (type === undefined) return undefined;
  const schemaNode = docs.child(docs.child(content, type), 'schema');
  return schemaNode.value === undefined ? undefined : converter.convert(schemaNode, refs);
}

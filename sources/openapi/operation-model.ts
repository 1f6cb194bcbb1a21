import type { JsonSchema } from '../../core/index.js';
import type { DocumentSet, Located } from './refs.js';
import type { DefKeys, SchemaConverter } from './schema.js';
import type { OperationObject, SpecVersion } from './spec-objects.js';

// One operation as both dialects read into the same shape (Swagger 2.0's body and form parameters become a
// body here), with its schemas already converted. `input-schema.ts` and `operations.ts` take it from there.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** What reading an operation needs. */
export interface ReadContext {
  readonly docs: DocumentSet;
  readonly converter: SchemaConverter;
  readonly version: SpecVersion;
}

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  schema: JsonSchema;
  /** OpenAPI serialization style; absent means the default for the location. */
  style?: string;
  explode?: boolean;
  /** The parameter is declared with `content: application/json`: its value is sent as JSON text. */
  json?: boolean;
}

export interface BodyModel {
  contentType: string;
  required: boolean;
  description?: string;
  /** The body schema as declared (a top-level `$ref` stays a ref). */
  schema: JsonSchema;
  schemaRefs: DefKeys;
  /** The body schema with top-level `$ref`s followed, to see whether its properties can become arguments. */
  expanded: JsonSchema;
  expandedRefs: DefKeys;
}

export interface OperationModel {
  method: HttpMethod;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  parameters: ParameterModel[];
  parameterRefs: DefKeys;
  body?: BodyModel;
  output?: JsonSchema;
  outputRefs: DefKeys;
}

/** The fields both dialects read the same way from an operation object. */
export function descriptiveFieldsOf(
  operation: OperationObject,
): Pick<OperationModel, 'operationId' | 'summary' | 'description' | 'tags' | 'deprecated'> {
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    tags: operation.tags ?? [],
    deprecated: operation.deprecated === true,
  };
}

/** A body whose schema sits at `schemaNode` (absent: any JSON). */
export function bodyFrom(
  context: ReadContext,
  schemaNode: Located,
  info: { contentType: string; required: boolean; description?: string | undefined },
): BodyModel {
  const schemaRefs: DefKeys = new Set();
  const schema = schemaNode.value === undefined ? {} : context.converter.convert(schemaNode, schemaRefs);
  const target = context.docs.deref(schemaNode);
  if (target === schemaNode) return { ...info, schema, schemaRefs, expanded: schema, expandedRefs: schemaRefs };
  const expandedRefs: DefKeys = new Set();
  const expanded = context.converter.convert(target, expandedRefs);
  return { ...info, schema, schemaRefs, expanded, expandedRefs };
}

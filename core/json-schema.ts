// The JSON Schema dialect tool schemas use: draft 2020-12, self-contained (every `$ref` is `#/$defs/<name>`).

export type JsonSchemaTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchemaObject {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: JsonSchemaTypeName | JsonSchemaTypeName[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  format?: string;
  default?: unknown;
  deprecated?: boolean;
  [keyword: string]: unknown;
}

export type JsonSchema = JsonSchemaObject | boolean;

export function isSchemaObject(schema: unknown): schema is JsonSchemaObject {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema);
}

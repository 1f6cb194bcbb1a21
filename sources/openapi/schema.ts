import type { JsonSchema, JsonSchemaObject, JsonSchemaTypeName } from '../../core/index.js';
import { escapeSegment, isRecord, segmentsOf } from './json-pointer.js';
import { keyOf, type DocumentSet, type Located } from './refs.js';

// OpenAPI schema objects → self-contained JSON Schema 2020-12. Every `$ref`, internal or into another document,
// becomes `#/$defs/<Name>`; a tool's schema carries exactly the defs it reaches. Names come from the last
// pointer segment and are made unique across the whole source, so one component keeps one name in every tool
// (and a def's converted body can be shared by every tool that uses it). Recursive schemas stay recursive refs.

/** Keys (see `keyOf`) of the defs a schema references. Filled by `convert`, read by `withDefs`. */
export type DefKeys = Set<string>;

const TYPE_NAMES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const SUBSCHEMA_KEYWORDS = new Set([
  'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
const SUBSCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/**
 * Keywords copied as they are. Anything else (`x-*`, `example`, `examples`, `xml`, `externalDocs`,
 * `discriminator`, `$id`, nested `$defs`/`definitions`, unknown words) is dropped, so a strict validator
 * accepts the result.
 */
const PLAIN_KEYWORDS = new Set([
  'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'enum', 'const', 'format',
  'multipleOf', 'maximum', 'minimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
  'maxContains', 'minContains', 'maxProperties', 'minProperties', 'dependentRequired', 'contentEncoding',
  'contentMediaType',
]);
/** Keywords that stay outside when a nullable schema is wrapped in `anyOf: [schema, null]`. */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly']);
/** Keywords that keep `null` out even when `type` lists it. */
const EXCLUDING_NULL = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'const'];

interface Def {
  readonly name: string;
  readonly node: Located;
  body?: { schema: JsonSchema; refs: string[] };
  error?: unknown;
}

/** Converts the schemas of one source; one instance per `resolve`, shared by all its tools. */
export class SchemaConverter {
  private readonly defs = new Map<string, Def>();
  private readonly names = new Set<string>();

  constructor(private readonly docs: DocumentSet) {}

  /** The schema at `node` in JSON Schema 2020-12; the defs its refs name are added to `refs`. */
  convert(node: Located, refs: DefKeys): JsonSchema {
    const value = node.value;
    if (typeof value === 'boolean') return value;
    if (!isRecord(value)) return {};
    const out: JsonSchemaObject = {};
    let nullable = false;
    let exclusiveMinimum = false;
    let exclusiveMaximum = false;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref') {
        if (typeof child === 'string') out.$ref = this.refTo(node, refs);
      } else if (key === 'type') {
        const type = typeFrom(child);
        if (type !== undefined) out.type = type;
        if (isFileType(child) && value.format === undefined) out.format = 'binary';
      } else if (key === 'nullable' || key === 'x-nullable') {
        nullable ||= child === true;
      } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
        // OpenAPI 3.0 (draft 4) writes `minimum: 5, exclusiveMinimum: true`; 2020-12 writes `exclusiveMinimum: 5`.
        if (typeof child === 'number') out[key] = child;
        else if (key === 'exclusiveMinimum') exclusiveMinimum = child === true;
        else exclusiveMaximum = child === true;
      } else if (key === 'required') {
        const names = Array.isArray(child) ? child.filter((name): name is string => typeof name === 'string') : [];
        if (names.length > 0) out.required = names;
      } else if (key === 'items') {
        // Draft 4 tuples (`items: [...]`, `additionalItems`) are 2020-12's `prefixItems` and `items`.
        if (Array.isArray(child)) out.prefixItems = child.map((_, index) => this.convert(at(node, key, index), refs));
        else out.items = this.convert(at(node, key), refs);
      } else if (key === 'additionalItems') {
        if (Array.isArray(value.items)) out.items = this.convert(at(node, key), refs);
      } else if (SUBSCHEMA_KEYWORDS.has(key)) {
        out[key] = this.convert(at(node, key), refs);
      } else if (SUBSCHEMA_LIST_KEYWORDS.has(key)) {
        if (Array.isArray(child)) out[key] = child.map((_, index) => this.convert(at(node, key, index), refs));
      } else if (SUBSCHEMA_MAP_KEYWORDS.has(key)) {
        if (isRecord(child)) out[key] = this.convertMap(at(node, key), child, refs);
      } else if (PLAIN_KEYWORDS.has(key)) {
        out[key] = child;
      }
    }
    if (exclusiveMinimum && typeof out.minimum === 'number') {
      out.exclusiveMinimum = out.minimum;
      delete out.minimum;
    }
    if (exclusiveMaximum && typeof out.maximum === 'number') {
      out.exclusiveMaximum = out.maximum;
      delete out.maximum;
    }
    return nullable ? nullableFrom(out) : out;
  }

  /** `schema` with `$defs` holding the defs in `refs` and every def they reach; unchanged when `refs` is empty. */
  withDefs(schema: JsonSchemaObject, refs: DefKeys): JsonSchemaObject;
  withDefs(schema: JsonSchema, refs: DefKeys): JsonSchema;
  withDefs(schema: JsonSchema, refs: DefKeys): JsonSchema {
    if (refs.size === 0) return schema;
    const $defs: Record<string, JsonSchema> = {};
    const queue = [...refs];
    const queued = new Set(queue);
    for (let index = 0; index < queue.length; index++) {
      const def = this.defs.get(queue[index]!);
      if (!def) continue;
      const body = this.bodyOf(def);
      $defs[def.name] = body.schema;
      for (const ref of body.refs) {
        if (!queued.has(ref)) {
          queued.add(ref);
          queue.push(ref);
        }
      }
    }
    const base: JsonSchemaObject = typeof schema === 'boolean' ? (schema ? {} : { not: {} }) : schema;
    return { ...base, $defs };
  }

  private convertMap(node: Located, map: Record<string, unknown>, refs: DefKeys): Record<string, JsonSchema> {
    // fromEntries defines own properties, so a property named `__proto__` stays a property.
    return Object.fromEntries(Object.keys(map).map((key) => [key, this.convert(at(node, key), refs)]));
  }

  private refTo(node: Located, refs: DefKeys): string {
    const target = this.docs.target(node);
    const key = keyOf(target);
    let def = this.defs.get(key);
    if (!def) {
      def = { name: this.uniqueName(defNameOf(target)), node: target };
      this.defs.set(key, def);
    }
    refs.add(key);
    return `#/$defs/${def.name}`;
  }

  private bodyOf(def: Def): { schema: JsonSchema; refs: string[] } {
    if (def.body) return def.body;
    if (def.error !== undefined) throw def.error;
    try {
      const refs: DefKeys = new Set();
      const schema = this.convert(def.node, refs);
      def.body = { schema, refs: [...refs] };
      return def.body;
    } catch (error) {
      def.error = error;
      throw error;
    }
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let suffix = 2; this.names.has(name); suffix++) name = `${base}_${suffix}`;
    this.names.add(name);
    return name;
  }
}

function at(node: Located, key: string, index?: number): Located {
  const child = isRecord(node.value) ? node.value[key] : undefined;
  const pointer = `${node.pointer}/${escapeSegment(key)}`;
  if (index === undefined) return { value: child, doc: node.doc, pointer };
  const item = Array.isArray(child) ? child[index] : undefined;
  return { value: item, doc: node.doc, pointer: `${pointer}/${index}` };
}

/** `Pet` for `#/components/schemas/Pet`, the file name for a whole-document ref; safe inside a `$ref`. */
function defNameOf(target: Located): string {
  const last = segmentsOf(target.pointer).at(-1) ?? fileStem(target.doc.url);
  return last.replace(/[^A-Za-z0-9_.-]/g, '_') || 'schema';
}

function fileStem(url: string): string {
  const file = new URL(url).pathname.split('/').at(-1) ?? '';
  return file.replace(/\.(ya?ml|json)$/i, '');
}

function typeFrom(value: unknown): JsonSchemaTypeName | JsonSchemaTypeName[] | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map((name) => (name === 'file' ? 'string' : name))
    .filter((name): name is JsonSchemaTypeName => typeof name === 'string' && TYPE_NAMES.has(name));
  const unique = [...new Set(names)];
  if (unique.length === 0) return undefined;
  return Array.isArray(value) ? unique : unique[0];
}

/** Swagger 2's `type: file` is a binary string. */
function isFileType(value: unknown): boolean {
  return value === 'file' || (Array.isArray(value) && value.includes('file'));
}

/** OpenAPI 3.0's `nullable: true`, expressed in 2020-12: `null` joins the type, or the schema joins `null`. */
function nullableFrom(schema: JsonSchemaObject): JsonSchemaObject {
  const excluding = EXCLUDING_NULL.filter((keyword) => keyword in schema);
  if (excluding.length === 0) {
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.includes('null')) schema.type = [...types, 'null'];
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return schema;
  }
  if (excluding.length === 1 && schema.anyOf && schema.type === undefined && schema.enum === undefined) {
    schema.anyOf = [...schema.anyOf, { type: 'null' }];
    return schema;
  }
  const outer: JsonSchemaObject = {};
  const inner: JsonSchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) outer[key] = value;
    else inner[key] = value;
  }
  outer.anyOf = [inner, { type: 'null' }];
  return outer;
}

import type { JsonSchema, JsonSchemaObject, ManifestTool, PolicyAction, SideEffect } from '../../core/index.js';
import type { OpenApiBinding } from './binding.js';
import { inputFrom } from './input-schema.js';
import { isRecord } from './json-pointer.js';
import { readOperation3 } from './openapi3.js';
import { HTTP_METHODS, type HttpMethod, type OperationModel, type ReadContext } from './operation-model.js';
import { pathTemplateNames } from './parameters.js';
import type { Located } from './refs.js';
import { messageOf } from './spec-error.js';
import { readOperation2 } from './swagger2.js';
import { toolIdBaseFrom, uniqueToolIds } from './tool-id.js';
import { descriptionOf, keywordsOf, summaryOf } from './tool-text.js';

// Every operation of the description → one manifest tool. An operation that cannot be read becomes a warning.

const READ_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options']);
/** fetch refuses a body on these. */
const BODYLESS_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head']);

export interface OperationTools {
  tools: ManifestTool[];
  /** Operations the description declares, usable or not. */
  operationCount: number;
}

/** A tool whose schemas and binding are complete; only its id is still to be chosen. */
interface PreparedTool {
  model: OperationModel;
  inputSchema: JsonSchemaObject;
  outputSchema?: JsonSchema;
  binding: OpenApiBinding;
}

export function toolsFrom(context: ReadContext, warnings: string[]): OperationTools {
  const { docs } = context;
  const paths = docs.child(docs.rootNode(), 'paths');
  const read = context.version === '2.0' ? readOperation2 : readOperation3;
  const prepared: PreparedTool[] = [];
  let operationCount = 0;
  for (const path of isRecord(paths.value) ? Object.keys(paths.value) : []) {
    let item: Located;
    try {
      item = docs.deref(docs.child(paths, path));
    } catch (error) {
      warnings.push(`${path} skipped: ${messageOf(error)}`);
      continue;
    }
    if (!isRecord(item.value)) continue;
    for (const method of Object.keys(item.value).filter(isHttpMethod)) {
      operationCount++;
      try {
        prepared.push(prepare(context, read(context, item, method, path), warnings));
      } catch (error) {
        warnings.push(`${method.toUpperCase()} ${path} skipped: ${messageOf(error)}`);
      }
    }
  }
  const ids = uniqueToolIds(prepared.map(({ model }) => toolIdBaseFrom(model)));
  const tools = prepared.map((tool, index): ManifestTool => {
    const { model } = tool;
    const sideEffect = sideEffectOf(model.method);
    return {
      id: ids[index]!,
      summary: summaryOf(model),
      description: descriptionOf(model),
      inputSchema: tool.inputSchema,
      ...(tool.outputSchema === undefined ? {} : { outputSchema: tool.outputSchema }),
      sideEffect,
      defaultPolicy: defaultPolicyOf(sideEffect),
      keywords: keywordsOf(model),
      binding: tool.binding,
    };
  });
  return { tools, operationCount };
}

function prepare(context: ReadContext, model: OperationModel, warnings: string[]): PreparedTool {
  addTemplateParameters(model, warnings);
  if (model.body && BODYLESS_METHODS.has(model.method)) {
    const method = model.method.toUpperCase();
    warnings.push(`${method} ${model.path}: request body ignored (fetch sends none with ${method})`);
    delete model.body;
  }
  const input = inputFrom(model);
  const binding: OpenApiBinding = {
    method: model.method.toUpperCase(),
    path: model.path,
    args: input.args,
    ...(input.body ? { body: input.body } : {}),
  };
  return {
    model,
    inputSchema: context.converter.withDefs(input.schema, input.refs),
    ...(model.output === undefined ? {} : { outputSchema: context.converter.withDefs(model.output, model.outputRefs) }),
    binding,
  };
}

/** A `{name}` in the path that no parameter declares still has to be filled: it becomes a string argument. */
function addTemplateParameters(model: OperationModel, warnings: string[]): void {
  const declared = new Set(model.parameters.filter((param) => param.in === 'path').map((param) => param.name));
  for (const name of pathTemplateNames(model.path)) {
    if (declared.has(name)) continue;
    const operation = `${model.method.toUpperCase()} ${model.path}`;
    warnings.push(`${operation}: path parameter "${name}" is not declared; treating it as a string`);
    model.parameters.push({ name, in: 'path', required: true, deprecated: false, schema: { type: 'string' } });
    declared.add(name);
  }
}

function isHttpMethod(key: string): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

function sideEffectOf(method: HttpMethod): SideEffect {
  if (READ_METHODS.has(method)) return 'read';
  return method === 'delete' ? 'destructive' : 'write';
}

function defaultPolicyOf(sideEffect: SideEffect): PolicyAction {
  return sideEffect === 'read' ? 'allow' : 'require_approval';
}

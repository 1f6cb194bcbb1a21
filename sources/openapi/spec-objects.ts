import { z } from 'zod';
import type { LoadedDocument } from './load-document.js';
import { isRecord } from './json-pointer.js';
import type { DocumentSet, Located } from './refs.js';
import { SpecError } from './spec-error.js';

// The few OpenAPI objects whose fields `resolve` reads by name, checked with zod because a description is
// untrusted input. Schemas are not among them: `schema.ts` converts those keyword by keyword.

export type SpecVersion = '2.0' | '3.0' | '3.1';

/** A text field that YAML may also leave empty (`summary:` reads as null). */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const optionalFlag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? undefined);
const optionalTexts = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? undefined);

export const OperationObjectSchema = z.looseObject({
  operationId: optionalText,
  summary: optionalText,
  description: optionalText,
  tags: optionalTexts,
  deprecated: optionalFlag,
  /** Swagger 2.0 only. */
  consumes: optionalTexts,
});
export type OperationObject = z.infer<typeof OperationObjectSchema>;

export const ParameterObjectSchema = z.looseObject({
  name: z.string().min(1, 'must not be empty'),
  in: z.enum(['path', 'query', 'header', 'cookie', 'body', 'formData']),
  required: optionalFlag,
  description: optionalText,
  deprecated: optionalFlag,
  style: optionalText,
  explode: optionalFlag,
  /** Swagger 2.0 only. */
  collectionFormat: optionalText,
});
export type ParameterObject = z.infer<typeof ParameterObjectSchema>;

/** Which dialect the root document speaks. Throws a SpecError when it is not an OpenAPI description. */
export function specVersionOf(doc: LoadedDocument): SpecVersion {
  const root = doc.value;
  if (!isRecord(root)) {
    throw new SpecError(`${doc.label} is not an OpenAPI description: its top level is not an object`);
  }
  let version: SpecVersion;
  if (root.swagger !== undefined) {
    if (String(root.swagger) !== '2.0') {
      throw new SpecError(`${doc.label}: unsupported Swagger version "${String(root.swagger)}" (supported: 2.0, 3.0, 3.1)`);
    }
    version = '2.0';
  } else if (typeof root.openapi === 'string' && /^3\.\d+(\.\d+)?/.test(root.openapi)) {
    version = root.openapi.startsWith('3.0') ? '3.0' : '3.1';
  } else if (root.openapi !== undefined) {
    throw new SpecError(`${doc.label}: unsupported OpenAPI version "${String(root.openapi)}" (supported: 2.0, 3.0, 3.1)`);
  } else {
    throw new SpecError(
      `${doc.label} is not an OpenAPI description: expected a top-level "openapi" (3.x) or "swagger" ("2.0") field`,
    );
  }
  // OpenAPI 3.1 allows a description of webhooks or components only; earlier versions require paths.
  if (root.paths === undefined ? version !== '3.1' : !isRecord(root.paths)) {
    throw new SpecError(`${doc.label}#/paths is missing or not an object`);
  }
  return version;
}

/** Parses the object at `node`, or throws a SpecError naming `what`, where it is, and the first problem. */
export function parseAt<T>(schema: z.ZodType<T>, node: Located, docs: DocumentSet, what: string): T {
  const result = schema.safeParse(node.value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue && issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
  throw new SpecError(`${what} at ${docs.where(node)} is invalid: ${field}${issue?.message ?? 'unexpected shape'}`);
}

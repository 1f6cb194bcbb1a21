import { z } from 'zod';
import { ExecutorError, type InvokedTool } from '../../core/index.js';

// The plugin-private part of a manifest tool: everything `invoke` needs to turn arguments into a request.
// It is persisted with the manifest, so `invoke` validates it rather than trusting its shape.

export const ArgBindingSchema = z.object({
  /** Property of the argument object. */
  arg: z.string(),
  in: z.enum(['path', 'query', 'header', 'cookie']),
  /** Name on the wire (may differ from `arg` when two locations share a name). */
  name: z.string(),
  style: z.string().optional(),
  explode: z.boolean().optional(),
  /** Send the value as JSON text (`content: application/json` parameters). */
  json: z.boolean().optional(),
});
export type ArgBinding = z.infer<typeof ArgBindingSchema>;

export const BodyBindingSchema = z.discriminatedUnion('mode', [
  z.object({
    /** The body's properties are top-level arguments. */
    mode: z.literal('merged'),
    properties: z.array(z.string()),
    /** Arguments that are neither parameters nor listed properties also go into the body. */
    additionalProperties: z.boolean().optional(),
    /** Multipart properties sent as file parts. */
    files: z.array(z.string()).optional(),
    contentType: z.string(),
    required: z.boolean(),
  }),
  z.object({
    /** The whole body is one argument. */
    mode: z.literal('wrapped'),
    arg: z.string(),
    contentType: z.string(),
    required: z.boolean(),
  }),
]);
export type BodyBinding = z.infer<typeof BodyBindingSchema>;

export const OpenApiBindingSchema = z.object({
  /** Upper-case HTTP method. */
  method: z.string(),
  /** Path template, e.g. `/repos/{owner}/{repo}/issues`, appended to the base URL. */
  path: z.string(),
  args: z.array(ArgBindingSchema),
  body: BodyBindingSchema.optional(),
});
export type OpenApiBinding = z.infer<typeof OpenApiBindingSchema>;

/** The binding of `tool`, or an `internal_error` when the stored manifest is not one this plugin wrote. */
export function bindingOf(tool: InvokedTool): OpenApiBinding {
  const parsed = OpenApiBindingSchema.safeParse(tool.binding);
  if (parsed.success) return parsed.data;
  throw new ExecutorError('internal_error', `tool "${tool.id}" has no valid OpenAPI binding; refresh the source`, {
    details: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
}

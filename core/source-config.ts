import { z } from 'zod';
import { AuthTemplateSchema } from './auth-template.js';
import { IDENTIFIER } from './ids.js';

/**
 * Fields every source entry of `executor.json` has. A plugin's `config` schema extends this one with its
 * own fields (`openApiSource` adds `spec`).
 */
export const SourceConfigCommonSchema = z.object({
  /** Unique source name; the first segment of every address. */
  name: z.string().regex(IDENTIFIER, 'must be a JavaScript identifier, e.g. "github"'),
  /** Which plugin resolves this source. */
  kind: z.string().min(1),
  /** The scope the source record lives in. Default: the innermost scope. */
  scope: z.string().regex(IDENTIFIER, 'must be a JavaScript identifier').optional(),
  /** Overrides the base URL the spec declares. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  /** Overrides the auth the spec declares. */
  auth: AuthTemplateSchema.optional(),
});

export type SourceConfigCommon = z.infer<typeof SourceConfigCommonSchema>;

import { z } from 'zod';
import { SourceConfigCommonSchema } from '../../core/index.js';

/** A source entry of `executor.json` that imports an OpenAPI (3.0, 3.1) or Swagger 2.0 description. */
export const OpenApiSourceConfigSchema = SourceConfigCommonSchema.extend({
  kind: z.literal('openapi'),
  /** Where the description lives: a file path (relative to the config's folder) or an http(s) URL. JSON or YAML. */
  spec: z.string().min(1, 'must name a file path or an http(s) URL of an OpenAPI description'),
});

export type OpenApiSourceConfig = z.infer<typeof OpenApiSourceConfigSchema>;

import type { SourcePlugin } from '../../core/index.js';
import { OpenApiSourceConfigSchema, type OpenApiSourceConfig } from './config.js';
import { fingerprintOpenApi } from './fingerprint.js';
import { invokeOperation } from './invoke.js';
import { resolveOpenApi } from './resolve.js';

export { OpenApiSourceConfigSchema } from './config.js';
export type { OpenApiSourceConfig } from './config.js';
export type { OpenApiBinding } from './binding.js';
export { firstSentence } from './tool-text.js';
export { uniqueToolIds } from './tool-id.js';

/**
 * The OpenAPI source plugin: imports an OpenAPI 3.0/3.1 or Swagger 2.0 description (JSON or YAML, from a file
 * or a URL) as one tool per operation, and calls an operation over HTTP.
 *
 * @example
 * import { openApiSource } from './sources/openapi/index.js';
 *
 * const plugin = openApiSource();
 * const config = plugin.config.parse({ name: 'petstore', kind: 'openapi', spec: './petstore.yaml' });
 * const manifest = await plugin.resolve(config, { baseDir: process.cwd(), fetch });
 */
export function openApiSource(): SourcePlugin<OpenApiSourceConfig> {
  return {
    kind: 'openapi',
    config: OpenApiSourceConfigSchema,
    resolve: resolveOpenApi,
    fingerprint: fingerprintOpenApi,
    invoke: invokeOperation,
  };
}

import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ResolveContext } from '../../core/index.js';
import type { OpenApiSourceConfig } from './config.js';

/**
 * Size and mtime of a local spec file, so an edited spec is re-resolved on the next start. A URL spec has
 * no cheap fingerprint (fetching it is the expensive part), so it changes only with `sources refresh`.
 * Files the spec references are not covered: edit those and refresh.
 */
export async function fingerprintOpenApi(config: OpenApiSourceConfig, context: ResolveContext): Promise<string> {
  if (/^https?:\/\//i.test(config.spec)) return 'url';
  const path = isAbsolute(config.spec) ? config.spec : resolve(context.baseDir, config.spec);
  const info = await stat(path);
  return `${info.size}:${info.mtimeMs}`;
}

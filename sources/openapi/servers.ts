import { isRecord } from './json-pointer.js';
import type { LoadedDocument } from './load-document.js';
import type { SpecVersion } from './spec-objects.js';

// The base URL a description declares: OpenAPI 3's first server (variables at their defaults), or Swagger 2's
// scheme, host and basePath. Relative URLs resolve against the description's own URL when it was fetched.

/** The declared base URL without a trailing `/`, or undefined (with a warning when one was declared but unusable). */
export function baseUrlFrom(root: LoadedDocument, version: SpecVersion, warnings: string[]): string | undefined {
  const spec = isRecord(root.value) ? root.value : {};
  const fetched = !root.url.startsWith('file:');
  const raw = version === '2.0' ? swaggerBaseUrl(spec, root.url) : serverUrl(spec, fetched, warnings);
  if (raw === undefined) return undefined;
  if (!fetched && !/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    warnings.push(`server URL "${raw}" is relative and ${root.label} is a local file; set "baseUrl" in the source config`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw, root.url);
  } catch {
    warnings.push(`server URL "${raw}" is not a valid URL; set "baseUrl" in the source config`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push(`server URL "${raw}" is not an http(s) URL; set "baseUrl" in the source config`);
    return undefined;
  }
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

function serverUrl(spec: Record<string, unknown>, fetched: boolean, warnings: string[]): string | undefined {
  const first: unknown = Array.isArray(spec.servers) ? spec.servers[0] : undefined;
  // Without servers, OpenAPI 3 says the server is `/`: the host the description was fetched from.
  if (!isRecord(first) || typeof first.url !== 'string') return fetched ? '/' : undefined;
  const variables = isRecord(first.variables) ? first.variables : {};
  return first.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    if (isRecord(variable) && variable.default !== undefined) return String(variable.default);
    warnings.push(`server variable "${name}" has no default`);
    return whole;
  });
}

function swaggerBaseUrl(spec: Record<string, unknown>, specUrl: string): string | undefined {
  const schemes = Array.isArray(spec.schemes) ? spec.schemes.filter((scheme) => typeof scheme === 'string') : [];
  const fetched = new URL(specUrl);
  const fetchedScheme = fetched.protocol === 'file:' ? undefined : fetched.protocol.slice(0, -1);
  const scheme = schemes.includes('https') ? 'https' : (schemes[0] ?? fetchedScheme ?? 'https');
  const host = typeof spec.host === 'string' ? spec.host : fetchedScheme ? fetched.host : undefined;
  const basePath = typeof spec.basePath === 'string' ? spec.basePath : '';
  if (host === undefined) return basePath === '' ? undefined : basePath;
  return `${scheme}://${host}${basePath.startsWith('/') || basePath === '' ? '' : '/'}${basePath}`;
}

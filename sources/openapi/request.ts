import { ExecutorError } from '../../core/index.js';
import type { BodyBinding, OpenApiBinding } from './binding.js';
import { isRecord } from './json-pointer.js';
import { FORM_URLENCODED, MULTIPART, essenceOf, isJsonMediaType } from './media-types.js';
import { cookiePieces, headerValue, pathValue, queryPieces, textOf } from './serialize.js';

// Arguments + binding → the HTTP request to send. No I/O here, so every serialization rule is testable alone.

const ACCEPT = 'application/json, */*;q=0.8';
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);
/** `.`, `..` and their percent-encoded spellings, which URL parsers resolve away. */
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

export interface HttpRequest {
  url: string;
  method: string;
  headers: Headers;
  body?: string | FormData;
}

/** Builds the request. Throws `invalid_args` when a path parameter is missing or a header value is unsendable. */
export function requestFrom(binding: OpenApiBinding, args: Record<string, unknown>, baseUrl: string): HttpRequest {
  const label = `${binding.method} ${binding.path}`;
  let path = binding.path;
  const query: string[] = [];
  const cookies: string[] = [];
  const headers = new Headers({ accept: ACCEPT });
  for (const arg of binding.args) {
    const value = args[arg.arg];
    if (arg.in === 'path') {
      if (value === undefined || value === null) {
        throw new ExecutorError('invalid_args', `"${arg.arg}" is required: it fills {${arg.name}} in ${label}`);
      }
      const filled = pathValue(arg.name, value, arg.style, arg.explode);
      // URL parsing would collapse `/repos/o/..` into `/repos/`: another resource than the one named.
      if (filled === '' || DOT_SEGMENT.test(filled)) {
        const problem = `"${arg.arg}" must not be empty, "." or "..": it fills {${arg.name}} in ${label}`;
        throw new ExecutorError('invalid_args', problem);
      }
      path = path.split(`{${arg.name}}`).join(filled);
      continue;
    }
    if (value === undefined || value === null) continue;
    const wire = arg.json ? JSON.stringify(value) : value;
    if (arg.in === 'query') query.push(...queryPieces(arg.name, wire, arg.style, arg.explode));
    else if (arg.in === 'cookie') cookies.push(...cookiePieces(arg.name, wire, arg.explode));
    else setHeader(headers, arg.name, headerValue(wire, arg.explode), arg.arg);
  }
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '));
  const request: HttpRequest = { url: urlOf(baseUrl, path, query), method: binding.method, headers };
  if (binding.body && !BODYLESS_METHODS.has(binding.method)) {
    const bodyArgs = new Set(binding.args.map((arg) => arg.arg));
    const content = bodyContent(binding.body, args, bodyArgs);
    if (content.present) {
      const encoded = encodeBody(binding.body, content.value);
      request.body = encoded.body;
      if (encoded.contentType) headers.set('content-type', encoded.contentType);
    }
  }
  return request;
}

function urlOf(baseUrl: string, path: string, query: string[]): string {
  if (query.length === 0) return `${baseUrl}${path}`;
  return `${baseUrl}${path}${path.includes('?') ? '&' : '?'}${query.join('&')}`;
}

function setHeader(headers: Headers, name: string, value: string, arg: string): void {
  try {
    headers.set(name, value);
  } catch (error) {
    throw new ExecutorError('invalid_args', `"${arg}" is not a valid value for the ${name} header (no line breaks)`, {
      cause: error,
    });
  }
}

function bodyContent(
  body: BodyBinding,
  args: Record<string, unknown>,
  parameterArgs: ReadonlySet<string>,
): { present: boolean; value: unknown } {
  if (body.mode === 'wrapped') {
    const value = args[body.arg];
    return { present: value !== undefined, value };
  }
  const value: Record<string, unknown> = {};
  const listed = new Set(body.properties);
  for (const [name, item] of Object.entries(args)) {
    if (item === undefined || parameterArgs.has(name)) continue;
    if (listed.has(name) || body.additionalProperties) value[name] = item;
  }
  return { present: body.required || Object.keys(value).length > 0, value };
}

function encodeBody(body: BodyBinding, value: unknown): { body: string | FormData; contentType?: string } {
  const type = essenceOf(body.contentType);
  if (isJsonMediaType(type)) return { body: JSON.stringify(value), contentType: body.contentType };
  if (type === FORM_URLENCODED) {
    return { body: typeof value === 'string' ? value : formEncoded(value), contentType: body.contentType };
  }
  // fetch writes the multipart Content-Type itself, with the boundary it chose.
  if (type === MULTIPART) return { body: formData(value, body.mode === 'merged' ? (body.files ?? []) : []) };
  return { body: typeof value === 'string' ? value : JSON.stringify(value), contentType: body.contentType };
}

function formEncoded(value: unknown): string {
  const params = new URLSearchParams();
  for (const [name, item] of isRecord(value) ? Object.entries(value) : []) {
    if (item === undefined) continue;
    for (const element of Array.isArray(item) ? item : [item]) params.append(name, textOf(element));
  }
  return params.toString();
}

function formData(value: unknown, files: readonly string[]): FormData {
  const form = new FormData();
  for (const [name, item] of isRecord(value) ? Object.entries(value) : []) {
    if (item === undefined) continue;
    for (const element of Array.isArray(item) ? item : [item]) {
      if (files.includes(name)) form.append(name, new Blob([textOf(element)]), name);
      else form.append(name, textOf(element));
    }
  }
  return form;
}

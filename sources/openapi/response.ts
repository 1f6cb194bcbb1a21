import { ExecutorError } from '../../core/index.js';
import { essenceOf, isJsonMediaType } from './media-types.js';

// An upstream HTTP response → the tool's result data, or an `upstream_error`.

/** Characters of an error body quoted in the message. */
const ERROR_BODY_LIMIT = 500;
const TEXT_TYPES = /^(text\/|application\/(xml|javascript|x-www-form-urlencoded)$|[^/]+\/[^;]*\+xml$)/;
const NO_CONTENT = new Set([204, 205, 304]);

const utf8 = new TextDecoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON for JSON media types (and for untyped or `text/plain` bodies that parse as JSON), text for text,
 * `null` for an empty body, `{contentType, base64}` for anything binary.
 */
export async function resultFrom(response: Response): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (NO_CONTENT.has(response.status) || bytes.length === 0) return null;
  const contentType = response.headers.get('content-type') ?? '';
  const type = essenceOf(contentType);
  if (isJsonMediaType(type)) {
    const text = utf8.decode(bytes);
    const parsed = parsedJson(text);
    return parsed ? parsed.value : text;
  }
  if (type === '' || type === 'text/plain') {
    const text = decodedStrictly(bytes);
    if (text !== undefined) {
      const parsed = /^\s*[[{]/.test(text) ? parsedJson(text) : undefined;
      return parsed ? parsed.value : text;
    }
  } else if (TEXT_TYPES.test(type)) {
    return utf8.decode(bytes);
  }
  return { contentType: contentType || 'application/octet-stream', base64: Buffer.from(bytes).toString('base64') };
}

/** `upstream_error` naming the operation (never the URL: its query may carry a credential) and the status. */
export async function upstreamErrorFrom(response: Response, label: string): Promise<ExecutorError> {
  let text = '';
  try {
    text = (await response.text()).trim();
  } catch {
    // The status alone still says what happened.
  }
  const status = `${response.status} ${response.statusText}`.trimEnd();
  const quoted = text === '' ? '' : `: ${text.slice(0, ERROR_BODY_LIMIT)}${text.length > ERROR_BODY_LIMIT ? '…' : ''}`;
  return new ExecutorError('upstream_error', `${label} returned ${status}${quoted}`, { status: response.status });
}

function parsedJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function decodedStrictly(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

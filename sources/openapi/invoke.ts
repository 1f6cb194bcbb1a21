import { ExecutorError, type InvokeContext, type InvokedTool, isExecutorError } from '../../core/index.js';
import { bindingOf } from './binding.js';
import { requestFrom } from './request.js';
import { resultFrom, upstreamErrorFrom } from './response.js';
import { errorCodeOf, messageOf } from './spec-error.js';

// One call of one operation: build the request, send it through the core's fetch (which adds credentials),
// read the result. Every message names the operation as `METHOD /path/{template}`, never the final URL,
// whose query string may carry a credential.

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
};

/** `SourcePlugin.invoke` for OpenAPI tools. */
export async function invokeOperation(
  tool: InvokedTool,
  args: Record<string, unknown>,
  call: InvokeContext,
): Promise<unknown> {
  const binding = bindingOf(tool);
  const label = `${binding.method} ${binding.path}`;
  if (!call.baseUrl) {
    throw new ExecutorError('invalid_config', `this source has no base URL: its spec declares no servers; set "baseUrl" in its config`);
  }
  const request = requestFrom(binding, args, call.baseUrl);
  try {
    const response = await call.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: call.signal,
    });
    if (response.status >= 400) throw await upstreamErrorFrom(response, label);
    return await resultFrom(response);
  } catch (error) {
    throw failureFrom(error, label, request.url, call.signal);
  }
}

function failureFrom(error: unknown, label: string, url: string, signal: AbortSignal): ExecutorError {
  if (isExecutorError(error)) return error;
  const name = error instanceof Error ? error.name : '';
  if (signal.aborted || name === 'AbortError' || name === 'TimeoutError') {
    const timedOut = name === 'TimeoutError' || (signal.reason instanceof Error && signal.reason.name === 'TimeoutError');
    return new ExecutorError('timeout', `${label} ${timedOut ? 'timed out' : 'was cancelled'}`, { cause: error });
  }
  return new ExecutorError('upstream_error', `${label} failed: ${networkReason(error, url)}`, { cause: error });
}

/** `connection refused (127.0.0.1:8080)` from undici's `fetch failed` and the system error beneath it. */
function networkReason(error: unknown, url: string): string {
  const causes = causeChain(error);
  const system = causes.find((cause) => errorCodeOf(cause) !== undefined);
  const code = errorCodeOf(system);
  if (code === undefined) return withoutQueries(messageOf(causes.at(-1) ?? error));
  const target = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? new URL(url).hostname : addressOf(system, url);
  return `${NETWORK_REASONS[code] ?? code} (${target})`;
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 10 && !chain.includes(current)) {
    chain.push(current);
    if (current instanceof AggregateError && current.errors.length > 0) current = current.errors[0];
    else current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

function addressOf(error: unknown, url: string): string {
  if (typeof error === 'object' && error !== null && 'address' in error && 'port' in error) {
    const address = String(error.address);
    return `${address.includes(':') ? `[${address}]` : address}:${String(error.port)}`;
  }
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'https:' ? '443' : '80')}`;
}

/** Drops query strings from URLs quoted in a message. */
function withoutQueries(message: string): string {
  return message.replace(/(https?:\/\/[^\s?#]*)\?\S*/g, '$1');
}

import type { AuthTemplate } from './auth-template.js';
import { redactSecrets } from './redact.js';

/** Filled secrets of one connection, by template secret name (`token`, `key`, `username`, `password`). */
export type SecretValues = Readonly<Record<string, string>>;

/**
 * Wraps `fetch` so every request carries the connection's credentials, as the auth template says.
 * This is the only place a secret meets a request. Response bodies that echo a secret back (some
 * upstreams reflect headers in their errors) are redacted before the plugin reads them.
 */
export function authorizedFetch(base: typeof fetch, template: AuthTemplate, secrets: SecretValues): typeof fetch {
  const values = Object.values(secrets);
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    applyAuth(template, secrets, url, headers);
    const response = await base(url, { ...init, headers });
    return values.length === 0 ? response : redactResponse(response, values);
  };
}

function applyAuth(template: AuthTemplate, secrets: SecretValues, url: URL, headers: Headers): void {
  switch (template.type) {
    case 'none':
      return;
    case 'bearer': {
      const header = template.header ?? 'Authorization';
      const prefix = template.prefix ?? (header.toLowerCase() === 'authorization' ? 'Bearer ' : '');
      headers.set(header, `${prefix}${secrets.token ?? ''}`);
      return;
    }
    case 'apiKey': {
      const key = secrets.key ?? '';
      if (template.in === 'header') headers.set(template.name, key);
      else if (template.in === 'query') url.searchParams.set(template.name, key);
      else {
        const cookie = `${template.name}=${encodeURIComponent(key)}`;
        const existing = headers.get('cookie');
        headers.set('cookie', existing ? `${existing}; ${cookie}` : cookie);
      }
      return;
    }
    case 'basic': {
      const pair = `${secrets.username ?? ''}:${secrets.password ?? ''}`;
      headers.set('Authorization', `Basic ${Buffer.from(pair).toString('base64')}`);
      return;
    }
  }
}

async function redactResponse(response: Response, secrets: readonly string[]): Promise<Response> {
  const contentType = response.headers.get('content-type') ?? '';
  // Binary bodies cannot carry a readable secret worth scanning, and re-encoding them would corrupt them.
  if (contentType && !/json|text|xml|html|form|javascript/i.test(contentType)) return response;
  const text = await response.text();
  const redacted = redactSecrets(text, secrets);
  return new Response(response.status === 204 || response.status === 304 ? null : redacted, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

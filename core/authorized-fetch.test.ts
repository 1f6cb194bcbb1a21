import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTemplate } from './auth-template.js';
import { authorizedFetch } from './authorized-fetch.js';

let url: string;
let last: { url: string; headers: Record<string, unknown> };
const server = createServer((req, res) => {
  last = { url: req.url ?? '', headers: req.headers };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ echoed: req.headers.authorization ?? null, url: req.url }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function send(template: AuthTemplate, secrets: Record<string, string>, path = '/x?a=1', init?: RequestInit) {
  const response = await authorizedFetch(fetch, template, secrets)(`${url}${path}`, init);
  return { body: (await response.json()) as { echoed: string | null; url: string }, received: last };
}

describe('authorizedFetch', () => {
  it.each<[string, AuthTemplate, Record<string, string>, (r: typeof last) => unknown, unknown]>([
    ['bearer', { type: 'bearer' }, { token: 'tok-123456' }, (r) => r.headers.authorization, 'Bearer tok-123456'],
    ['bearer in a custom header', { type: 'bearer', header: 'X-Token' }, { token: 'tok-123456' }, (r) => r.headers['x-token'], 'tok-123456'],
    ['apiKey header', { type: 'apiKey', in: 'header', name: 'X-Api-Key' }, { key: 'key-123456' }, (r) => r.headers['x-api-key'], 'key-123456'],
    ['apiKey query', { type: 'apiKey', in: 'query', name: 'api_key' }, { key: 'key-123456' }, (r) => r.url, '/x?a=1&api_key=key-123456'],
    ['apiKey cookie', { type: 'apiKey', in: 'cookie', name: 'sid' }, { key: 'key-123456' }, (r) => r.headers.cookie, 'sid=key-123456'],
    ['basic', { type: 'basic' }, { username: 'ann', password: 'pw-123456' }, (r) => r.headers.authorization, `Basic ${Buffer.from('ann:pw-123456').toString('base64')}`],
    ['none', { type: 'none' }, {}, (r) => r.headers.authorization, undefined],
  ])('applies %s auth', async (_name, template, secrets, read, expected) => {
    const { received } = await send(template, secrets);
    expect(read(received)).toBe(expected);
  });

  it('keeps headers the plugin set', async () => {
    const { received } = await send({ type: 'bearer' }, { token: 'tok-123456' }, '/x', { headers: { 'x-trace': '1' } });
    expect(received.headers['x-trace']).toBe('1');
  });

  it('redacts a secret the upstream echoes back in the body', async () => {
    const { body } = await send({ type: 'bearer' }, { token: 'tok-123456' });
    expect(body.echoed).toBe('Bearer [redacted]');
    const query = await send({ type: 'apiKey', in: 'query', name: 'api_key' }, { key: 'key-123456' });
    expect(query.body.url).toBe('/x?a=1&api_key=[redacted]');
  });
});

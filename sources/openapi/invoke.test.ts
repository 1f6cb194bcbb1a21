import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExecutorError, type InvokeContext, type Manifest, type ManifestTool, toolId } from '../../core/index.js';
import type { OpenApiBinding } from './binding.js';
import { openApiSource } from './index.js';

const SPECS = fileURLToPath(new URL('../../test/fixtures/specs/', import.meta.url));
const plugin = openApiSource();

interface Received {
  method: string;
  /** Path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let baseUrl: string;
let received: Received[] = [];

/** Answers by path: /status/<code>, /text, /empty, /binary, /untyped, /slow; anything else echoes `{ok: true}`. */
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const status = /^\/status\/(\d+)$/.exec(path);
      if (status) {
        res.writeHead(Number(status[1]), { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'x'.repeat(600) }));
      } else if (path === '/text') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('hello');
      } else if (path === '/empty') {
        res.writeHead(204).end();
      } else if (path === '/binary') {
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]));
      } else if (path === '/untyped') {
        res.removeHeader('content-type');
        res.end('{"looks":"like json"}');
      } else if (path === '/slow') {
        // Never answers; the caller's signal has to end the call.
      } else {
        res.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end('{"ok":true}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received = [];
});

function context(signal = new AbortController().signal, url = baseUrl): InvokeContext {
  return { baseUrl: url, fetch, signal, scope: 'local' };
}

async function manifestOf(spec: string): Promise<Manifest> {
  return plugin.resolve(plugin.config.parse({ name: 'api', kind: 'openapi', spec }), { baseDir: SPECS, fetch });
}

function toolOf(manifest: Manifest, id: string): ManifestTool {
  const found = manifest.tools.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
}

/** A tool with a hand-written binding, for upstream routes no fixture declares. */
function bound(binding: OpenApiBinding): ManifestTool {
  return {
    id: toolId('test'),
    summary: '',
    description: '',
    inputSchema: { type: 'object' },
    sideEffect: 'read',
    binding,
  };
}

async function failure(promise: Promise<unknown>): Promise<ExecutorError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ExecutorError);
  return error as ExecutorError;
}

describe('invoking OpenAPI tools', () => {
  let split: Manifest;
  let accounts: Manifest;
  let petstore: Manifest;
  beforeAll(async () => {
    [split, accounts, petstore] = await Promise.all([
      manifestOf('split-petstore/openapi.yaml'),
      manifestOf('accounts-openapi31.yaml'),
      manifestOf('petstore-swagger2.json'),
    ]);
  });

  it('serializes query arrays comma-joined when explode is false, and header parameters', async () => {
    const result = await plugin.invoke(toolOf(split, 'listPets'), { limit: 5, tags: ['a b', 'c'], 'X-Request-Id': 'r-1' }, context());
    expect(result).toEqual({ ok: true });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/pets?limit=5&tags=a%20b,c', body: '' });
    expect(received[0]!.headers['x-request-id']).toBe('r-1');
    expect(received[0]!.headers.accept).toContain('application/json');
  });

  it('repeats keys of exploded arrays and encodes path parameters', async () => {
    await plugin.invoke(toolOf(petstore, 'findPetsByStatus'), { status: ['available', 'sold'] }, context());
    await plugin.invoke(toolOf(petstore, 'getUserByName'), { username: 'jo hn/../x?' }, context());
    expect(received.map((request) => request.url)).toEqual([
      '/pet/findByStatus?status=available&status=sold',
      '/user/jo%20hn%2F..%2Fx%3F',
    ]);
  });

  it('sends path, deepObject query, header and cookie parameters where they belong', async () => {
    await plugin.invoke(
      toolOf(accounts, 'accounts.get_account'),
      { accountId: 'acc_1', filter: { status: 'open', plan: 'pro' }, 'X-Trace': 't-9', session: 'abc;def' },
      context(),
    );
    expect(received[0]).toMatchObject({ method: 'GET', url: '/accounts/acc_1?filter[status]=open&filter[plan]=pro' });
    expect(received[0]!.headers['x-trace']).toBe('t-9');
    expect(received[0]!.headers.cookie).toBe('session=abc%3Bdef');
  });

  it('sends the query and path copies of a same-named parameter separately', async () => {
    await plugin.invoke(toolOf(split, 'deletePet'), { petId: 'p1', query_petId: 'q1' }, context());
    expect(received[0]).toMatchObject({ method: 'DELETE', url: '/pets/p1?petId=q1' });
  });

  it('sends merged body arguments as a JSON object', async () => {
    await plugin.invoke(toolOf(split, 'pets.create'), { name: 'Rex', tag: 'dog' }, context());
    expect(received[0]).toMatchObject({ method: 'POST', url: '/pets' });
    expect(received[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(received[0]!.body)).toEqual({ name: 'Rex', tag: 'dog' });
  });

  it('sends a wrapped body as it is, beside query parameters', async () => {
    await plugin.invoke(toolOf(split, 'replacePet'), { petId: 7, name: 'Max', body: { name: 'Rex' } }, context());
    expect(received[0]).toMatchObject({ method: 'PUT', url: '/pets/7?name=Max', body: '{"name":"Rex"}' });
    await plugin.invoke(toolOf(split, 'replacePet'), { petId: 7 }, context());
    expect(received[1]).toMatchObject({ url: '/pets/7', body: '' });
    expect(received[1]!.headers['content-type']).toBeUndefined();
  });

  it('sends a form-urlencoded body with repeated keys for arrays', async () => {
    await plugin.invoke(toolOf(accounts, 'accounts.create_token'), { accountId: 'acc_1', scope: 'read', labels: ['a', 'b c'] }, context());
    expect(received[0]).toMatchObject({ url: '/accounts/acc_1/tokens', body: 'scope=read&labels=a&labels=b+c' });
    expect(received[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('sends a multipart body with binary properties as file parts', async () => {
    await plugin.invoke(toolOf(petstore, 'uploadFile'), { petId: 3, additionalMetadata: 'meta', file: 'PNGDATA' }, context());
    const request = received[0]!;
    expect(request.url).toBe('/pet/3/uploadImage');
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toMatch(/name="additionalMetadata"\r\n\r\nmeta\r\n/);
    expect(request.body).toMatch(/name="file"; filename="file"\r\nContent-Type: application\/octet-stream\r\n\r\nPNGDATA\r\n/);
  });

  it('forwards extra arguments into a merged body that allows additional properties', async () => {
    const tool = bound({
      method: 'PATCH',
      path: '/things/{id}',
      args: [{ arg: 'id', in: 'path', name: 'id' }],
      body: { mode: 'merged', properties: ['name'], additionalProperties: true, contentType: 'application/merge-patch+json', required: false },
    });
    await plugin.invoke(tool, { id: 'a', name: 'n', color: 'red' }, context());
    expect(JSON.parse(received[0]!.body)).toEqual({ name: 'n', color: 'red' });
    expect(received[0]!.headers['content-type']).toBe('application/merge-patch+json');
  });

  it('returns invalid_args naming a missing path parameter', async () => {
    const error = await failure(plugin.invoke(toolOf(split, 'getPet'), {}, context()));
    expect(error.code).toBe('invalid_args');
    expect(error.message).toBe('"petId" is required: it fills {petId} in GET /pets/{petId}');
    expect(received).toEqual([]);
  });

  it('refuses path values that would address another resource', async () => {
    for (const username of ['', '.', '..']) {
      const error = await failure(plugin.invoke(toolOf(petstore, 'deleteUser'), { username }, context()));
      expect(error.code).toBe('invalid_args');
      expect(error.message).toBe('"username" must not be empty, "." or "..": it fills {username} in DELETE /user/{username}');
    }
    expect(received).toEqual([]);
  });

  it('reads JSON, text, empty, untyped-JSON and binary responses', async () => {
    const get = (path: string) => plugin.invoke(bound({ method: 'GET', path, args: [] }), {}, context());
    expect(await get('/text')).toBe('hello');
    expect(await get('/empty')).toBeNull();
    expect(await get('/untyped')).toEqual({ looks: 'like json' });
    expect(await get('/binary')).toEqual({ contentType: 'image/png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]).toString('base64') });
  });

  it('turns 4xx and 5xx into upstream_error with the status, naming the path template and not the query', async () => {
    const tool = bound({
      method: 'GET',
      path: '/status/{code}',
      args: [
        { arg: 'code', in: 'path', name: 'code' },
        { arg: 'token', in: 'query', name: 'token' },
      ],
    });
    const notFound = await failure(plugin.invoke(tool, { code: 404, token: 's3cret' }, context()));
    expect(notFound).toMatchObject({ code: 'upstream_error', status: 404 });
    expect(notFound.message).toMatch(/^GET \/status\/\{code\} returned 404 Not Found: \{"message":"x+…$/);
    expect(notFound.message.length).toBeLessThan(600);
    expect(notFound.message).not.toContain('s3cret');
    const broken = await failure(plugin.invoke(tool, { code: 503 }, context()));
    expect(broken).toMatchObject({ code: 'upstream_error', status: 503 });
    expect(broken.message).toMatch(/^GET \/status\/\{code\} returned 503 Service Unavailable: /);
  });

  it('turns a refused connection into upstream_error naming host and port, without a status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const tool = bound({ method: 'GET', path: '/pets', args: [{ arg: 'key', in: 'query', name: 'key' }] });
    const error = await failure(plugin.invoke(tool, { key: 's3cret' }, context(undefined, `http://127.0.0.1:${port}`)));
    expect(error.code).toBe('upstream_error');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(`GET /pets failed: connection refused (127.0.0.1:${port})`);
  });

  it('turns an aborted call into timeout', async () => {
    const slow = bound({ method: 'GET', path: '/slow', args: [] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await failure(plugin.invoke(slow, {}, context(controller.signal)));
    expect(cancelled).toMatchObject({ code: 'timeout', message: 'GET /slow was cancelled' });
    const timedOut = await failure(plugin.invoke(slow, {}, context(AbortSignal.timeout(50))));
    expect(timedOut).toMatchObject({ code: 'timeout', message: 'GET /slow timed out' });
  });

  it('refuses a binding it did not write with internal_error', async () => {
    const error = await failure(plugin.invoke({ ...bound({ method: 'GET', path: '/', args: [] }), binding: { verb: 'GET' } }, {}, context()));
    expect(error.code).toBe('internal_error');
    expect(error.message).toContain('has no valid OpenAPI binding');
  });

  it('sends every request through the fetch it is given', async () => {
    const seen: string[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push(`${init?.method} ${String(input)}`);
      return fetch(input, init);
    };
    await plugin.invoke(toolOf(split, 'getPet'), { petId: 1 }, { baseUrl, fetch: recording, signal: new AbortController().signal, scope: 'local' });
    expect(seen).toEqual([`GET ${baseUrl}/pets/1`]);
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, ManifestTool } from '../../core/index.js';
import { openApiSource } from './index.js';

const SPECS = fileURLToPath(new URL('../../test/fixtures/specs/', import.meta.url));
const plugin = openApiSource();

function resolveSpec(spec: string, baseDir = SPECS): Promise<Manifest> {
  return plugin.resolve(plugin.config.parse({ name: 'api', kind: 'openapi', spec }), { baseDir, fetch });
}

function tool(manifest: Manifest, id: string): ManifestTool {
  const found = manifest.tools.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tool ${id} among ${manifest.tools.map((t) => t.id).join(', ')}`);
  return found;
}

describe('config', () => {
  it('accepts an openapi source and names a missing or wrong field', () => {
    expect(plugin.config.parse({ name: 'pets', kind: 'openapi', spec: './pets.yaml' })).toMatchObject({ spec: './pets.yaml' });
    const missing = plugin.config.safeParse({ name: 'pets', kind: 'openapi' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['spec']);
    expect(plugin.config.safeParse({ name: 'pets', kind: 'graphql', spec: 'x' }).error?.issues[0]?.path).toEqual(['kind']);
  });
});

describe('resolving the Swagger 2.0 petstore (JSON)', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = await resolveSpec('petstore-swagger2.json');
  });

  it('reads title, base URL from schemes/host/basePath, and the first declared security scheme', () => {
    expect(manifest).toMatchObject({
      title: 'Swagger Petstore',
      baseUrl: 'https://petstore.swagger.io/v2',
      auth: { type: 'apiKey', in: 'header', name: 'api_key' },
      warnings: [],
    });
    expect(manifest.tools.map((t) => t.id)).toHaveLength(20);
  });

  it('turns formData parameters into a multipart body with file parts', () => {
    const upload = tool(manifest, 'uploadFile');
    expect(upload.inputSchema.properties).toMatchObject({
      petId: { type: 'integer', format: 'int64' },
      file: { type: 'string', format: 'binary', description: 'file to upload' },
    });
    expect(upload.binding).toMatchObject({
      method: 'POST',
      path: '/pet/{petId}/uploadImage',
      body: { mode: 'merged', contentType: 'multipart/form-data', properties: ['additionalMetadata', 'file'], files: ['file'] },
    });
    expect(tool(manifest, 'updatePetWithForm').binding).toMatchObject({
      body: { mode: 'merged', contentType: 'application/x-www-form-urlencoded', properties: ['name', 'status'] },
    });
  });

  it('merges an object body into the arguments and wraps an array body under "body"', () => {
    const add = tool(manifest, 'addPet');
    expect(add.inputSchema.required).toEqual(['name', 'photoUrls']);
    expect(add.inputSchema.properties?.name).toEqual({ type: 'string' });
    expect(Object.keys(add.inputSchema.$defs ?? {})).toEqual(['Category', 'Tag']);
    const list = tool(manifest, 'createUsersWithListInput');
    expect(list.inputSchema).toMatchObject({
      required: ['body'],
      properties: { body: { type: 'array', items: { $ref: '#/$defs/User' }, description: 'List of user object' } },
    });
  });

  it('maps collectionFormat multi to exploded query arrays', () => {
    expect(tool(manifest, 'findPetsByStatus').binding).toMatchObject({
      args: [{ arg: 'status', in: 'query', name: 'status', style: 'form', explode: true }],
    });
  });

  it('derives side effects, default policies, keywords and the deprecated mark', () => {
    expect(tool(manifest, 'getPetById')).toMatchObject({ sideEffect: 'read', defaultPolicy: 'allow', keywords: ['pet', 'get'] });
    expect(tool(manifest, 'addPet')).toMatchObject({ sideEffect: 'write', defaultPolicy: 'require_approval' });
    expect(tool(manifest, 'deletePet')).toMatchObject({ sideEffect: 'destructive', defaultPolicy: 'require_approval' });
    expect(tool(manifest, 'findPetsByTags').description).toMatch(/^Deprecated\.\n\nFinds Pets by tags\n\nMultiple tags/);
  });

  it('reads output schemas from the 200 response, dropping xml and example', () => {
    expect(tool(manifest, 'getInventory').outputSchema).toEqual({
      type: 'object',
      additionalProperties: { type: 'integer', format: 'int32' },
    });
    const pet = tool(manifest, 'getPetById').outputSchema as { $defs: Record<string, unknown> };
    expect(JSON.stringify(pet)).not.toMatch(/"xml"|"example"/);
    expect(tool(manifest, 'logoutUser').outputSchema).toBeUndefined();
  });
});

describe('resolving an OpenAPI 3.0 description split over two YAML files', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = await resolveSpec('split-petstore/openapi.yaml');
  });

  it('substitutes server variables and prefers the scheme the global security names', () => {
    expect(manifest).toMatchObject({
      title: 'Split Petstore',
      baseUrl: 'https://eu.pets.example.com/v1',
      auth: { type: 'bearer' },
      warnings: [],
    });
  });

  it('follows refs into ./schemas.yaml and keeps its recursive schemas as refs', () => {
    const list = tool(manifest, 'listPets');
    expect(list.outputSchema).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/Pet' },
      $defs: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'integer', format: 'int64' },
            name: { type: 'string' },
            tag: { type: ['string', 'null'] },
            owner: { $ref: '#/$defs/Owner' },
            xml: { type: 'string', description: 'A property named like an OpenAPI keyword stays.' },
          },
        },
        Owner: {
          type: ['object', 'null'],
          properties: { name: { type: 'string' }, pets: { type: 'array', items: { $ref: '#/$defs/Pet' } } },
        },
      },
    });
    const tree = tool(manifest, 'get_trees_treeId_nodes');
    expect(tree.outputSchema).toMatchObject({ $ref: '#/$defs/Node', $defs: { Node: { properties: { children: { items: { $ref: '#/$defs/Node' } } } } } });
  });

  it('gives a second schema with the same name its own def name', () => {
    const pet = tool(manifest, 'getPet').outputSchema as { $ref: string; $defs: Record<string, unknown> };
    expect(pet.$ref).toBe('#/$defs/Pet_2');
    expect(pet.$defs.Pet_2).toEqual({ allOf: [{ $ref: '#/$defs/Pet' }, { type: 'object', properties: { adopted: { type: 'boolean' } } }] });
  });

  it('builds arguments from $ref, path-level and operation-level parameters, dropping the Accept header', () => {
    const list = tool(manifest, 'listPets');
    expect(Object.keys(list.inputSchema.properties ?? {})).toEqual(['limit', 'tags', 'X-Request-Id']);
    expect(list.inputSchema.properties?.limit).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 100,
      default: 20,
      description: 'How many pets to return.',
    });
    expect(list.inputSchema.additionalProperties).toBe(false);
    expect(tool(manifest, 'getPet').inputSchema).toMatchObject({
      properties: { petId: { type: 'integer', exclusiveMinimum: 0, description: "The pet's id." } },
      required: ['petId'],
    });
  });

  it('lets the operation override a path-level parameter and renames a same-named one elsewhere', () => {
    const remove = tool(manifest, 'deletePet');
    expect(remove.inputSchema.properties).toEqual({
      petId: { type: 'string', description: 'Overrides the path-level parameter.' },
      query_petId: { type: 'string', description: 'Same name, other location.' },
    });
    expect(remove.binding).toMatchObject({
      args: [
        { arg: 'petId', in: 'path', name: 'petId' },
        { arg: 'query_petId', in: 'query', name: 'petId' },
      ],
    });
  });

  it('prefers the JSON body and wraps it under "body" when a property collides with a parameter', () => {
    const create = tool(manifest, 'pets.create');
    // `id` is read-only: the server assigns it, so it is no argument even though the schema requires it.
    expect(create.inputSchema).toMatchObject({ properties: { name: { type: 'string' }, tag: { type: 'string' } }, required: ['name'] });
    expect(create.inputSchema.properties?.id).toBeUndefined();
    expect(create.binding).toMatchObject({ body: { mode: 'merged', contentType: 'application/json', required: true } });
    expect(create.outputSchema).toMatchObject({ $ref: '#/$defs/Pet' });
    const replace = tool(manifest, 'replacePet');
    expect(replace.inputSchema.properties?.body).toEqual({ $ref: '#/$defs/NewPet' });
    expect(replace.inputSchema.required).toEqual(['petId']);
    expect(replace.binding).toMatchObject({ body: { mode: 'wrapped', arg: 'body', required: false } });
  });

  it('takes the summary from the first sentence of the description when there is none', () => {
    expect(tool(manifest, 'pets.create')).toMatchObject({
      summary: 'Creates a pet.',
      description: 'Creates a pet. The new pet gets an id.',
    });
    expect(tool(manifest, 'getPet').summary).toBe('GET /pets/{petId}');
    expect(tool(manifest, 'get_trees_treeId_nodes').keywords).toEqual(['trees', 'nodes', 'get']);
  });
});

describe('resolving an OpenAPI 3.1 description', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = await resolveSpec('accounts-openapi31.yaml');
  });

  it('keeps type arrays and numeric exclusiveMinimum, and maps an apiKey query scheme', () => {
    expect(manifest.auth).toEqual({ type: 'apiKey', in: 'query', name: 'api_key' });
    expect(tool(manifest, 'accounts.get_account').outputSchema).toEqual({
      type: ['object', 'null'],
      properties: { id: { $ref: '#/$defs/AccountId' }, nickname: { type: ['string', 'null'] } },
      $defs: { AccountId: { type: 'string', pattern: '^acc_[a-z0-9]+$' } },
    });
    expect(tool(manifest, 'accounts.create_token').inputSchema.properties?.expires_in).toEqual({
      type: 'integer',
      exclusiveMinimum: 0,
    });
  });

  it('prefers a form-urlencoded body over multipart and merges its properties', () => {
    const token = tool(manifest, 'accounts.create_token');
    expect(token.inputSchema.required).toEqual(['accountId', 'scope']);
    expect(token.binding).toMatchObject({
      body: { mode: 'merged', contentType: 'application/x-www-form-urlencoded', properties: ['scope', 'expires_in', 'labels'] },
    });
  });

  it('wraps a oneOf body under "requestBody" when a parameter is called body', () => {
    const note = tool(manifest, '_2fa.notes.create');
    expect(Object.keys(note.inputSchema.properties ?? {})).toEqual(['body', 'requestBody']);
    expect(note.inputSchema.required).toEqual(['requestBody']);
  });

  it('follows path item refs and suffixes a repeated operationId', () => {
    expect(manifest.tools.map((t) => t.id)).toEqual([
      'accounts.get_account',
      'accounts.create_token',
      'uploads.create',
      '_2fa.notes.create',
      'listItems',
      'listItems_2',
    ]);
  });

  it('cuts a summary taken from the description at its first sentence', () => {
    expect(tool(manifest, 'accounts.get_account').summary).toBe(
      'Returns one account with everything we know about it, including its billing history and the people who can sign in.',
    );
  });

  it('warns that a relative server URL needs a configured baseUrl when read from a file', () => {
    expect(manifest.baseUrl).toBeUndefined();
    expect(manifest.warnings).toEqual([expect.stringContaining('server URL "/api/v2" is relative')]);
  });
});

describe('resolving a description from a URL', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/reads-local-file.yaml') {
        res.end(`openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: 'file://${SPECS}split-petstore/schemas.yaml#/Pet' }\n  /y:\n    get:\n      responses: { '204': { description: ok } }\n`);
        return;
      }
      try {
        res.end(await readFile(SPECS + path.slice(1)));
      } catch {
        res.statusCode = 404;
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches referenced documents relative to the description URL', async () => {
    const manifest = await resolveSpec(`${origin}/split-petstore/openapi.yaml`, '/nowhere');
    expect(manifest.warnings).toEqual([]);
    expect(tool(manifest, 'listPets').outputSchema).toMatchObject({ items: { $ref: '#/$defs/Pet' } });
  });

  it('resolves a relative server URL against the description URL', async () => {
    const manifest = await resolveSpec(`${origin}/accounts-openapi31.yaml`);
    expect(manifest.baseUrl).toBe(`${origin}/api/v2`);
    expect(manifest.warnings).toEqual([]);
  });

  it('refuses to read local files a fetched description references', async () => {
    const manifest = await resolveSpec(`${origin}/reads-local-file.yaml`);
    expect(manifest.tools.map((t) => t.id)).toEqual(['get_y']);
    expect(manifest.warnings).toEqual([expect.stringMatching(/^GET \/x skipped: .*may not reference the local file/)]);
  });

  it('names the URL that could not be fetched', async () => {
    await expect(resolveSpec(`${origin}/missing.yaml?key=s3cret`)).rejects.toThrow(
      `cannot fetch ${origin}/missing.yaml: HTTP 404 Not Found`,
    );
  });
});

describe('resolving a bad description', () => {
  it('names the file and line of invalid YAML', async () => {
    await expect(resolveSpec('invalid-yaml.yaml')).rejects.toThrow(
      `${SPECS}invalid-yaml.yaml is not valid YAML at line 9, column 7: Flow sequence in block collection must be sufficiently indented`,
    );
  });

  it('names the file, line and column of invalid JSON', async () => {
    await expect(resolveSpec('invalid-json.json')).rejects.toThrow(`${SPECS}invalid-json.json is not valid JSON at line 5, column 1`);
  });

  it('says a JSON document that is not OpenAPI is not an OpenAPI description', async () => {
    await expect(resolveSpec('not-openapi.json')).rejects.toThrow(
      `${SPECS}not-openapi.json is not an OpenAPI description: expected a top-level "openapi" (3.x) or "swagger" ("2.0") field`,
    );
  });

  it('names the file, pointer and line of a dangling $ref when no operation survives it', async () => {
    await expect(resolveSpec('dangling-ref.yaml')).rejects.toThrow(
      `${SPECS}dangling-ref.yaml: none of its 1 operations could be read: GET /pets skipped: $ref "#/components/schemas/Pet" at ${SPECS}dangling-ref.yaml#/paths/~1pets/get/responses/200/content/application~1json/schema (line 16) points to nothing: ${SPECS}dangling-ref.yaml has no "Pet" under #/components/schemas`,
    );
  });

  it('skips only the operations a problem touches, with a warning saying where', async () => {
    const manifest = await resolveSpec('partly-broken.yaml');
    expect(manifest.tools.map((t) => t.id)).toEqual(['good', 'search']);
    expect(tool(manifest, 'search').inputSchema.properties).toEqual({});
    expect(manifest.warnings).toEqual([
      expect.stringContaining(`GET /nested skipped: $ref "#/components/schemas/Missing" at ${SPECS}partly-broken.yaml#/components/schemas/Wrapper/properties/inner (line 59)`),
      expect.stringContaining(`GET /missing-file skipped: $ref "./no-such-file.yaml#/Thing"`),
      expect.stringMatching(/GET \/bad-parameter skipped: parameter at .*partly-broken\.yaml#\/paths\/~1bad-parameter\/get\/parameters\/0 \(line 38\) is invalid: "in"/),
      'GET /search: request body ignored (fetch sends none with GET)',
    ]);
    expect(manifest.warnings[1]).toContain(`cannot read ${SPECS}no-such-file.yaml: no such file`);
  });

  it('says a parameter with an empty name must not have one, and skips only its operation', async () => {
    // Seen in the wild (APIs.guru's notion.com and brainbi.net): `{ "in": "header", "name": "" }`.
    const dir = await mkdtemp(join(tmpdir(), 'openapi-resolve-'));
    const spec = join(dir, 'empty-name.json');
    const get = (parameters: unknown[]) => ({ get: { operationId: 'x', parameters, responses: { 200: { description: 'ok' } } } });
    await writeFile(spec, JSON.stringify({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: { '/bad': get([{ in: 'header', name: '', schema: { type: 'string' } }]), '/good': get([]) },
    }));
    const manifest = await resolveSpec(spec);
    expect(manifest.tools).toHaveLength(1);
    expect(manifest.warnings).toEqual([
      `GET /bad skipped: parameter at ${spec}#/paths/~1bad/get/parameters/0 is invalid: "name" must not be empty`,
    ]);
  });

  it('says which spec file does not exist', async () => {
    await expect(resolveSpec('nope.yaml')).rejects.toThrow(`cannot read ${SPECS}nope.yaml: no such file`);
  });
});

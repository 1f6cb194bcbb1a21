import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, createExecutorHome, githubConfig, type ExecutorHome } from '../fixtures/executor-home.js';
import { startGithubUpstream, type GithubUpstream } from '../fixtures/github-upstream.js';
import { connectStdio, type Era, type StdioSession } from '../fixtures/mcp-clients.js';

type Structured = Record<string, any>;
interface Issue {
  number: number;
  state: string;
  title: string;
  labels: Array<{ name: string }>;
  comments: number;
}

const LIST_ISSUES = 'github.local.work.issues.list_for_repo';
const INLINE_BUDGET = 16 * 1024;
// What a handle's MCP result may carry beyond the budget. The handle's own parts, a preview (≤ 1 KiB) and a shape
// (≤ 2 KiB), each twice (structuredContent and its text mirror), stay well inside the 16 KiB; 4 KiB covers the
// envelope: runId, uri, expiry, the resource_link, the text block's fixed sentence and JSON escaping.
const ENVELOPE_BYTES = 4 * 1024;
const URI = /^executor:\/\/results\/res_[0-9a-f]{24}$/;

// Everything any MCP response carried, so the canary check covers the whole conversation.
const transcript: string[] = [];

let upstream: GithubUpstream;
let home: ExecutorHome;

async function call(session: StdioSession, name: string, args: Record<string, unknown>) {
  const result = await session.client.callTool({ name, arguments: args });
  const json = JSON.stringify(result);
  transcript.push(json);
  const content = result.content as Array<{ type: string; text?: string; uri?: string }>;
  return { structured: result.structuredContent as Structured, content, json, isError: result.isError === true };
}

function runCode(session: StdioSession, code: string) {
  return call(session, 'run_code', { code, timeoutMs: 120_000 });
}

/**
 * `resources/read` of a stored result, following `_meta.next` from page to page; the pages' texts in order.
 * It starts at `?page=0`, not at the handle's bare uri, which the server does not match (pinned below).
 */
async function readAllPages(session: StdioSession, uri: string): Promise<{ texts: string[]; metas: Structured[] }> {
  const texts: string[] = [];
  const metas: Structured[] = [];
  for (let next: string | undefined = `${uri}?page=0`; next !== undefined; ) {
    const read = await session.client.readResource({ uri: next });
    const content = read.contents[0] as { uri: string; text: string };
    expect(content.uri).toBe(next);
    texts.push(content.text);
    metas.push(read._meta as Structured);
    transcript.push(JSON.stringify(read._meta), content.text);
    next = (read._meta as Structured).next as string | undefined;
  }
  return { texts, metas };
}

function issuesOf(megabytes: number): Issue[] {
  return JSON.parse(upstream.bulkBody(megabytes)) as Issue[];
}

beforeAll(async () => {
  upstream = await startGithubUpstream(CANARY);
  home = createExecutorHome(githubConfig(upstream.url));
});

afterAll(async () => {
  await upstream?.close();
  home?.dispose();
});

describe.each<Era>(['legacy', 'modern'])('large results as handles over stdio (%s protocol era)', (era) => {
  let session: StdioSession;
  // execute of ~3 MB of issues, done once and examined by several cases.
  let bulk: Awaited<ReturnType<typeof call>>;

  beforeAll(async () => {
    session = await connectStdio(home.env, [], era);
    bulk = await call(session, 'execute', { address: LIST_ISSUES, args: { owner: 'bulk', repo: 'mb3' } });
  });
  afterAll(async () => {
    await session?.close();
    transcript.push(session?.stderr() ?? '');
  });

  it('returns a result over the inline budget as a handle with its size, shape and head', () => {
    const body = upstream.bulkBody(3);
    const issues = issuesOf(3);
    expect(bulk.isError).toBe(false);
    expect(bulk.structured).toMatchObject({ ok: true, runId: expect.any(String) });
    expect(bulk.structured).not.toHaveProperty('data');
    const { handle } = bulk.structured;
    expect(handle.uri).toMatch(URI);
    expect(handle.bytes).toBe(Buffer.byteLength(body));
    expect(Date.parse(handle.expiresAt)).toBeGreaterThan(Date.now());
    expect(handle.shape).toEqual(['array', issues.length, expect.objectContaining({ number: 'number', state: 'string', title: 'string', labels: expect.any(Array), comments: 'number' })]);
    expect(Object.keys(handle.shape[2])).toEqual(Object.keys(issues[0]!));
    expect(handle.preview[0]).toEqual(issues[0]);
    expect(handle.preview.at(-1)).toMatch(/^… \d+ more$/);
  });

  it('links the stored result with a resource_link, and hands the agent no more than the inline budget', () => {
    const { handle } = bulk.structured;
    expect(bulk.content).toContainEqual(expect.objectContaining({ type: 'resource_link', uri: handle.uri, mimeType: 'application/json' }));
    expect(bulk.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining(handle.uri) });
    expect(Buffer.byteLength(bulk.json)).toBeLessThanOrEqual(INLINE_BUDGET + ENVELOPE_BYTES);
  });

  it('reads the stored result back byte-identical to the upstream body through resources/read pages', async () => {
    const body = upstream.bulkBody(3);
    const { texts, metas } = await readAllPages(session, bulk.structured.handle.uri);
    expect(texts.join('')).toBe(body);
    expect(Buffer.byteLength(texts.join(''))).toBe(Buffer.byteLength(body));
    expect(metas.map((meta) => meta.page)).toEqual(texts.map((_, i) => i));
    // Characters are counted as SQLite counts them, in code points (the body has emoji: fewer than UTF-16 units).
    expect(metas[0]).toMatchObject({ bytes: Buffer.byteLength(body), chars: [...body].length, pages: texts.length });
    expect(texts.length).toBeGreaterThan(1);
    expect(metas.at(-1)).not.toHaveProperty('next');
  });

  // The handle's own uri (the resource_link's) reads page 0; the SDK matches a `{?page}` template only with the query.
  it('reads a handle by its bare uri, as its resource_link gives it', async () => {
    const { uri } = bulk.structured.handle;
    const read = await session.client.readResource({ uri });
    expect(read._meta).toMatchObject({ page: 0, next: `${uri}?page=1` });
    expect((read.contents[0] as { text: string }).text).toBe([...upstream.bulkBody(3)].slice(0, 1024 * 1024).join(''));
  });

  it('answers a page out of range with an error naming the valid pages', async () => {
    const { uri } = bulk.structured.handle;
    const pages = Math.ceil([...upstream.bulkBody(3)].length / (1024 * 1024));
    await expect(session.client.readResource({ uri: `${uri}?page=${pages}` })).rejects.toThrow(`page must be 0…${pages - 1}`);
    await expect(session.client.readResource({ uri: `${uri}?page=-1` })).rejects.toThrow(/page must be 0…/);
  });

  it('lists the handle among the client\'s resources', async () => {
    const { resources } = await session.client.listResources();
    expect(resources.map((resource) => resource.uri)).toContain(bulk.structured.handle.uri);
  });

  it('still returns a small result inline as data', async () => {
    const { structured, content, isError } = await call(session, 'execute', { address: LIST_ISSUES, args: { owner: 'octo', repo: 'hello' } });
    expect(isError).toBe(false);
    expect(structured).not.toHaveProperty('handle');
    expect(structured.data.map((issue: Issue) => issue.title)).toEqual(['Issue 1 of octo/hello', 'Issue 2 of octo/hello', 'Issue 3 of octo/hello']);
    expect(content.map((block) => block.type)).toEqual(['text']);
  });

  it('lets a snippet load a stored result with results.get and slice it with results.query', async () => {
    const issues = issuesOf(3);
    const { structured, isError } = await runCode(
      session,
      `
      const uri = ${JSON.stringify(bulk.structured.handle.uri)};
      const all = await results.get(uri);
      const closedBugs = await results.query(uri, { filter: { state: 'closed', 'labels.0.name': 'bug' }, limit: 3 });
      const title = await results.query({ uri }, { path: '96.title' });
      const tail = await results.query(uri, { offset: ${issues.length - 2} });
      return {
        length: all.length,
        last: all[all.length - 1].number,
        closedBugs: { total: closedBugs.total, numbers: closedBugs.items.map((i: any) => i.number), next: closedBugs.next },
        title: title.value,
        tail: { numbers: tail.items.map((i: any) => i.number), next: tail.next ?? null },
      };
    `,
    );
    expect(isError).toBe(false);
    const closedBugs = issues.filter((issue) => issue.state === 'closed' && issue.labels[0]?.name === 'bug');
    expect(structured.result).toEqual({
      length: issues.length,
      last: issues.at(-1)!.number,
      closedBugs: { total: closedBugs.length, numbers: closedBugs.slice(0, 3).map((issue) => issue.number), next: 3 },
      title: issues[96]!.title,
      tail: { numbers: issues.slice(-2).map((issue) => issue.number), next: null },
    });
    expect(structured.result.title).toContain('🚀');
  });

  // A large answer with non-ASCII text used to make this QuickJS build abort when the run was freed; the
  // bridge now hands such answers over \u-escaped (sandbox/quickjs/snippet-run.ts asciiJson).
  it('loads a 3 MB result into a snippet without aborting the sandbox runtime', async () => {
    const { structured } = await runCode(session, `return (await results.get(${JSON.stringify(bulk.structured.handle.uri)})).length;`);
    expect(structured.result).toBe(issuesOf(3).length);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(session.stderr()).not.toContain('Aborted(');
  });

  it('gives a snippet clear errors for a non-handle, an unknown handle, a limit over 1000 and paging a non-array', async () => {
    const { structured } = await runCode(
      session,
      `
      const outcome = async (read: () => Promise<unknown>) => {
        try { await read(); return 'no error'; } catch (error) { return { code: (error as any).code, message: (error as Error).message }; }
      };
      return {
        notHandle: await outcome(() => results.get('not-a-handle')),
        unknown: await outcome(() => results.get('executor://results/res_000000000000000000000000')),
        tooMany: await outcome(() => results.query(${JSON.stringify(bulk.structured.handle.uri)}, { limit: 5000 })),
        notArray: await outcome(() => results.query(${JSON.stringify(bulk.structured.handle.uri)}, { path: '0.title', limit: 1 })),
      };
    `,
    );
    expect(structured.result.notHandle).toEqual({ code: 'invalid_args', message: expect.stringMatching(/"not-a-handle" is not a result handle.*executor:\/\/results\//) });
    expect(structured.result.unknown).toEqual({ code: 'not_found', message: expect.stringContaining('no stored result executor://results/res_000000000000000000000000') });
    expect(structured.result.tooMany).toEqual({ code: 'invalid_args', message: expect.stringMatching(/limit.*at most 1000/) });
    expect(structured.result.notArray).toEqual({ code: 'invalid_args', message: expect.stringMatching(/limit on a non-array value at "0.title" \(a string\)/) });
  });

  it('returns a snippet\'s own large return value as a handle, readable with resources/read', async () => {
    const expected = Array.from({ length: 20_000 }, (_, i) => `item ${i}`);
    const result = await runCode(session, `return Array.from({ length: 20000 }, (_, i) => 'item ' + i);`);
    expect(result.isError).toBe(false);
    expect(result.structured).toMatchObject({ ok: true, calls: 0, handle: { uri: expect.stringMatching(URI), bytes: Buffer.byteLength(JSON.stringify(expected)) } });
    expect(result.structured).not.toHaveProperty('result');
    expect(result.structured.handle.shape).toEqual(['array', 20_000, 'string']);
    expect(result.content).toContainEqual(expect.objectContaining({ type: 'resource_link', uri: result.structured.handle.uri }));
    expect(Buffer.byteLength(result.json)).toBeLessThanOrEqual(INLINE_BUDGET + ENVELOPE_BYTES);
    const { texts, metas } = await readAllPages(session, result.structured.handle.uri);
    expect(metas).toEqual([expect.objectContaining({ page: 0, pages: 1 })]);
    expect(JSON.parse(texts.join(''))).toEqual(expected);
  });

  // Pages are cut by SQLite's substr, which counts code points: so are they counted (not UTF-16 units).
  it('counts pages of a result with emoji as they are cut, so no page is empty', async () => {
    // JSON text: 1,048,576 code points (2 quotes, 1,048,569 "a", 5 rockets) = one page; 1,048,581 UTF-16 units.
    const result = await runCode(session, `return 'a'.repeat(1048569) + '🚀'.repeat(5);`);
    const { texts, metas } = await readAllPages(session, result.structured.handle.uri);
    expect(JSON.parse(texts.join(''))).toBe(`${'a'.repeat(1048569)}${'🚀'.repeat(5)}`);
    expect(texts.map((text) => text.length > 0)).toEqual(texts.map(() => true));
  });

  it.runIf(era === 'legacy')('pages through a 50 MB result in a snippet within the default sandbox heap', { timeout: 180_000 }, async () => {
    const issues = issuesOf(50);
    const before = upstream.requests.length;
    const { structured, isError } = await runCode(
      session,
      `
      const h: any = await tools.${LIST_ISSUES}({ owner: 'bulk', repo: 'mb50' });
      const seen = { isHandle: typeof h === 'object' && !Array.isArray(h) && typeof h.uri === 'string', uri: h.uri, bytes: h.bytes };
      let count = 0, open = 0, comments = 0, pages = 0;
      for (let offset: number | undefined = 0; offset !== undefined; pages++) {
        const page: any = await results.query(h, { limit: 1000, offset });
        count += page.items.length;
        for (const issue of page.items) { if (issue.state === 'open') open++; comments += issue.comments; }
        offset = page.next;
      }
      const docsWithComments = await results.query(h, { filter: { 'labels.0.name': 'docs', comments: { $gte: 10 } }, limit: 2 });
      const deep = await results.query(h, { path: '${issues.length - 1}.user.login' });
      let tooBig;
      try { await results.get(h); tooBig = 'no error'; } catch (error) { tooBig = { code: (error as any).code, message: (error as Error).message }; }
      return { seen, count, open, comments, pages, docs: { total: docsWithComments.total, first: docsWithComments.items.map((i: any) => i.number) }, deep: deep.value, tooBig };
    `,
    );
    expect(upstream.requests.length - before).toBe(1);
    expect(isError, JSON.stringify(structured.error)).toBe(false);
    const docs = issues.filter((issue) => issue.labels[0]?.name === 'docs' && issue.comments >= 10);
    expect(structured.result).toEqual({
      seen: { isHandle: true, uri: expect.stringMatching(URI), bytes: Buffer.byteLength(upstream.bulkBody(50)) },
      count: issues.length,
      open: issues.filter((issue) => issue.state === 'open').length,
      comments: issues.reduce((sum, issue) => sum + issue.comments, 0),
      pages: Math.ceil(issues.length / 1000),
      docs: { total: docs.length, first: docs.slice(0, 2).map((issue) => issue.number) },
      deep: 'octocat',
      tooBig: { code: 'invalid_args', message: expect.stringContaining('results.query') },
    });
    expect(structured.result.tooBig.message).toContain(structured.result.seen.uri);
  });
});

describe('the result store', () => {
  // SQLite reads a row's columns in order: a record before its content is read without walking a 50 MB text.
  it('keeps a result\'s record before its content, so reading the record does not read the content', () => {
    const db = new Database(join(home.home, 'executor.db'), { readonly: true });
    try {
      const columns = (db.prepare('PRAGMA table_info(results)').all() as Array<{ name: string }>).map((column) => column.name);
      expect(columns.at(-1)).toBe('content');
    } finally {
      db.close();
    }
  });
});

describe('expired results', () => {
  let expiring: ExecutorHome;
  let session: StdioSession;
  beforeAll(async () => {
    expiring = createExecutorHome({ ...githubConfig(upstream.url), results: { ttlMs: 300 } });
    session = await connectStdio(expiring.env);
  });
  afterAll(async () => {
    await session?.close();
    transcript.push(session?.stderr() ?? '');
    expiring?.dispose();
  });

  it('answers a read of an expired handle with an error saying it expired, over MCP and in a snippet', async () => {
    const { structured } = await call(session, 'execute', { address: LIST_ISSUES, args: { owner: 'bulk', repo: 'mb3' } });
    const { uri } = structured.handle;
    expect(uri).toMatch(URI);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(session.client.readResource({ uri: `${uri}?page=0` })).rejects.toThrow(/expired/);
    const { resources } = await session.client.listResources();
    expect(resources.map((resource) => resource.uri)).not.toContain(uri);
    const snippet = await runCode(
      session,
      `
      const outcome = async (read: () => Promise<unknown>) => {
        try { await read(); return 'no error'; } catch (error) { return { code: (error as any).code, message: (error as Error).message }; }
      };
      return [await outcome(() => results.get(${JSON.stringify(uri)})), await outcome(() => results.query(${JSON.stringify(uri)}, { limit: 1 }))];
    `,
    );
    for (const outcome of snippet.structured.result) {
      expect(outcome).toEqual({ code: 'not_found', message: expect.stringContaining('expired') });
      expect(outcome.message).toContain(uri);
    }
  });
});

describe('secrets', () => {
  it('never show the canary in any response', () => {
    expect(transcript.length).toBeGreaterThan(10);
    expect(transcript.some((text) => text.includes(CANARY))).toBe(false);
  });
});
